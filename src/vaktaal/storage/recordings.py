"""A person's own recording of a term (a buddy or the deck's author), kept with the deck.

The recording goes into the term's `own_audio` column, next to `audio` (the deck's own audio
file, as imported). Whatever reads a term (practice, export, `audio prepare`) gets the own
recording first (deck_store.term_from_row), so it outranks every synthetic voice and travels
with the deck when it is exported. Importing a new version of the deck keeps it.

Deleting it (`remove_recording`) empties `own_audio`: the term falls back to the deck's audio
if the deck has any, else to a synthetic voice. The recording itself (its blob in the
database and the cached file) is deleted as soon as nothing refers to it any more: a voice
recording can be deleted from every PC. The deck's version stays as it is: a local
recording is not a new edition.

Recordings made with `vaktaal audio record` before schema 0005 overwrote `audio` itself;
they count as the deck's audio.
"""

import io
import wave
from dataclasses import dataclass
from pathlib import PurePosixPath

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from vaktaal.core.i18n import _
from vaktaal.storage.deck_store import term_from_row
from vaktaal.storage.media_store import MediaStore
from vaktaal.storage.practice_store import MediaRefs
from vaktaal.storage.tables import DeckMediaRow, DeckRow, TermRow


class UnknownTerm(LookupError):
    """The deck or the term does not exist; the message says which, in Dutch."""


@dataclass(frozen=True)
class TermVoice:
    """A term as the recording screen shows it."""

    term_id: str
    display: str  # with its article: "de heftruck"
    pictogram: str  # ready to draw: a library reference or `stored:<sha256>`
    audio: str | None  # what plays now (`stored:<sha256>`), None: a synthetic voice
    own: bool  # a person's own recording (not part of the deck); it can be deleted


@dataclass(frozen=True)
class DeckVoices:
    deck_id: str
    title: str
    terms: tuple[TermVoice, ...]


def deck_voices(engine: Engine, deck_id: str) -> DeckVoices:
    """The deck's terms in deck order, and which of them have an own recording."""
    with Session(engine) as session:
        deck = session.get(DeckRow, deck_id)
        if deck is None:
            raise UnknownTerm(_("Pakket '{id}' bestaat niet.").format(id=deck_id))
        rows = session.scalars(
            select(TermRow)
            .where(TermRow.deck_id == deck_id, TermRow.removed.is_(False))
            .order_by(TermRow.position)
        ).all()
        media = MediaRefs(session, [deck_id])
        return DeckVoices(deck_id, deck.title, tuple(_voice(row, media) for row in rows))


def _voice(row: TermRow, media: MediaRefs) -> TermVoice:
    term = term_from_row(row)
    audio = media.stored_ref(row.deck_id, term.audio) if term.audio else None
    pictogram = media.stored_ref(row.deck_id, term.pictogram)
    return TermVoice(term.id, term.display, pictogram, audio, row.own_audio is not None)


def pcm_to_wav(pcm: bytes, sample_rate: int) -> bytes:
    """16-bit mono PCM as the bytes of a WAV file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)
    return out.getvalue()


def attach_recording(
    engine: Engine, media: MediaStore, deck_id: str, term_id: str, data: bytes, suffix: str
) -> str:
    """Store `data` as the term's own audio, replacing an older one; returns its path."""
    with Session(engine) as session:
        _term(session, deck_id, term_id)  # UnknownTerm before anything is stored
    sha256 = media.put(data)  # in its own transaction, before this one writes
    with Session(engine) as session, session.begin():
        term = _term(session, deck_id, term_id)
        old = _drop_own_file(session, term)
        path = _own_path(session, term, suffix.lower())
        session.merge(DeckMediaRow(deck_id=deck_id, path=path, sha256=sha256, size=len(data)))
        term.own_audio = path
    _discard_unused(engine, media, old)
    return path


def remove_recording(engine: Engine, media: MediaStore, deck_id: str, term_id: str) -> bool:
    """Delete the term's own recording (file included); False when it had none."""
    with Session(engine) as session, session.begin():
        term = _term(session, deck_id, term_id)
        if term.own_audio is None:
            return False
        old = _drop_own_file(session, term)
        term.own_audio = None
    _discard_unused(engine, media, old)
    return True


def _term(session: Session, deck_id: str, term_id: str) -> TermRow:
    term = session.scalar(
        select(TermRow).where(TermRow.deck_id == deck_id, TermRow.term_id == term_id)
    )
    if term is None:
        message = _("Term '{term}' staat niet in pakket '{deck}'.")
        raise UnknownTerm(message.format(term=term_id, deck=deck_id))
    return term


def _own_path(session: Session, term: TermRow, suffix: str) -> str:
    """`audio/<term>.wav`, unless the deck itself has a file there: then `<term>-eigen`."""
    path = str(PurePosixPath("audio") / f"{term.term_id}{suffix}")
    if path == term.audio or session.get(DeckMediaRow, (term.deck_id, path)) is not None:
        return str(PurePosixPath("audio") / f"{term.term_id}-eigen{suffix}")
    return path


def _drop_own_file(session: Session, term: TermRow) -> str | None:
    """Forget the media row of the term's own recording; returns its hash, if it had one.

    A file the deck itself also uses (an exported deck imported again) is kept."""
    path = term.own_audio
    if path is None or path == term.audio:
        return None
    row = session.get(DeckMediaRow, (term.deck_id, path))
    if row is None:
        return None
    session.delete(row)
    session.flush()
    return row.sha256


def _discard_unused(engine: Engine, media: MediaStore, sha256: str | None) -> None:
    """Delete a media file that no deck refers to any more."""
    if sha256 is None:
        return
    with Session(engine) as session:
        used = session.scalar(select(DeckMediaRow.path).where(DeckMediaRow.sha256 == sha256))
    if used is None:
        media.discard(sha256)
