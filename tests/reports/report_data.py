"""Hand-made dashboard figures for the report tests: learners with Arabic and Tigrinya
names, a month of answers, must-know terms and buddy sessions with notes."""

from datetime import UTC, date, datetime, timedelta

from vaktaal.core.model import Term
from vaktaal.usecases.dashboard import (
    DayFigures,
    DeckStanding,
    LearnerDetail,
    LearnerStanding,
    SessionNote,
)
from vaktaal.usecases.practice import MustKnowTerm

SINCE = date(2026, 11, 7)
UNTIL = date(2026, 12, 6)
ARABIC_NAME = "أمل حداد"
TIGRINYA_NAME = "ሰናይት ተስፋይ"


def term(word: str, article: str | None = "de") -> Term:
    return Term(id=word, term=word, word_class="noun", explanation="", example="",
                pictogram="asset:helm.svg", glosses={}, article=article,
                safety_critical=True)  # fmt: skip


def days(since: date = SINCE, until: date = UNTIL, scale: int = 1) -> tuple[DayFigures, ...]:
    figures, learned = [], 0
    for index in range((until - since).days + 1):
        day = since + timedelta(days=index)
        reviews = 0 if day.weekday() >= 5 else (12 + (index * 7) % 23) * scale
        correct = reviews * 4 // 5
        learned += reviews // 6
        figures.append(DayFigures(day, reviews, correct, learned))
    return tuple(figures)


def standing(learner_id: int, name: str, reviews: int = 420, **changes: object) -> LearnerStanding:
    values: dict[str, object] = dict(
        learner_id=learner_id, name=name, languages=("ar", "en"),
        last_practised=datetime(2026, 12, 5, 14, 30, tzinfo=UTC), streak=4,
        decks=(DeckStanding("magazijn", "Magazijn installatiebedrijf", 60, 41, 7),
               DeckStanding("veilig", "Veilig werken (VCA)", 40, 18, 3)),
        reviews=reviews, retention=0.86 if reviews else None, must_know_done=5,
        must_know_total=8, buddy_sessions=2, speaking_agreement=0.8, speaking_checked=15,
    )  # fmt: skip
    values.update(changes)
    return LearnerStanding(**values)  # type: ignore[arg-type]


def must_know() -> tuple[tuple[str, MustKnowTerm], ...]:
    words = [("helm", True, 3, 0.95), ("veiligheidsschoenen", True, 2, 0.92),
             ("nooduitgang", False, 1, 0.71), ("brandblusser", False, 0, 0.0)]  # fmt: skip
    return tuple(
        ("Veilig werken (VCA)", MustKnowTerm(term(w), done, n, r)) for w, done, n, r in words
    )


def sessions() -> tuple[SessionNote, ...]:
    return (
        SessionNote(datetime(2026, 12, 3, 13, 5, tzinfo=UTC), "Sanne", 20, 34,
                    "Helm en nooduitgang goed gezegd.", "de/het bij gereedschap",
                    "=Begin met de brandblusser."),
        SessionNote(datetime(2026, 11, 26, 13, 0, tzinfo=UTC), "Pieter", 15, 22,
                    "Vlot met de pakbon.", "", "Oefen de magazijnvakken."),
    )  # fmt: skip


def detail(name: str = ARABIC_NAME, reviews: int = 420) -> LearnerDetail:
    return LearnerDetail(standing(1, name, reviews), days(), must_know(), sessions())


def group(count: int = 3) -> list[LearnerStanding]:
    names = [ARABIC_NAME, TIGRINYA_NAME, "Yusuf Demir", '=HYPERLINK("x")']
    names += [f"Leerder {i:03d}" for i in range(len(names), count)]
    return [standing(i + 1, names[i], 100 + i * 10) for i in range(count)]


class FakeDashboard:
    """The three dashboard calls a report makes, on fixed figures."""

    def __init__(self, learners: list[LearnerStanding], detail: LearnerDetail) -> None:
        self.learners, self.detail = learners, detail
        self.asked: list[tuple[object, ...]] = []

    def overview(self, deck_id=None, since=None, until=None):  # type: ignore[no-untyped-def]
        self.asked.append(("overview", deck_id, since, until))
        return self.learners

    def learner(self, learner_id, since=None, until=None):  # type: ignore[no-untyped-def]
        self.asked.append(("learner", learner_id, since, until))
        return self.detail

    def days_all(self, since, until):  # type: ignore[no-untyped-def]
        self.asked.append(("days_all", since, until))
        return days(since, until, scale=len(self.learners))
