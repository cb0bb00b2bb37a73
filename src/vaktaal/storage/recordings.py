"""A person's own recording of a term (a buddy or the deck's author), kept with the deck.

It becomes the term's `audio` file, so it outranks every synthetic voice and travels with
the deck when it is exported. The deck's version stays as it is: a local recording is not a
new edition of the deck."""

from pathlib import PurePosixPath

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from vaktaal.core.i18n import _
from vaktaal.storage.media_store import MediaStore
from vaktaal.storage.tables import DeckMediaRow, TermRow


class UnknownTerm(LookupError):
    """The deck or the term does not exist; the message says which, in Dutch."""


def attach_recording(
    engine: Engine, media: MediaStore, deck_id: str, term_id: str, data: bytes, suffix: str
) -> str:
    """Store `data` as the term's own audio; returns its path inside the deck."""
    path = str(PurePosixPath("audio") / f"{term_id}{suffix.lower()}")
    with Session(engine) as session, session.begin():
        term = session.scalar(
            select(TermRow).where(TermRow.deck_id == deck_id, TermRow.term_id == term_id)
        )
        if term is None:
            message = _("Term '{term}' staat niet in pakket '{deck}'.")
            raise UnknownTerm(message.format(term=term_id, deck=deck_id))
        sha256 = media.put(data)
        session.merge(DeckMediaRow(deck_id=deck_id, path=path, sha256=sha256, size=len(data)))
        session.execute(update(TermRow).where(TermRow.id == term.id).values(audio=path))
    return path
