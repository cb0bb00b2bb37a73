"""`vaktaal speech score --target WORD FILE.wav`: the verdict as JSON, errors in Dutch."""

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pronunciation_audio import (
    espeak_wav,
    korean_model,
    needs_espeak,
    needs_korean_model,
    silence,
    square,
    tone,
    write_wav,
)

from vaktaal.cli import run
from vaktaal.cli.errors import friendly_errors
from vaktaal.cli.options import common_options
from vaktaal.cli.parser import build_parser
from vaktaal.cli.speech_score_command import add_score_command, similar_words


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, object]:
        data = json.loads(self.out)
        assert isinstance(data, dict)
        return data


def score_is_wired() -> bool:
    """Whether `vaktaal speech score` exists in the real command line."""
    speech = _subcommands(build_parser()).get("speech")
    return speech is not None and "score" in _subcommands(speech)


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _own_run(argv: list[str]) -> int:
    """The score command under a `speech` topic of its own, run the way vaktaal.cli.run does."""
    parser = argparse.ArgumentParser(prog="vaktaal", parents=[common_options()])
    parser.set_defaults(data_dir=None, handler=None)
    topics = parser.add_subparsers()
    speech = topics.add_parser("speech", parents=[common_options()])
    add_score_command(speech.add_subparsers(required=True))
    arguments = parser.parse_args(argv)
    with friendly_errors(sys.stderr) as outcome:
        outcome.code = arguments.handler(arguments)
    return outcome.code


@pytest.fixture(params=["vaktaal", "own-parser"])
def score(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Result]:
    """Run `vaktaal speech score ARGS`: through vaktaal.cli.run once the `speech` topic
    exists, and always under a parser of its own (so the command is tested meanwhile)."""
    if request.param == "vaktaal" and not score_is_wired():
        pytest.skip(
            "`vaktaal speech score` is not wired yet: speech_commands.py must call "
            "speech_score_command.add_score_command(<its subparsers>)"
        )
    runner = run if request.param == "vaktaal" else _own_run

    def invoke(*args: str | Path) -> Result:
        capsys.readouterr()
        code = runner(["speech", "score", *map(str, args)])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.mark.parametrize(
    ("pcm", "rate", "words"),
    [
        (silence(1.0), 16_000, "We hoorden niets"),
        (square(1.0), 16_000, "te hard"),
        (tone(1.0, 8_000), 8_000, "8000 Hz"),
        (tone(0.1), 16_000, "te kort"),
    ],
    ids=["silence", "clipped", "8kHz", "too-short"],
)
def test_a_bad_recording_is_nog_eens_with_the_reason(
    score: Callable[..., Result], tmp_path: Path, pcm: bytes, rate: int, words: str
) -> None:
    wav = write_wav(tmp_path / "poging.wav", pcm, rate)
    # an empty folder as model: a recording that cannot be judged never loads the model
    result = score("--target", "de heftruck", wav, "--model", tmp_path)
    assert result.code == 0, result.err
    data = result.json()
    assert data["level"] == "nog eens"
    assert data["target"] == "de heftruck"
    reasons = data["reasons"]
    assert isinstance(reasons, list) and len(reasons) == 1 and words in reasons[0]
    assert data["heard"] == data["heard_restricted"] == ""
    assert data["timings_ms"] == {"total": 0.0}


def test_a_missing_file_is_a_dutch_error(score: Callable[..., Result], tmp_path: Path) -> None:
    result = score("--target", "heftruck", tmp_path / "weg.wav", "--model", tmp_path)
    assert result.code == 1
    assert result.out == ""
    assert "bestaat niet" in result.err and "weg.wav" in result.err
    assert "Traceback" not in result.err and "Errno" not in result.err


def test_a_file_that_is_not_a_wav_is_a_dutch_error(
    score: Callable[..., Result], tmp_path: Path
) -> None:
    text = tmp_path / "poging.wav"
    text.write_text("dit is geen geluid", encoding="utf-8")
    result = score("--target", "heftruck", text, "--model", tmp_path)
    assert result.code == 1 and result.out == ""
    assert "geen WAV-bestand" in result.err


def test_a_missing_model_folder_is_a_dutch_error(
    score: Callable[..., Result], tmp_path: Path
) -> None:
    wav = write_wav(tmp_path / "poging.wav", tone(1.0))
    result = score("--target", "heftruck", wav, "--model", tmp_path / "geen-model")
    assert result.code == 1 and result.out == ""
    assert "spraakmodel bestaat niet" in result.err


def test_no_installed_model_is_a_dutch_error(
    score: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAKTAAL_VOSK_MODEL", raising=False)
    wav = write_wav(tmp_path / "poging.wav", tone(1.0))
    result = score("--data-dir", tmp_path / "data", "--target", "heftruck", wav)
    assert result.code == 1 and result.out == ""
    assert "nog geen spraakmodel" in result.err


def test_an_incomplete_model_is_a_dutch_error(score: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "model" / "am").mkdir(parents=True)
    wav = write_wav(tmp_path / "poging.wav", tone(1.0))
    result = score("--target", "heftruck", wav, "--model", tmp_path / "model")
    assert result.code == 1 and result.out == ""
    assert "geen compleet spraakmodel" in result.err


def test_an_empty_target_is_a_dutch_error(score: Callable[..., Result], tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "poging.wav", tone(1.0))
    result = score("--target", "  ", wav, "--model", tmp_path)
    assert result.code == 1 and "--target" in result.err


def test_similar_words_may_repeat_or_be_separated_by_commas() -> None:
    assert similar_words(["pallet", "hefbrug, helm", " ,"]) == ["pallet", "hefbrug", "helm"]


@needs_espeak
@needs_korean_model
def test_score_with_a_real_model_prints_the_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the Korean Vosk model on Korean espeak-ng speech (22 kHz: resampled)."""
    wav = espeak_wav("안녕하세요", "ko", tmp_path / "poging.wav")
    runner = run if score_is_wired() else _own_run
    argv = ["speech", "score", "--target", "안녕하세요", str(wav)]
    argv += ["--similar", "감사합니다, 사랑해요", "--similar", "반갑습니다"]
    argv += ["--model", str(korean_model())]
    assert runner(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] in ("goed", "bijna", "nog eens")
    assert data["heard"] and data["heard_restricted"] == "안녕하세요"
    assert set(data["timings_ms"]) == {"free", "restricted", "phonetic", "total"}
    assert data["timings_ms"]["free"] > 0 and data["reasons"]
