"""`vaktaal deck validate`: a valid deck passes; each injected fault is one located problem."""

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import deckbuilder as db
from vaktaal.core.deckformat import load_deck, validate_deck
from vaktaal.core.pictograms import openmoji_svg_dir

BUNDLED_DECKS = Path(__file__).resolve().parent.parent / "decks"
PROBLEM_LINE = re.compile(r"^  - ")


def bullets(output: str) -> list[str]:
    """The problem lines that `deck validate` prints under a deck."""
    return [line for line in output.splitlines() if PROBLEM_LINE.match(line)]


# --- a valid deck -------------------------------------------------------------------------


def test_valid_folder_has_no_problems(deck_dir, library, cli):
    assert validate_deck(deck_dir, library) == []
    result = cli("deck", "validate", deck_dir)
    assert result.code == 0, result.out
    assert result.out.startswith("GOED")
    assert bullets(result.out) == []


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_term_without_explanation_and_example_is_good(form, tmp_path, library, cli):
    """Issue 15: only the term is required; absent or empty texts load as "", not as filler."""
    manifest = db.valid_manifest()
    db.term(manifest, "helm").pop("explanation")
    db.term(manifest, "helm").pop("example")
    db.term(manifest, "tillen").update(explanation="", example="")
    folder = db.write_deck(tmp_path / "good", manifest)
    path = folder if form == "folder" else db.zip_deck(folder, tmp_path / "good.vaktaal")

    assert validate_deck(path, library) == []
    result = cli("deck", "validate", path)
    assert result.code == 0, result.out
    assert result.out.startswith(f"GOED  {path}")
    assert bullets(result.out) == []
    terms = {term.id: term for term in load_deck(path, library).deck.terms}
    for term_id in ("helm", "tillen"):
        assert (terms[term_id].explanation, terms[term_id].example) == ("", "")
    assert terms["pbm"].explanation == db.term(manifest, "pbm")["explanation"]


@pytest.mark.parametrize("top_folder", [None, "magazijn-test"], ids=["at-top", "in-folder"])
def test_valid_zip_has_no_problems(deck_dir, library, cli, tmp_path, top_folder):
    archive = db.zip_deck(deck_dir, tmp_path / "deck.vaktaal", top_folder)
    if top_folder:
        assert f"{top_folder}/deck.toml" in zipfile.ZipFile(archive).namelist()
    assert validate_deck(archive, library) == []
    result = cli("deck", "validate", archive)
    assert result.code == 0, result.out
    assert bullets(result.out) == []


@pytest.mark.parametrize("form", ["folder", "zip", "zip-in-folder"])
def test_loading_a_valid_deck_reads_every_term_and_media_file(deck_dir, library, tmp_path, form):
    path = {
        "folder": lambda: deck_dir,
        "zip": lambda: db.zip_deck(deck_dir, tmp_path / "a.vaktaal"),
        "zip-in-folder": lambda: db.zip_deck(deck_dir, tmp_path / "b.vaktaal", "top"),
    }[form]()
    manifest = db.valid_manifest()
    loaded = load_deck(path, library)
    assert [term.id for term in loaded.deck.terms] == [t["id"] for t in manifest["terms"]]
    assert loaded.media == db.valid_media()
    heftruck = loaded.deck.terms[0]
    assert heftruck.safety_critical is True
    assert heftruck.glosses == db.term(manifest, "heftruck")["glosses"]
    assert heftruck.tags == tuple(db.term(manifest, "heftruck")["tags"])


def test_installed_vaktaal_command_validates(deck_dir, tmp_path):
    """The real console script, in its own process: exit 0 for a good deck, 1 for a bad one."""
    script = Path(sys.executable).with_name("vaktaal")
    assert script.is_file()
    manifest = db.valid_manifest()
    db.term(manifest, "helm")["term"] = ""
    broken = db.write_deck(tmp_path / "broken", manifest)

    good = subprocess.run([script, "deck", "validate", deck_dir], capture_output=True, text=True)
    bad = subprocess.run([script, "deck", "validate", broken], capture_output=True, text=True)

    assert good.returncode == 0, good.stdout + good.stderr
    assert bad.returncode == 1
    [line] = bullets(bad.stdout)
    assert "term 'helm'" in line and "veld 'term'" in line
    assert "Dit veld ontbreekt of is leeg." in line


# --- one fault at a time --------------------------------------------------------------------


