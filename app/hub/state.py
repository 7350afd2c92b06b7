"""The hub's own bookkeeping (docs/hub.md, "Hub data folder"): uploads, received
bundles and their state, receipt cursors, seen nonces.

One SQLite file (`hub/state.sqlite`, WAL, synchronous=FULL: a commit here is
on disk when it returns) behind one lock; every operation is a short
transaction. The bundle bytes are files beside it (`uploads/`, `inbox/`).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS upload (
    id TEXT PRIMARY KEY, device_id TEXT NOT NULL, bundle_id TEXT NOT NULL,
    length INTEGER NOT NULL, sha256 TEXT NOT NULL, offset INTEGER NOT NULL DEFAULT 0,
    touched REAL NOT NULL);
CREATE INDEX IF NOT EXISTS upload_device ON upload(device_id, bundle_id);
CREATE TABLE IF NOT EXISTS bundle (
    device_id TEXT NOT NULL, bundle_id TEXT NOT NULL, file TEXT NOT NULL,
    state TEXT NOT NULL, reason TEXT, stored REAL NOT NULL,
    PRIMARY KEY (device_id, bundle_id));
CREATE INDEX IF NOT EXISTS bundle_state ON bundle(state, stored);
CREATE TABLE IF NOT EXISTS receipt (
    cursor INTEGER PRIMARY KEY AUTOINCREMENT, bundle_id TEXT NOT NULL,
    device_id TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (device_id, bundle_id));
CREATE INDEX IF NOT EXISTS receipt_device ON receipt(device_id, cursor);
CREATE TABLE IF NOT EXISTS nonce (
    device_id TEXT NOT NULL, nonce TEXT NOT NULL, created INTEGER NOT NULL,
    PRIMARY KEY (device_id, nonce));
CREATE INDEX IF NOT EXISTS nonce_created ON nonce(created);
"""
# Receipts were once unique by bundle id alone: one device's bundle id then hid
# another's receipt (HQ keys them by sender and bundle id, docs/sync.md §10).
_LEGACY_RECEIPTS = "bundle_id TEXT NOT NULL UNIQUE"
_UPGRADE_RECEIPTS = ("BEGIN IMMEDIATE; ALTER TABLE receipt RENAME TO receipt_v1; "
                     "DROP INDEX IF EXISTS receipt_device; " + SCHEMA +
                     "INSERT INTO receipt SELECT cursor, bundle_id, device_id, body "
                     "FROM receipt_v1 ORDER BY cursor; DROP TABLE receipt_v1; COMMIT;")


@dataclass(frozen=True)
class Upload:
    id: str
    device_id: str
    bundle_id: str
    length: int
    sha256: str
    offset: int
    touched: float


@dataclass(frozen=True)
class Bundle:
    device_id: str
    bundle_id: str
    file: str
    state: str  # stored | merged | refused
    reason: str | None


