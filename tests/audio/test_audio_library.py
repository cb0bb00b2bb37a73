"""AudioLibrary: recording first, then the cache, then gTTS (opt-in), then espeak-ng."""

import errno
import hashlib
import logging
import threading
from pathlib import Path

import pytest
from audio_helpers import BUNDLED_DECK, needs_espeak

from vaktaal.app import install_bundled_decks
from vaktaal.speech import audio_library
from vaktaal.speech.audio_library import (
    AudioLibrary,
    UnknownDeck,
    cache_key,
    deck_texts,
    with_cached_audio,
)
from vaktaal.speech.synthesis import (
    EspeakSynthesizer,
    FakeSynthesizer,
    GttsSynthesizer,
    SynthesisUnavailable,
)


def test_a_clip_is_made_once_then_comes_from_the_cache(make_library):
    voice = FakeSynthesizer("espeak")
    library = make_library(voice)

    first = library.audio_for("de heftruck")
    again = library.audio_for("  de   heftruck ")

    assert first is not None and again is not None
    assert (first.source, again.source) == ("espeak", "cache")
    assert again.data == first.data and again.suffix == ".wav"
    assert voice.calls == ["de heftruck"]
    assert again.path is not None and again.path.read_bytes() == first.data


def test_the_cache_key_differs_per_engine_voice_and_text():
    keys = {
        cache_key("espeak", "nl", "de heftruck"),
        cache_key("gtts", "nl", "de heftruck"),
        cache_key("espeak", "nl@160wpm", "de heftruck"),
        cache_key("espeak", "nl", "het heftruck"),
        cache_key("espeak", "nl", "DE HEFTRUCK"),
    }
    assert len(keys) == 5
    assert cache_key("espeak", "nl", " de\theftruck ") == cache_key("espeak", "nl", "de heftruck")
    assert EspeakSynthesizer(words_per_minute=160).voice != EspeakSynthesizer().voice


def test_a_clip_of_another_voice_is_not_taken_from_the_cache(make_library):
    make_library(FakeSynthesizer("espeak", voice="nl")).audio_for("de helm")
    other = FakeSynthesizer("espeak", voice="nl-be")

    clip = make_library(other).audio_for("de helm")

    assert clip is not None and clip.source == "espeak"
    assert other.calls == ["de helm"]


def test_an_own_recording_outranks_cache_and_synthesis(make_library, media_dir):
    recording = b"RIFF\x24\x00\x00\x00WAVEfmt own recording"
    sha = hashlib.sha256(recording).hexdigest()
    (media_dir / sha[:2]).mkdir(parents=True)
    (media_dir / sha[:2] / sha).write_bytes(recording)
    voice = FakeSynthesizer("espeak")
    library = make_library(voice)
    library.audio_for("de heftruck")  # now cached as well

    clip = library.audio_for("de heftruck", f"stored:{sha}")

    assert clip is not None
    assert (clip.source, clip.data, clip.suffix) == ("recording", recording, ".wav")
    assert voice.calls == ["de heftruck"]


def test_a_recording_given_as_a_path_is_used(make_library, tmp_path):
    path = tmp_path / "mijn-opname.ogg"
    path.write_bytes(b"OggS recording")

    clip = make_library(FakeSynthesizer()).audio_for("de helm", str(path))

    assert clip is not None and (clip.source, clip.suffix) == ("recording", ".ogg")


def test_a_missing_recording_falls_back_to_a_voice(make_library):
    clip = make_library(FakeSynthesizer("espeak")).audio_for("de helm", "stored:" + "0" * 64)

    assert clip is not None and clip.source == "espeak"


def test_a_full_disk_still_gives_the_clip(make_library, monkeypatch, caplog, tmp_path):
    real_write = Path.write_bytes

    def full_disk(path: Path, data: bytes) -> int:
        if "audio-cache" in path.parts:
            real_write(path, data[:10])  # a part is written, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    library = make_library(FakeSynthesizer("espeak"))

    with caplog.at_level(logging.WARNING):
        clip = library.audio_for("de veiligheidsschoenen")

    assert clip is not None and clip.source == "espeak" and clip.data.startswith(b"RIFF")
    assert clip.path is None
    assert "disk full" in caplog.text
    leftovers = [p for p in (tmp_path / "audio-cache").rglob("*") if p.is_file()]
    assert leftovers == []


