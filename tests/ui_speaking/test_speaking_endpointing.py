"""The endpointer finds one word in microphone audio: settle, start, tail, silence, maximum."""

import pytest

from pcm_sounds import ms_of, noise, tone, word
from vaktaal.speech.endpointing import DONE, SPEAKING, WAITING, Endpointer, frame_rms, meter_level


def feed_all(endpointer: Endpointer, pcm: bytes, chunk: int = 640) -> list[str]:
    """Feed in chunks; the state after each chunk."""
    return [endpointer.feed(pcm[i : i + chunk]) for i in range(0, len(pcm), chunk)]


def test_a_word_between_noise_is_found_with_its_tail() -> None:
    endpointer = Endpointer()
    states = feed_all(endpointer, word(before_ms=500, speech_ms=600, after_ms=1500))
    assert states[0] == WAITING
    assert SPEAKING in states
    assert states[-1] == DONE
    assert endpointer.speech_detected
    heard = endpointer.utterance()
    # 200 ms before the first loud frame + 600 ms of word + the 500 ms tail
    assert 1240 <= ms_of(heard) <= 1360
    tail = heard[-16000:]  # the last 500 ms: quiet again
    assert frame_rms(tail) < 100
    assert frame_rms(heard[-20000:-16000]) > 2000  # just before the tail: the word


def test_it_stops_after_the_silence_not_at_the_end_of_the_audio() -> None:
    endpointer = Endpointer(silence_ms=800)
    pcm = word(before_ms=500, speech_ms=400, after_ms=3000)
    states = feed_all(endpointer, pcm)
    done_at = (states.index(DONE) + 1) * 20  # ms of audio fed when it was done
    assert 500 + 400 + 800 <= done_at <= 500 + 400 + 800 + 60


def test_the_settle_period_is_dropped() -> None:
    endpointer = Endpointer(settle_ms=300)
    # A loud pop while the device settles is not speech, and not kept; the noise floor it
    # gave comes down again while the room is quiet, so a word is still heard after it.
    feed_all(endpointer, tone(300, amplitude=20000) + noise(2000))
    assert endpointer.state == WAITING
    assert endpointer.noise_floor is not None and endpointer.noise_floor < 200
    feed_all(endpointer, tone(600) + noise(1500))
    assert endpointer.state == DONE and endpointer.speech_detected
    assert 1240 <= ms_of(endpointer.utterance()) <= 1360


def test_the_threshold_follows_the_noise_of_the_room() -> None:
    quiet_room, noisy_room = Endpointer(), Endpointer()
    feed_all(quiet_room, noise(1000))
    feed_all(noisy_room, noise(1000, amplitude=1500))
    assert noisy_room.threshold > 5 * quiet_room.threshold
    # Steady machine noise in a factory is not a word; a voice above it is.
    assert set(feed_all(noisy_room, noise(2000, amplitude=1500, seed=99))) == {WAITING}
    feed_all(noisy_room, tone(500, amplitude=12000))
    assert noisy_room.state == SPEAKING


def test_a_click_is_not_speech() -> None:
    endpointer = Endpointer()
    feed_all(endpointer, noise(500) + tone(20, amplitude=20000) + noise(1000))
    assert endpointer.state == WAITING


def test_it_ends_at_the_maximum_length() -> None:
    endpointer = Endpointer(settle_ms=300, max_ms=2000)
    states = feed_all(endpointer, noise(300) + tone(5000))
    assert states[-1] == DONE
    assert endpointer.speech_detected
    assert ms_of(endpointer.utterance()) <= 2000


def test_only_silence_ends_at_the_maximum_with_everything_kept() -> None:
    endpointer = Endpointer(settle_ms=300, max_ms=1000)
    feed_all(endpointer, noise(3000))
    assert endpointer.state == DONE
    assert not endpointer.speech_detected
    assert ms_of(endpointer.utterance()) == pytest.approx(1000, abs=20)


