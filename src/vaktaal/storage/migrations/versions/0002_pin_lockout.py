"""Learners: count wrong PINs and lock the profile for a while.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from vaktaal.storage.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.add_column(
            sa.Column("failed_pin_attempts", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("locked_until", UTCDateTime))


def downgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_pin_attempts")
