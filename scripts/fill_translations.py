"""Write a table of translations into one language's catalogues (Qt .ts and gettext .po).

    .venv/bin/python scripts/fill_translations.py missing tr          # what is still to do
    .venv/bin/python scripts/fill_translations.py fill tr table.py    # write a table in
    .venv/bin/python scripts/fill_translations.py glossary tr         # the core words

A table is a Python file with `T = {source: translation}`. A key "Context|source" is for one
Qt context only. A plural entry takes a list: one form per plural form of the language, or a
(singular, plural) pair for gettext. Every translation must keep the placeholders of its
source ({name}, %n, %p, &, line breaks); the script refuses one that does not. Afterwards run
scripts/update-translations.sh (or pyside6-lupdate/lrelease) to normalise and compile.
"""

import argparse
import re
import runpy
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages import pofile
from babel.messages.catalog import Message

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "src/vaktaal/ui/translations"
LOCALE_FOLDER = ROOT / "src/vaktaal/locale"
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
RIGHT_TO_LEFT = ("ar", "fa")
RLM = "\u200f"  # right-to-left mark: the paragraph reads right to left from its first letter
# Placeholders that hold a number (numbers have no direction of their own).
NUMBERS = {
    "n",
    "m",
    "count",
    "total",
    "saved",
    "done",
    "goal",
    "hits",
    "learned",
    "days",
    "practised",
    "today",
    "pages",
    "p",
    "percent",
    "hours",
    "minutes",
    "made",
    "cached",
    "covered",
    "partly",
    "found",
    "typed",
    "ready",
    "notes",
    "media",
    "row",
    "line",
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[a-zA-Z]|%\([a-z_]+\)[sd]|\n")

# The core words of each language, so a term means the same on every screen.
GLOSSARY: dict[str, dict[str, str]] = {
    "ti": {
        "pakket": "ጥቕላል (ጥቕላል ቃላት)",
        "woord / term": "ቃል, ቃላት",
        "oefenen": "ልምምድ (noun); ተለማመዱ (polite imperative); ተለማሚድኩም (you practised)",
        "voortgang": "ምዕባለ",
        "vergadering": "ኣኼባ",
        "hoofdpunt": "ቀንዲ ነጥቢ, ቀንዲ ነጥብታት",
        "taak / actiepunt": "ዕማም, ዕማማት",
        "samenvatting": "ጽማቕ",
        "spreken": "ምዝራብ; ተዛረቡ",
        "spraakherkenning / spraakmodel": "ምልላይ ዘረባ / ሞዴል ዘረባ",
        "opnemen / opname": "ምቕዳሕ / ቅዳሕ",
        "opslaan / bewaren": "ምዕቃብ; ዓቅቡ",
        "plaatje / pictogram": "ስእሊ / ስእላዊ ምልክት",
        "uitleg": "መብርሂ",
        "voorbeeldzin": "ኣብነታዊ ሓረግ",
        "vertaling": "ትርጉም",
        "profiel / pincode": "ፕሮፋይል / ምስጢራዊ ቁጽሪ",
        "begeleider": "ኣሰልጣኒ",
        "buddy": "መሓዛ ቋንቋ",
        "leerling": "ተማሃራይ, ተማሃሮ",
        "luister(en)": "ስምዑ; ምስማዕ",
        "goed / bijna goed / nog eens": "ቅኑዕ! / ዳርጋ ቅኑዕ / ደጊም",
        "terug / verder": "ንድሕሪት / ቀጽሉ",
        "klaar": "ተወዲኡ",
        "microfoon / luidspreker": "ማይክሮፎን / መጉልሒ ድምጺ",
        "style": "polite plural (ንስኹም), no gender; menus: verbal nouns (ምዕቃብ); counts: Label: {n}",
    },
    "tr": {
        "pakket": "paket (kelime paketi)",
        "woord / term": "kelime / terim",
        "oefenen": "alıştırma yap(mak)",
        "voortgang": "ilerleme",
        "vergadering": "toplantı",
        "hoofdpunt": "ana nokta",
        "taak / actiepunt": "görev",
        "samenvatting": "özet",
        "spreken": "konuşma",
        "spraakherkenning / spraakmodel": "konuşma tanıma / konuşma modeli",
        "opnemen / opname": "ses kaydı yap / kayıt",
        "opslaan / bewaren": "kaydet (files) / sakla (recordings)",
        "plaatje / pictogram": "resim / piktogram",
        "uitleg": "açıklama",
        "voorbeeldzin": "örnek cümle",
        "vertaling": "çeviri",
        "profiel / pincode": "profil / PIN kodu",
        "begeleider": "rehber",
        "buddy": "dil arkadaşı",
        "leerling": "öğrenci",
        "luister(en)": "dinle",
        "goed / bijna goed / nog eens": "doğru! / neredeyse doğru / bir daha",
        "terug / verder": "geri / devam",
        "klaar": "bitti",
        "microfoon / luidspreker": "mikrofon / hoparlör",
        "style": "sen (informal, like Dutch je); editor texts polite like Dutch u",
    },
    "fa": {
        "pakket": "بسته (بستهٔ کلمه‌ها)",
        "woord / term": "کلمه / اصطلاح",
        "oefenen": "تمرین (تمرین کن)",
        "voortgang": "پیشرفت",
        "vergadering": "جلسه",
        "hoofdpunt": "نکتهٔ اصلی",
        "taak / actiepunt": "کار / وظیفه",
        "samenvatting": "خلاصه",
        "spreken": "صحبت کردن",
        "spraakherkenning / spraakmodel": "تشخیص گفتار / مدل گفتار",
        "opnemen / opname": "ضبط کن / صدای ضبط‌شده",
        "opslaan / bewaren": "ذخیره کن",
        "plaatje / pictogram": "تصویر / نماد",
        "uitleg": "توضیح",
        "voorbeeldzin": "جملهٔ نمونه",
        "vertaling": "ترجمه",
        "profiel / pincode": "پروفایل / رمز",
        "begeleider": "مربی",
        "buddy": "همکار همراه",
        "leerling": "زبان‌آموز",
        "luister(en)": "گوش کن",
        "goed / bijna goed / nog eens": "درست است! / تقریباً درست / دوباره",
        "terug / verder": "برگشت / ادامه",
        "klaar": "تمام",
        "microfoon / luidspreker": "میکروفون / بلندگو",
        "style": "تو (informal); Latin digits; Latin key names (L, B, Esc)",
    },
    "uk": {
        "pakket": "набір (набір слів)",
        "woord / term": "слово / термін",
        "oefenen": "тренувати(ся), тренування",
        "voortgang": "прогрес",
        "vergadering": "нарада",
        "hoofdpunt": "головний пункт",
        "taak / actiepunt": "завдання",
        "samenvatting": "короткий зміст",
        "spreken": "говоріння",
        "spraakherkenning / spraakmodel": "розпізнавання мовлення / модель мовлення",
        "opnemen / opname": "записати / запис",
        "opslaan / bewaren": "зберегти",
        "plaatje / pictogram": "картинка / піктограма",
        "uitleg": "пояснення",
        "voorbeeldzin": "приклад речення",
        "vertaling": "переклад",
        "profiel / pincode": "профіль / PIN-код",
        "begeleider": "наставник",
        "buddy": "напарник",
        "leerling": "учень, учні",
        "luister(en)": "слухай",
        "goed / bijna goed / nog eens": "правильно! / майже правильно / ще раз",
        "terug / verder": "назад / далі",
        "klaar": "готово",
        "microfoon / luidspreker": "мікрофон / динамік",
        "style": "ти (informal); counts as 'Label: {n}' so no noun agrees with a number",
    },
}


def placeholders(text: str) -> list[str]:
    """The placeholders, line breaks and accelerator marks a translation must keep."""
    marks = sorted(PLACEHOLDER.findall(text))
    return marks + ["&"] * len(re.findall(r"&(?=[^&\s])", text))


def check(source: str, translation: str | list[str]) -> str | None:
    """Why a translation does not fit its source, or None when it does."""
    forms = [translation] if isinstance(translation, str) else translation
    wanted = [m for m in placeholders(source) if m != "%n"]
    for form in forms:
        if not form.strip():
            return "empty"
        got = [m for m in placeholders(form) if m != "%n"]
        if got != wanted:
            return f"placeholders {got} != {wanted}"
        if "%n" in source and "%n" not in form and len(forms) > 1:
            return "plural form without %n"
    return None


def starts_right_to_left(text: str) -> bool:
    """Whether the first strong letter is Arabic-script (a text placeholder counts as Latin)."""
    if text.startswith(RLM):
        return True
    for char in PLACEHOLDER.sub(_stand_in, text):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL", "L"):
            return kind != "L"
    return True


def _stand_in(match: re.Match[str]) -> str:
    """A number for a placeholder that holds one (numbers have no direction), else a letter."""
    return "1" if match.group(0).strip("{}") in NUMBERS else "x"


def shaped(language: str, text: str) -> str:
    """A right-to-left text that opens with a Latin word or a placeholder ("Vaktaal ...",
    "{name} ...") gets a right-to-left mark, or Qt lays the whole line out left to right."""
    if language not in RIGHT_TO_LEFT:
        return text
    lines = text.split("\n")  # every line is a paragraph of its own
    return "\n".join(
        RLM + line if line and not starts_right_to_left(line) else line for line in lines
    )


def shaped_all(language: str, found: object) -> object:
    if isinstance(found, list):
        return [shaped(language, form) for form in found]
    return shaped(language, str(found))


def ts_path(language: str) -> Path:
    return TS_FOLDER / f"vaktaal_{language}.ts"


def po_path(language: str) -> Path:
    return LOCALE_FOLDER / language / "LC_MESSAGES" / "vaktaal.po"


def ts_messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def lookup(table: dict[str, object], context: str, source: str) -> object:
    return table.get(f"{context}|{source}", table.get(source))


def fill_ts(language: str, table: dict[str, object]) -> list[str]:
    """Write the table into the .ts file; the sources it had no translation for."""
    path = ts_path(language)
    tree = ET.parse(path)
    missing = []
    for context, message in ts_messages(tree.getroot()):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        found = lookup(table, context, source)
        if found is None:
            if translation.get("type") == "unfinished":
                missing.append(f"{context}|{source}")
            continue
        set_ts_translation(message, translation, source, shaped_all(language, found))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(TS_HEADER + body + "\n", encoding="utf-8")
    return missing


def set_ts_translation(
    message: ET.Element, translation: ET.Element, source: str, found: object
) -> None:
    problem = check(source, found)  # type: ignore[arg-type]
    if problem:
        raise SystemExit(f"{source!r} -> {found!r}: {problem}")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        values = found if isinstance(found, list) else [found] * len(forms)
        if len(values) != len(forms):
            raise SystemExit(f"{source!r}: {len(forms)} plural forms needed, got {len(values)}")
        for form, value in zip(forms, values, strict=True):
            form.text = value
    else:
        translation.text = str(found)


def is_open(message: Message) -> bool:
    """A gettext entry without a (complete) translation yet."""
    text = message.string or ""
    forms = [text] if isinstance(text, str) else list(text)
    return message.fuzzy or not all(forms)


def fill_po(language: str, table: dict[str, object]) -> list[str]:
    """Write the table into the .po file, if there is one; the ids it had nothing for."""
    path = po_path(language)
    if not path.exists():
        return []
    with path.open("rb") as file:
        catalog = pofile.read_po(file)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        found = table.get(key)
        if found is None:
            if is_open(message):
                missing.append(key)
            continue
        problem = check(key, found)  # type: ignore[arg-type]
        if problem:
            raise SystemExit(f"{key!r} -> {found!r}: {problem}")
        found = shaped_all(language, found)
        message.string = tuple(found) if isinstance(found, list) else found  # type: ignore[assignment]
        message.flags.discard("fuzzy")
    with path.open("wb") as file:
        pofile.write_po(file, catalog, width=0, ignore_obsolete=True)
    return missing


def unfinished(language: str) -> Iterator[str]:
    """Python table lines for every entry still to translate, with the English as a hint."""
    english = {}
    for context, message in ts_messages(ET.parse(ts_path("en")).getroot()):
        english[(context, message.findtext("source", ""))] = message.findtext("translation")
    for context, message in ts_messages(ET.parse(ts_path(language)).getroot()):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            source = message.findtext("source", "")
            hint = english.get((context, source)) or ""
            yield f"    {source!r}: '',  # {context}: {hint!r}"
    if po_path(language).exists():
        with po_path(language).open("rb") as file:
            for entry in pofile.read_po(file):
                if entry.id and is_open(entry):
                    yield f"    {entry.id!r}: '',  # gettext"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["fill", "missing", "glossary"])
    parser.add_argument("language")
    parser.add_argument("table", nargs="?", type=Path)
    args = parser.parse_args()
    if args.command == "glossary":
        for dutch, word in GLOSSARY[args.language].items():
            print(f"{dutch:34} {word}")
    elif args.command == "missing":
        print("\n".join(unfinished(args.language)))
    else:
        table = runpy.run_path(str(args.table))["T"]
        left = fill_ts(args.language, table) + fill_po(args.language, table)
        print(f"{args.language}: {len(left)} still to translate", *left, sep="\n  ")
        sys.exit(1 if left else 0)


if __name__ == "__main__":
    main()
