"""Properties of the readers for any bytes Hypothesis can think of: a sheet or a deck, or a
DeckProblems with a message; never another exception."""

import io
import zipfile
from pathlib import Path

from fuzz_corpus import SHEET, csv_bytes, xlsx_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaktaal.core.authoring.spreadsheet.csv_format import read_csv_bytes
from vaktaal.core.authoring.spreadsheet.exporting import (
    FORMULA_STARTS,
    escape_formula,
    unescape_formula,
)
from vaktaal.core.authoring.spreadsheet.files import write_table
from vaktaal.core.authoring.spreadsheet.xlsx_format import read_xlsx_bytes
from vaktaal.core.deckformat import load_deck
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.problems import DeckProblems
from vaktaal.paths import Paths

FAST = settings(
    max_examples=80, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
GOOD_XLSX = xlsx_bytes(SHEET)  # type: ignore[arg-type]
GOOD_CSV = csv_bytes(SHEET)


def damaged(good: bytes) -> st.SearchStrategy[bytes]:
    """`good` with a slice replaced by other bytes."""
    return st.tuples(st.integers(0, len(good)), st.integers(0, 64), st.binary(max_size=64)).map(
        lambda cut: good[: cut[0]] + cut[2] + good[cut[0] + cut[1] :]
    )


def read_or_refuse(reader: object, data: bytes) -> None:
    try:
        sheet = reader(data, "x")  # type: ignore[operator]
    except DeckProblems as problems:
        assert problems.problems and all(p.message for p in problems.problems)
    else:
        assert isinstance(sheet.headers, tuple)


@FAST
@given(st.one_of(st.binary(max_size=2000), damaged(GOOD_CSV)))
def test_any_bytes_read_as_csv_give_a_sheet_or_a_message(data: bytes) -> None:
    read_or_refuse(read_csv_bytes, data)


@FAST
@given(damaged(GOOD_XLSX))
def test_any_damaged_xlsx_gives_a_sheet_or_a_message(data: bytes) -> None:
    read_or_refuse(read_xlsx_bytes, data)


@FAST
@given(
    st.binary(max_size=600),
    st.sampled_from(sorted(zipfile.ZipFile(io.BytesIO(GOOD_XLSX)).namelist())),
)
def test_an_xlsx_with_any_member_replaced_gives_a_sheet_or_a_message(
    junk: bytes, name: str
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(GOOD_XLSX)) as good, zipfile.ZipFile(buffer, "w") as out:
        for member in good.namelist():
            out.writestr(member, junk if member == name else good.read(member))
    read_or_refuse(read_xlsx_bytes, buffer.getvalue())


@FAST
@given(st.text())
def test_escaping_makes_no_formula_and_is_undone_on_reading(cell: str) -> None:
    escaped = escape_formula(cell)
    assert not escaped.startswith(FORMULA_STARTS)
    assert unescape_formula(escaped) == cell or cell.startswith("'")


@settings(max_examples=30, database=None, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"])), min_size=1, max_size=4
    )
)
def test_an_exported_csv_reads_back_cell_for_cell(
    tmp_path_factory: object, cells: list[str]
) -> None:
    out = Path(tmp_path_factory.mktemp("csv")) / "uit.csv"  # type: ignore[attr-defined]
    write_table((["term"] + [f"k{i}" for i in range(len(cells) - 1)], [cells]), out)
    sheet = read_csv_bytes(out.read_bytes(), "uit.csv")
    expected = [unescape_formula(escape_formula(c)) for c in cells]
    if any(c.strip() for c in cells):
        assert [c.replace("\r\n", "\n") for c in sheet.rows[0].cells] == [
            e.replace("\r\n", "\n") for e in expected
        ]


LIBRARY = PictogramLibrary(
    Paths.create("/nonexistent-vaktaal-fuzz").assets_dir, Path("/nonexistent")
)


@settings(
    max_examples=60,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1"))))
def test_any_deck_toml_gives_a_deck_or_problems(tmp_path_factory: object, manifest: str) -> None:
    folder = Path(tmp_path_factory.mktemp("deck"))  # type: ignore[attr-defined]
    (folder / "deck.toml").write_bytes(manifest.encode("utf-8", errors="surrogatepass"))
    try:
        load_deck(folder, LIBRARY)
    except DeckProblems as problems:
        assert problems.problems
