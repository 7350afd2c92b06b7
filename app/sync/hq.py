"""Headquarters: take device bundles (answering with receipts), write return
bundles, revoke devices. HQ is an ordinary replica with HQ identity files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import or_, select, text

from app.domain.hlc import wall_clock_ms
from app.domain.ids import uuid7
from app.domain.sync_tables import SyncPeer, SyncReceipt
from app.domain.system import Device
from app.storage.database import Database
from app.sync import append_only, attachments, crypto, keystore
from app.sync import scope as scopes
from app.sync.bundle import open_bundle, write_bundle
from app.sync.changes import read_changes, with_own_bases
from app.sync.errors import (
    NotEnrolledError,
    RevokedDeviceError,
    SecondKeyError,
    SyncError,
    SyncNotFoundError,
    UnknownDeviceError,
    WrongReplicaError,
)
from app.sync.identity import (
    HQ_AGE_FILE,
    HQ_SIGN_FILE,
    get_state,
    require_role,
    set_state,
)
from app.sync.merge import MergeResult, merge, validate
from app.sync.receipt import make_receipt
from app.sync.schema import schema_version, table_order


@dataclass(frozen=True)
class HqImport:
    device_id: str
    device_name: str
    bundle_id: str
    receipt: str
    replay: bool
    result: MergeResult | None


@dataclass
class PreparedImport:
    """A device bundle checked and verified, ready to merge."""

    manifest: dict
    peer: SyncPeer
    key: str
    pin: str | None
    changes: list | None
    files: dict | None = None
    held: list = field(default_factory=list)  # (change, reason): quarantined, not merged


def prepare_import(db: Database, data: bytes) -> PreparedImport:
    """Every check of a device bundle, writing nothing (docs/sync.md §7)."""
    require_role(db, "hq")
    opened = open_bundle(data, keystore.read_secret(db.paths, HQ_AGE_FILE), schema_version())
    manifest = opened.manifest
    if manifest["kind"] != "device" or manifest["to"] != db.device_id:
        raise WrongReplicaError("the bundle is not addressed to this headquarters")
    with db.session() as session:
        peer = session.get(SyncPeer, manifest["from"])
        stored = session.get(SyncReceipt, (manifest["bundle_id"], manifest["from"]))
    if peer is None:
        raise UnknownDeviceError("the bundle comes from a device that was never enrolled")
    if peer.revoked:
        raise RevokedDeviceError(f"the device {peer.name!r} is revoked")
    key, pin = _device_key(peer, manifest.get("enrol"))
    opened.verify(key)
    if stored is not None:
        return PreparedImport(manifest, peer, key, pin, None)
    changes = opened.changes()
    validate(changes, only_device=peer.device_id)
    # Device records are headquarters' to keep (keys, revocation); a device's word
    # counts for its own only. Dropped, not refused: bundles are cumulative, and a
    # refusal would block every later bundle of that device.
    changes = [c for c in changes if c[0] != "device" or c[1] == peer.device_id]
    changes, held = _own_key_changes(changes, key)
    files = opened.attachments()
    attachments.check(files)
    files = attachments.keep_cited(files, changes)  # a file nothing cites is not kept
    return PreparedImport(manifest, peer, key, pin, changes, files, held)


def _own_key_changes(changes: list, key: str) -> tuple[list, list]:
    """(changes to merge, changes to hold back): a device's synced public key is
    the one headquarters pinned, written by headquarters alone. A device's own
    change of it is dropped when it says nothing new (the empty key every device
    row is created with, or the pinned key) and held back as `not_yours` else."""
    keep, held = [], []
    for change in changes:
        if change[0] != "device" or change[2] != "public_key":
            keep.append(change)
            continue
        try:
            value = json.loads(change[3])
        except (TypeError, ValueError):
            value = None
        if value not in ("", key):
            held.append((change, "not_yours"))
    return keep, held


def apply_import(db: Database, ready: PreparedImport, now_ms: int | None = None) -> HqImport:
    """Merge one prepared bundle and keep its receipt, in one transaction."""
    return apply_imports(db, [("", ready)], now_ms)[0]


def apply_imports(db: Database, batch: list[tuple[str, PreparedImport]],
                  now_ms: int | None = None) -> list[HqImport]:
    """Merge prepared bundles and keep their receipts in ONE transaction: all or
    nothing (docs/sync.md §8). A refusal names the bundle's label and rolls back
    every bundle of the batch."""
    with db.session() as session:
        outcomes = []
        for label, ready in batch:
            try:
                outcomes.append(_apply(db, session, ready, now_ms))
            except SyncError as error:
                raise type(error)(f"{label}: {error}" if label else str(error)) from error
    for _label, ready in batch:
        attachments.store(db.paths, ready.files or {})
    return outcomes


def _apply(db: Database, session, ready: PreparedImport, now_ms: int | None) -> HqImport:
    """Merge a prepared bundle in `session`'s transaction and add its receipt.

    A replayed bundle (same sender, same bundle id) writes nothing and gets the
    receipt it got the first time. The enrolment secret is consumed here,
    before the merge: of two laptops that used one enrolment file, the second
    one's bundle finds the key pinned and is refused, even when both were
    checked in one batch. The receipt's `seq_to` is the bundle's own range end,
    which `open_bundle` checked is a sane range.
    """
    manifest, bundle_id = ready.manifest, ready.manifest["bundle_id"]
    sender = ready.peer.device_id
    stored = session.get(SyncReceipt, (bundle_id, sender))
    peer = session.get(SyncPeer, sender)
    if stored is not None or ready.changes is None:
        return HqImport(peer.device_id, peer.name, bundle_id, stored.body, True, None)
    if peer.revoked:
        raise RevokedDeviceError(f"the device {peer.name!r} is revoked")
    pinned = ready.pin is not None and _consume_enrolment(session, peer, ready.key, ready.pin)
    cursor = session.connection().connection.driver_connection.cursor()
    changes = append_only.check(cursor, ready.changes, sender)
    result = merge(session, db.clock, changes, now_ms or wall_clock_ms(), bundle_id,
                   held=ready.held)
    if pinned:  # after the merge, which may bring the sender's own device row
        _device_row(session, peer).public_key = ready.key
    return_seq = manifest.get("return_seq")
    if isinstance(return_seq, int) and return_seq > peer.returned_seq:
        peer.returned_seq = return_seq
    body = make_receipt(
        keystore.read_secret(db.paths, HQ_SIGN_FILE), bundle_id=bundle_id,
        device_id=peer.device_id, hq_device_id=db.device_id, seq_to=manifest["seq"][1],
        changes=len(ready.changes), applied=result.applied, pending=result.pending,
        quarantined=result.quarantined, issued=db.clock.tick())
    session.add(SyncReceipt(bundle_id=bundle_id, device_id=peer.device_id,
                            seq_to=manifest["seq"][1], body=body))
    session.flush()  # a second copy of this bundle in the batch is then a replay
    return HqImport(peer.device_id, peer.name, bundle_id, body, False, result)


def _consume_enrolment(session, peer: SyncPeer, key: str, recipient: str) -> bool:
    """Pin the first key proven with the enrolment secret and forget the secret,
    as one conditional UPDATE: whoever comes second finds a key pinned."""
    pinned = session.execute(text(
        "UPDATE sync_peer SET public_key = :k, age_recipient = :a, enrol_secret = '' "
        "WHERE device_id = :d AND public_key = ''"),
        {"k": key, "a": recipient, "d": peer.device_id}).rowcount
    session.refresh(peer)
    if not pinned and peer.public_key != key:
        raise SecondKeyError(f"the device {peer.name!r} presents a second key "
                             "(its enrolment file was used before)")
    return bool(pinned)


def import_bundle(db: Database, data: bytes, now_ms: int | None = None) -> HqImport:
    """Check, verify and merge a device bundle; the receipt answers it."""
    return apply_import(db, prepare_import(db, data), now_ms)


def _device_key(peer: SyncPeer, enrol) -> tuple[str, str | None]:
    """(the key to verify with, the age recipient to pin or None)."""
    if peer.public_key:
        if isinstance(enrol, dict) and enrol.get("public_key") not in (None, peer.public_key):
            raise SecondKeyError(f"the device {peer.name!r} presents a second key")
        return peer.public_key, None
    if not isinstance(enrol, dict) or not all(
            isinstance(enrol.get(k), str) for k in ("public_key", "age_recipient", "proof")):
        raise UnknownDeviceError(f"the device {peer.name!r} has not proven its enrolment")
    if not crypto.proof_matches(peer.enrol_secret, enrol["proof"], peer.device_id,
                                enrol["public_key"], enrol["age_recipient"]):
        raise UnknownDeviceError(f"the enrolment proof of {peer.name!r} is wrong")
    return enrol["public_key"], enrol["age_recipient"]


def _device_row(session, peer: SyncPeer) -> Device:
    device = session.get(Device, peer.device_id)
    if device is None:
        device = Device(id=peer.device_id, name=peer.name)
        session.add(device)
    return device


def find_peer(db: Database, name_or_id: str) -> SyncPeer:
    with db.session() as session:
        peers = list(session.scalars(select(SyncPeer).where(
            or_(SyncPeer.device_id == name_or_id, SyncPeer.name == name_or_id))))
    live = [p for p in peers if not p.revoked] or peers
    if len(live) != 1:
        raise SyncNotFoundError(f"no single enrolled device {name_or_id!r}")
    return live[0]


def export_return(db: Database, name_or_id: str,
                  since: int | None = None) -> tuple[SyncPeer, bytes, int]:
    """A signed return bundle for a device: every HQ change it lacks, not its own
    (after `since` when given — the hub's `GET /v1/return?since=` — else after the
    seq the device last reported merged), that its scope lets through: a scope
    narrower than `all` gets every in-scope change each time, its own included
    (docs/sync.md §6.1)."""
    require_role(db, "hq")
    peer = find_peer(db, name_or_id)
    if peer.revoked:
        raise RevokedDeviceError(f"the device {peer.name!r} is revoked")
    if not peer.age_recipient:
        raise NotEnrolledError(f"the device {peer.name!r} has not sent its first bundle yet")
    scope = scopes.parse(peer.scope)
    with db.session() as session:
        after = _return_floor(session, peer, scope, since)
        cursor = session.connection().connection.driver_connection.cursor()
        # A full bundle (after == 0) carries the device's own changes too: a row it
        # wrote and then evicted must come back whole when it re-enters its scope.
        changes, top = read_changes(session, after,
                                    not_device=peer.device_id if after else None)
        changes = scopes.filter_changes(cursor, scope, changes)
        changes = with_own_bases(session, changes, db.device_id)  # docs/sync.md §4.1
    stamps = [c[4] for c in changes]
    manifest = {
        "kind": "return", "bundle_id": uuid7(), "from": db.device_id, "to": peer.device_id,
        "schema": schema_version(), "created": db.clock.tick(),
        "seq": [after + 1, top], "hlc": [min(stamps), max(stamps)] if stamps else None,
        "scope": scope.text(),
    }
    files = attachments.collect(db.paths, attachments.cited(changes))
    data = write_bundle(manifest, changes, keystore.read_secret(db.paths, HQ_SIGN_FILE),
                        peer.age_recipient, files, table_order=table_order())
    return peer, data, len(changes)


def _scope_mark(device_id: str) -> str:
    return f"scope_changed:{device_id}"


def _return_floor(session, peer: SyncPeer, scope: scopes.Scope, since: int | None) -> int:
    """The change-log seq a return bundle starts after: 0 (everything) for a
    narrower scope, and for `all` until the device has merged a bundle written
    after its scope last changed to `all`; else the device's watermark."""
    if not scope.everything:
        return 0
    mark = get_state(session, _scope_mark(peer.device_id))
    if mark is not None:
        if peer.returned_seq <= int(mark):
            return 0
        session.execute(text("DELETE FROM local_state WHERE key = :k"),
                        {"k": _scope_mark(peer.device_id)})
    return peer.returned_seq if since is None else since


