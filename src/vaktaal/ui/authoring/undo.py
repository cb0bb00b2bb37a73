"""Undo and redo for the deck editor: each step is the draft before and the draft after.

Typing in one field makes one step per field (key presses are merged), like a text editor.
"""

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from vaktaal.core.authoring.editing import Draft

Show = Callable[[Draft, int | None], None]  # show a draft; focus on this term (or keep)
_MERGING = 1


class DraftChange(QUndoCommand):
    def __init__(
        self, show: Show, text: str, before: Draft, after: Draft, merge: Hashable, focus: int | None
    ) -> None:
        super().__init__(text)
        self.show, self.before, self.after = show, before, after
        self.merge, self.focus = merge, focus

    def id(self) -> int:
        return _MERGING if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other.merge != self.merge:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.show(self.after, self.focus)

    def undo(self) -> None:
        self.show(self.before, self.focus)


class DraftUndo(QObject):
    def __init__(self, show: Show, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = show
        self.stack = QUndoStack(self)

    def change(
        self,
        before: Draft,
        after: Draft,
        text: str,
        merge: Hashable = None,
        focus: int | None = None,
    ) -> None:
        """Apply a change as a step that can be undone (pushing runs redo: it shows `after`)."""
        if after != before:
            self.stack.push(DraftChange(self.show, text, before, after, merge, focus))
