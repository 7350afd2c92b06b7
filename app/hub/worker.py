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
RETRY_SECONDS = (5, 30, 120, 600)  # after an unexpected failure (a busy database, a full disk)


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
        self._failed: dict[tuple[str, str], tuple[int, float]] = {}  # (failures, retry at)
        self.retry_seconds = RETRY_SECONDS
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

    def _due(self) -> list[Bundle]:
        now, stored = time.monotonic(), self.state.stored_bundles()
        keys = {(b.device_id, b.bundle_id) for b in stored}
        self._failed = {k: v for k, v in self._failed.items() if k in keys}
        return [b for b in stored
                if self._failed.get((b.device_id, b.bundle_id), (0, 0.0))[1] <= now]

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                pending = self._due()
            except Exception:  # noqa: BLE001 - the state database is busy or gone
                log.exception("reading the hub's state failed")
                pending = []
            if not pending:
                soonest = min((at for _n, at in self._failed.values()), default=0.0)
                self._wake.wait(min(5.0, max(0.05, soonest - time.monotonic())))
                continue
            try:
                self.merge_one(pending[0])
            except Exception:  # noqa: BLE001 - recording the outcome failed; merged again
                log.exception("recording a merge failed")  # later: a replay, same receipt
                self._wake.wait(1)

    def merge_one(self, bundle: Bundle) -> None:
        try:
            data = (self.state.inbox / bundle.file).read_bytes()
            receipt = self.replica.merge(data, bundle.device_id, bundle.bundle_id)
        except MergeRefused as refused:
            log.info("bundle %s of %s refused: %s", bundle.bundle_id, bundle.device_id,
                     refused)
            self.state.mark_refused(bundle, refused.reason)
        except Exception:  # noqa: BLE001 - kept stored; retried later and at every start
            key = (bundle.device_id, bundle.bundle_id)
            failures = self._failed.get(key, (0, 0.0))[0] + 1
            delay = self.retry_seconds[min(failures, len(self.retry_seconds)) - 1]
            self._failed[key] = (failures, time.monotonic() + delay)
            log.exception("merging bundle %s failed; retried in %s s", bundle.bundle_id, delay)
        else:
            self._failed.pop((bundle.device_id, bundle.bundle_id), None)
            self.state.mark_merged(bundle, receipt)
