"""The README's `vaktaal …` commands and pictures, read the way a newcomer reads them."""

import glob
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
BLOCK = re.compile(r"^```(?:bash|sh|shell|console)\n(.*?)^```", re.MULTILINE | re.DOTALL)
PICTURE = re.compile(r"!\[[^\]]*\]\((docs/screenshots/[^)\s]+\.png)\)")
# A placeholder is written in CAPITALS or <between brackets>; only those get a stand-in.
PLACEHOLDER = re.compile(r"^(?:<[^>]+>|[A-Z][A-Z0-9_]{2,})$")


@dataclass(frozen=True)
class Command:
    line: str  # as the README has it
    args: list[str]  # after `vaktaal`, globs expanded as bash would


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def commands(text: str, cwd: Path, stand_ins: dict[str, str]) -> list[Command]:
    """Every `vaktaal …` line of the README's shell blocks, in order."""
    found = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            if line.startswith("vaktaal ") or line == "vaktaal":
                words = shlex.split(line, comments=True)[1:]
                found.append(Command(line, _expanded(words, cwd, stand_ins)))
    return found


def _expanded(words: list[str], cwd: Path, stand_ins: dict[str, str]) -> list[str]:
    args: list[str] = []
    for word in words:
        if PLACEHOLDER.match(word):
            if word not in stand_ins:
                raise AssertionError(f"the README's placeholder {word} has no stand-in here")
            word = stand_ins[word]
        matches = sorted(glob.glob(word, root_dir=cwd)) if "*" in word else []
        args.extend(matches or [word])  # bash keeps a glob that matches nothing as it is
    return args


def pictures(text: str) -> list[str]:
    """The file names (without .png) of the screenshots the README shows."""
    return [Path(path).stem for path in PICTURE.findall(text)]
