"""The same term in several notes: one term, its empty fields filled from the others."""

from vaktaal.core.authoring.anki.convert import DEFAULT_PICTOGRAM
from vaktaal.core.authoring.anki.merging import merge_duplicates, missing_counts
from vaktaal.core.model import Term


def term(word: str, **fields: object) -> Term:
    values: dict[str, object] = {
        "id": word.replace(" ", "-").lower(), "term": word, "word_class": "other",
        "explanation": "", "example": "", "pictogram": DEFAULT_PICTOGRAM, "glosses": {},
    }  # fmt: skip
    values.update(fields)
    return Term(**values)  # type: ignore[arg-type]


def test_duplicates_merge_into_the_first_and_name_their_notes() -> None:
    terms, duplicates = merge_duplicates(
        [
            (1, term("helm", glosses={"ar": "خوذة"})),
            (2, term("ladder")),
            (5, term("Helm ", article="de", explanation="Op je hoofd.", tags=("bouw",),
                     glosses={"ar": "x", "en": "helmet"}, pictogram="media/helm.png")),
            (9, term("HELM", example="Zet je helm op.")),
        ]
    )  # fmt: skip
    assert [t.term for t in terms] == ["helm", "ladder"]
    helm = terms[0]
    assert (helm.display, helm.word_class, helm.explanation, helm.example) == (
        "de helm", "noun", "Op je hoofd.", "Zet je helm op.",
    )  # fmt: skip
    assert helm.glosses == {"ar": "خوذة", "en": "helmet"}  # the first note's gloss wins
    assert (helm.pictogram, helm.tags) == ("media/helm.png", ("bouw",))
    assert duplicates == {"de helm": [1, 5, 9]}


def test_different_terms_are_kept() -> None:
    terms, duplicates = merge_duplicates([(1, term("helm")), (2, term("Helm!"))])
    assert len(terms) == 2 and duplicates == {}


def test_missing_counts_per_field_and_language() -> None:
    terms = [term("a", explanation="x", glosses={"ar": "y"}), term("b", example="z")]
    assert missing_counts(terms, ("ar", "en")) == {
        "explanation": 1, "example": 1, "ar": 1, "en": 2,
    }  # fmt: skip
