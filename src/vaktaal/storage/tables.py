"""The database tables (the newest schema; older ones live in migrations/)."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from vaktaal.storage.types import UTCDateTime, utc_now


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


class DeckRow(Base):
    __tablename__ = "decks"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str]
    description: Mapped[str | None]
    organisation: Mapped[str]
    job_function: Mapped[str | None]
    task_profile: Mapped[str | None]
    level: Mapped[str] = mapped_column(String(2))
    gloss_languages: Mapped[list[str]]
    needs_native_check: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    version: Mapped[int]
    authors: Mapped[list[str]]
    licence: Mapped[str]
    pictogram: Mapped[str | None]
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)


class TermRow(Base):
    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("deck_id", "term_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"))
    term_id: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    term: Mapped[str]
    article: Mapped[str | None]
    plural: Mapped[str | None]
    word_class: Mapped[str]
    explanation: Mapped[str]
    example: Mapped[str]
    pictogram: Mapped[str]
    audio: Mapped[str | None]  # the deck's own audio file, as imported
    own_audio: Mapped[str | None]  # a local recording (storage/recordings.py); outranks audio
    category: Mapped[str | None]
    tags: Mapped[list[str]]
    safety_critical: Mapped[bool] = mapped_column(default=False)
    glosses: Mapped[dict[str, Any]]
    removed: Mapped[bool] = mapped_column(default=False)


class DeckMediaRow(Base):
    __tablename__ = "deck_media"
    deck_id: Mapped[str] = mapped_column(
        ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]


class MediaBlobRow(Base):
    """A media file's bytes, once per SHA-256: every PC reads them from here (and caches them)."""

    __tablename__ = "media_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class LearnerRow(Base):
    __tablename__ = "learners"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    languages: Mapped[list[str]]
    avatar: Mapped[str]
    pin_hash: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    failed_pin_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    preferences: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    role: Mapped[str] = mapped_column(String(16), default="learner", server_default="learner")
    # True once a coach chose this learner's decks; else every new deck reaches the learner
    decks_chosen: Mapped[bool] = mapped_column(default=False, server_default=false())


class LearnerDeckRow(Base):
    __tablename__ = "learner_decks"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    deck_id: Mapped[str] = mapped_column(
        ForeignKey("decks.id", ondelete="CASCADE"), primary_key=True
    )


class CardRow(Base):
    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("learner_id", "term_pk"),
        Index("ix_cards_learner_due", "learner_id", "due"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    term_pk: Mapped[int] = mapped_column(ForeignKey("terms.id", ondelete="CASCADE"))
    state: Mapped[int]
    step: Mapped[int | None]
    stability: Mapped[float | None]
    difficulty: Mapped[float | None]
    due: Mapped[datetime]
    last_review: Mapped[datetime | None]


class ReviewLogRow(Base):
    __tablename__ = "review_logs"
    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int]
    reviewed_at: Mapped[datetime]
    duration_ms: Mapped[int]
    exercise_kind: Mapped[str] = mapped_column(String(32))
    # Given in a buddy session (BuddySessionRow.id); no foreign key (added to an old table)
    buddy_session_id: Mapped[int | None] = mapped_column(index=True)


class BuddySessionRow(Base):
    """A buddy practised with a learner: length, and the buddy's notes at the end."""

    __tablename__ = "buddy_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    buddy_id: Mapped[int | None]  # kept when the buddy's profile goes
    buddy_name: Mapped[str]
    minutes: Mapped[int]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    went_well: Mapped[str] = mapped_column(Text, default="", server_default="")
    to_practise: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class SpeechAttemptRow(Base):
    __tablename__ = "speech_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_log_id: Mapped[int] = mapped_column(
        ForeignKey("review_logs.id", ondelete="CASCADE"), index=True
    )
    heard: Mapped[str]
    machine_verdict: Mapped[str] = mapped_column(String(16))
    final_verdict: Mapped[str] = mapped_column(String(16))
    overruled: Mapped[bool]


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class MeetingRow(Base):
    __tablename__ = "meetings"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # unique over all decks
    deck_id: Mapped[str] = mapped_column(ForeignKey("decks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    title: Mapped[str]
    situation: Mapped[str]
    content: Mapped[dict[str, Any]]  # the meeting as in its file (core/meetings/codec.py)


class MeetingResultRow(Base):
    __tablename__ = "meeting_results"
    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[str] = mapped_column(String(64))  # kept when the meeting goes away
    exercise: Mapped[str] = mapped_column(String(32))
    score: Mapped[float]
    details: Mapped[dict[str, Any]]
    recorded_at: Mapped[datetime]