class HubState:
    def __init__(self, folder: Path):
        self.folder = folder
        self.uploads = folder / "uploads"
        self.inbox = folder / "inbox"
        for path in (folder, self.uploads, self.inbox):
            path.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(folder / "state.sqlite", check_same_thread=False,
                                   isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        old = self._db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'receipt'").fetchone()
        legacy = old is not None and _LEGACY_RECEIPTS in old[0]
        self._db.executescript(_UPGRADE_RECEIPTS if legacy else SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self):
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # uploads ---------------------------------------------------------------
    def part_file(self, upload_id: str) -> Path:
        return self.uploads / f"{upload_id}.part"

    def inbox_file(self, upload_id: str) -> Path:
        return self.inbox / f"{upload_id}.fbk"

    def add_upload(self, upload: Upload) -> None:
        with self._tx() as db:
            db.execute("INSERT INTO upload VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (upload.id, upload.device_id, upload.bundle_id, upload.length,
                        upload.sha256, upload.offset, upload.touched))

    def upload(self, upload_id: str, device_id: str | None = None) -> Upload | None:
        with self._tx() as db:
            row = db.execute("SELECT * FROM upload WHERE id = ?", (upload_id,)).fetchone()
        if row is None or (device_id is not None and row[1] != device_id):
            return None
        return Upload(*row)

    def uploads_of(self, device_id: str) -> list[Upload]:
        with self._tx() as db:
            rows = db.execute("SELECT * FROM upload WHERE device_id = ? ORDER BY touched",
                              (device_id,)).fetchall()
        return [Upload(*r) for r in rows]

    def all_uploads(self) -> list[Upload]:
        with self._tx() as db:
            return [Upload(*r) for r in db.execute("SELECT * FROM upload").fetchall()]

    def set_offset(self, upload_id: str, offset: int, now: float) -> None:
        with self._tx() as db:
            db.execute("UPDATE upload SET offset = ?, touched = ? WHERE id = ?",
                       (offset, now, upload_id))

    def drop_upload(self, upload_id: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM upload WHERE id = ?", (upload_id,))

    # bundles ---------------------------------------------------------------
    def store_bundle(self, upload: Upload, now: float) -> bool:
        """The finished upload becomes a stored bundle (its file is already in the
        inbox). False if that device's bundle id was stored before (a parallel
        upload of the same bundle won)."""
        with self._tx() as db:
            db.execute("DELETE FROM upload WHERE id = ?", (upload.id,))
            cursor = db.execute(
                "INSERT OR IGNORE INTO bundle VALUES (?, ?, ?, 'stored', NULL, ?)",
                (upload.device_id, upload.bundle_id, self.inbox_file(upload.id).name, now))
            return cursor.rowcount == 1

    def bundle(self, device_id: str, bundle_id: str) -> Bundle | None:
        with self._tx() as db:
            row = db.execute("SELECT device_id, bundle_id, file, state, reason FROM bundle "
                             "WHERE device_id = ? AND bundle_id = ?",
                             (device_id, bundle_id)).fetchone()
        return Bundle(*row) if row else None

    def stored_bundles(self) -> list[Bundle]:
        with self._tx() as db:
            rows = db.execute("SELECT device_id, bundle_id, file, state, reason FROM bundle "
                              "WHERE state = 'stored' ORDER BY stored, rowid").fetchall()
        return [Bundle(*r) for r in rows]

    def mark_merged(self, bundle: Bundle, receipt: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE bundle SET state = 'merged' WHERE device_id = ? AND "
                       "bundle_id = ?", (bundle.device_id, bundle.bundle_id))
            db.execute("INSERT OR IGNORE INTO receipt(bundle_id, device_id, body) "
                       "VALUES (?, ?, ?)", (bundle.bundle_id, bundle.device_id, receipt))

    def mark_refused(self, bundle: Bundle, reason: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE bundle SET state = 'refused', reason = ? WHERE device_id = ? "
                       "AND bundle_id = ?", (reason, bundle.device_id, bundle.bundle_id))

    # receipts --------------------------------------------------------------
    def add_receipts(self, receipts) -> None:
        """Receipts HQ issued outside the hub (files), so devices can fetch them."""
        with self._tx() as db:
            db.executemany("INSERT OR IGNORE INTO receipt(bundle_id, device_id, body) "
                           "VALUES (?, ?, ?)",
                           [(r.bundle_id, r.device_id, r.receipt) for r in receipts])

    def receipts_after(self, device_id: str, cursor: int, limit: int) -> list[tuple]:
        with self._tx() as db:
            return db.execute("SELECT cursor, bundle_id, body FROM receipt WHERE device_id = ? "
                              "AND cursor > ? ORDER BY cursor LIMIT ?",
                              (device_id, cursor, limit)).fetchall()

    # nonces ----------------------------------------------------------------
    def remember_nonce(self, device_id: str, nonce: str, created: int, forget_before: int) -> bool:
        """False if the nonce was seen for this device (a replay)."""
        with self._tx() as db:
            db.execute("DELETE FROM nonce WHERE created < ?", (forget_before,))
            cursor = db.execute("INSERT OR IGNORE INTO nonce VALUES (?, ?, ?)",
                                (device_id, nonce, created))
            return cursor.rowcount == 1
