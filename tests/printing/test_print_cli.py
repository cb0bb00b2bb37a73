"""`vaktaal print kaartjes|handboek`: a PDF, or a plain Dutch message and no file."""

import errno
from pathlib import Path

import pytest
from print_helpers import BUNDLED, card_pages, flat, pdf_pages

DECK = "magazijn-installatie"


@pytest.fixture
def data_dir(tmp_path: Path, cli) -> Path:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    assert cli("deck", "import", BUNDLED / DECK, "--data-dir", data).code == 0
    return data


def test_cards_with_a_gloss_and_the_label_size(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kaartjes.pdf"
    result = cli("print", "kaartjes", DECK, out, "--taal", "ar", "--data-dir", data_dir)
    assert result.code == 0, result.err
    assert f"Opgeslagen: {out} ({card_pages(DECK)} pagina's)" in result.out
    assert "مستودع" in pdf_pages(out)[0]
    result = cli("print", "kaartjes", DECK, out, "--formaat", "label", "--data-dir", data_dir)
    assert result.code == 0 and len(pdf_pages(out)) == card_pages(DECK, per_page=24)


def test_handbook_by_category(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "handboek.pdf"
    result = cli("print", "handboek", DECK, out, "--volgorde", "categorie", "--data-dir", data_dir)
    assert result.code == 0, result.err
    text = pdf_pages(out)
    assert text[0].startswith(flat("Handboek vaktermen")) and text[1].startswith("Inhoud")
    assert flat("Magazijn") in text[1]  # the first category of the deck


def test_an_unknown_deck_is_named(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kaartjes.pdf"
    result = cli("print", "kaartjes", "bestaat-niet", out, "--data-dir", data_dir)
    assert result.code == 1
    assert "Pakket 'bestaat-niet' bestaat niet" in result.err and "Traceback" not in result.err
    assert not out.exists()


def test_a_missing_folder_is_named(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("print", "handboek", DECK, tmp_path / "nergens" / "h.pdf", "--data-dir", data_dir)
    assert result.code == 1 and "De map" in result.err and "bestaat niet" in result.err


def test_a_language_the_deck_lacks(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("print", "kaartjes", DECK, tmp_path / "k.pdf", "--taal", "de",
                 "--data-dir", data_dir)  # fmt: skip
    assert result.code == 1 and "geen vertaling in het Duits" in result.err


def test_a_full_disk_leaves_the_old_file_alone(  # type: ignore[no-untyped-def]
    cli, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kaartjes.pdf"
    out.write_bytes(b"old")

    def disk_full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vaktaal.printing.paper.write_atomically", disk_full)
    result = cli("print", "kaartjes", DECK, out, "--data-dir", data_dir)
    assert result.code == 3 and "De schijf is vol" in result.err
    assert out.read_bytes() == b"old"


def test_a_read_only_folder_is_explained(cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli("print", "kaartjes", DECK, folder / "k.pdf", "--data-dir", data_dir)
    finally:
        folder.chmod(0o700)
    if result.code == 0:
        pytest.skip("running as root: every folder is writable")
    assert result.code == 3 and "mag hier niet schrijven" in result.err
