"""The bundle on its way to the hub, kept in the data folder between rounds.

A round that is cut off (network gone, app closed, machine off) must resume
the same upload next time, from the hub's offset: so the bundle's bytes live
in `bundles/outgoing/<bundle id>.fbk` (encrypted to headquarters, like any
exported file) and its tus upload URL beside it in `<bundle id>.upload`.
A kept bundle is reused as long as it still covers every unacknowledged own
change; only a later edit makes a new (cumulative) export. Bundles are
cumulative (docs/sync.md §2), so abandoning an older one loses nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from app.domain.sync_tables import SyncOutbox
from app.services.audit import AuditService
from app.storage.atomic import write_atomic
from app.storage.changelog import OWN_UNACKNOWLEDGED_SQL
from app.storage.database import Database
from app.sync import device, identity

FOLDER = "outgoing"
SUFFIX, UPLOAD_SUFFIX = ".fbk", ".upload"


@dataclass(frozen=True)
class Outgoing:
    bundle_id: str
    path: Path
    changes: int
    size: int
    sha256: str
    fresh: bool  # exported in this round (not a kept one)

    @property
    def _upload_file(self) -> Path:
        return self.path.with_suffix(UPLOAD_SUFFIX)

    def upload_url(self, hub: str) -> str | None:
        """The upload this bundle has at `hub`, if one was created there."""
        try:
            doc = json.loads(self._upload_file.read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(doc, dict) or doc.get("hub") != hub:
            return None
        return doc.get("url") if isinstance(doc.get("url"), str) else None

    def remember_upload(self, hub: str, url: str) -> None:
        _write_durably(self._upload_file, json.dumps({"hub": hub, "url": url}).encode())

    def forget_upload(self) -> None:
        self._upload_file.unlink(missing_ok=True)

    def discard(self) -> None:
        """Drop the kept file (refused, or damaged): the next round exports anew."""
        self.forget_upload()
        self.path.unlink(missing_ok=True)


def folder(db: Database) -> Path:
    return db.paths.bundles / FOLDER


def own_unacknowledged_top(db: Database) -> int | None:
    """The highest seq of an own change headquarters has not acknowledged, or None."""
    with db.session() as session:
        return session.scalar(text(
            f"SELECT max(seq) FROM change_log WHERE {OWN_UNACKNOWLEDGED_SQL}"))


def kept(db: Database, top: int) -> Outgoing | None:
    """The newest kept, unacknowledged bundle that covers changes up to `top`."""
    with db.session() as session:
        rows = list(session.scalars(select(SyncOutbox).where(
            SyncOutbox.acked.is_(False), SyncOutbox.seq_to >= top)
            .order_by(SyncOutbox.created.desc())))
    for row in rows:
        path = folder(db) / f"{row.bundle_id}{SUFFIX}"
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if len(data) == row.bytes:
            return Outgoing(row.bundle_id, path, row.changes, len(data),
                            hashlib.sha256(data).hexdigest(), fresh=False)
    return None


def current(db: Database) -> Outgoing | None:
    """What this round must deliver: None when everything is acknowledged.

    Writes nothing when a kept bundle still covers everything; otherwise
    exports anew. The export is audited first, so the event travels in this
    very bundle (as `faltbok export` does) and never needs a bundle of its own.
    """
    identity.require_role(db, "device")
    top = own_unacknowledged_top(db)
    if top is None:
        return None
    reuse = kept(db, top)
    if reuse is not None:
        return reuse
    AuditService(db).record("export", "hub")
    result = device.export_bundle(db)
    path = folder(db) / f"{result.bundle_id}{SUFFIX}"
    _write_durably(path, result.data)
    device.record_export(db, result, str(path))
    return Outgoing(result.bundle_id, path, result.changes, len(result.data),
                    hashlib.sha256(result.data).hexdigest(), fresh=True)


def abandoned_uploads(db: Database, keep: str, hub: str) -> list[str]:
    """Upload URLs at `hub` of kept bundles other than `keep` (superseded ones)."""
    place = folder(db)
    if not place.is_dir():
        return []
    urls = []
    for path in sorted(place.glob(f"*{UPLOAD_SUFFIX}")):
        bundle_id = path.name.split(".", 1)[0]
        if bundle_id != keep:
            stub = Outgoing(bundle_id, path.with_suffix(SUFFIX), 0, 0, "", fresh=False)
            url = stub.upload_url(hub)
            if url:
                urls.append(url)
    return urls


def clean(db: Database, keep: str | None = None) -> None:
    """Delete kept files of acknowledged, superseded or unknown bundles."""
    place = folder(db)
    if not place.is_dir():
        return
    with db.session() as session:
        open_ids = set(session.scalars(select(SyncOutbox.bundle_id).where(
            SyncOutbox.acked.is_(False))))
    for path in place.iterdir():
        bundle_id = path.name.split(".", 1)[0]
        if bundle_id != keep and (bundle_id not in open_ids or keep is not None):
            path.unlink(missing_ok=True)


def _write_durably(path: Path, data: bytes) -> None:
    """Whole or absent after a crash (app.storage.atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
