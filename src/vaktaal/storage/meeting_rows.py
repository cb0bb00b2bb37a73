"""A deck's meetings in the database: replaced with the deck, in the deck's own transaction."""

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vaktaal.core.i18n import _
from vaktaal.core.meetings.codec import meeting_from_document, meeting_path, meeting_to_document
from vaktaal.core.meetings.model import Meeting
from vaktaal.core.model import Deck
from vaktaal.core.problems import DeckProblems, Problem
from vaktaal.storage.tables import MeetingRow


def save_meetings(session: Session, deck: Deck) -> None:
    """The deck's meetings replace its old ones; an id another deck uses refuses the import."""
    _refuse_taken_ids(session, deck)
    session.execute(delete(MeetingRow).where(MeetingRow.deck_id == deck.id))
    rows = [
        {
            "id": meeting.id,
            "deck_id": deck.id,
            "position": position,
            "title": meeting.title,
            "situation": meeting.situation,
            "content": meeting_to_document(meeting),
        }
        for position, meeting in enumerate(deck.meetings)
    ]
    if rows:
        session.execute(insert(MeetingRow), rows)


def load_meetings(session: Session, deck_id: str) -> tuple[Meeting, ...]:
    rows = session.scalars(
        select(MeetingRow).where(MeetingRow.deck_id == deck_id).order_by(MeetingRow.position)
    )
    return tuple(meeting_from_document(row.id, row.content) for row in rows)


def _refuse_taken_ids(session: Session, deck: Deck) -> None:
    ids = [meeting.id for meeting in deck.meetings]
    taken = session.execute(
        select(MeetingRow.id, MeetingRow.deck_id).where(
            MeetingRow.id.in_(ids), MeetingRow.deck_id != deck.id
        )
    ).all()
    if taken:
        message = _(
            "Pakket '{deck}' heeft al een vergadering '{id}'. Geef dit bestand een andere naam."
        )
        raise DeckProblems(
            [
                Problem(meeting_path(meeting_id), message.format(deck=other, id=meeting_id))
                for meeting_id, other in taken
            ]
        )
