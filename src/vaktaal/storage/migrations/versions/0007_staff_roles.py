"""Profiles get a role (learner, buddy or coach), and a learner's decks may be chosen by a coach.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, never a batch copy of the table: with SQLite's foreign keys on,
    # dropping the old copy of `learners` cascades into every learner's decks and cards.
    role = sa.Column("role", sa.String(16), nullable=False, server_default="learner")
    op.add_column("learners", role)
    chosen = sa.Column("decks_chosen", sa.Boolean, nullable=False, server_default=sa.false())
    op.add_column("learners", chosen)


def downgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("decks_chosen")
        batch.drop_column("role")
