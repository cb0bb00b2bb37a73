"""A meeting made from a recording, for the player tests: a WAV (or MP3) of synthetic
tones, one pitch per line, so a test can tell from a clip which line's part it is."""

import math
import wave
from array import array
from pathlib import Path

from vaktaal.core.meetings.model import Line, MainPoint, Meeting, Speaker
from vaktaal.speech.audio_library import AudioClip

RATE = 16_000
# (start, end, pitch) of each line; the last has no end: it goes on to the end of the file
PARTS = ((0.2, 1.0, 440), (1.3, 2.0, 880), (2.2, None, 1320))
LENGTH = 3.0  # seconds
SILENCE_PITCH = 0


def tone_pcm() -> bytes:
    """Silence, with each line's tone at its time."""
    samples = array("h", bytes(2 * int(LENGTH * RATE)))
    for start, end, pitch in PARTS:
        for i in range(round(start * RATE), round((end or LENGTH) * RATE)):
            samples[i] = int(9000 * math.sin(2 * math.pi * pitch * i / RATE))
    return samples.tobytes()


def write_wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(tone_pcm())
    return path


def write_mp3(path: Path) -> Path:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    path.write_bytes(encoder.encode(tone_pcm()) + encoder.flush())
    return path


def recorded_meeting(recording: str) -> Meeting:
    speakers = (Speaker("sanne", "Sanne", "teamleider"), Speaker("omar", "Omar", "servicedesk"))
    lines = tuple(
        Line(speaker, text, start=start, end=end if index == 0 else None)
        for index, (speaker, text, (start, end, _pitch)) in enumerate(
            zip(
                ("sanne", "omar", "sanne"),
                ("Goedemorgen allemaal.", "De printer is kapot.", "Dan bel ik de leverancier."),
                PARTS,
                strict=True,
            )
        )
    )  # the first line has its own end; the others end where the next begins
    return Meeting(
        id="opname", title="Dagstart (opname)", situation="Maandag om 8:00.",
        speakers=speakers, lines=lines,
        main_points=(MainPoint("printer", "De printer is kapot.", (("printer",),)),),
        recording=recording,
    )  # fmt: skip


def clip_seconds(clip: AudioClip) -> float:
    import io

    with wave.open(io.BytesIO(clip.data), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def clip_pitch(clip: AudioClip) -> float:
    """The clip's main pitch in Hz, from its zero crossings (0 for silence)."""
    import io

    with wave.open(io.BytesIO(clip.data), "rb") as wav:
        samples = array("h", wav.readframes(wav.getnframes()))
        rate = wav.getframerate()
    loud = sum(1 for s in samples if abs(s) > 500) / 0.965  # the share of a sine above 500
    if loud < len(samples) / 4:
        return SILENCE_PITCH
    crossings = sum(1 for a, b in zip(samples, samples[1:], strict=False) if (a < 0) != (b < 0))
    return crossings / 2 / (loud / rate)  # over the sounding part only
