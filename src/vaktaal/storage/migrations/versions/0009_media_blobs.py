"""Media blobs: the bytes of deck media and own recordings in the database, once per SHA-256,
so every PC that shares the database has them (the media folder becomes a cache).

Revision ID: 0009
Revises: 0008

The files already on this PC are uploaded by `media_store.sync_media` at start-up: a
migration does not know the data folder.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("media_blobs")
