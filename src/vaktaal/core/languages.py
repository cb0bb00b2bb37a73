"""Languages a gloss can be written in: ISO 639 code, Dutch name, and writing direction."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    dutch_name: str
    autonym: str
    right_to_left: bool = False


_ALL = [
    Language("nl", "Nederlands", "Nederlands"),
    Language("en", "Engels", "English"),
    Language("ar", "Arabisch", "العربية", right_to_left=True),
    Language("ti", "Tigrinya", "ትግርኛ"),
    Language("am", "Amhaars", "አማርኛ"),
    Language("tr", "Turks", "Türkçe"),
    Language("fa", "Perzisch (Farsi)", "فارسی", right_to_left=True),
    Language("prs", "Dari", "دری", right_to_left=True),
    Language("ps", "Pasjtoe", "پښتو", right_to_left=True),
    Language("ur", "Urdu", "اردو", right_to_left=True),
    Language("ckb", "Koerdisch (Sorani)", "کوردی", right_to_left=True),
    Language("kmr", "Koerdisch (Kurmanji)", "Kurmancî"),
    Language("ku", "Koerdisch", "Kurdî"),
    Language("so", "Somalisch", "Soomaali"),
    Language("uk", "Oekraïens", "Українська"),
    Language("ru", "Russisch", "Русский"),
    Language("pl", "Pools", "Polski"),
    Language("ro", "Roemeens", "Română"),
    Language("bg", "Bulgaars", "Български"),
    Language("hu", "Hongaars", "Magyar"),
    Language("fr", "Frans", "Français"),
    Language("de", "Duits", "Deutsch"),
    Language("es", "Spaans", "Español"),
    Language("pt", "Portugees", "Português"),
    Language("it", "Italiaans", "Italiano"),
    Language("zh", "Chinees", "中文"),
    Language("uz", "Oezbeeks", "Oʻzbekcha"),
    Language("hy", "Armeens", "Հայերեն"),
    Language("ka", "Georgisch", "ქართული"),
    Language("sq", "Albanees", "Shqip"),
    Language("bs", "Bosnisch", "Bosanski"),
    Language("sr", "Servisch", "Српски"),
    Language("hr", "Kroatisch", "Hrvatski"),
    Language("he", "Hebreeuws", "עברית", right_to_left=True),
    Language("ber", "Berbers (Tamazight)", "Tamaziɣt"),
    Language("pap", "Papiaments", "Papiamentu"),
    Language("srn", "Sranantongo", "Sranantongo"),
]

LANGUAGES: dict[str, Language] = {language.code: language for language in _ALL}


def is_known(code: str) -> bool:
    return code in LANGUAGES


def is_right_to_left(code: str) -> bool:
    language = LANGUAGES.get(code)
    return language is not None and language.right_to_left
