"""Meetings of a deck (stored with it) and learners' results of meeting exercises.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from vaktaal.storage.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "deck_id", sa.String(64), sa.ForeignKey("decks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("situation", sa.String, nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
    )
    op.create_index("ix_meetings_deck_id", "meetings", ["deck_id"])
    op.create_table(
        "meeting_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "learner_id",
            sa.Integer,
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("meeting_id", sa.String(64), nullable=False),
        sa.Column("exercise", sa.String(32), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
        sa.Column("recorded_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_meeting_results_learner_id", "meeting_results", ["learner_id"])


def downgrade() -> None:
    op.drop_table("meeting_results")
    op.drop_table("meetings")
