"""Devices and users (synced), and the local bookkeeping tables (not synced)."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.domain.base import SyncedModel


class Device(SyncedModel, table=True):
    """A laptop running Fältbok (or headquarters)."""

    name: str
    public_key: str = ""
    revoked: bool = False


class AppUser(SyncedModel, table=True):
    """A person who uses the app, with the role that decides what they see."""

    __tablename__ = "app_user"

    name: str
    role: str = "field_staff"


# What the audit trail records (see app/services/audit.py).
AUDIT_ACTIONS = ("view_names", "export", "import", "wipe", "rekey", "passphrase_set",
                 "passphrase_removed", "conflict_resolution", "role_change")


class AuditEvent(SyncedModel, table=True):
    """Who did what, when, on which device: append-only, synced to headquarters.

    The database refuses to update or delete a row (a merge included), so not
    even raw SQL on this laptop can rewrite history; the hash chain
    (`chain_prev`, `chain_hash`: app/storage/audit_chain.py) shows what the
    triggers cannot stop. `user_name` is copied at the time: the trail must read
    right even if the user is renamed. `detail` never holds a participant's
    name, only ids and counts.
    """

    __tablename__ = "audit_event"
    __append_only__ = True  # migration 0004 refuses every UPDATE and DELETE

    occurred_at: str  # ISO 8601, UTC, e.g. 2026-11-28T18:30:00.123Z
    device_id: str
    user_id: str | None = None
    user_name: str = ""
    action: str
    detail: str = ""
    chain_prev: str = ""
    chain_hash: str = ""


class ChangeLog(SQLModel, table=True):
    """One row per changed field, written by triggers in the write's transaction.

    `value` is the JSON of the stored value. Local only: it is what sync reads.
    """

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_field", "tbl", "row_id", "field"),)

    seq: int | None = Field(default=None, primary_key=True)
    tbl: str
    row_id: str
    field: str
    value: str | None = None
    hlc: str
    device_id: str
    # Merged changes: the stamp of the other replicas' value their writer had seen
    # (relayed in return bundles, docs/sync.md §4.1); local edits: "".
    base: str = Field(default="", sa_column_kwargs={"server_default": ""})


class LocalState(SQLModel, table=True):
    """Key-value facts about this replica: its device id, last clock stamp."""

    __tablename__ = "local_state"

    key: str = Field(primary_key=True)
    value: str


class SyncApply(SQLModel, table=True):
    """One row; `active` is 1 only inside a merge of remote changes.

    The change-log triggers stand aside while it is set, because a merge
    records remote changes with their own stamps and devices.
    """

    __tablename__ = "sync_apply"

    id: int = Field(default=1, primary_key=True)
    active: int = 0
