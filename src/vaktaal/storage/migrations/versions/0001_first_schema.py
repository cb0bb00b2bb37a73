"""First schema: decks, terms, media, learners, cards and review logs.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from vaktaal.storage.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _decks()
    _terms()
    _learners()
    _cards()


def _decks() -> None:
    op.create_table(
        "decks",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("description", sa.String),
        sa.Column("organisation", sa.String, nullable=False),
        sa.Column("job_function", sa.String),
        sa.Column("task_profile", sa.String),
        sa.Column("level", sa.String(2), nullable=False),
        sa.Column("gloss_languages", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("licence", sa.String, nullable=False),
        sa.Column("pictogram", sa.String),
        sa.Column("imported_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "deck_media",
        sa.Column("deck_id", sa.String(64), sa.ForeignKey("decks.id", ondelete="CASCADE")),
        sa.Column("path", sa.String, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("deck_id", "path"),
    )


def _terms() -> None:
    op.create_table(
        "terms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "deck_id",
            sa.String(64),
            sa.ForeignKey("decks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("term_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("term", sa.String, nullable=False),
        sa.Column("article", sa.String),
        sa.Column("plural", sa.String),
        sa.Column("word_class", sa.String, nullable=False),
        sa.Column("explanation", sa.String, nullable=False),
        sa.Column("example", sa.String, nullable=False),
        sa.Column("pictogram", sa.String, nullable=False),
        sa.Column("audio", sa.String),
        sa.Column("category", sa.String),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("safety_critical", sa.Boolean, nullable=False),
        sa.Column("glosses", sa.JSON, nullable=False),
        sa.Column("removed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("deck_id", "term_id"),
    )


def _learners() -> None:
    op.create_table(
        "learners",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("avatar", sa.String, nullable=False),
        sa.Column("pin_hash", sa.String),
        sa.Column("created_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "learner_decks",
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id", ondelete="CASCADE")),
        sa.Column("deck_id", sa.String(64), sa.ForeignKey("decks.id", ondelete="CASCADE")),
        sa.PrimaryKeyConstraint("learner_id", "deck_id"),
    )


def _cards() -> None:
    op.create_table(
        "cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "learner_id",
            sa.Integer,
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "term_pk", sa.Integer, sa.ForeignKey("terms.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("state", sa.Integer, nullable=False),
        sa.Column("step", sa.Integer),
        sa.Column("stability", sa.Float),
        sa.Column("difficulty", sa.Float),
        sa.Column("due", UTCDateTime, nullable=False),
        sa.Column("last_review", UTCDateTime),
        sa.UniqueConstraint("learner_id", "term_pk"),
    )
    op.create_index("ix_cards_learner_due", "cards", ["learner_id", "due"])
    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "card_id", sa.Integer, sa.ForeignKey("cards.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("reviewed_at", UTCDateTime, nullable=False),
        sa.Column("duration_ms", sa.Integer, nullable=False),
        sa.Column("exercise_kind", sa.String(32), nullable=False),
    )
    op.create_index("ix_review_logs_card_id", "review_logs", ["card_id"])


def downgrade() -> None:
    for table in ("review_logs", "cards", "learner_decks", "learners", "terms", "deck_media"):
        op.drop_table(table)
    op.drop_table("decks")
