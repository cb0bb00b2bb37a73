"""A small warehouse meeting and deck terms for the exercise tests."""

from vaktaal.core.meetings.model import ActionItem, Line, MainPoint, Meeting, Speaker
from vaktaal.core.model import Term


def term(term_id: str, word: str, article: str | None = "de", plural: str | None = None) -> Term:
    return Term(
        id=term_id,
        term=word,
        word_class="zelfstandig naamwoord" if article else "werkwoord",
        explanation=f"Uitleg van {word}.",
        example="",
        pictogram="openmoji:1F4E6",
        glosses={"en": word},
        article=article,
        plural=plural,
    )


TERMS = (
    term("pallet", "pallet", plural="pallets"),
    term("heftruck", "heftruck"),
    term("laadperron", "laadperron", article="het"),
    term("pakbon", "pakbon", plural="pakbonnen"),
    term("magazijn", "magazijn", article="het"),  # not said in the meeting
)

MEETING = Meeting(
    id="werkoverleg-magazijn",
    title="Werkoverleg in het magazijn",
    situation="Maandag om 7:30 bij de koffieautomaat.",
    speakers=(
        Speaker("anja", "Anja", "teamleider"),
        Speaker("samir", "Samir", "magazijnmedewerker"),
        Speaker("kees", "Kees", "chauffeur"),
    ),
    lines=(
        Line("anja", "Goedemorgen. Vandaag komt er een vrachtwagen met tien pallets."),
        Line("samir", "Ik zet de heftruck klaar bij het laadperron."),
        Line("kees", "Ik neem de pakbonnen mee naar kantoor."),
        Line("anja", "Goed. Samir controleert de pallets voor de lunch."),
    ),
    main_points=(
        MainPoint(
            "levering",
            "Vandaag komt er een levering van tien pallets.",
            (("pallet", "pallets"), ("levering", "vrachtwagen")),
        ),
        MainPoint(
            "heftruck",
            "De heftruck moet klaar staan bij het laadperron.",
            (("heftruck",), ("laadperron", "dock")),
        ),
    ),
    action_items=(
        ActionItem(
            "controle",
            "samir",
            "De pallets controleren",
            "voor de lunch",
            (("controleren", "checken"), ("pallet", "pallets")),
        ),
        ActionItem(
            "pakbonnen",
            "kees",
            "De pakbonnen naar kantoor brengen",
            None,
            (("pakbon", "pakbonnen"), ("kantoor",)),
        ),
    ),
    distractors=(
        "Het magazijn gaat vandaag dicht.",
        "Iedereen krijgt nieuwe werkschoenen.",
        "De chauffeur is ziek.",
    ),
    terms=("pakbon", "pallet"),
)
