"""`SyncService`: what the app (and the CLI) may ask of sync on one replica.

The UI builds its status bar, export/import dialogs and conflict review on
these methods only; they return plain dataclasses and raise `SyncError`
subclasses (app/sync/errors.py), never words for the user.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from app.domain.hlc import Stamp, wall_clock_ms
from app.domain.sync_tables import SyncConflict, SyncOutbox, SyncPending, SyncQuarantine
from app.services.audit import AuditService, record_in
from app.services.current_user import current_user
from app.services.sync_status import unacknowledged_changes
from app.storage import atomic
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.storage.stamping import save_last_stamp
from app.sync import device, hq, identity
from app.sync.bundle import MAX_FILE_BYTES, is_bundle
from app.sync.errors import (
    CorruptFileError,
    SyncNotFoundError,
    UnsafeArchiveError,
    WrongReplicaError,
)
from app.sync.merge import MergeResult, merge
from app.sync.receipt import is_receipt


@dataclass(frozen=True)
class ExportedBundle:
    bundle_id: str
    created: str
    changes: int
    bytes: int
    path: str
    acknowledged: bool


@dataclass(frozen=True)
class Conflict:
    """A losing value: record (table, row), field, both values and stamps.

    Values are the JSON of the stored values; the stamps end in the device id
    and start with the wall time (see app.domain.hlc), which says who and when.
    """

    id: int
    table: str
    row_id: str
    field: str
    winner_value: str | None
    winner_hlc: str
    loser_value: str | None
    loser_hlc: str
    resolved: bool

    @property
    def winner_device(self) -> str:
        return Stamp.parse(self.winner_hlc).device_id

    @property
    def loser_device(self) -> str:
        return Stamp.parse(self.loser_hlc).device_id

    @property
    def winner_at(self) -> datetime:
        return datetime.fromtimestamp(Stamp.parse(self.winner_hlc).wall_ms / 1000, UTC)

    @property
    def loser_at(self) -> datetime:
        return datetime.fromtimestamp(Stamp.parse(self.loser_hlc).wall_ms / 1000, UTC)


@dataclass(frozen=True)
class ImportOutcome:
    """What `import_file` did: kind is "bundle" or "receipt"."""

    kind: str
    merged: MergeResult | None = None
    receipt: dict | None = None


def read_file(path: str | Path) -> bytes:
    """A sync file's bytes, refusing one too large to be a bundle before reading it."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnsafeArchiveError("the file is larger than any bundle may be")
    return path.read_bytes()


def is_enrolment(data: bytes) -> bool:
    return data.lstrip().startswith(b"{") and identity.ENROLMENT_FORMAT.encode() in data


def enrol_from_bytes(paths: DataPaths, data: bytes) -> Database:
    """Take an enrolment file on a device (creating its database if there is none);
    returns the database, now enrolled. Refusals: CorruptFileError, WrongReplicaError."""
    return identity.accept_enrolment(paths, identity.parse_enrolment(data))


