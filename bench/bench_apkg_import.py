"""Benchmark: import a generated 5,000-note Anki package (.apkg) into a fresh database.

The package is as Anki's legacy export writes it (collection.anki2, schema 11): Basic-like
notes with HTML and entities, Arabic and English glosses, one picture per 10 notes and one
sound per 20. Timed through the use case the app and the command line share (usecases/anki).
Target: <= 2 s (Anki itself: 0.11 s).
Run: .venv/bin/python bench/bench_apkg_import.py
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "authoring_anki"))

from anki_builder import NoteType, Package  # noqa: E402

import deckbuilder  # noqa: E402
from vaktaal.app import open_services  # noqa: E402
from vaktaal.usecases.anki import ImportSettings  # noqa: E402

NOTES = 5_000
RUNS = 5
WORDS = NoteType(
    1600000000999, "Werkwoord", ["Woord", "Uitleg", "Voorbeeld", "Arabisch", "English"]
)


def generated_package(path: Path) -> Path:
    pictures = {
        f"plaatje-{i}.png": deckbuilder.tiny_png((i % 250, 40, 90)) for i in range(NOTES // 10)
    }
    sounds = {f"woord-{i}.wav": deckbuilder.tiny_wav() for i in range(NOTES // 20)}
    package = Package(note_types=[WORDS], media={**pictures, **sounds}, deck_name="Groot magazijn")
    for i in range(NOTES):
        media = f'<img src="plaatje-{i // 10}.png">' if i % 10 == 0 else ""
        media += f"[sound:woord-{i // 20}.wav]" if i % 20 == 0 else ""
        package.add(
            WORDS, f"de term&nbsp;{i} {media}",
            f"Uitleg bij <b>term {i}</b>.<br>Tweede regel &amp; meer.",
            f"<div>Zet term {i} klaar.</div>", f"مصطلح {i}", f"term {i}",
        )  # fmt: skip
    return package.write(path)


def one_run(apkg: Path) -> float:
    with tempfile.TemporaryDirectory() as data_dir:
        services = open_services(data_dir)
        anki = services.anki
        start = time.perf_counter()
        source = anki.read(apkg)
        anki.import_prepared(anki.prepare(source, anki.guess_mapping(source), ImportSettings()))
        elapsed = time.perf_counter() - start
        assert services.decks.list_decks()[0].terms == NOTES
        services.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        apkg = generated_package(Path(folder) / "groot.apkg")
        size_mb = apkg.stat().st_size / 1e6
        runs = [one_run(apkg) for _ in range(RUNS)]
    print(
        f"package: {NOTES} notes, {NOTES // 10} pictures, {NOTES // 20} sounds, "
        f"{size_mb:.1f} MB, {RUNS} runs"
    )
    print(
        f"read + convert + check + import: median {statistics.median(runs):.3f} s, "
        f"min {min(runs):.3f} s, max {max(runs):.3f} s (target <= 2 s)"
    )


if __name__ == "__main__":
    main()
