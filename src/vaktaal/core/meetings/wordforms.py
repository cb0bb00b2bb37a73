"""Dutch word forms reduced to comparable keys, so "maakt", "maken" and "gemaakt" meet.

Two words count as forms of each other when their key sets share a key. A word's keys are
its Snowball stem plus the word with a common ending taken off (plural -en/-s, diminutive
-je/-tje/-etje, verb -t/-de/-te/-den/-ten, participle ge-...-d/-t, also after a separable
particle: "opgeruimd" -> "opruim"), each as a *skeleton*: doubled letters made single and
a final z/v made s/f ("doos"/"dozen", "maak"/"maken", "bellen"/"belt", "leef"/"leven").
Irregular verbs come from a table ("keek" -> "kijken"). Other words of three letters or
fewer are only ever equal to themselves, so "op" never meets "opruimen".
"""

import re
import unicodedata
from functools import lru_cache
from typing import Any

from vaktaal.core.meetings.strong_verbs import infinitive

SHORT = 3  # words this long or shorter get no forms: only the word itself
PARTICLES = (
    "aan", "af", "bij", "door", "in", "mee", "na", "neer", "om", "op", "over", "samen",
    "terug", "toe", "uit", "vast", "voor", "weg",
)  # fmt: skip
_ENDINGS = ("etje", "tje", "pje", "je", "den", "ten", "de", "te", "en", "s", "t")
_NUMBERS = {
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "elf": "11",
    "twaalf": "12",
}  # fmt: skip; "een" stays a word: it is mostly the article
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """Snowball's Dutch stemmer, imported when a meeting first needs it (not at start-up)."""
    import snowballstemmer  # type: ignore[import-untyped]

    return snowballstemmer.stemmer("dutch")


def plain(text: str) -> str:
    """Lower case, accents off ("één" -> "een"), "foto's" -> "fotos"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"(?<=[a-z])['’`](?=s\b)", "", bare)


def words(text: str) -> list[str]:
    """The words of a text, plain; number words as digits ("drie" -> "3")."""
    return [_NUMBERS.get(word, word) for word in _WORD.findall(plain(text))]


@lru_cache(maxsize=8192)
def keys(word: str) -> frozenset[str]:
    """The comparable keys of one plain word (see the module text)."""
    irregular = infinitive(word, PARTICLES)
    if irregular is not None:  # "keek", "keken" -> "kijken": they meet its forms
        return keys(irregular)
    if len(word) <= SHORT or word.isdigit():
        return frozenset((word,))
    forms = {word, *_without_endings(word), *_participle_cores(word)}
    found = {_skeleton(form) for form in (*forms, str(_stemmer().stemWord(word)))}
    return frozenset(key for key in found if len(key) >= SHORT)


def compound_heads(key: str) -> list[str]:
    """Tails of a key that may be the head of a compound: "europalet" -> "palet".

    A head has five letters or more and follows four or more ("besteling" holds no "teling").
    """
    return [key[start:] for start in range(4, len(key) - 4)]


def split_particle(word: str) -> tuple[str, str] | None:
    """A separable verb's particle and the rest: "opruimen" -> ("op", "ruimen")."""
    for particle in PARTICLES:
        rest = word[len(particle) :]
        if word.startswith(particle) and len(rest) > SHORT:
            return particle, rest
    return None


def _without_endings(word: str) -> list[str]:
    return [
        word[: -len(end)]
        for end in _ENDINGS
        if word.endswith(end) and len(word) - len(end) >= SHORT
    ]


def _participle_cores(word: str) -> list[str]:
    """ge-...-d/-t and particle+ge-...-d/-t: "gemaakt" -> "maak", "opgeruimd" -> "opruim"."""
    cores = []
    for prefix in ("", *PARTICLES):
        start = len(prefix) + 2
        if word.startswith(prefix + "ge") and len(word) - start >= SHORT:
            core = word[start:]
            cores.append(prefix + core)
            if core[-1] in "dt" and len(core) > SHORT:
                cores.append(prefix + core[:-1])
    return cores


def _skeleton(form: str) -> str:
    single = re.sub(r"(.)\1+", r"\1", form)
    if single.endswith("z"):
        return single[:-1] + "s"
    if single.endswith("v"):
        return single[:-1] + "f"
    return single
