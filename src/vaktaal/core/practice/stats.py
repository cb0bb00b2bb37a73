"""Numbers that keep a learner going: today's answers, the streak, practice per day."""

from datetime import date, timedelta


def streak(days_practised: set[date], today: date) -> int:
    """Days in a row with practice, up to today (or yesterday, if today is still open)."""
    day = today if today in days_practised else today - timedelta(days=1)
    count = 0
    while day in days_practised:
        count += 1
        day -= timedelta(days=1)
    return count


def last_days(per_day: dict[date, int], today: date, days: int) -> list[tuple[date, int]]:
    """The last `days` days up to today, oldest first, with 0 for days without practice."""
    first = today - timedelta(days=days - 1)
    return [
        (first + timedelta(days=i), per_day.get(first + timedelta(days=i), 0)) for i in range(days)
    ]
