"""Dutch inside a right-to-left screen (Arabic, Farsi), and arrows that point the reading way.

In a right-to-left list, table or sentence, Dutch text takes the screen's direction: its
full stop jumps to the front (".Goedemorgen allemaal"). `dutch()` isolates each line as
left-to-right (Unicode LRI ... PDI), so it reads as written wherever it is shown; on a
left-to-right screen it changes nothing. `mirrored()` turns "back" and "next" arrows round
on a right-to-left screen, where "next" is to the left. Media symbols (play) stay as they are.
"""

from PySide6.QtGui import QGuiApplication

LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate, pop directional isolate

_PAIRS = (
    ("openmoji:2B05", "openmoji:27A1"),  # ⬅ back / ➡ next
    ("openmoji:23EE", "openmoji:23ED"),  # ⏮ previous / ⏭ next (lines, words)
    ("mdi:arrow-left-bold", "mdi:arrow-right-bold"),
    ("mdi:arrow-left", "mdi:arrow-right"),
    ("mdi:chevron-left", "mdi:chevron-right"),
)
MIRRORED = {a: b for a, b in _PAIRS} | {b: a for a, b in _PAIRS}


def right_to_left() -> bool:
    """Whether the screens are laid out right to left now (the UI language is ar or fa)."""
    return QGuiApplication.isRightToLeft()


def dutch(text: str) -> str:
    """Dutch text (a term, a sentence, a title) ready for any label, list or table: each line
    isolated as left-to-right on a right-to-left screen; unchanged on a left-to-right one."""
    if not text or not right_to_left():
        return text
    return "\n".join(f"{LRI}{line}{PDI}" if line else line for line in text.split("\n"))


def plain(text: str) -> str:
    """Text without the isolate marks (to compare or to read aloud)."""
    return text.replace(LRI, "").replace(PDI, "")


def mirrored(pictogram: str) -> str:
    """The pictogram that points the same way in the reading direction of the screens."""
    return MIRRORED.get(pictogram, pictogram) if right_to_left() else pictogram
