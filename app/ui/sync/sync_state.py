"""Everything the Sync page shows, read in one go on a worker thread.

`load(db)` asks `SyncService` (and the entity services, for the labels of
records and the names of devices) and returns plain data, so the page and
its table models never read the database on the UI thread. Values of
sensitive fields (participants' names, contacts) are never carried into the
snapshot: the conflict table shows that a name conflicted, not the name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.domain.hlc import Stamp
from app.domain.models import model_for_table
from app.services.current_user import current_user
from app.services.data_folder import Database
from app.services.record_names import RecordNames
from app.services.sync_status import last_sync_at
from app.sync.errors import NotEnrolledError
from app.sync.hq_service import hq_fingerprint
from app.sync.service import Conflict, ExportedBundle, SyncService

COORDINATOR = "coordinator"
HIDDEN = object()  # a sensitive value: shown as "hidden", never read into the UI


@dataclass(frozen=True)
class ConflictRow:
    conflict: Conflict
    record: str  # the record's label (a partner's name, a participant's code)
    kept: object  # decoded winning value, or HIDDEN
    set_aside: object  # decoded losing value, or HIDDEN
    kept_by: str  # device name
    set_aside_by: str
    own: bool = False  # the set-aside value was written on this replica (docs/sync.md §4.1)


@dataclass(frozen=True)
class HeldRow:
    table: str
    record: str
    field: str
    value: object
    stamped: datetime
    device: str


@dataclass
class SyncSnapshot:
    role: str | None = None
    device_name: str = ""
    unacknowledged: int = 0
    pending: int = 0
    last_sync: datetime | None = None
    bundles: list[ExportedBundle] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    held: list[HeldRow] = field(default_factory=list)
    hq_key: str = ""  # fingerprint of headquarters' signing key (checked by eye at enrolment)


def stamp_time(stamp: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, UTC)
    except (ValueError, AttributeError):
        return None


def may_resolve(db: Database) -> bool:
    """Only a coordinator restores, dismisses and releases (checked again on the worker)."""
    user = current_user(db)
    return user is not None and user.role == COORDINATOR


def may_settle(db: Database, conflict: Conflict | None) -> bool:
    """Restore or keep: a coordinator, any conflict; anyone using this replica, a value
    it wrote itself (the same as typing it again, docs/sync.md §4.1)."""
    if conflict is not None and conflict.loser_device == db.device_id:
        return current_user(db) is not None
    return may_resolve(db)


class _Names:
    """Records named in words (`describe_record`) and devices by name, each once."""

    def __init__(self, db: Database):
        self.record = RecordNames(db)

    def device(self, device_id: str) -> str:
        return self.record("device", device_id) if device_id else ""


def decode(table: str, name: str, value: str | None) -> object:
    """A change-log value (JSON text) as a Python value, or HIDDEN if sensitive."""
    try:
        if name in model_for_table(table).__sensitive__:
            return HIDDEN
    except KeyError:
        pass
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def load(db: Database, unacknowledged: Callable[[], int] | None = None) -> SyncSnapshot:
    """The page's figures and lists. `unacknowledged` counts what
    `SyncService.unacknowledged_count` counts; the app passes its incremental
    counter (the one the status bar uses), which is fast on a big change log."""
    service = SyncService(db)
    names = _Names(db)
    count = unacknowledged or service.unacknowledged_count
    snapshot = SyncSnapshot(role=service.role(), device_name=names.device(db.device_id),
                            unacknowledged=count(),
                            pending=service.pending_count(), last_sync=last_sync_at(db),
                            bundles=service.exported_bundles())
    try:
        snapshot.hq_key = hq_fingerprint(db)
    except NotEnrolledError:
        pass
    for c in service.conflicts():
        snapshot.conflicts.append(ConflictRow(
            c, names.record(c.table, c.row_id), decode(c.table, c.field, c.winner_value),
            decode(c.table, c.field, c.loser_value), names.device(c.winner_device),
            names.device(c.loser_device), c.loser_device == db.device_id))
    for table, row_id, name, value, hlc, device_id in service.quarantined():
        snapshot.held.append(HeldRow(table, names.record(table, row_id), name,
                                     decode(table, name, value), stamp_time(hlc),
                                     names.device(device_id)))
    return snapshot
