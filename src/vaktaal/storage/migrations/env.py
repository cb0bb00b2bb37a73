"""Alembic environment: vaktaal always hands in an open connection (see storage/database.py)."""

from alembic import context

from vaktaal.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