@dataclass
class Broken:
    """A variation of the valid deck with one fault, and where that fault must be reported."""

    manifest: dict[str, Any] = field(default_factory=db.valid_manifest)
    media: dict[str, bytes] = field(default_factory=db.valid_media)
    text: str | None = None
    term_id: str | None = None
    field: str | None = None
    line: int | None = None
    needs_line: bool = False
    message_has: tuple[str, ...] = ()

    def manifest_text(self) -> str:
        return self.text if self.text is not None else db.manifest_text(self.manifest)


def _term_fault(term_id: str, field_name: str, change: Callable[[dict[str, Any]], None]):
    broken = Broken(term_id=term_id, field=field_name, needs_line=True)
    change(db.term(broken.manifest, term_id))
    return broken


def empty_term() -> Broken:
    broken = _term_fault("helm", "term", lambda t: t.update(term=""))
    broken.message_has = ("Dit veld ontbreekt of is leeg.",)
    return broken


def missing_pictogram_field() -> Broken:
    broken = _term_fault("tillen", "pictogram", lambda t: t.pop("pictogram"))
    broken.message_has = ("Dit veld ontbreekt of is leeg.",)
    return broken


def unknown_language_in_gloss_languages() -> Broken:
    broken = Broken(field="gloss_languages", message_has=("xx",))
    broken.manifest["deck"]["gloss_languages"].append("xx")
    return broken


def unknown_language_as_gloss_key() -> Broken:
    broken = _term_fault("tillen", "glosses.xx", lambda t: t["glosses"].update(xx="tillen?"))
    broken.message_has = ("xx",)
    return broken


def missing_gloss() -> Broken:
    return _term_fault("tillen", "glosses.tr", lambda t: t["glosses"].pop("tr"))


def missing_pictogram_file() -> Broken:
    broken = Broken(term_id="helm", field="pictogram", message_has=("media/helm.svg",))
    del broken.media["media/helm.svg"]
    return broken


def corrupt_png() -> Broken:
    broken = Broken(term_id="heftruck", field="pictogram")
    broken.media["media/heftruck.png"] = b"\x89PNG\r\n\x1a\n" + b"garbage!" * 16
    return broken


def truncated_png() -> Broken:
    """A PNG whose header is fine but whose picture data is cut off."""
    broken = Broken(term_id="heftruck", field="pictogram")
    broken.media["media/heftruck.png"] = db.tiny_png()[:-12]
    return broken


def corrupt_svg() -> Broken:
    broken = Broken(term_id="helm", field="pictogram")
    broken.media["media/helm.svg"] = b"<svg xmlns='http://www.w3.org/2000/svg'><rect"
    return broken


def unknown_asset() -> Broken:
    ref = "asset:bestaat-echt-niet.svg"
    broken = _term_fault("tillen", "pictogram", lambda t: t.update(pictogram=ref))
    broken.needs_line = False
    broken.message_has = (ref,)
    return broken


UNKNOWN_OPENMOJI = "openmoji:FFFF0"


def unknown_openmoji() -> Broken:
    broken = _term_fault("even-pauze", "pictogram", lambda t: t.update(pictogram=UNKNOWN_OPENMOJI))
    broken.needs_line = False
    broken.message_has = (UNKNOWN_OPENMOJI,)
    return broken


def unknown_mdi_icon() -> Broken:
    ref = "mdi:bestaat-echt-niet"
    broken = _term_fault("pbm", "pictogram", lambda t: t.update(pictogram=ref))
    broken.needs_line = False
    broken.message_has = (ref,)
    return broken


def missing_audio_file() -> Broken:
    broken = Broken(term_id="heftruck", field="audio", message_has=("audio/heftruck.wav",))
    del broken.media["audio/heftruck.wav"]
    return broken


def duplicate_term_id() -> Broken:
    broken = Broken(term_id="helm", field="id", needs_line=True)
    copy = db.clone(db.term(broken.manifest, "helm"))
    copy["term"] = "bouwhelm"
    broken.manifest["terms"].append(copy)
    text = broken.manifest_text()
    broken.line = db.term_header_line(text, "helm", occurrence=2)
    broken.message_has = (f"regel {db.term_header_line(text, 'helm', occurrence=1)}",)
    return broken


def bad_toml() -> Broken:
    lines = db.manifest_text(db.valid_manifest()).splitlines()
    number = db.line_of("\n".join(lines), r"^explanation = .*'helm'")
    lines[number - 1] = 'explanation = "Deze tekst is niet afgesloten'
    return Broken(text="\n".join(lines) + "\n", line=number, needs_line=True)


def wrong_schema_version() -> Broken:
    broken = Broken(field="schema_version")
    broken.manifest["schema_version"] = 2
    return broken