def test_push_to_talk_waits_for_the_release_then_keeps_the_tail() -> None:
    endpointer = Endpointer(end_on_silence=False, tail_ms=500)
    feed_all(endpointer, word(before_ms=500, speech_ms=600, after_ms=2000))
    assert endpointer.state == SPEAKING  # a long pause does not end it
    endpointer.release()
    assert feed_all(endpointer, noise(480))[-1] == SPEAKING
    assert feed_all(endpointer, noise(40))[-1] == DONE
    assert ms_of(endpointer.utterance()) == pytest.approx(200 + 600 + 2000 + 500, abs=30)


def test_release_without_a_tail_is_done_at_once() -> None:
    endpointer = Endpointer(tail_ms=0, silence_ms=0)
    feed_all(endpointer, noise(800))
    endpointer.release()
    assert endpointer.state == DONE


def test_odd_chunks_give_the_same_utterance() -> None:
    pcm = word()
    whole, odd = Endpointer(), Endpointer()
    whole.feed(pcm)
    feed_all(odd, pcm, chunk=333)
    assert whole.state == odd.state == DONE
    assert whole.utterance() == odd.utterance()


def test_nothing_changes_after_done() -> None:
    endpointer = Endpointer()
    endpointer.feed(word())
    heard = endpointer.utterance()
    assert endpointer.feed(tone(500)) == DONE
    assert endpointer.utterance() == heard


def test_the_level_is_low_for_noise_and_high_for_a_voice() -> None:
    endpointer = Endpointer()
    endpointer.feed(noise(400))
    quiet = endpointer.level
    endpointer.feed(tone(100, amplitude=12000))
    assert 0 <= quiet < 0.2
    assert 0.8 < endpointer.level <= 1
    assert meter_level(0) == 0 and meter_level(40000) == 1


def test_the_tail_cannot_be_longer_than_the_silence() -> None:
    with pytest.raises(ValueError):
        Endpointer(tail_ms=900, silence_ms=800)


def pieces_while_feeding(endpointer: Endpointer, pcm: bytes, chunk: int = 3200) -> list[bytes]:
    """Feed 100 ms at a time, taking the new audio after each chunk, as the Listener does."""
    pieces = []
    for offset in range(0, len(pcm), chunk):
        endpointer.feed(pcm[offset : offset + chunk])
        pieces.append(endpointer.take_new_audio())
        if endpointer.done:
            break
    return pieces


@pytest.mark.parametrize(
    "pcm",
    [
        word(before_ms=500, speech_ms=600, after_ms=1500),
        word(before_ms=400, speech_ms=300, after_ms=300) + word(before_ms=0, after_ms=900),
        noise(2000),  # no speech: the whole recording, at the end
    ],
    ids=["one word", "a pause inside", "silence"],
)
def test_the_pieces_handed_out_are_exactly_the_utterance(pcm: bytes) -> None:
    endpointer = Endpointer(max_ms=1500)
    pieces = pieces_while_feeding(endpointer, pcm)
    assert endpointer.done
    assert b"".join(pieces) == endpointer.utterance()
    assert endpointer.take_new_audio() == b""  # nothing twice


def test_audio_is_handed_out_while_speaking_and_quiet_is_held_back() -> None:
    endpointer = Endpointer(tail_ms=500, silence_ms=800)
    pcm = word(before_ms=500, speech_ms=1000, after_ms=1500)
    pieces = pieces_while_feeding(endpointer, pcm)
    # (the settle period and quiet before the word hand out nothing)
    assert pieces[0] == b"" and pieces[3] == b""
    # before the end is known, the word itself has been handed out...
    before_end = b"".join(pieces[:-1])
    assert ms_of(before_end) >= 200 + 1000
    # ...but no more quiet than the tail that the utterance keeps
    assert ms_of(before_end) <= ms_of(endpointer.utterance())


def test_push_to_talk_pieces_end_at_the_release() -> None:
    endpointer = Endpointer(end_on_silence=False, tail_ms=200)
    pieces = pieces_while_feeding(endpointer, word(before_ms=500, speech_ms=400, after_ms=600))
    assert not endpointer.done
    endpointer.release()
    endpointer.feed(noise(300))
    pieces.append(endpointer.take_new_audio())
    assert endpointer.done
    assert b"".join(pieces) == endpointer.utterance()
