"""Buddy sessions: a buddy practises with a learner; their reviews are marked with the session.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from vaktaal.storage.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "buddy_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "learner_id",
            sa.Integer,
            sa.ForeignKey("learners.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("buddy_id", sa.Integer, nullable=True),  # kept when the buddy's profile goes
        sa.Column("buddy_name", sa.String, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("started_at", UTCDateTime, nullable=False),
        sa.Column("ended_at", UTCDateTime, nullable=True),
        sa.Column("went_well", sa.Text, nullable=False, server_default=""),
        sa.Column("to_practise", sa.Text, nullable=False, server_default=""),
        sa.Column("next_note", sa.Text, nullable=False, server_default=""),
    )
    # A plain ADD COLUMN (no batch copy of review_logs: speech_attempts hang on it). No
    # foreign key: SQLite cannot add one to an existing table; the store keeps it right.
    op.add_column("review_logs", sa.Column("buddy_session_id", sa.Integer, nullable=True))
    op.create_index("ix_review_logs_buddy_session_id", "review_logs", ["buddy_session_id"])


def downgrade() -> None:
    op.drop_index("ix_review_logs_buddy_session_id", "review_logs")
    op.drop_column("review_logs", "buddy_session_id")
    op.drop_table("buddy_sessions")
