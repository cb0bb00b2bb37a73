"""A valid test meeting as TOML text, and a deck folder (tests/deckbuilder.py) that has it."""

from pathlib import Path

import deckbuilder

MEETING_ID = "werkoverleg"

VALID_MEETING = """\
[meeting]
title = "Werkoverleg in het magazijn"
situation = "Maandag om 7:30 in de kantine."
terms = ["heftruck", "helm"]
distractors = ["De kantine gaat dicht.", "Er komt een nieuwe baas."]

[[speakers]]
id = "ans"
name = "Ans"
role = "teamleider"
voice = "nl+f3"

[[speakers]]
id = "samir"
name = "Samir"
role = "magazijnmedewerker"

[[lines]]
speaker = "ans"
text = "Goedemorgen allemaal."
start = 0.0
end = 2.5

[[lines]]
speaker = "samir"
text = "De heftruck maakt een raar geluid."
audio = "audio/heftruck.wav"
start = 3.0
end = 6.0

[[main_points]]
id = "heftruck-kapot"
text = "De heftruck moet gemaakt worden."
keywords = [["heftruck", "heftrucks"], ["kapot", "stuk", "geluid"]]

[[action_items]]
id = "monteur-bellen"
who = "ans"
what = "De monteur bellen over de heftruck."
when = "vandaag"
keywords = ["monteur", ["bellen", "belt"]]
"""


def write_deck_with_meeting(folder: Path, meeting_text: str = VALID_MEETING) -> Path:
    deckbuilder.write_deck(folder)
    (folder / "meetings").mkdir(exist_ok=True)
    (folder / "meetings" / f"{MEETING_ID}.toml").write_text(meeting_text, encoding="utf-8")
    return folder
