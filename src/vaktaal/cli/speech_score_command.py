"""`vaktaal speech score --target WORD FILE.wav`: was the word in the recording understood?

Prints the verdict (goed / bijna / nog eens) as JSON. A recording that cannot be judged
(too short, silent, clipped, 8 kHz) is a verdict too: "nog eens" with the reason, exit 0.
A file that cannot be read or a missing speech model is an error in plain Dutch, exit 1.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.output import print_json
from vaktaal.core.i18n import _
from vaktaal.paths import Paths
from vaktaal.speech.models import ModelProblem, find_model
from vaktaal.speech.phonetics import EspeakPhonemizer
from vaktaal.speech.pronunciation import PronunciationChecker, verdict_to_json
from vaktaal.speech.recognition import Recognizer
from vaktaal.usecases.speech import score_file


def add_score_command(commands: Any) -> None:
    """Add `score` to the subcommands of `vaktaal speech`."""
    score = commands.add_parser(
        "score", help="controleer of een woord in een opname verstaan wordt",
        parents=[common_options()],
    )  # fmt: skip
    score.add_argument("--target", required=True, metavar="WOORD", help="het gevraagde woord")
    score.add_argument("file", type=Path, metavar="BESTAND.wav", help="de opname (WAV)")
    score.add_argument(
        "--similar", action="append", default=[], metavar="WOORD",
        help="een woord dat erop lijkt (mag vaker; of gescheiden door komma's)",
    )  # fmt: skip
    score.add_argument("--model", type=Path, metavar="MAP", help="map van het spraakmodel")
    score.set_defaults(handler=score_command)


def score_command(arguments: argparse.Namespace) -> int:
    target = arguments.target.strip()
    if not target:
        raise CommandError(_("Geef het woord dat gezegd moest worden: --target WOORD."))
    model = model_folder(arguments.model, arguments.data_dir)

    def checker() -> PronunciationChecker:  # loads the model: only for a usable recording
        return PronunciationChecker(load_recognizer(model), EspeakPhonemizer())

    verdict = score_file(arguments.file, target, similar_words(arguments.similar), checker)
    print_json(verdict_to_json(verdict))
    return 0


def similar_words(values: list[str]) -> list[str]:
    """`--similar a --similar "b, c"` -> ["a", "b", "c"]."""
    return [word.strip() for value in values for word in value.split(",") if word.strip()]


def model_folder(chosen: Path | None, data_dir: str | None) -> Path:
    """--model, else the installed model; a non-Dutch model works but gets a warning."""
    if chosen is not None:
        if not chosen.is_dir():
            message = _("De map van het spraakmodel bestaat niet: {path}")
            raise CommandError(message.format(path=chosen))
        return chosen
    status = find_model(Paths.create(data_dir))
    if not status.ready or status.path is None:
        raise CommandError(status.message)
    if not status.dutch:
        sys.stderr.write(status.message + "\n")
    return status.path


def load_recognizer(model: Path) -> Recognizer:
    from vaktaal.speech.vosk_engine import VoskRecognizer  # imports vosk: only when needed

    try:
        return VoskRecognizer.load(model)
    except ModelProblem as error:
        raise CommandError(str(error)) from error