def set_scope(db: Database, name_or_id: str, scope_text: str) -> SyncPeer:
    """Give an enrolled device another scope (docs/sync.md §6.1); the device's next
    return bundle brings what the new scope adds and evicts what it drops. A bad
    scope (malformed, unknown country or partner) is refused and nothing changes."""
    require_role(db, "hq")
    peer = find_peer(db, name_or_id)
    if peer.revoked:
        raise RevokedDeviceError(f"the device {peer.name!r} is revoked")
    scope = scopes.parse(scope_text)
    with db.session() as session:
        cursor = session.connection().connection.driver_connection.cursor()
        scopes.check(cursor, scope)
        peer = session.get(SyncPeer, peer.device_id)
        if scope.everything and not scopes.parse(peer.scope).everything:
            top = cursor.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
            set_state(session, _scope_mark(peer.device_id), top)
        peer.scope = scope.text()
        return peer


def revoke(db: Database, name_or_id: str) -> SyncPeer:
    """End a device: its bundles are refused from now on, everywhere it syncs."""
    require_role(db, "hq")
    peer = find_peer(db, name_or_id)
    with db.session() as session:
        peer = session.get(SyncPeer, peer.device_id)
        peer.revoked = True
        device = session.get(Device, peer.device_id)
        if device is not None and not device.revoked:
            device.revoked = True
        return peer


def peers(db: Database) -> list[dict]:
    with db.session() as session:
        return [json.loads(p.model_dump_json(exclude={"enrol_secret"}))
                for p in session.scalars(select(SyncPeer).order_by(SyncPeer.name))]
