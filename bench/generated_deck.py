"""Write a large, valid deck folder for benchmarks."""

from pathlib import Path

HEADER = """schema_version = 1

[deck]
id = "{deck_id}"
title = "Gegenereerd pakket"
organisation = "Benchmark"
job_function = "Test"
level = "A2"
gloss_languages = ["ar", "ti", "tr", "fa", "en"]
version = 1
authors = ["bench"]
licence = "CC0"
"""

TERM = """
[[terms]]
id = "term-{i}"
term = "woord{i}"
article = "de"
plural = "woorden{i}"
word_class = "noun"
explanation = "Dit is een korte uitleg in eenvoudig Nederlands over woord nummer {i}."
example = "Ik gebruik woord {i} elke dag op mijn werk."
pictogram = "{pictogram}"
category = "Hoofdstuk {chapter}"
tags = ["bench", "woord"]
safety_critical = {safety}

[terms.glosses]
ar = "كلمة {i}"
ti = "ቃል {i}"
tr = "kelime {i}"
fa = "کلمه {i}"
en = "word {i}"
"""

ASSETS = Path(__file__).resolve().parent.parent / "assets" / "pictogrammen"
# every pictogram the app ships, as a real deck would use many different ones
PICTOGRAMS = tuple(f"asset:{p.name}" for p in sorted(ASSETS.glob("*.svg")))


def write_generated_deck(folder: Path, terms: int, deck_id: str = "bench-deck") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    parts = [HEADER.format(deck_id=deck_id)]
    for i in range(terms):
        pictogram = PICTOGRAMS[i % len(PICTOGRAMS)]
        safety = "true" if i % 10 == 0 else "false"
        parts.append(TERM.format(i=i, pictogram=pictogram, chapter=i % 12, safety=safety))
    (folder / "deck.toml").write_text("".join(parts), encoding="utf-8")
    return folder
