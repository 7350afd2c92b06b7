"""Alembic environment: runs on the connection handed over by `migrate.py`."""

from alembic import context

from app.domain import sync_tables as _sync_tables  # noqa: F401  (local sync bookkeeping tables)
from app.domain.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` on the command line
    raise SystemExit("run migrations through app.storage.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
