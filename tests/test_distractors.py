"""Choose the picture: the wrong pictures are clearly wrong (issue 16)."""

import random
from pathlib import Path

from vaktaal.core.model import Term
from vaktaal.core.pictogram_families import PictureIdentities, PictureIdentity, read_header
from vaktaal.core.pictograms import PictogramLibrary
from vaktaal.core.practice.distractors import wrong_options
from vaktaal.core.practice.exercises import PracticeItem
from vaktaal.core.practice.plan import choice_options

FAMILIES = {"telefoon": "phone", "mobiel": "phone", "beller": "phone", "geld": "money"}


def item(pk: int, word: str, picture: str | None = None) -> PracticeItem:
    term = Term(
        id=f"t{pk}", term=word, word_class="phrase", explanation="uitleg", example="voorbeeld",
        pictogram=f"asset:{picture or word}.svg", glosses={"en": word},
    )  # fmt: skip
    return PracticeItem(pk, "d", term)


def lookup(ref: str) -> PictureIdentity:
    name = ref.removeprefix("asset:").removesuffix(".svg")
    return PictureIdentity(name.removesuffix("-kopie"), FAMILIES.get(name))  # a copy: one picture


FILLERS = ["helm", "pallet", "sleutel", "rooster", "kantine", "ladder", "kabel", "emmer"]


def test_a_word_that_also_fits_is_never_a_wrong_answer() -> None:
    asked = item(1, "Ik meld me ziek.", picture="telefoon")
    pool = [item(2, "ziekmelden"), item(3, "melding")] + [
        item(10 + i, word) for i, word in enumerate(FILLERS)
    ]
    for seed in range(30):
        options = choice_options(asked, pool, random.Random(seed), lookup)
        words = {option.term.term for option in options}
        assert "ziekmelden" not in words and "melding" not in words
        assert len(options) == 4


def test_no_two_pictures_of_one_family_when_the_deck_has_others() -> None:
    asked = item(1, "terugbellen", picture="telefoon")
    pool = [item(2, "mobiel"), item(3, "beller"), item(4, "geld")] + [
        item(10 + i, word) for i, word in enumerate(FILLERS)
    ]
    for seed in range(30):
        options = choice_options(asked, pool, random.Random(seed), lookup)
        families = [lookup(o.term.pictogram).family for o in options]
        assert families.count("phone") == 1, families


def test_the_same_picture_under_another_name_is_never_offered() -> None:
    asked = item(1, "bestelling", picture="memo")
    pool = [
        item(2, "aanvragen", picture="memo-kopie"),
        *(item(10 + i, w) for i, w in enumerate(FILLERS)),
    ]
    for seed in range(30):
        options = choice_options(asked, pool, random.Random(seed), lookup)
        assert [lookup(o.term.pictogram).content for o in options].count("memo") == 1


def test_a_small_deck_gives_up_the_family_rule_but_never_the_others() -> None:
    asked = item(1, "terugbellen", picture="telefoon")
    pool = [item(2, "mobiel"), item(3, "beller"), item(4, "helm"), item(5, "terugbellen later")]
    chosen = wrong_options(asked, pool, lookup)
    assert {o.term.term for o in chosen} == {"mobiel", "beller", "helm"}


def test_identity_reads_content_and_family_from_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "pictogrammen"
    folder.mkdir()
    svg = b'<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg"/>'
    header = b'<!-- vaktaal-pictogram family="tool" shows="a spanner" -->\n'
    (folder / "a.svg").write_bytes(header + svg)
    (folder / "b.svg").write_bytes(header + svg)
    (folder / "c.svg").write_bytes(svg)  # the same drawing without a header
    (folder / "d.svg").write_bytes(svg.replace(b"72 72", b"72 73"))
    identities = PictureIdentities(PictogramLibrary(tmp_path))
    a, b, c, d = (identities.of(f"asset:{name}.svg") for name in "abcd")
    assert a == b and a.family == "tool"
    assert c.content == a.content and c.family is None
    assert d.content != a.content
    assert read_header(header + svg) == {"family": "tool", "shows": "a spanner"}


def test_openmoji_families_come_from_the_bundled_data() -> None:
    library = PictogramLibrary(Path(__file__).resolve().parent.parent / "assets")
    identities = PictureIdentities(library)
    assert identities.of("openmoji:1F4DE").family == "phone"  # telephone receiver
    assert identities.of("openmoji:1F4F1").family == "phone"  # mobile phone
    assert identities.of("stored:" + "ab" * 32).content == "ab" * 32
