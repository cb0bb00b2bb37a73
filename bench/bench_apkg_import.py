"""Benchmark: import generated Anki packages (.apkg) into a fresh database, beside Anki itself.

The packages are as Anki's legacy export writes them (collection.anki2, schema 11): notes with
HTML and entities, Arabic and English glosses, one picture per 10 notes and one sound per 20;
5,000, 10,000 and 50,000 notes. vaktaal is timed through the use case the app and the command
line share (usecases/anki); the yardstick is Anki's own importer (the `anki` package, a dev
dependency) into a fresh collection, on the same file. Wall time and CPU time (all threads).
Target: vaktaal/Anki <= 2x at 5,000 and 50,000 notes.
Run: .venv/bin/python bench/bench_apkg_import.py [notes ...]
"""

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "authoring_anki"))

from anki_builder import NoteType, Package  # noqa: E402

import deckbuilder  # noqa: E402
from vaktaal.app import open_services  # noqa: E402
from vaktaal.usecases.anki import ImportSettings  # noqa: E402

SIZES = (5_000, 10_000, 50_000)
WORDS = NoteType(
    1600000000999, "Werkwoord", ["Woord", "Uitleg", "Voorbeeld", "Arabisch", "English"]
)
Timing = tuple[float, float]  # wall, CPU seconds


def note_contents(notes: int) -> tuple[dict[str, bytes], list[list[str]]]:
    pictures = {
        f"plaatje-{i}.png": deckbuilder.tiny_png((i % 250, i // 250 % 250, 90))
        for i in range(notes // 10)
    }
    sounds = {f"woord-{i}.wav": deckbuilder.tiny_wav() for i in range(notes // 20)}
    rows = []
    for i in range(notes):
        media = f'<img src="plaatje-{i // 10}.png">' if i % 10 == 0 else ""
        media += f"[sound:woord-{i // 20}.wav]" if i % 20 == 0 else ""
        rows.append([
            f"de term&nbsp;{i} {media}", f"Uitleg bij <b>term {i}</b>.<br>Tweede regel &amp; meer.",
            f"<div>Zet term {i} klaar.</div>", f"مصطلح {i}", f"term {i}",
        ])  # fmt: skip
    return {**pictures, **sounds}, rows


def generated_package(path: Path, notes: int) -> Path:
    """Exported by Anki itself when it is installed (legacy export), else by anki_builder."""
    media, rows = note_contents(notes)
    try:
        from anki_made import anki_package
    except ImportError:
        package = Package(note_types=[WORDS], media=media, deck_name="Groot magazijn")
        for fields in rows:
            package.add(WORDS, *fields)
        return package.write(path)
    return anki_package(path, WORDS.name, WORDS.fields, rows, media, legacy=True)


def timed(work: Callable[[], None]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def vaktaal_run(apkg: Path, notes: int) -> Timing:
    with tempfile.TemporaryDirectory() as data_dir:
        services = open_services(data_dir)
        anki = services.anki

        def work() -> None:
            source = anki.read(apkg)
            mapping = anki.guess_mapping(source)
            anki.import_prepared(anki.prepare(source, mapping, ImportSettings()))

        timing = timed(work)
        assert services.decks.list_decks()[0].terms == notes
        services.close()
    return timing


def anki_run(apkg: Path, notes: int) -> Timing | None:
    try:
        from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as folder:
        collection = Collection(str(Path(folder) / "collection.anki2"))
        request = ImportAnkiPackageRequest(
            package_path=str(apkg), options=ImportAnkiPackageOptions()
        )
        timing = timed(lambda: collection.import_anki_package(request) and None)
        assert collection.note_count() == notes
        collection.close()
    return timing


def median(runs: list[Timing]) -> Timing:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def report(notes: int, apkg: Path, runs: int) -> None:
    ours = median([vaktaal_run(apkg, notes) for _ in range(runs)])
    theirs_runs = [anki_run(apkg, notes) for _ in range(runs)]
    line = (
        f"{notes:>6} notes, {apkg.stat().st_size / 1e6:5.1f} MB, {runs} runs: vaktaal "
        f"{ours[0]:.2f} s wall / {ours[1]:.2f} s CPU"
    )
    if None not in theirs_runs:
        theirs = median([r for r in theirs_runs if r is not None])
        line += (
            f"; Anki {theirs[0]:.2f} s / {theirs[1]:.2f} s; vaktaal/Anki "
            f"{ours[0] / theirs[0]:.1f}x wall, {ours[1] / theirs[1]:.1f}x CPU"
        )
    print(line, flush=True)


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or SIZES
    for notes in sizes:
        with tempfile.TemporaryDirectory() as folder:
            apkg = generated_package(Path(folder) / "groot.apkg", notes)
            report(notes, apkg, 3 if notes <= 10_000 else 2)
    print("target: vaktaal/Anki <= 2x at 5,000 and 50,000 notes")


if __name__ == "__main__":
    main()
