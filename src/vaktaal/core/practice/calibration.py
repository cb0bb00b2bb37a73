"""The speaking check learns from buddies: their overrules shift one learner's threshold.

A buddy can overrule the machine's verdict of a spoken word (goed / bijna / nog eens). Each
speaking attempt gives a step: how many levels the final verdict is above (+) or below (-)
the machine's, 0 when nobody changed it. The learner's lean is the weighted mean step over
their attempts; recent attempts weigh more (weight halves every HALF_LIFE_DAYS days).

The shift loosens (+) or tightens (-) the phonetic similarity the check needs to call a word
"close" (speech.pronunciation.CLOSE_ENOUGH): shift = lean * GAIN, clamped to +-MAX_SHIFT.
So 0.75 stays within 0.65..0.85, and a verdict moves at most one level (far <-> close).
With fewer than MIN_OVERRULES overrules there is no shift: a few could be chance.

Agreement: the share of speaking attempts whose verdict nobody changed (an overrule to the
same level is no change).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

MIN_OVERRULES = 5
HALF_LIFE_DAYS = 30.0
GAIN = 0.2  # half of the attempts moved up one level -> the full shift
MAX_SHIFT = 0.10
_RANK = {"wrong": 0, "almost": 1, "right": 2}  # core.practice.answers.Verdict values


@dataclass(frozen=True)
class SpokenAttempt:
    when: datetime
    machine: str  # Verdict value the speaking check gave
    final: str  # Verdict value that counted (the buddy's when overruled)
    overruled: bool


@dataclass(frozen=True)
class Calibration:
    shift: float  # add to the leniency: the check needs CLOSE_ENOUGH - shift
    agreement: float | None  # share of attempts not overruled; None without attempts
    attempts: int
    overrules: int


def step(attempt: SpokenAttempt) -> int:
    """Levels the final verdict is above the machine's: +2 "nog eens" -> "goed"."""
    if not attempt.overruled:
        return 0
    return _RANK.get(attempt.final, 1) - _RANK.get(attempt.machine, 1)


def weight(attempt: SpokenAttempt, now: datetime) -> float:
    age_days = max((now - attempt.when).total_seconds() / 86_400, 0.0)
    return float(0.5 ** (age_days / HALF_LIFE_DAYS))


def calibrate(attempts: Sequence[SpokenAttempt], now: datetime) -> Calibration:
    """The learner's shift and agreement from all their speaking attempts."""
    overrules = sum(step(attempt) != 0 for attempt in attempts)
    agreement = 1 - overrules / len(attempts) if attempts else None
    shift = 0.0
    if overrules >= MIN_OVERRULES:
        weights = [weight(attempt, now) for attempt in attempts]
        lean = sum(w * step(a) for w, a in zip(weights, attempts, strict=True)) / sum(weights)
        shift = round(max(-MAX_SHIFT, min(MAX_SHIFT, lean * GAIN)), 3)
    return Calibration(shift, agreement, len(attempts), overrules)
