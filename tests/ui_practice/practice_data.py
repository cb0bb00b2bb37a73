"""Terms, items and exercises for the practice screen tests, with bundled pictograms."""

from vaktaal.core.model import Term
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem

SCREEN = (1366, 768)


def make_term(
    term_id: str,
    article: str | None = "de",
    pictogram: str | None = None,
    glosses: dict[str, str] | None = None,
    safety_critical: bool = False,
) -> Term:
    return Term(
        id=term_id,
        term=term_id,
        word_class="noun",
        explanation=f"Uitleg over {term_id}.",
        example=f"Pak de {term_id}.",
        pictogram=pictogram if pictogram is not None else f"asset:{term_id}.svg",
        glosses=glosses if glosses is not None else {"en": term_id.upper()},
        article=article,
        safety_critical=safety_critical,
    )


HEFTRUCK = make_term(
    "heftruck",
    glosses={"ar": "رافعة شوكية", "tr": "forklift", "ti": "ፎርክሊፍት", "en": "forklift"},
    safety_critical=True,
)
PALLET = make_term("pallet", article="de/het", glosses={"ar": "طبلية (باليت)", "en": "pallet"})
BOOR = make_term("boor", glosses={"ar": "مثقاب", "en": "drill"})
LADDER = make_term("ladder", glosses={"ar": "سلّم", "en": "ladder"})
HESJE = make_term("hesje", article="het", glosses={"ar": "سترة عاكسة", "en": "safety vest"})

ITEMS = {
    term.id: PracticeItem(term_pk=pk, deck_id="magazijn", term=term, card_id=pk)
    for pk, term in enumerate((HEFTRUCK, PALLET, BOOR, LADDER, HESJE), start=1)
}


def item(term_id: str) -> PracticeItem:
    return ITEMS[term_id]


def exercise(kind: ExerciseKind, term_id: str, options: tuple[str, ...] = ()) -> Exercise:
    return Exercise(kind, item(term_id), tuple(item(o) for o in options))


def new_exercise(term_id: str) -> Exercise:
    """A recall exercise of a word the learner has never practised."""
    known = item(term_id)
    return Exercise(ExerciseKind.RECALL, PracticeItem(known.term_pk, known.deck_id, known.term))
