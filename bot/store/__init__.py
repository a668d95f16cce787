"""The store: SQLModel tables split by domain, one engine per process, Alembic migrations."""
