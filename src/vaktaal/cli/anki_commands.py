"""`vaktaal deck import-apkg` and `vaktaal deck export-apkg`: Anki packages in and out."""

import argparse
from pathlib import Path
from typing import Any

from vaktaal.app import open_services
from vaktaal.cli.errors import CommandError
from vaktaal.cli.options import common_options
from vaktaal.cli.out_files import checked_out
from vaktaal.core.authoring.anki.collection import NoteType
from vaktaal.core.authoring.anki.mapping import parse_map_option, sample_text
from vaktaal.core.i18n import _, ngettext
from vaktaal.core.model import CEFR_LEVELS
from vaktaal.usecases.anki import AnkiSource, ExportSummary, FieldMapping, ImportSettings


def add_commands(commands: Any) -> None:
    """Add both commands to the sub-commands of `vaktaal deck`."""
    load = commands.add_parser(
        "import-apkg", help="importeer een Anki-pakket (.apkg)", parents=[common_options()]
    )
    load.add_argument("path", type=Path, metavar="BESTAND.apkg")
    load.add_argument("--dry-run", action="store_true", help="alleen kijken, niets opslaan")
    load.add_argument(
        "--map", action="append", default=[], metavar="VELD=ROL",
        help="rol van een veld: term, explanation, example, pictogram, audio, ignore "
        "of een taalcode (ar, en, ti ...)",
    )  # fmt: skip
    load.add_argument("--deck-id", help="id van het nieuwe pakket (a-z, 0-9, -)")
    load.add_argument("--title", help="naam van het nieuwe pakket")
    load.add_argument("--level", choices=CEFR_LEVELS, default="A2", help="niveau (standaard A2)")
    load.set_defaults(handler=import_command)

    export = commands.add_parser(
        "export-apkg", help="exporteer een pakket voor Anki (.apkg)", parents=[common_options()]
    )
    export.add_argument("deck_id", metavar="PAKKET_ID")
    export.add_argument("out", type=Path, metavar="UIT.apkg")
    export.add_argument("--without-audio", action="store_true", help="zonder gemaakt geluid")
    export.set_defaults(handler=export_command)


def import_command(arguments: argparse.Namespace) -> int:
    overrides = _overrides(arguments.map)
    anki = open_services(arguments.data_dir).anki
    source = anki.read(arguments.path)
    mapping = anki.guess_mapping(source, overrides)
    _print_mapping(source, mapping, with_samples=arguments.dry_run)
    settings = ImportSettings(arguments.deck_id, arguments.title, arguments.level)
    prepared = anki.prepare(source, mapping, settings)
    for notice in prepared.notices:
        print(f"- {notice}")
    deck = prepared.loaded.deck
    if arguments.dry_run:
        message = ngettext(
            "Proef: er is niets opgeslagen. Pakket '{id}' zou {n} term krijgen.",
            "Proef: er is niets opgeslagen. Pakket '{id}' zou {n} termen krijgen.",
            len(deck.terms),
        )
        print(message.format(id=deck.id, n=len(deck.terms)))
        return 0
    anki.import_prepared(prepared)
    message = ngettext(
        "Pakket '{id}' versie {version} is geïmporteerd: {n} term.",
        "Pakket '{id}' versie {version} is geïmporteerd: {n} termen.",
        len(deck.terms),
    )
    print(message.format(id=deck.id, version=deck.version, n=len(deck.terms)))
    return 0


def _overrides(options: list[str]) -> list[tuple[str, str]]:
    try:
        return [parse_map_option(option) for option in options]
    except ValueError as error:
        raise CommandError(str(error)) from None


def _print_mapping(source: AnkiSource, mapping: FieldMapping, with_samples: bool) -> None:
    for note_type in source.note_types:
        roles = mapping[note_type.name]
        pairs = ", ".join(f"{field} -> {roles[field]}" for field in note_type.fields)
        count = source.note_count(note_type)
        line = ngettext(
            "Notitietype '{name}' ({n} notitie): {pairs}",
            "Notitietype '{name}' ({n} notities): {pairs}",
            count,
        )
        print(line.format(name=note_type.name, n=count, pairs=pairs))
        if with_samples:
            _print_samples(source, note_type, roles)


def _print_samples(source: AnkiSource, note_type: NoteType, roles: dict[str, str]) -> None:
    """Per field its role and what it holds in the first notes, so a wrong guess shows."""
    samples = source.samples(note_type)
    print("  " + _("Zo staat het in de eerste {n} notities:").format(n=len(samples)))
    for index, field in enumerate(note_type.fields):
        values = " | ".join(sample_text(note[index]) for note in samples if index < len(note))
        print(f"  {field} -> {roles[field]}: {values}")
    print("  " + _("Klopt een rol niet? Gebruik --map VELD=ROL."))


def export_command(arguments: argparse.Namespace) -> int:
    anki = open_services(arguments.data_dir).anki
    out = checked_out(arguments.out, ".apkg")
    summary = anki.export(arguments.deck_id, out, not arguments.without_audio)
    message = ngettext(
        "Opgeslagen voor Anki: {out} ({notes} kaart, {media} plaatjes en geluiden).",
        "Opgeslagen voor Anki: {out} ({notes} kaarten, {media} plaatjes en geluiden).",
        summary.notes,
    )
    print(message.format(out=arguments.out, notes=summary.notes, media=summary.media_files))
    _print_without_pictogram(summary)
    return 0


def _print_without_pictogram(summary: ExportSummary) -> None:
    if summary.without_pictogram:
        message = ngettext(
            "{n} term heeft in Anki geen plaatje (dit soort pictogram kan niet mee).",
            "{n} termen hebben in Anki geen plaatje (dit soort pictogram kan niet mee).",
            summary.without_pictogram,
        )
        print(message.format(n=summary.without_pictogram))
