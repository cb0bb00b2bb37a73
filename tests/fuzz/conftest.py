"""The fuzz tests build inputs with the Anki and meeting builders of other test folders."""

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
for folder in (TESTS / "authoring_anki", TESTS / "meetings_format"):
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
