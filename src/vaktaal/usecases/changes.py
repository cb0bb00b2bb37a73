"""What a use case changed, so the screens that show it can refresh (Anki's OpChanges)."""

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    decks: bool = False  # decks, their terms, media or meetings
    learners: bool = False  # profiles, PINs, which decks a learner practises
    progress: bool = False  # answers, reviews, meeting results
    settings: bool = False  # app settings and a learner's preferences
    recordings: bool = False  # own voice recordings of terms

    def __or__(self, other: "Changes") -> "Changes":
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
DECKS = Changes(decks=True)
LEARNERS = Changes(learners=True)
PROGRESS = Changes(progress=True)
SETTINGS = Changes(settings=True)
RECORDINGS = Changes(recordings=True)