def test_nothing_works_gives_none(make_library):
    broken = FakeSynthesizer("espeak", error=SynthesisUnavailable("kapot"))
    library = make_library(broken, FakeSynthesizer("other", available=False))

    assert library.audio_for("de helm") is None
    assert library.audio_for("   ") is None
    assert broken.calls == ["de helm"]


# --- gTTS: opt-in, falls back, backs off -------------------------------------------------------


def _online_library(make_library, online_speech: bool) -> AudioLibrary:
    return make_library(GttsSynthesizer(), FakeSynthesizer("espeak"), online_speech=online_speech)


def test_no_network_call_while_online_speech_is_off(make_library, network_attempts, services):
    install_bundled_decks(services)
    library = make_library(
        GttsSynthesizer(), EspeakSynthesizer(), decks=services.decks, online_speech=False
    )

    report = library.prepare_deck(BUNDLED_DECK)
    clip = library.audio_for("Waar staat de heftruck?")

    assert report.failed == 0 and report.done == report.total > 0
    assert clip is not None and clip.source in ("espeak", "cache")
    assert network_attempts == []


def test_the_network_probe_sees_gtts_when_online_speech_is_on(make_library, network_attempts):
    """Guards the test above: the same probe records gTTS's try once it is allowed."""
    clip = _online_library(make_library, online_speech=True).audio_for("de helm")

    assert network_attempts, "gTTS did not try the network"
    assert clip is not None and clip.source == "espeak"


def test_without_network_online_speech_falls_back_and_waits(make_library, network_attempts, clock):
    library = _online_library(make_library, online_speech=True)
    assert library.audio_for("de helm").source == "espeak"
    tries = len(network_attempts)

    assert library.audio_for("de bouwhelm").source == "espeak"
    assert len(network_attempts) == tries  # paused: not asked again at once

    clock.now += audio_library.FAILURE_PAUSE + 1
    assert library.audio_for("de werkhandschoen").source == "espeak"
    assert len(network_attempts) > tries


class TooManyRequests:
    status_code = 429
    reason = "Too Many Requests"


@pytest.fixture
def gtts_rate_limited(monkeypatch):
    """gTTS answers every request with HTTP 429, as Google does on a busy shared network."""
    from gtts import gTTS
    from gtts.tts import gTTSError

    calls: list[str] = []

    def refuse(self, fp):
        calls.append(self.text)
        raise gTTSError(tts=self, response=TooManyRequests())

    monkeypatch.setattr(gTTS, "write_to_fp", refuse)
    return calls


def test_http_429_falls_back_to_espeak_and_stops_asking(make_library, gtts_rate_limited, clock):
    library = _online_library(make_library, online_speech=True)

    first = library.audio_for("de pallet")
    second = library.audio_for("de rolcontainer")
    clock.now += audio_library.FAILURE_PAUSE + 1  # a plain failure's pause is over ...
    third = library.audio_for("de steekwagen")

    assert [c.source for c in (first, second, third)] == ["espeak"] * 3
    assert gtts_rate_limited == ["de pallet"]  # ... but a 429 pauses longer
    clock.now += audio_library.RATE_LIMIT_PAUSE
    library.audio_for("de kabelhaspel")
    assert gtts_rate_limited == ["de pallet", "de kabelhaspel"]


def test_gtts_errors_become_synthesis_unavailable(gtts_rate_limited, network_attempts):
    with pytest.raises(SynthesisUnavailable) as limited:
        GttsSynthesizer().synthesize("de pallet")
    assert limited.value.rate_limited


def test_a_connection_error_is_not_a_rate_limit(network_attempts):
    with pytest.raises(SynthesisUnavailable) as failed:
        GttsSynthesizer().synthesize("de pallet")
    assert not failed.value.rate_limited
    assert network_attempts


def test_cached_gtts_clips_play_without_network_when_online_speech_is_off(
    make_library, network_attempts
):
    good = FakeSynthesizer("gtts", online=True)
    make_library(good, FakeSynthesizer("espeak"), online_speech=True).audio_for("de helm")
    offline = FakeSynthesizer("gtts", online=True)

    clip = make_library(offline, FakeSynthesizer("espeak")).audio_for("de helm")

    assert clip is not None and clip.source == "cache" and clip.suffix == ".wav"
    assert offline.calls == []


