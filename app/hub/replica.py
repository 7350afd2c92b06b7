"""The `Replica` of today: HQ's SQLite data folder, through `app.sync.hq`.

Merging and writing return bundles go through one lock: they move HQ's
clock and write its database, and `faltbok hq import` does them one at a
time as well. Reads (peers, receipts) open their own short sessions.
"""

from __future__ import annotations

import threading

from sqlalchemy import select, text

from app.domain.sync_tables import SyncPeer, SyncReceipt
from app.hub.store import DeviceRevoked, MergeRefused, Peer, ReturnBundle, StoredReceipt
from app.storage.database import Database
from app.sync import errors, hq

_REASONS = (
    (errors.RevokedDeviceError, "revoked"),
    (errors.UnknownDeviceError, "unknown"),
    (errors.BadSignatureError, "signature"),
    (errors.SecondKeyError, "signature"),
    (errors.WrongRecipientError, "recipient"),
    (errors.WrongReplicaError, "recipient"),
    (errors.UnsupportedFormatError, "format"),
    (errors.SyncError, "corrupt"),  # corrupt, unsafe, mismatched, invalid changes
)


def refusal_reason(error: errors.SyncError) -> str:
    return next(code for kind, code in _REASONS if isinstance(error, kind))


class SqliteReplica:
    def __init__(self, db: Database):
        self.db = db
        self._write = threading.Lock()

    def hq_device_id(self) -> str:
        return self.db.device_id

    def peer(self, device_id: str) -> Peer | None:
        with self.db.session() as session:
            row = session.get(SyncPeer, device_id)
            if row is None:
                return None
            return Peer(row.device_id, row.public_key, row.enrol_secret, bool(row.revoked))

    def merge(self, data: bytes, device_id: str, bundle_id: str) -> str:
        with self._write:
            try:
                ready = hq.prepare_import(self.db, data)
            except errors.SyncError as error:
                raise MergeRefused(refusal_reason(error), str(error)) from None
            manifest = ready.manifest
            if manifest["from"] != device_id or manifest["bundle_id"] != bundle_id:
                raise MergeRefused("mismatch", "the bundle is not the one announced")
            try:  # refusals found in the merge's transaction (a second key, a rewrite)
                outcome = hq.apply_import(self.db, ready)
            except errors.SyncError as error:
                raise MergeRefused(refusal_reason(error), str(error)) from None
            self._checkpoint()
            return outcome.receipt

    def _checkpoint(self) -> None:
        """Fold the merge's commit into the database file before its receipt goes
        out (the engine already syncs each commit with synchronous=FULL; this keeps
        the receipt's promise independent of that setting)."""
        with self.db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(FULL)"))

    def receipt(self, device_id: str, bundle_id: str) -> str | None:
        with self.db.session() as session:
            row = session.get(SyncReceipt, (bundle_id, device_id))
            return row.body if row is not None else None

    def receipts(self) -> list[StoredReceipt]:
        with self.db.session() as session:
            rows = session.execute(select(SyncReceipt).order_by(text("rowid"))).scalars()
            return [StoredReceipt(r.bundle_id, r.device_id, r.body) for r in rows]

    def return_bundle(self, device_id: str, since: int) -> ReturnBundle:
        with self._write:
            with self.db.session() as session:
                peer = session.get(SyncPeer, device_id)
                if peer is None or peer.revoked:
                    raise DeviceRevoked(device_id)
                # whether anything is new, without reading it: export_return reads it
                new = session.execute(text(
                    "SELECT 1 FROM change_log WHERE seq > :since AND device_id != :dev "
                    "LIMIT 1"), {"since": since, "dev": device_id}).first() is not None
                top = max(since, session.scalar(text(
                    "SELECT coalesce(max(seq), 0) FROM change_log")))
                pinned = bool(peer.age_recipient)
            if not new or not pinned:
                return ReturnBundle(None, top)
            _peer, data, _count = hq.export_return(self.db, device_id, since=since)
            return ReturnBundle(data, top)