def missing_schema_version() -> Broken:
    broken = Broken(field="schema_version")
    del broken.manifest["schema_version"]
    return broken


def noun_without_article() -> Broken:
    return _term_fault("helm", "article", lambda t: t.pop("article"))


def unknown_article() -> Broken:
    return _term_fault("helm", "article", lambda t: t.update(article="den"))


def wrong_word_class() -> Broken:
    broken = _term_fault("tillen", "word_class", lambda t: t.update(word_class="werkwoord"))
    broken.message_has = ("werkwoord",)
    return broken


def version_of_wrong_type() -> Broken:
    broken = Broken(field="version")
    broken.manifest["deck"]["version"] = "twee"
    return broken


def missing_deck_field() -> Broken:
    broken = Broken(field="licence")
    del broken.manifest["deck"]["licence"]
    return broken


FAULTS = [
    empty_term, missing_pictogram_field, unknown_language_in_gloss_languages,
    unknown_language_as_gloss_key, missing_gloss, missing_pictogram_file, corrupt_png,
    truncated_png, corrupt_svg, unknown_asset,
    unknown_openmoji, unknown_mdi_icon, missing_audio_file, duplicate_term_id, bad_toml,
    wrong_schema_version, missing_schema_version, noun_without_article, unknown_article,
    wrong_word_class, version_of_wrong_type, missing_deck_field,
]  # fmt: skip


def _write(broken: Broken, tmp_path: Path, form: str) -> tuple[Path, str]:
    folder = db.write_deck(tmp_path / "broken", broken.manifest, broken.media, broken.text)
    if form == "folder":
        return folder, str(folder / "deck.toml")
    archive = db.zip_deck(folder, tmp_path / "broken.vaktaal")
    return archive, f"{archive}:deck.toml"


@pytest.mark.parametrize("form", ["folder", "zip"])
@pytest.mark.parametrize("make", FAULTS, ids=[f.__name__ for f in FAULTS])
def test_one_fault_is_one_located_problem(make, form, tmp_path, library, cli):
    broken = make()
    path, label = _write(broken, tmp_path, form)
    if broken.needs_line and broken.line is None:
        broken.line = db.term_header_line(broken.manifest_text(), broken.term_id)

    result = cli("deck", "validate", path)

    assert result.code != 0
    assert result.out.startswith(f"FOUT  {path}: 1 ")
    [printed] = bullets(result.out)
    [problem] = validate_deck(path, library)
    assert printed == f"  - {problem}"
    assert problem.file == label
    assert problem.field == broken.field
    assert problem.term_id == broken.term_id
    if broken.needs_line:
        assert problem.line == broken.line
    assert broken.term_id is not None or broken.needs_line or broken.field is not None
    for part in [label, *broken.message_has]:
        assert part in printed
    if broken.field:
        assert f"veld '{broken.field}'" in printed
    if broken.term_id:
        assert f"term '{broken.term_id}'" in printed
    if broken.line is not None:
        assert f"regel {broken.line}" in printed


def test_the_unknown_openmoji_really_is_unknown():
    """Guards unknown_openmoji: the OpenMoji set is installed and lacks this code point."""
    folder = openmoji_svg_dir()
    assert folder is not None
    code = UNKNOWN_OPENMOJI.split(":", 1)[1]
    assert not (folder / f"{code}.svg").exists()
    assert (folder / "1F69C.svg").exists()


def test_empty_glosses_table_reports_every_missing_language(tmp_path, library, cli):
    manifest = db.valid_manifest()
    db.term(manifest, "helm")["glosses"] = {}
    folder = db.write_deck(tmp_path / "broken", manifest)
    line = db.term_header_line(db.manifest_text(manifest), "helm")

    problems = validate_deck(folder, library)

    wanted = {f"glosses.{code}" for code in manifest["deck"]["gloss_languages"]}
    assert {p.field for p in problems} == wanted
    assert len(problems) == len(wanted)
    assert all(p.term_id == "helm" and p.line == line for p in problems)
    assert cli("deck", "validate", folder).code != 0


def test_missing_glosses_table_is_one_problem(tmp_path, library):
    manifest = db.valid_manifest()
    del db.term(manifest, "helm")["glosses"]
    [problem] = validate_deck(db.write_deck(tmp_path / "broken", manifest), library)
    assert (problem.term_id, problem.field) == ("helm", "glosses")


# --- several faults at once -----------------------------------------------------------------