# --- preparing a whole deck ------------------------------------------------------------------


def test_prepare_deck_reports_progress_and_fills_the_cache(make_library, services):
    install_bundled_decks(services)
    voice = FakeSynthesizer("espeak")
    library = make_library(voice, decks=services.decks)
    texts = deck_texts(services.decks.load(BUNDLED_DECK).deck)
    seen: list[tuple[int, int]] = []

    report = library.prepare_deck(BUNDLED_DECK, lambda done, total: seen.append((done, total)))

    assert seen == [(n, len(texts)) for n in range(len(texts) + 1)]
    assert (report.total, report.done, report.failed, report.cancelled) == (
        len(texts), len(texts), 0, False
    )  # fmt: skip
    assert report.sources == {"espeak": len(texts)}
    assert sorted(voice.calls) == sorted(texts)
    deck = services.decks.load(BUNDLED_DECK).deck
    assert "het magazijn" in texts and deck.terms[0].example in texts
    assert library.prepare_deck(BUNDLED_DECK).sources == {"cache": len(texts)}


def test_prepare_deck_can_be_cancelled(make_library, services):
    install_bundled_decks(services)
    voice = FakeSynthesizer("espeak")
    library = make_library(voice, decks=services.decks)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 3:
            cancel.set()

    report = library.prepare_deck(BUNDLED_DECK, progress, cancel)

    assert report.cancelled and report.done == 3 and len(voice.calls) == 3


def test_prepare_deck_upgrades_espeak_clips_once_gtts_is_allowed(make_library, services):
    install_bundled_decks(services)
    espeak = FakeSynthesizer("espeak")
    make_library(espeak, decks=services.decks).prepare_deck(BUNDLED_DECK)
    gtts = FakeSynthesizer("gtts", online=True)
    library = make_library(gtts, espeak, decks=services.decks, online_speech=True)

    report = library.prepare_deck(BUNDLED_DECK)

    assert report.sources == {"gtts": report.total}
    assert library.audio_for("het magazijn").source == "cache"
    assert len(gtts.calls) == report.total


def test_prepare_of_an_unknown_deck(make_library, services):
    with pytest.raises(UnknownDeck):
        make_library(FakeSynthesizer(), decks=services.decks).prepare_deck("bestaat-niet")


def test_deck_texts_skip_terms_with_their_own_recording(services, deck_dir, import_deck):
    import_deck(services, deck_dir)
    deck = services.decks.load("magazijn-test").deck

    texts = deck_texts(deck)

    assert "de heftruck" not in texts  # the deck has its own recording of it
    assert "de helm" in texts and "Een voorbeeldzin met heftruck." in texts
    assert len(texts) == len(set(texts)) == 2 * len(deck.terms) - 1


def test_export_merge_adds_only_cached_clips(make_library, services, deck_dir, import_deck):
    import_deck(services, deck_dir)
    loaded = services.decks.load("magazijn-test")
    library = make_library(FakeSynthesizer("espeak"))
    library.audio_for("de helm")

    merged, added = with_cached_audio(loaded, library)

    assert added == 1
    audio = {term.id: term.audio for term in merged.deck.terms}
    assert audio == {
        "heftruck": "audio/heftruck.wav", "helm": "audio/helm.wav", "tillen": None,
        "even-pauze": None, "pbm": None,
    }  # fmt: skip
    assert merged.media["audio/helm.wav"] == library.cached("de helm").data
    assert merged.media["audio/heftruck.wav"] == loaded.media["audio/heftruck.wav"]


@needs_espeak
def test_espeak_reads_text_that_looks_like_an_option():
    data = EspeakSynthesizer().synthesize("-20 graden")
    assert data.startswith(b"RIFF") and len(data) > 10_000


def test_an_espeak_that_cannot_run_is_unavailable(monkeypatch):
    with pytest.raises(SynthesisUnavailable):
        EspeakSynthesizer(program="/nonexistent/espeak-ng").synthesize("de helm")
    monkeypatch.setattr("vaktaal.speech.synthesis.shutil.which", lambda name: None)
    missing = EspeakSynthesizer()
    assert not missing.available
    with pytest.raises(SynthesisUnavailable):
        missing.synthesize("de helm")
