"""Recording checks on generated PCM, and reading/resampling WAV files."""

import random
import struct
from array import array
from pathlib import Path

import pytest
from speech_fakes import espeak, silence, sine, synthesise, write_wav

from vaktaal.speech.recording_checks import (
    AudioProblem,
    check_recording,
    load_recording,
    read_wav,
    resample_to,
)


def samples(pcm: bytes) -> list[int]:
    return list(struct.unpack(f"<{len(pcm) // 2}h", pcm))


def zero_crossings(pcm: bytes) -> int:
    values = samples(pcm)
    return sum(1 for a, b in zip(values, values[1:], strict=False) if (a < 0) != (b < 0))


# --- check_recording --------------------------------------------------------------------------


def test_a_clear_recording_has_no_problem():
    assert check_recording(silence(0.3) + sine(1.0) + silence(0.3), 16_000) is None


def test_a_short_word_after_silence_is_not_silence():
    """Judged by the loudest moment, not the average over the whole take."""
    assert check_recording(silence(3.0) + sine(0.15, amplitude=0.05), 16_000) is None


@pytest.mark.parametrize(
    ("pcm", "rate", "kind"),
    [
        (sine(0.2), 16_000, "too_short"),
        (b"", 16_000, "too_short"),
        (silence(2.0), 16_000, "silence"),
        (
            array("h", (random.Random(3).randint(-60, 60) for _ in range(32_000))).tobytes(),
            16_000,
            "silence",
        ),
        (sine(1.0, amplitude=3.0), 16_000, "clipped"),
        (sine(1.0, rate=8_000), 8_000, "low_sample_rate"),
    ],
    ids=["short", "empty", "silence", "room-noise", "clipped", "telephone-8khz"],
)
def test_problems_are_found(pcm: bytes, rate: int, kind: str):
    problem = check_recording(pcm, rate)
    assert problem is not None and problem.kind == kind


def test_limits_are_where_they_should_be():
    assert check_recording(sine(0.3), 16_000) is None  # 0.3 s is long enough
    assert check_recording(sine(1.0, amplitude=0.95), 16_000) is None  # loud but not clipped
    assert check_recording(sine(1.0, rate=16_000), 16_000) is None
    assert check_recording(sine(1.0, rate=11_025), 11_025).kind == "low_sample_rate"  # type: ignore[union-attr]


def test_messages_are_dutch_different_and_say_what_to_do():
    problems = [
        check_recording(sine(0.1), 16_000),
        check_recording(silence(1.0), 16_000),
        check_recording(sine(1.0, amplitude=3.0), 16_000),
        check_recording(sine(1.0, rate=8_000), 8_000),
    ]
    messages = [p.message for p in problems if p is not None]
    assert len(set(messages)) == 4
    assert "te kort" in messages[0] and "microfoon" in messages[1]
    assert "te hard" in messages[2] and "8000 Hz" in messages[3]


# --- WAV files --------------------------------------------------------------------------------


def test_read_wav_16_bit_mono(tmp_path: Path):
    pcm = sine(0.5)
    assert read_wav(write_wav(tmp_path / "a.wav", pcm, 16_000)) == (pcm, 16_000)


def test_read_wav_averages_stereo_to_mono(tmp_path: Path):
    frames = struct.pack("<6h", 1000, 3000, -2000, -4000, 32767, 32765)
    pcm, rate = read_wav(write_wav(tmp_path / "s.wav", frames, 44_100, channels=2))
    assert (samples(pcm), rate) == ([2000, -3000, 32766], 44_100)


@pytest.mark.parametrize(
    ("width", "frames", "expected"),
    [
        (1, bytes([128, 255, 0]), [0, 127 << 8, -32768]),
        (3, b"\x00\x00\x40" + b"\xff\xff\xff", [0x4000, -1]),
        (4, struct.pack("<2i", 0x40000000, -65536), [0x4000, -1]),
    ],
    ids=["8-bit", "24-bit", "32-bit"],
)
def test_read_wav_makes_16_bit(tmp_path: Path, width: int, frames: bytes, expected: list[int]):
    pcm, _rate = read_wav(write_wav(tmp_path / "w.wav", frames, 16_000, width=width))
    assert samples(pcm) == expected


def test_read_wav_refuses_what_it_cannot_read(tmp_path: Path):
    (tmp_path / "x.wav").write_bytes(b"RIFF....WAVEfmt nonsense")
    with pytest.raises(AudioProblem, match="geen WAV-bestand"):
        read_wav(tmp_path / "x.wav")


def test_resample_keeps_duration_and_pitch():
    for rate_in, rate_out in [(8_000, 16_000), (44_100, 16_000), (22_050, 16_000)]:
        pcm = sine(1.0, rate=rate_in, hz=440)
        out = resample_to(pcm, rate_in, rate_out)
        assert len(out) // 2 == rate_out
        assert abs(zero_crossings(out) - 880) <= 4  # still 440 Hz


def test_resample_interpolates_between_samples():
    pcm = struct.pack("<3h", 0, 1000, 2000)
    assert samples(resample_to(pcm, 8_000, 16_000)) == [0, 500, 1000, 1500, 2000, 2000]
    assert resample_to(pcm, 8_000, 8_000) == pcm


def test_resample_refuses_impossible_rates():
    with pytest.raises(ValueError):
        resample_to(sine(0.1), 0, 16_000)


def test_an_8_khz_wav_is_resampled_but_still_reported(tmp_path: Path):
    wav = write_wav(tmp_path / "phone.wav", sine(1.0, rate=8_000), 8_000)
    recording = load_recording(wav)
    assert (recording.sample_rate, recording.source_rate) == (16_000, 8_000)
    assert len(recording.pcm) == 2 * 16_000
    assert recording.problem is not None and recording.problem.kind == "low_sample_rate"


@pytest.mark.skipif(espeak() is None, reason="espeak-ng is not installed")
def test_espeak_speech_is_a_good_recording(tmp_path: Path):
    recording = load_recording(synthesise("안녕하세요", "ko", tmp_path / "ko.wav"))
    assert recording.source_rate == 22_050 and recording.sample_rate == 16_000
    assert recording.problem is None
