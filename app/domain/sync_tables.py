"""Local bookkeeping of sync. Not synced, no change-log triggers.

Only sync writes them, but they are part of the database's schema, so they
live with the other tables below storage: migration 0002 creates them and
`app/storage/migrations/env.py` imports this module so that the metadata
Alembic compares against includes them (storage never imports `app.sync`).
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class SyncPeer(SQLModel, table=True):
    """At headquarters: an enrolled device, its pinned keys and watermarks."""

    __tablename__ = "sync_peer"

    device_id: str = Field(primary_key=True)
    name: str = Field(index=True)
    scope: str = "all"
    enrol_secret: str = ""  # hex; cleared once the device's key is pinned
    public_key: str = ""
    age_recipient: str = ""
    revoked: bool = False
    returned_seq: int = 0  # HQ change-log seq the device reported as merged


class SyncReceipt(SQLModel, table=True):
    """At headquarters: the receipt given for each bundle (replays get it again),
    keyed by sender and bundle id: one device's id never answers another's."""

    __tablename__ = "sync_receipt"

    bundle_id: str = Field(primary_key=True)
    device_id: str = Field(primary_key=True, index=True)
    seq_to: int
    body: str


class SyncOutbox(SQLModel, table=True):
    """On a device: each bundle exported, and whether a receipt covers it."""

    __tablename__ = "sync_outbox"

    bundle_id: str = Field(primary_key=True)
    created: str
    seq_from: int
    seq_to: int
    changes: int
    bytes: int
    path: str = ""
    acked: bool = False


class SyncConflict(SQLModel, table=True):
    """A value that lost a merge, with the value that beat it."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("tbl", "row_id", "field", "loser_hlc"),)

    id: int | None = Field(default=None, primary_key=True)
    tbl: str
    row_id: str
    field: str
    winner_value: str | None = None
    winner_hlc: str
    loser_value: str | None = None
    loser_hlc: str
    resolved: bool = False


class HeldChange(SQLModel):
    """A remote change kept aside, not applied: (table, row, field, stamp) -> value."""

    tbl: str = Field(primary_key=True)
    row_id: str = Field(primary_key=True)
    field: str = Field(primary_key=True)
    hlc: str = Field(primary_key=True)
    value: str | None = None
    device_id: str


class SyncPending(HeldChange, table=True):
    """A change waiting for its row's creation or its parent row."""

    __tablename__ = "sync_pending"


class SyncQuarantine(HeldChange, table=True):
    """A change held for a coordinator, with why: `future` (stamped more than a day
    ahead), a value problem code (app/services/values.py), or `not_yours`."""

    __tablename__ = "sync_quarantine"

    bundle_id: str = ""
    reason: str = "future"


SYNC_TABLES = (SyncPeer, SyncReceipt, SyncOutbox, SyncConflict, SyncPending, SyncQuarantine)
