"""Terms, exercises and a scripted judge for the speaking tests (bundled pictograms)."""

import threading

from vaktaal.core.model import Term
from vaktaal.core.practice.exercises import Exercise, ExerciseKind, PracticeItem
from vaktaal.speech.pronunciation import Level, PronunciationVerdict

SCREEN = (1366, 768)


def make_term(term_id: str, article: str = "de", glosses: dict[str, str] | None = None) -> Term:
    return Term(
        id=term_id,
        term=term_id,
        word_class="noun",
        explanation=f"Uitleg over {term_id}.",
        example=f"Pak de {term_id}.",
        pictogram=f"asset:{term_id}.svg",
        glosses=glosses or {"en": term_id.upper()},
        article=article,
    )


HEFTRUCK = make_term("heftruck", glosses={"ar": "رافعة شوكية", "en": "forklift"})
HESJE = make_term("hesje", article="het", glosses={"ar": "سترة عاكسة", "en": "safety vest"})
LADDER = make_term("ladder", glosses={"ar": "سلّم", "en": "ladder"})

ITEMS = {
    term.id: PracticeItem(term_pk=pk, deck_id="magazijn", term=term, card_id=pk)
    for pk, term in enumerate((HEFTRUCK, HESJE, LADDER), start=1)
}


def exercise(kind: ExerciseKind, term_id: str) -> Exercise:
    return Exercise(kind, ITEMS[term_id])


def speak(term_id: str = "heftruck") -> Exercise:
    return exercise(ExerciseKind.SPEAK, term_id)


class ScriptedJudge:
    """Answers with the given levels in turn; remembers the thread and audio of each call."""

    def __init__(self, *answers: tuple[Level, str]) -> None:
        self.answers = list(answers)
        self.threads: list[threading.Thread] = []
        self.audio: list[bytes] = []
        self.error: Exception | None = None

    def __call__(self, pcm: bytes, exercise: Exercise) -> PronunciationVerdict:
        self.threads.append(threading.current_thread())
        self.audio.append(pcm)
        if self.error is not None:
            raise self.error
        level, heard = self.answers.pop(0)
        target = exercise.item.term.term
        return PronunciationVerdict(level, target, heard, heard, (f"gehoord: {heard}",))


class ScriptedLiveCheck:
    """A live judge: keeps the pieces fed (on the GUI thread) and answers when finished."""

    def __init__(self, answer: tuple[Level, str], exercise: Exercise) -> None:
        self.answer = answer
        self.exercise = exercise
        self.pieces: list[bytes] = []
        self.finished_with: bytes | None = None
        self.finish_thread: threading.Thread | None = None
        self.cancelled = False

    def feed(self, pcm: bytes) -> None:
        assert threading.current_thread() is threading.main_thread()
        self.pieces.append(pcm)

    def finish(self, utterance: bytes | None = None) -> PronunciationVerdict:
        self.finish_thread = threading.current_thread()
        self.finished_with = utterance
        level, heard = self.answer
        return PronunciationVerdict(level, self.exercise.item.term.term, heard, heard, ())

    def cancel(self) -> None:
        self.cancelled = True


class LiveChecks:
    """start_check for SpeakingSupport: one ScriptedLiveCheck per attempt, answers in turn."""

    def __init__(self, *answers: tuple[Level, str]) -> None:
        self.answers = list(answers)
        self.started: list[ScriptedLiveCheck] = []

    def __call__(self, exercise: Exercise) -> ScriptedLiveCheck:
        check = ScriptedLiveCheck(self.answers.pop(0), exercise)
        self.started.append(check)
        return check
