"""What the learner reads after a summary check: encouraging and honest, in simple Dutch.

One text for the app's summary screen and `vaktaal meeting check-summary`: a headline (what
was found, counting partly found points as progress), a short next step, a hint when the
text is not (all) Dutch, and per main point and action item what was found, what to add
and what is not right (a person, day or time).
"""

from dataclasses import dataclass
from typing import Any

from vaktaal.core.i18n import _
from vaktaal.core.meetings.coverage import Coverage, Mismatch, SummaryCheck
from vaktaal.core.meetings.people import is_learner_word
from vaktaal.core.meetings.summary_language import MIXED, OTHER

ALL, PROGRESS, START, LANGUAGE = "all", "progress", "start", "language"  # moods


@dataclass(frozen=True)
class ItemFeedback:
    id: str
    text: str
    level: str  # "covered", "partly", "missed"
    found: str  # "Gevonden: storing, mail", or ""
    add: str  # "Voeg toe: opgelost", or ""
    note: str  # "Let op: ...", or ""


@dataclass(frozen=True)
class Feedback:
    mood: str  # ALL, PROGRESS (something found), START (nothing yet) or LANGUAGE (not Dutch)
    headline: str
    detail: str
    hint: str  # about the language, or ""
    points: tuple[ItemFeedback, ...]
    actions: tuple[ItemFeedback, ...]

    def to_json(self) -> dict[str, Any]:
        items = {"points": self.points, "actions": self.actions}
        return {
            "mood": self.mood,
            "headline": self.headline,
            "detail": self.detail,
            "hint": self.hint,
        } | {key: [vars(item) for item in value] for key, value in items.items()}

    def lines(self) -> list[str]:
        """As plain text, for the command line."""
        out = [self.headline] + [text for text in (self.detail, self.hint) if text]
        for title, items in ((_("Hoofdpunten"), self.points), (_("Taken"), self.actions)):
            if items:
                out += ["", title]
            for item in items:
                out.append(f"[{level_name(item.level)}] {item.text}")
                out += [f"    {text}" for text in (item.found, item.add, item.note) if text]
        return out


def summary_feedback(check: SummaryCheck) -> Feedback:
    items = check.points + check.actions
    covered = sum(item.level == "covered" for item in items)
    partly = sum(item.level == "partly" for item in items)
    mood, headline, detail = _headline(check.language, len(items), covered, partly)
    hint = _("Schrijf alles in het Nederlands.") if check.language == MIXED else ""
    read = check.language != OTHER
    return Feedback(
        mood, headline, detail, hint,
        tuple(_item(item, read) for item in check.points),
        tuple(_item(item, read) for item in check.actions),
    )  # fmt: skip


def level_name(level: str) -> str:
    if level == "covered":
        return _("Erin")
    if level == "partly":
        return _("Voor een deel erin")
    return _("Nog niet erin")


def _headline(language: str, total: int, covered: int, partly: int) -> tuple[str, str, str]:
    if language == OTHER:
        detail = _("Je tekst is niet in het Nederlands. Schrijf een paar zinnen in het "
                   "Nederlands. Dan kijk ik welke punten erin staan.")  # fmt: skip
        return LANGUAGE, _("Schrijf in het Nederlands."), detail
    if total and covered == total:
        return ALL, _("Heel goed! Alle punten staan erin."), ""
    if covered + partly == 0:
        detail = _("Kijk naar de punten hieronder. Schrijf er een paar op en probeer het nog eens.")
        return START, _("Nog geen punten gevonden."), detail
    headline = _("Goed bezig! Je hebt {found} van de {total} punten gevonden.")
    if partly and covered:
        detail = _("{covered} helemaal en {partly} voor een deel. Kijk hieronder wat je nog "
                   "kunt toevoegen.").format(covered=covered, partly=partly)  # fmt: skip
    elif partly:
        detail = _("Ze staan er voor een deel in. Kijk hieronder wat je nog kunt toevoegen.")
    else:
        detail = _("Kijk hieronder wat er nog mist.")
    return PROGRESS, headline.format(found=covered + partly, total=total), detail


def _item(item: Coverage, read: bool) -> ItemFeedback:
    if not read:
        return ItemFeedback(item.id, item.text, item.level, "", "", "")
    found = _("Gevonden: {words}").format(words=", ".join(item.matched)) if item.matched else ""
    add = ""
    if item.missing and item.level != "covered":
        add = _("Voeg toe: {words}").format(words=", ".join(item.missing))
    note = "\n".join(_note(mismatch) for mismatch in item.wrong)
    return ItemFeedback(item.id, item.text, item.level, found, add, note)


def _note(mismatch: Mismatch) -> str:
    if mismatch.kind == "person" and is_learner_word(mismatch.written):
        return _("Let op: {right}, niet jij.").format(right=mismatch.expected)
    return _("Let op: {right}, niet {wrong}.").format(
        right=mismatch.expected, wrong=mismatch.written
    )
