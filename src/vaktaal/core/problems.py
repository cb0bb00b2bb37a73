"""Problems found in a deck, each with its place, in plain Dutch."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    term_id: str | None = None
    field: str | None = None

    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"regel {self.line}")
        if self.term_id is not None:
            parts.append(f"term '{self.term_id}'")
        if self.field is not None:
            parts.append(f"veld '{self.field}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"


class DeckProblems(Exception):
    """A deck could not be read or used; `problems` says every reason at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
