"""Every answer of a session is written to the database as it is given; this counts the
ones that arrived, so the summary can say "12 antwoorden bewaard". An answer kept on this PC
while the server is away counts as saved too: it is stored when the server is back."""

from collections.abc import Callable

from vaktaal.core.practice.session import Outcome
from vaktaal.ui.practice.server_watch import ServerWatch
from vaktaal.ui.tasks import Lane, Op, TaskManager
from vaktaal.usecases.changes import PROGRESS


class SavedAnswers:
    """`record(outcome)` writes one answer (an op on the database lane); `when_written`
    calls back with (saved, given) once every answer handed over so far was written.
    `write` may say whether the answer was stored or kept (usecases.kept_answers.Saved):
    `server` hears of it."""

    def __init__(
        self,
        tasks: TaskManager,
        write: Callable[[Outcome], object],
        server: ServerWatch | None = None,
    ) -> None:
        self.tasks = tasks
        self.write = write
        self.server = server
        self.given = 0
        self.saved = 0

    def record(self, outcome: Outcome) -> None:
        self.given += 1
        self.tasks.run(Op(lambda: self.write(outcome), self._saved, changes=PROGRESS))

    def when_written(self, done: Callable[[int, int], None]) -> None:
        """The database lane runs in order: this op's turn comes after every answer's."""
        self.tasks.run(Op(_nothing, lambda _: done(self.saved, self.given), lane=Lane.DATABASE))

    def _saved(self, result: object) -> None:
        self.saved += 1
        if self.server is not None:
            self.server.note(result)


def _nothing() -> None:
    """A place in the database lane's queue."""
