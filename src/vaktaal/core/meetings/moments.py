"""Days and clock times as learners write them, and as a meeting's deadlines name them.

A clock time is a set of minutes after midnight, because "2 uur" and "om 2" may mean 2:00
or 14:00: "10:00", "10.00", "10 uur", "tien uur", "om 10", "10u30", "half tien" (9:30),
"kwart over tien" all meet 10:00 or 9:30 (and 22:00 or 21:30). A day is a weekday, or
"vandaag"/"morgen" counted from the meeting's own day (the first weekday its situation
names): in a meeting on Monday, "vandaag" and "maandag" are the same day.
All functions take plain words (wordforms.words: number words already digits).
"""

import re
from dataclasses import dataclass

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
RELATIVE_DAYS = {
    "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0,
    "morgen": 1, "overmorgen": 2,
}  # fmt: skip
MINUTES_PER_DAY = 24 * 60
_HOUR_U_MINUTES = re.compile(r"(\d{1,2})u(\d{2})?")  # "10u", "10u30"


@dataclass(frozen=True)
class Moment:
    position: int  # the word where it starts
    written: str  # as the learner wrote it, e.g. "11 uur"
    length: int = 1  # how many words
    days: frozenset[str] = frozenset()  # day keys (see day_key)
    minutes: frozenset[int] = frozenset()  # possible clock times


def meeting_weekday(situation_words: list[str]) -> int | None:
    """The weekday (0 = Monday) of the meeting: the first weekday its situation names."""
    return next((WEEKDAYS.index(w) for w in situation_words if w in WEEKDAYS), None)


def day_key(word: str, weekday: int | None) -> str | None:
    """A comparable key of a day word: "d0".."d6" (a weekday), "r1" (tomorrow, when the
    meeting's day is unknown); None for other words."""
    if word in WEEKDAYS:
        return f"d{WEEKDAYS.index(word)}"
    offset = RELATIVE_DAYS.get(word)
    if offset is None:
        return None
    return f"d{(weekday + offset) % 7}" if weekday is not None else f"r{offset}"


def day_moments(words: list[str], weekday: int | None) -> list[Moment]:
    found = []
    for position, word in enumerate(words):
        key = day_key(word, weekday)
        if key is not None:
            found.append(Moment(position, word, days=frozenset((key,))))
    return found


def time_moments(words: list[str]) -> list[Moment]:
    """Every clock time in the words, once each (a time of two words counts once)."""
    found: list[Moment] = []
    taken: set[int] = set()
    for position in range(len(words)):
        if position in taken:
            continue
        moment = _time_at(words, position)
        if moment is not None:
            found.append(moment)
            taken.update(range(position, position + moment.length))
    return found


def parse_time(words: list[str]) -> frozenset[int] | None:
    """The clock time that these words are, as a whole ("acht uur", "8:00"), else None."""
    moments = time_moments(words)
    if len(moments) != 1 or moments[0].position != 0 or moments[0].length != len(words):
        return None
    return moments[0].minutes


def _time_at(words: list[str], i: int) -> Moment | None:
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in ("half", "kwart"):
        return _spoken_time(words, i, after)
    match = _HOUR_U_MINUTES.fullmatch(words[i])
    if match and _is_hour(match.group(1)):
        minutes = _clock(int(match.group(1)), int(match.group(2) or 0))
        return Moment(i, words[i], minutes=minutes)
    return _hour_time(words, i, after) if _is_hour(words[i]) else None


def _spoken_time(words: list[str], i: int, after: str) -> Moment | None:
    """ "half tien" (9:30), "kwart over tien" (10:15), "kwart voor tien" (9:45)."""
    if words[i] == "half" and _is_hour(after):
        return Moment(i, f"half {after}", 2, minutes=_clock(int(after) - 1, 30))
    hour = words[i + 2] if i + 2 < len(words) else ""
    if after in ("over", "voor") and _is_hour(hour):
        h, m = (int(hour), 15) if after == "over" else (int(hour) - 1, 45)
        return Moment(i, f"kwart {after} {hour}", 3, minutes=_clock(h, m))
    return None


def _hour_time(words: list[str], i: int, after: str) -> Moment | None:
    """ "10:00", "10.00", "10 uur", "om 10"."""
    word, before = words[i], words[i - 1] if i > 0 else ""
    if len(after) == 2 and after.isdigit() and int(after) < 60:
        return Moment(i, f"{word}:{after}", 2, minutes=_clock(int(word), int(after)))
    if after == "uur":
        return Moment(i, f"{word} uur", 2, minutes=_clock(int(word), 0))
    if before == "om" and not after.isdigit():
        return Moment(i, f"om {word}", minutes=_clock(int(word), 0))
    return None


def _is_hour(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 and int(word) <= 24


def _clock(hour: int, minute: int) -> frozenset[int]:
    """The minutes after midnight; an hour of 1..12 may be in the morning or afternoon."""
    base = (hour * 60 + minute) % MINUTES_PER_DAY
    if 1 <= hour % 24 <= 12 or hour == 0:
        return frozenset((base, (base + 12 * 60) % MINUTES_PER_DAY))
    return frozenset((base,))
