"""Per card, what the dashboard's rules need, in flat arrays indexed by card id: about 80
bytes a card instead of a Python object (400,000 cards: some 35 MB instead of 270 MB).

Times are whole microseconds since 1970 (UTC); days are date ordinals (0: none). See
dashboard_memory.py for how the arrays are kept up to date.
"""

from __future__ import annotations

from array import array
from datetime import UTC, date, datetime, timedelta

from vaktaal.core.practice.learned import DAYS_TO_LEARN
from vaktaal.core.practice.must_know import MUST_KNOW_DAYS

DAYS_KEPT = max(DAYS_TO_LEARN, MUST_KNOW_DAYS)  # more different days change no rule
# flags per card
HAS_FIRST, FIRST_RIGHT, FIRST_RECALLED, LAST_RIGHT, LEARNED, RECALLED = 1, 2, 4, 8, 16, 32
EPOCH = datetime(1970, 1, 1)
EPOCH_DAY = EPOCH.toordinal()
MICROSECOND = timedelta(microseconds=1)
DAY = 86_400_000_000  # microseconds


class CardTable:
    """Column arrays; a card's values are at its id (learner 0: no such card)."""

    def __init__(self) -> None:
        self.learner, self.term, self.deck = array("i"), array("i"), array("i")
        self.due = array("q")
        self.first_at, self.first_id, self.first_day = array("q"), array("q"), array("i")
        self.last_at, self.last_id = array("q"), array("q")
        self.flags = array("B")
        self.known, self.recalled = array("i"), array("i")  # DAYS_KEPT days per card
        self.size = 0

    def has(self, card_id: int) -> bool:
        return card_id < self.size and self.learner[card_id] != 0

    def make_room(self, card_id: int) -> None:
        """Arrays long enough for this card id (grown by half at least: few copies)."""
        if card_id < self.size:
            return
        more = max(card_id + 1 - self.size, self.size // 2, 1024)
        for column in self._columns():
            column.frombytes(bytes(more * column.itemsize))
        for column in (self.known, self.recalled):
            column.frombytes(bytes(more * DAYS_KEPT * column.itemsize))
        self.size += more

    def _columns(self) -> tuple[array[int], ...]:
        return (
            self.learner, self.term, self.deck, self.due, self.first_at, self.first_id,
            self.first_day, self.last_at, self.last_id, self.flags,
        )  # fmt: skip

    def is_first(self, card_id: int, at: int, answer_id: int) -> bool:
        """Is this answer earlier than the card's first one so far (or the very first)?"""
        if not self.flags[card_id] & HAS_FIRST:
            return True
        return (at, answer_id) < (self.first_at[card_id], self.first_id[card_id])

    def is_last(self, card_id: int, at: int, answer_id: int) -> bool:
        if not self.flags[card_id] & HAS_FIRST:
            return True
        return (at, answer_id) > (self.last_at[card_id], self.last_id[card_id])

    def set_flag(self, card_id: int, flag: int, on: bool) -> bool:
        """Set or clear a flag; True when that changed it."""
        was = bool(self.flags[card_id] & flag)
        if was != on:
            self.flags[card_id] ^= flag
        return was != on

    def later_answer(self, card_id: int, day: int, right: bool, recalled: bool) -> None:
        """An answer after the first one: its day counts for 'known' and 'recalled'."""
        if right:
            _keep_day(self.known, card_id, day)
        if recalled:
            _keep_day(self.recalled, card_id, day)

    def known_days(self, card_id: int) -> int:
        return _days(self.known, card_id)

    def recalled_days(self, card_id: int) -> int:
        return _days(self.recalled, card_id)


def _keep_day(days: array[int], card_id: int, day: int) -> None:
    start = card_id * DAYS_KEPT
    for slot in range(start, start + DAYS_KEPT):
        if days[slot] == day:
            return
        if days[slot] == 0:
            days[slot] = day
            return


def _days(days: array[int], card_id: int) -> int:
    start = card_id * DAYS_KEPT
    return DAYS_KEPT - days[start : start + DAYS_KEPT].count(0)


def micros(value: object) -> int:
    """A stored UTC time (text in SQLite, a datetime elsewhere) as microseconds since 1970."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment - EPOCH) // MICROSECOND


def moment(microseconds: int) -> datetime:
    return (EPOCH + microseconds * MICROSECOND).replace(tzinfo=UTC)


def local_day(microseconds: int, offset_minutes: int) -> int:
    """The local day (a date ordinal), as practice_store._local_day does it in SQL."""
    return EPOCH_DAY + (microseconds + offset_minutes * 60_000_000) // DAY


def day_of(ordinal: int) -> date:
    return date.fromordinal(ordinal)
