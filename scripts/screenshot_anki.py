"""Screenshot of the Anki import dialog (docs/screenshots/16-anki-import.png).

An .apkg as Anki's legacy export writes it is opened: a custom note type with Dutch field
names (a picture, Arabic glosses, HTML with entities and one <script>) next to Basic notes
with Tigrinya answers. The dialog shows each field's example and guessed role, a preview
with pictograms, and what the import will clean or fill in.
Run:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_anki.py
"""

import sys
from pathlib import Path

from dialog_shot import save_dialog_shot

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "authoring_anki")]

from anki_builder import BASIC, NoteType, Package  # noqa: E402

from vaktaal.ui.authoring.anki_dialog import AnkiImportDialog  # noqa: E402
from vaktaal.ui.tasks import TaskManager  # noqa: E402
from vaktaal.usecases import Services  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "16-anki-import.png"
WORD = NoteType(
    1600000000123, "Magazijnwoord", ["Woord", "Uitleg", "Voorbeeld", "Arabisch", "Plaatje"]
)
PICTURES = ROOT / "assets" / "pictogrammen"


def package() -> Package:
    media = {
        f"{name}.svg": (PICTURES / f"{name}.svg").read_bytes()
        for name in ("heftruck", "pallet", "helm")
    }
    built = Package(note_types=[WORD, BASIC], media=media, deck_name="Magazijn::Nieuwe woorden")
    built.add(
        WORD,
        "de heftruck",
        "Een wagen die zware pallets optilt.<br>Alleen met rijbewijs.",
        "De heftruck staat bij dock&nbsp;3.",
        "رافعة شوكية",
        '<img src="heftruck.svg">',
    )
    built.add(
        WORD,
        "de pallet",
        "Een plank van hout waar dozen op staan.",
        "Zet de dozen op de pallet.",
        "منصة نقالة",
        '<img src="pallet.svg">',
    )
    built.add(
        WORD,
        "de helm",
        "Die zet je op je hoofd. <script>alert(1)</script>",
        "Helm op!",
        "خوذة",
        '<img src="helm.svg">',
    )
    built.add(
        WORD,
        "veiligheid &amp; gezondheid",
        "Goed voor jezelf en anderen zorgen.",
        "",
        "السلامة والصحة",
        "",
    )
    built.add(BASIC, "inklokken", "ምእታው")
    built.add(BASIC, "de stelling", "መደርደሪያ")
    return built  # fmt: skip


def prepare(services: Services, tasks: TaskManager, folder: Path) -> tuple[AnkiImportDialog, Path]:
    path = package().write(folder / "magazijn.apkg")
    return AnkiImportDialog(services, tasks), path


def main() -> int:
    return save_dialog_shot(
        OUT,
        prepare,
        ready=lambda dialog: dialog.prepared is not None,
        focus=lambda dialog: dialog.fields.choices[0],
    )


if __name__ == "__main__":
    sys.exit(main())
