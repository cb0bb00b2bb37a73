"""The Listener turns microphone chunks into one utterance, with levels for the meter."""

import pytest

from pcm_sounds import ms_of, noise, word
from vaktaal.ui.speaking.capture import (
    FakeMicrophone,
    Listener,
    QtMicrophone,
    no_microphone_message,
)


@pytest.fixture
def microphone(qtbot) -> FakeMicrophone:
    return FakeMicrophone(word(before_ms=500, speech_ms=600, after_ms=1500))


def test_one_word_gives_one_utterance_and_levels(qtbot, microphone: FakeMicrophone) -> None:
    listener = Listener(microphone)
    levels: list[float] = []
    heard: list[bytes] = []
    listener.level.connect(levels.append)
    listener.utterance.connect(heard.append)
    with qtbot.waitSignal(listener.speech_started), qtbot.waitSignal(listener.utterance):
        listener.start()
    assert len(heard) == 1
    assert 1240 <= ms_of(heard[0]) <= 1360  # the word with a little around it
    assert not listener.listening
    assert not microphone.running
    assert max(levels) > 0.6 and min(levels[:3]) < 0.2
    assert levels[-1] == 0.0  # the meter falls back when done
    with qtbot.assertNotEmitted(listener.utterance, wait=50):  # stray chunks change nothing
        pass


def test_push_to_talk_goes_on_through_pauses_until_stop(qtbot) -> None:
    microphone = FakeMicrophone(word(after_ms=3000), interval_ms=1)
    listener = Listener(microphone, tail_ms=500)
    heard: list[bytes] = []
    listener.utterance.connect(heard.append)
    listener.start(push_to_talk=True)
    qtbot.waitUntil(lambda: microphone.starts == 1 and not microphone._data, timeout=5000)
    assert listener.listening and heard == []  # 3 s of quiet did not end it
    with qtbot.waitSignal(listener.utterance):
        listener.stop()
    assert ms_of(heard[0]) > 200 + 600 + 3000


def test_cancel_delivers_nothing(qtbot, microphone: FakeMicrophone) -> None:
    listener = Listener(microphone)
    with qtbot.assertNotEmitted(listener.utterance, wait=50):
        listener.start()
        listener.cancel()
    assert not microphone.running


def test_no_audio_at_all_still_ends(qtbot) -> None:
    class Dead(FakeMicrophone):
        def _tick(self) -> None:  # a device that opens but never delivers
            pass

    listener = Listener(Dead(), settle_ms=0, max_ms=10)
    with qtbot.waitSignal(listener.utterance, timeout=5000) as blocker:
        listener.start()
    assert blocker.args == [b""]


def test_a_microphone_problem_is_passed_on(qtbot) -> None:
    listener = Listener(FakeMicrophone(problem=no_microphone_message()))
    with qtbot.waitSignal(listener.problem) as blocker:
        listener.start()
    assert blocker.args == ["Er is geen microfoon gevonden. Sluit een microfoon of headset aan."]
    assert not listener.listening


def test_the_real_microphone_says_there_is_none_on_this_machine(qtbot) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultAudioInput().isNull():
        pytest.skip("this machine has a microphone")
    listener = Listener(QtMicrophone())
    with qtbot.waitSignal(listener.problem) as blocker:
        listener.start()
    assert "geen microfoon" in blocker.args[0]
    listener.shutdown()


def test_noise_before_the_word_is_not_the_word(qtbot) -> None:
    microphone = FakeMicrophone(noise(2500) + word(before_ms=0))
    listener = Listener(microphone)
    with qtbot.waitSignal(listener.utterance) as blocker:
        listener.start()
    assert ms_of(blocker.args[0]) < 1500
