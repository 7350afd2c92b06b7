"""The single merge worker and the recovery at start (docs/hub.md, Durability).

Uploads only store bundles; this thread merges them one at a time, oldest
first, through the replica (the very merge of `faltbok hq import`). A bundle
is `stored` until its merge is recorded, so a crash anywhere means it is
merged (or answered with its first receipt) at the next start.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time

from app.hub.files import durable_rename, fsync_dir
from app.hub.state import Bundle, HubState, Upload
from app.hub.store import MergeRefused, Replica

log = logging.getLogger(__name__)
STALE_UPLOAD_SECONDS = 7 * 24 * 3600


class ChecksumMismatch(Exception):
    """A finished upload whose bytes differ from its declared SHA-256 (dropped)."""


def store_upload(state: HubState, upload: Upload, now: float) -> None:
    """Check a fully received upload and store it durably in the inbox, `stored`."""
    part, target = state.part_file(upload.id), state.inbox_file(upload.id)
    hasher = hashlib.sha256()
    with open(part, "rb") as handle:
        while block := handle.read(1 << 20):
            hasher.update(block)
    if hasher.hexdigest() != upload.sha256:
        state.drop_upload(upload.id)
        part.unlink(missing_ok=True)
        raise ChecksumMismatch(upload.id)
    durable_rename(part, target)
    if not state.store_bundle(upload, now):
        target.unlink(missing_ok=True)  # the same bundle arrived by another upload first


def recover(state: HubState, replica: Replica, now: float) -> None:
    """Finish what a crash interrupted, before the hub listens."""
    for upload in state.all_uploads():
        part, stored = state.part_file(upload.id), state.inbox_file(upload.id)
        if stored.exists():  # renamed into the inbox, not yet recorded
            state.store_bundle(upload, now)
        elif part.exists() and upload.offset == upload.length:  # all bytes, not stored
            try:
                store_upload(state, upload, now)
            except ChecksumMismatch:
                log.warning("upload %s differed from its sha256; dropped", upload.id)
        elif not part.exists() or now - upload.touched > STALE_UPLOAD_SECONDS:
            part.unlink(missing_ok=True)
            state.drop_upload(upload.id)
    known = {u.id for u in state.all_uploads()}
    for part in state.uploads.glob("*.part"):
        if part.stem not in known:  # created, but the upload was never recorded
            part.unlink()
    fsync_dir(state.uploads)
    state.add_receipts(replica.receipts())


class MergeWorker:
    def __init__(self, state: HubState, replica: Replica):
        self.state, self.replica = state, replica
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._failed: set[tuple[str, str]] = set()  # retried at the next start
        self._thread = threading.Thread(target=self._run, name="hub-merge", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def notify(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Finish the merge in progress, then stop."""
        self._stop.set()
        self._wake.set()
        self._thread.join()

    def idle(self) -> bool:
        return not [b for b in self.state.stored_bundles()
                    if (b.device_id, b.bundle_id) not in self._failed]

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            pending = [b for b in self.state.stored_bundles()
                       if (b.device_id, b.bundle_id) not in self._failed]
            if not pending:
                self._wake.wait(5)
                continue
            self.merge_one(pending[0])

    def merge_one(self, bundle: Bundle) -> None:
        try:
            data = (self.state.inbox / bundle.file).read_bytes()
            receipt = self.replica.merge(data, bundle.device_id, bundle.bundle_id)
        except MergeRefused as refused:
            log.info("bundle %s of %s refused: %s", bundle.bundle_id, bundle.device_id,
                     refused)
            self.state.mark_refused(bundle, refused.reason)
        except Exception:  # noqa: BLE001 - kept stored; retried at the next start
            log.exception("merging bundle %s failed; retried at the next start",
                          bundle.bundle_id)
            self._failed.add((bundle.device_id, bundle.bundle_id))
            time.sleep(0.1)
        else:
            self.state.mark_merged(bundle, receipt)
