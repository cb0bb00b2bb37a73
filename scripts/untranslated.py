"""The texts that still need a translation, per language and catalogue.

  untranslated.py [LANG...]             every open entry: language, catalogue, context, text
  untranslated.py --summary [LANG...]   how many per language

Catalogues: the screens' ui/translations/vaktaal_<lang>.ts ("qt", with the Qt context) and the
messages' locale/<lang>/LC_MESSAGES/vaktaal.po ("po"). To fill them in: scripts/
fill_translations.py (missing LANG gives a table to fill; fill LANG TABLE writes it), then
scripts/update-translations.sh compiles.
"""

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
QT = ROOT / "src" / "vaktaal" / "ui" / "translations"
LOCALE = ROOT / "src" / "vaktaal" / "locale"
sys.path.insert(0, str(ROOT / "src"))
from vaktaal.core.i18n import TRANSLATED  # noqa: E402


@dataclass
class Entry:
    lang: str
    kind: str  # "qt" or "po"
    source: str
    context: str = ""


def ts_path(lang: str) -> Path:
    return QT / f"vaktaal_{lang}.ts"


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "vaktaal.po"


def read_catalog(lang: str) -> Catalog:
    with po_path(lang).open("rb") as file:
        return read_po(file, locale=lang)


def qt_open(lang: str) -> Iterator[Entry]:
    if not ts_path(lang).exists():
        return
    for context in ElementTree.parse(ts_path(lang)).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            if not (done and (translation.text or "").strip()):
                name = context.findtext("name") or ""
                yield Entry(lang, "qt", message.findtext("source") or "", context=name)


def po_open(lang: str) -> Iterator[Entry]:
    if not po_path(lang).exists():
        return
    for message in read_catalog(lang):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            yield Entry(lang, "po", message.id if isinstance(message.id, str) else message.id[0])


def open_entries(languages: list[str]) -> list[Entry]:
    return [entry for lang in languages for entry in [*qt_open(lang), *po_open(lang)]]


def print_summary(languages: list[str]) -> None:
    for lang in languages:
        qt, po = sum(1 for _ in qt_open(lang)), sum(1 for _ in po_open(lang))
        print(f"{lang}: {qt} screen texts and {po} messages still need a translation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", default=list(TRANSLATED))
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args()
    if args.summary:
        print_summary(args.languages)
    else:
        for e in open_entries(args.languages):
            print(f"{e.lang}\t{e.kind}\t{e.context or '-'}\t{e.source!r}")


if __name__ == "__main__":
    main()