class SyncService:
    def __init__(self, db: Database):
        self.db = db

    # -- audit --------------------------------------------------------------
    def _audit(self, action: str, detail: str) -> None:
        AuditService(self.db).record(action, detail)

    def _audit_in(self, session, action: str, detail: str) -> None:
        record_in(session, self.db.device_id, current_user(self.db), action, detail)

    # -- status -------------------------------------------------------------
    def role(self) -> str | None:
        """"hq", "device" (enrolled) or None (not yet enrolled)."""
        return identity.role(self.db)

    def acknowledged_seq(self) -> int:
        """The change-log seq up to which headquarters confirmed receipt."""
        with self.db.session() as session:
            return int(identity.get_state(session, identity.ACKED_SEQ, "0"))

    def unacknowledged_count(self) -> int:
        """Own changes headquarters has not confirmed yet (for the status bar)."""
        return unacknowledged_changes(self.db)

    def exported_bundles(self) -> list[ExportedBundle]:
        """Every bundle exported from here, newest first, and whether it is acknowledged."""
        with self.db.session() as session:
            rows = session.scalars(select(SyncOutbox).order_by(SyncOutbox.created.desc()))
            return [ExportedBundle(r.bundle_id, r.created, r.changes, r.bytes, r.path, r.acked)
                    for r in rows]

    def pending_count(self) -> int:
        """Changes waiting for a parent row that has not arrived yet."""
        with self.db.session() as session:
            return session.scalar(select(func.count()).select_from(SyncPending))

    # -- moving files -------------------------------------------------------
    def export_to(self, path: str | Path) -> device.ExportResult:
        """Write a bundle of every unacknowledged change to `path`.

        One transaction holds the audit event (written first, so it travels
        in this very bundle), the bundle's reading and its outbox entry; the
        file is written beside `path` and synced before that transaction
        commits, and takes its name right after. A crash before the commit
        leaves no trace of the export (no audit event, no outbox row, no
        file); the one window left is the rename after the commit.
        """
        identity.require_role(self.db, "device")  # refused before anything is written
        path = Path(path)
        temp = None
        try:
            with self.db.session() as session:
                self._audit_in(session, "export", path.name)
                result = device.export_bundle(self.db, session)
                temp = atomic.write_temp(path, result.data)
                device.record_export(self.db, result, str(path), session)
            atomic.replace_durably(temp, path)
        except BaseException:
            if temp is not None:
                temp.unlink(missing_ok=True)
            raise
        return result

    def import_bytes(self, data: bytes) -> ImportOutcome:
        """Import a return bundle or a receipt from headquarters.

        Not an audit event: an audited import would itself be a new change to
        send, so replicas could never all be level. What a device imports is
        what headquarters already holds, and both sides keep the bundle ids
        (`sync_receipt` at headquarters, `sync_outbox` and `last_sync_at` here).
        """
        if is_bundle(data):
            return ImportOutcome("bundle", merged=device.import_return(self.db, data))
        if is_receipt(data):
            return ImportOutcome("receipt", receipt=device.import_receipt(self.db, data))
        if is_enrolment(data):
            raise WrongReplicaError("an enrolment file is taken with enrol_from_bytes")
        raise CorruptFileError("not a Fältbok bundle, receipt or enrolment file")

    def import_file(self, path: str | Path) -> ImportOutcome:
        return self.import_bytes(read_file(path))

    # -- conflicts and quarantine -----------------------------------------
    def conflicts(self, include_resolved: bool = False) -> list[Conflict]:
        """Losing values kept by merges, oldest first."""
        query = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        with self.db.session() as session:
            return [Conflict(c.id, c.tbl, c.row_id, c.field, c.winner_value, c.winner_hlc,
                             c.loser_value, c.loser_hlc, c.resolved)
                    for c in session.scalars(query)]

    def restore_loser(self, conflict_id: int) -> str:
        """Write a conflict's losing value again as a new local change; returns its stamp."""
        with self.db.session() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise SyncNotFoundError(f"no conflict {conflict_id}")
            stamp = self.db.clock.tick()
            value = json.loads(conflict.loser_value) if conflict.loser_value else None
            session.execute(text(f'UPDATE "{conflict.tbl}" SET "{conflict.field}" = :v, '
                                 "hlc = :h WHERE id = :id"),
                            {"v": value, "h": stamp, "id": conflict.row_id})
            conflict.resolved = True
            save_last_stamp(session, stamp)
            self._audit_in(session, "conflict_resolution",
                           f"restored {conflict.tbl}.{conflict.field} of {conflict.row_id}")
            return stamp

    def dismiss_conflict(self, conflict_id: int) -> None:
        """Keep the winner: mark a conflict reviewed."""
        with self.db.session() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise SyncNotFoundError(f"no conflict {conflict_id}")
            conflict.resolved = True
            self._audit_in(session, "conflict_resolution",
                           f"kept winner of {conflict.tbl}.{conflict.field} of {conflict.row_id}")

    def quarantined(self) -> list[tuple[str, str, str, str | None, str, str]]:
        """Changes stamped too far in the future, held back: (table, row, field, value,
        hlc, device)."""
        with self.db.session() as session:
            return [(q.tbl, q.row_id, q.field, q.value, q.hlc, q.device_id)
                    for q in session.scalars(select(SyncQuarantine).where(
                        SyncQuarantine.reason == "future").order_by(SyncQuarantine.hlc))]

    def held_back(self) -> list[tuple[str, str, str, str | None, str, str, str]]:
        """Every change in quarantine with its reason: (table, row, field, value, hlc,
        device, reason); `future`, a value problem code (app/services/values.py)
        or `not_yours`."""
        with self.db.session() as session:
            return [(q.tbl, q.row_id, q.field, q.value, q.hlc, q.device_id, q.reason)
                    for q in session.scalars(select(SyncQuarantine).order_by(
                        SyncQuarantine.reason, SyncQuarantine.hlc))]

    def release_quarantined(self) -> MergeResult:
        """A coordinator accepts the held-back changes: merge them now.

        They keep their stamps (so every replica converges on the same
        winners), but this replica's clock does not follow them into the
        future: it keeps stamping by its own time. Until that time passes the
        released stamps, a local edit of the same field loses to them.
        """
        with self.db.session() as session:
            # only what waited for time: an invalid value stays invalid (docs/sync.md §4)
            held = [(q.tbl, q.row_id, q.field, q.value, q.hlc, q.device_id)
                    for q in session.scalars(select(SyncQuarantine).where(
                        SyncQuarantine.reason == "future"))]
            session.execute(text("DELETE FROM sync_quarantine WHERE reason = 'future'"))
            result = merge(session, self.db.clock, held, wall_clock_ms() + (1 << 47),
                           observe=False)
            devices = sorted({change[5] for change in held})
            self._audit_in(session, "conflict_resolution",
                           f"released {len(held)} held-back changes of {', '.join(devices)}")
            return result


class HqService:
    """Headquarters operations over one HQ replica (see app/sync/hq.py)."""

    def __init__(self, db: Database):
        self.db = db

    def init(self) -> str:
        return identity.init_hq(self.db)

    def enrol(self, name: str) -> bytes:
        return identity.enrol(self.db, name)

    def import_bytes(self, data: bytes) -> hq.HqImport:
        return hq.import_bundle(self.db, data)

    def export_return(self, name_or_id: str):
        return hq.export_return(self.db, name_or_id)

    def revoke(self, name_or_id: str):
        return hq.revoke(self.db, name_or_id)

    def devices(self) -> list[dict]:
        return hq.peers(self.db)
