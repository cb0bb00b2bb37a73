"""Speaking exercises: what the speech recognition heard, its verdict, and buddy overrules.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "speech_attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "review_log_id",
            sa.Integer,
            sa.ForeignKey("review_logs.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("heard", sa.String, nullable=False),
        sa.Column("machine_verdict", sa.String(16), nullable=False),
        sa.Column("final_verdict", sa.String(16), nullable=False),
        sa.Column("overruled", sa.Boolean, nullable=False),
    )
    op.create_index("ix_speech_attempts_review_log_id", "speech_attempts", ["review_log_id"])


def downgrade() -> None:
    op.drop_table("speech_attempts")