def _three_manifest_faults(manifest: dict[str, Any], media: dict[str, bytes]) -> None:
    db.term(manifest, "heftruck")["term"] = ""
    db.term(manifest, "helm").pop("article")
    db.term(manifest, "tillen")["word_class"] = "werkwoord"


def _manifest_and_media_faults(manifest: dict[str, Any], media: dict[str, bytes]) -> None:
    db.term(manifest, "pbm").pop("pictogram")
    db.term(manifest, "tillen")["glosses"].pop("ar")
    del media["media/helm.svg"]


@pytest.mark.parametrize(
    ("inject", "expected"),
    [
        (
            _three_manifest_faults,
            {("heftruck", "term"), ("helm", "article"), ("tillen", "word_class")},
        ),
        (
            _manifest_and_media_faults,
            {("pbm", "pictogram"), ("tillen", "glosses.ar"), ("helm", "pictogram")},
        ),
    ],
    ids=["three-in-manifest", "manifest-and-media"],
)
def test_three_faults_are_reported_at_once(inject, expected, tmp_path, library, cli):
    manifest, media = db.valid_manifest(), db.valid_media()
    inject(manifest, media)
    folder = db.write_deck(tmp_path / "broken", manifest, media)

    result = cli("deck", "validate", folder)

    assert result.code != 0
    assert len(bullets(result.out)) == 3
    problems = validate_deck(folder, library)
    assert {(p.term_id, p.field) for p in problems} == expected
    assert [f"  - {p}" for p in problems] == bullets(result.out)


def test_validate_reports_each_deck_and_fails_if_any_fails(tmp_path, deck_dir, cli):
    manifest = db.valid_manifest()
    db.term(manifest, "helm")["term"] = ""
    broken = db.write_deck(tmp_path / "broken", manifest)

    result = cli("deck", "validate", deck_dir, broken)

    assert result.code != 0
    assert f"GOED  {deck_dir}" in result.out
    assert f"FOUT  {broken}: 1 " in result.out


# --- unsafe or unreadable files ------------------------------------------------------------


@pytest.mark.parametrize(
    "evil", ["../evil.txt", "media/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt"]
)
def test_zip_with_path_outside_the_deck_is_refused(evil, deck_dir, tmp_path, library, cli):
    archive = db.zip_deck(deck_dir, tmp_path / "evil.vaktaal")
    with zipfile.ZipFile(archive, "a") as bundle:
        bundle.writestr(zipfile.ZipInfo(evil), b"boo")
    assert evil in zipfile.ZipFile(archive).namelist()

    [problem] = validate_deck(archive, library)
    assert evil in problem.message
    result = cli("deck", "validate", archive)
    assert result.code != 0
    assert evil in result.out

    data_dir = tmp_path / "data"
    imported = cli("deck", "import", archive, "--data-dir", data_dir)
    assert imported.code != 0
    assert "Traceback" not in imported.err
    listed = cli("deck", "list", "--json", "--data-dir", data_dir)
    assert listed.out.strip() == "[]"
    assert not (tmp_path / "evil.txt").exists()


def test_file_that_is_not_a_zip_is_refused_in_plain_dutch(tmp_path, library, cli):
    fake = tmp_path / "nep.vaktaal"
    fake.write_text("Dit is gewoon tekst, geen zip.", encoding="utf-8")

    [problem] = validate_deck(fake, library)
    assert problem.file == str(fake)
    assert "geen geldig zip-bestand" in problem.message

    result = cli("deck", "validate", fake)
    assert result.code != 0
    assert "geen geldig zip-bestand" in result.out
    imported = cli("deck", "import", fake, "--data-dir", tmp_path / "data")
    assert imported.code != 0
    assert "geen geldig zip-bestand" in imported.err
    assert "Traceback" not in imported.err + imported.out


def test_missing_path_and_folder_without_manifest_are_refused(tmp_path, library):
    empty = tmp_path / "leeg"
    empty.mkdir()
    for path in (tmp_path / "bestaat-niet", empty):
        [problem] = validate_deck(path, library)
        assert problem.file == str(path)


# --- the decks that ship with the app -------------------------------------------------------


def test_bundled_decks_validate(cli):
    decks = sorted(p for p in BUNDLED_DECKS.glob("*/") if (p / "deck.toml").is_file())
    if len(decks) < 3:
        pytest.skip(f"only {len(decks)} bundled decks so far; colleagues are still writing them")
    result = cli("deck", "validate", *decks)
    assert result.code == 0, result.out
    assert bullets(result.out) == []
    assert result.out.count("GOED") == len(decks)
