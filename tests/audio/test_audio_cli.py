"""`vaktaal audio prepare`, `vaktaal settings online-speech`, and decks exported with audio."""

import subprocess
import zipfile

import pytest
from audio_helpers import BUNDLED_DECK, needs_espeak

import deckbuilder as db
from vaktaal.app import install_bundled_decks
from vaktaal.speech.audio_library import deck_texts


@needs_espeak
def test_prepare_prints_progress_on_one_line(make_services, cli, tmp_path, network_attempts):
    data = tmp_path / "pc"
    services = make_services("pc")
    install_bundled_decks(services)
    total = len(deck_texts(services.decks.load(BUNDLED_DECK).deck))

    result = cli("audio", "prepare", BUNDLED_DECK, "--data-dir", data)

    assert result.code == 0, result.err
    progress, *summary = result.out.split("\n")
    assert progress.split("\r")[1:] == [f"{n}/{total}" for n in range(total + 1)]
    assert f"{total} van de {total}" in summary[0]
    assert f"{total} nieuw gemaakt, 0 waren er al" in summary[1]
    assert network_attempts == []

    again = cli("audio", "prepare", BUNDLED_DECK, "--data-dir", data)

    assert again.code == 0
    assert f"0 nieuw gemaakt, {total} waren er al" in again.out


def test_prepare_of_an_unknown_deck_is_a_plain_error(cli, tmp_path):
    result = cli("audio", "prepare", "bestaat-niet", "--data-dir", tmp_path / "pc")
    assert result.code == 1
    assert "bestaat-niet" in result.err and "Traceback" not in result.err


def test_prepare_without_any_voice_says_so(cli, tmp_path, services, monkeypatch):
    install_bundled_decks(services)
    monkeypatch.setattr("vaktaal.speech.synthesis.shutil.which", lambda name: None)

    result = cli("audio", "prepare", BUNDLED_DECK, "--data-dir", services.paths.data_dir)

    assert result.code == 1
    assert "espeak-ng" in result.err and "Traceback" not in result.err


def test_prepare_reports_texts_that_failed(cli, services, monkeypatch):
    install_bundled_decks(services)
    broken = subprocess.CompletedProcess([], returncode=1, stdout=b"", stderr=b"kapot")
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: broken)

    result = cli("audio", "prepare", BUNDLED_DECK, "--data-dir", services.paths.data_dir)

    assert result.code == 1
    assert "lukte het niet" in result.out


def test_online_speech_on_explains_that_text_goes_to_google(cli, tmp_path):
    data = tmp_path / "pc"

    on = cli("settings", "online-speech", "on", "--data-dir", data)
    shown_on = cli("settings", "show", "--json", "--data-dir", data).out
    off = cli("settings", "online-speech", "off", "--data-dir", data)

    assert on.code == 0 and off.code == 0
    assert "Google" in on.out and "internet" in on.out and "online-speech off" in on.out
    assert '"online_speech": true' in shown_on
    assert "uit" in off.out
    assert '"online_speech": false' in cli("settings", "show", "--json", "--data-dir", data).out
    with pytest.raises(SystemExit):  # argparse refuses anything but on and off
        cli("settings", "online-speech", "misschien", "--data-dir", data)


# --- export with audio -----------------------------------------------------------------------


@needs_espeak
def test_export_carries_prepared_audio_into_a_fresh_install(
    cli, tmp_path, deck_dir, make_services, import_deck
):
    first = tmp_path / "first"
    assert cli("deck", "import", deck_dir, "--data-dir", first).code == 0
    assert cli("audio", "prepare", db.DECK_ID, "--data-dir", first).code == 0
    archive = tmp_path / "met-geluid.vaktaal"

    exported = cli("deck", "export", db.DECK_ID, archive, "--data-dir", first)

    assert exported.code == 0, exported.err
    terms = [t["id"] for t in db.valid_manifest()["terms"]]
    names = set(zipfile.ZipFile(archive).namelist())
    assert {f"audio/{t}.wav" for t in terms} <= names
    fresh = make_services("fresh")
    import_deck(fresh, archive)
    loaded = fresh.decks.load(db.DECK_ID)
    assert {t.id: t.audio for t in loaded.deck.terms} == {t: f"audio/{t}.wav" for t in terms}
    assert loaded.media["audio/heftruck.wav"] == db.tiny_wav()  # its own recording stays
    source = make_services("first").audio
    for term in loaded.deck.terms:
        data = loaded.media[term.audio]
        assert data[:4] == b"RIFF" and len(data) > 10_000 or term.id == "heftruck"
        if term.id != "heftruck":
            assert data == source.cached(term.display).data


@needs_espeak
def test_export_without_audio(cli, tmp_path, deck_dir, make_services, import_deck):
    first = tmp_path / "first"
    assert cli("deck", "import", deck_dir, "--data-dir", first).code == 0
    assert cli("audio", "prepare", db.DECK_ID, "--data-dir", first).code == 0
    archive = tmp_path / "zonder-geluid.vaktaal"

    exported = cli("deck", "export", db.DECK_ID, archive, "--without-audio", "--data-dir", first)

    assert exported.code == 0, exported.err
    audio = [name for name in zipfile.ZipFile(archive).namelist() if name.startswith("audio/")]
    assert audio == ["audio/heftruck.wav"]
    fresh = make_services("fresh")
    import_deck(fresh, archive)
    loaded = fresh.decks.load(db.DECK_ID)
    assert [t.id for t in loaded.deck.terms if t.audio] == ["heftruck"]
