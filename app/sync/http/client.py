"""The device's round with the hub: what the app and `faltbok sync` call.

A round fetches new receipts, pushes what headquarters has still not
acknowledged (resuming an unfinished upload) and fetches its receipt, then
fetches and merges the return bundle (docs/hub.md). Each step is one of the file operations of
docs/sync.md, so a bundle that travels over HTTP means what a file means.

A round with nothing new sends nothing and writes nothing here: no export
(so no audit event and no change-log row), no receipt imported twice, no
`local_state` value rewritten; headquarters answers `204` to the return
request and writes nothing either. So after devices stop editing, replicas
settle and stay byte-for-byte still however often they sync.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.sync_tables import SyncOutbox
from app.storage.database import Database
from app.sync import crypto, device, identity, keystore
from app.sync.bundle import MAX_FILE_BYTES
from app.sync.http import outgoing, tus
from app.sync.http.errors import (
    HubError,
    HubProtocolError,
    HubRefusedError,
    InvalidHubUrlError,
    NoHubError,
    RoundCancelledError,
)
from app.sync.http.settings import hub_url, normalise, set_hub_url
from app.sync.http.transport import Hub, json_of, unexpected
from app.sync.httpsig import enrol_header

__all__ = ["RoundResult", "hub_url", "set_hub_url", "probe", "run_round",
           "InvalidHubUrlError", "NoHubError"]

RECEIPT_CURSOR = "hub_receipt_cursor"
RECEIPT_PAGE = 100  # receipts per answer at most
MERGE_WAIT = 20.0  # seconds a round waits for headquarters to merge what it sent
REFUSALS = {"revoked": "revoked", "unknown": "unknown", "signature": "signature"}


@dataclass(frozen=True)
class RoundResult:
    bundles_sent: int
    changes_sent: int
    bytes_sent: int
    receipts: int
    merged: int
    nothing_new: bool


def probe(url: str, timeout: float = 5.0) -> bool:
    """Whether a hub answers its health check at `url` (no credentials sent)."""
    try:
        with Hub(normalise(url), timeout=timeout) as hub:
            answer = hub.request("GET", "/health", signed=False)
            return answer.status == 200 and json_of(answer).get("status") == "ok"
    except HubError:
        return False


def run_round(db: Database, hub_url: str | None = None, cancel=None,
              progress: Callable[[int, int], None] | None = None,
              write: Callable[[Callable[[], Any]], Any] | None = None) -> RoundResult:
    """One full exchange with the hub; raises a HubError subclass (or a
    SyncError for a receipt or return bundle that fails its checks).

    `write(fn)` runs each database write of the round (export, receipts, the
    return merge) and returns its result: the app passes its one serial writer,
    so a round that waits on the network never holds the database and a save
    made meanwhile never meets a lock. The default runs `fn` where it is.
    """
    write = write or _direct
    state = identity.require_role(db, "device")  # HQ or not enrolled: that, not "no hub"
    base = normalise(hub_url) if hub_url else _stored_url(db)
    with Hub(base, db.device_id, keystore.read_secret(db.paths, identity.DEVICE_SIGN_FILE),
             _enrol(db, state)) as hub:
        _check_health(hub, state[identity.HQ_ID])
        # Receipts first: the first signed request learns of a refusal (revoked)
        # before anything is exported, and a receipt that came in the meantime
        # may spare the upload.
        receipts = _receipts(db, hub, write)
        pushed, bundles, changes, sent = _push(db, hub, cancel, progress, write)
        if pushed:
            receipts += _receipts(db, hub, write)
        _check_cancel(cancel)
        merged = _return(db, hub, write)
    outgoing.clean(db)
    return RoundResult(bundles, changes, sent, receipts, merged,
                       nothing_new=not (bundles or receipts or merged))


def _direct(fn: Callable[[], Any]) -> Any:
    return fn()


def _stored_url(db: Database) -> str:
    url = hub_url(db)
    if not url:
        raise NoHubError("no hub address is set for this device")
    return url


def _enrol(db: Database, state: dict) -> str | None:
    """The enrolment proof header, until headquarters has pinned our key."""
    if state.get(identity.PINNED) == "1":
        return None
    secret = keystore.read_secret(db.paths, identity.ENROL_FILE).decode()
    own_sign, own_age = state[identity.OWN_SIGN], state[identity.OWN_AGE]
    return enrol_header(own_sign, own_age,
                        crypto.enrol_proof(secret, db.device_id, own_sign, own_age))


def _check_health(hub: Hub, hq_id: str) -> None:
    answer = hub.request("GET", "/health", signed=False)
    if answer.status != 200:
        raise unexpected(answer)
    doc = json_of(answer)
    if doc.get("api") != 1:
        raise HubProtocolError(f"the hub speaks API {doc.get('api')!r}, this app speaks 1")
    if doc.get("hq") != hq_id:
        raise HubProtocolError("the hub at this address belongs to another headquarters")


def _check_cancel(cancel) -> None:
    if cancel is not None and getattr(cancel, "cancelled", False):
        raise RoundCancelledError("the round was cancelled")


def _push(db: Database, hub: Hub, cancel, progress, write) -> tuple[bool, int, int, int]:
    """(whether a bundle was due, bundles delivered, their changes, bytes sent)."""
    bundle = write(lambda: outgoing.current(db))
    if bundle is None:
        return False, 0, 0, 0
    for url in outgoing.abandoned_uploads(db, bundle.bundle_id, hub.base):
        tus.terminate(hub, url)
    outgoing.clean(db, keep=bundle.bundle_id)
    # A bundle exported just now is new to the hub; a kept one may have arrived
    # (or been merged) in a round that ended before its answer.
    answer = None if bundle.fresh else hub.request("GET", f"/bundles/{bundle.bundle_id}")
    if answer is None or answer.status == 404:
        done = tus.upload(hub, bundle, cancel, progress)
        state = done.state
        # sent now, even if the answer to the last PATCH was lost on the way
        delivered = state is None or done.bytes_sent > 0
    elif answer.status in (200, 202):
        done, state, delivered = tus.Upload(), tus.bundle_state(answer), False
    else:
        raise unexpected(answer)
    if state is None or state["state"] == "stored":
        state = _await_merge(hub, bundle.bundle_id, cancel)
    if state["state"] == "refused":
        bundle.discard()  # a refused id stays refused; the next round exports anew
        reason = str(state.get("reason", ""))
        if reason in REFUSALS:
            raise HubRefusedError(REFUSALS[reason], f"headquarters refused the bundle: {reason}")
        raise HubProtocolError(f"headquarters refused the bundle ({reason})")
    if delivered:
        return True, 1, bundle.changes, done.bytes_sent
    return True, 0, 0, done.bytes_sent


def _await_merge(hub: Hub, bundle_id: str, cancel) -> dict:
    """The bundle's state once merged or refused; `stored` if that takes too long
    (its receipt then comes with a later round)."""
    deadline, pause = time.monotonic() + MERGE_WAIT, 0.02
    while True:
        answer = hub.request("GET", f"/bundles/{bundle_id}")
        if answer.status not in (200, 202):
            raise unexpected(answer)
        state = tus.bundle_state(answer)
        if state["state"] != "stored" or time.monotonic() > deadline:
            return state
        _check_cancel(cancel)
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _receipts(db: Database, hub: Hub, write) -> int:
    """Import the receipts issued since the last round; returns how many were new."""
    with db.session() as session:
        cursor = int(identity.get_state(session, RECEIPT_CURSOR, "0") or 0)
        acked = set(session.scalars(select(SyncOutbox.bundle_id).where(
            SyncOutbox.acked.is_(True))))
    imported, start = 0, cursor
    while True:
        answer = hub.request("GET", f"/receipts?after={cursor}")
        if answer.status != 200:
            raise unexpected(answer)
        doc = json_of(answer)
        items = doc.get("receipts")
        if not isinstance(items, list) or not items:
            break
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("receipt"), str) \
                    or not isinstance(item.get("cursor"), int) or item["cursor"] <= cursor:
                raise HubProtocolError("the hub listed a malformed receipt")
            if item.get("bundle_id") not in acked:
                receipt = item["receipt"].encode()
                write(lambda receipt=receipt: device.import_receipt(db, receipt))
                imported += 1
            cursor = item["cursor"]
        if len(items) < RECEIPT_PAGE:  # a short page is the last (docs/hub.md)
            break
    if cursor != start:
        write(lambda: _keep_cursor(db, cursor))
    return imported


def _keep_cursor(db: Database, cursor: int) -> None:
    with db.session() as session:
        identity.set_state(session, RECEIPT_CURSOR, cursor)


def _return(db: Database, hub: Hub, write) -> int:
    """Fetch and merge what headquarters has for us; returns the changes applied."""
    with db.session() as session:
        since = int(identity.get_state(session, identity.RETURN_SEQ, "0") or 0)
    answer = hub.request("GET", f"/return?since={since}", cap=MAX_FILE_BYTES)
    if answer.status == 204:
        return 0
    if answer.status != 200:
        raise unexpected(answer)
    return write(lambda: device.import_return(db, answer.content)).applied
