"""The coach's management pages at 1024x600 with the largest text: nothing cut off."""

import pytest

pytest.importorskip("pytestqt")

from manage_helpers import WAIT_MS, log_in_staff, make_data, open_window  # noqa: E402

from fit_check import cut_off  # noqa: E402
from vaktaal.ui.style import apply_style  # noqa: E402
from vaktaal.ui.text_size import apply_text_size  # noqa: E402

SMALL = (1024, 600)


@pytest.fixture
def small(qtbot, qapp, tmp_path):
    font, palette, sheet, style = (
        qapp.font(),
        qapp.palette(),
        qapp.styleSheet(),
        qapp.style().name(),
    )
    apply_style(qapp)
    window = open_window(qtbot, make_data(tmp_path / "data", answers=1))
    window.resize(*SMALL)
    log_in_staff(qtbot, window)
    apply_text_size("xlarge")
    yield window
    window.close()
    apply_text_size("normal")
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_the_learners_page_fits(qtbot, small) -> None:
    flow = small.controller.staff_flow.learners
    flow.start()
    qtbot.waitUntil(lambda: small.stack.currentWidget() is flow.page, timeout=WAIT_MS)
    qtbot.wait(50)
    assert small.size().toTuple() == SMALL
    assert len(flow.page.rows) == 2
    assert cut_off(small) == []


def test_the_staff_page_fits(qtbot, small) -> None:
    flow = small.controller.staff_flow.learners
    flow.start_staff()
    page = flow.staff_profiles.page
    qtbot.waitUntil(lambda: small.stack.currentWidget() is page, timeout=WAIT_MS)
    qtbot.wait(50)
    assert small.size().toTuple() == SMALL
    assert len(page.rows) == 2
    assert cut_off(small) == []
