"""The columns every synced row carries.

- `id`: a UUIDv7 made on the device (see `ids.py`); never an autoincrement.
- `hlc`: the hybrid-logical-clock stamp of the row's latest change. It is set
  by the storage layer at flush time, and the database refuses an update that
  does not move it forward, so no write can slip past the change log.
- `deleted`: the tombstone. Deleting is an edit of this field; rows are never
  removed, so a delete syncs and merges like any other change.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from app.domain.ids import uuid7

# Columns that are bookkeeping, not fields: not logged as changes of their own.
META_COLUMNS = ("id", "hlc")


class SyncedModel(SQLModel):
    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    hlc: str | None = Field(default=None, nullable=False)
    deleted: bool = Field(default=False)

    # Fields that identify a person; hidden unless a role may see them, and
    # left out of bundles unless the project allows names to travel.
    __sensitive__: tuple[str, ...] = ()
