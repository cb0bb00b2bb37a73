"""Storage: SQLAlchemy tables, migrations, and the stores that read and write them."""
