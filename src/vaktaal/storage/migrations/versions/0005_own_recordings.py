"""Terms: a person's own recording apart from the deck's audio, so it can be deleted again.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("terms") as batch:
        batch.add_column(sa.Column("own_audio", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("terms") as batch:
        batch.drop_column("own_audio")
