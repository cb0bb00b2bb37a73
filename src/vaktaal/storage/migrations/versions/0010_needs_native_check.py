"""Decks say which gloss languages no native speaker has checked yet (issue 16).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: SQLite's batch mode would copy and drop `decks`, and the drop
    # cascades to every term of every deck
    column = sa.Column("needs_native_check", sa.JSON, nullable=False, server_default="[]")
    op.add_column("decks", column)


def downgrade() -> None:
    op.drop_column("decks", "needs_native_check")  # SQLite 3.35+ drops a column in place
