"""Forge correctly signed, correctly encrypted bundles from a real laptop's keys.

The insider of issue 12 holds an enrolled laptop: its data folder, its signing
key, HQ's age recipient. Whatever such a laptop can send, these helpers make:
arbitrary changes with chosen stamps (other devices' rows included), any
manifest field overridden or removed (`bundle_id`, `seq`, `enrol`, ...), any
attachments, extra age recipients. The bundle is written by the app's own
`write_bundle`, then its manifest is edited and signed again with the laptop's
key, so the file differs from a real export only in what the test asked for.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterable

import pyrage

from app.domain.hlc import Stamp, wall_clock_ms
from app.domain.ids import uuid7
from app.storage.database import Database
from app.sync import crypto, keystore
from app.sync.bundle import MANIFEST, SIGNATURE, canonical, write_bundle
from app.sync.changes import read_changes, with_bases
from app.sync.identity import (
    ACKED_SEQ,
    DEVICE_SIGN_FILE,
    ENROL_FILE,
    HQ_AGE,
    HQ_ID,
    OWN_AGE,
    OWN_SIGN,
    PINNED,
    RETURN_SEQ,
    require_role,
)
from app.sync.schema import schema_version, table_order

DROP = object()  # a manifest override value that removes the key


def stamp(device_id: str, ahead_ms: int = 0, counter: int = 0, wall_ms: int | None = None) -> str:
    """A well-formed clock stamp of `device_id`, `ahead_ms` after now (or at `wall_ms`)."""
    wall = wall_clock_ms() + ahead_ms if wall_ms is None else wall_ms
    return str(Stamp(wall, counter, device_id))


def change(table: str, row_id: str, field: str, value_json: str, hlc: str,
           base: str = "") -> tuple:
    """One change tuple as `codec` carries it; the device is the stamp's."""
    return (table, row_id, field, value_json, hlc, hlc[18:], base)


def _complete(laptop: Database, item: Iterable) -> tuple:
    """A change from a short tuple: (table, row, field, value_json[, hlc[, device[, base]]])."""
    item = tuple(item)
    table, row_id, field, value = item[:4]
    hlc = item[4] if len(item) > 4 and item[4] else laptop.clock.tick()
    base = item[6] if len(item) > 6 else ""
    return (table, row_id, field, value, hlc, hlc[18:], base)


def real_changes(laptop: Database) -> list[tuple]:
    """The changes the laptop's own export would carry now (unacknowledged ones)."""
    state = require_role(laptop, "device")
    with laptop.session() as session:
        changes, _ = read_changes(session, int(state.get(ACKED_SEQ, 0)),
                                  device_id=laptop.device_id)
        return with_bases(session, changes, laptop.device_id)


def default_manifest(laptop: Database, changes: list[tuple]) -> dict:
    """The manifest fields `export_bundle` writes, for this laptop as it is now."""
    state = require_role(laptop, "device")
    acked = int(state.get(ACKED_SEQ, 0))
    with laptop.session() as session:
        _, top = read_changes(session, acked, device_id=laptop.device_id)
    stamps = [c[4] for c in changes]
    manifest = {
        "kind": "device", "bundle_id": uuid7(), "from": laptop.device_id, "to": state[HQ_ID],
        "schema": schema_version(), "created": laptop.clock.tick(), "seq": [acked + 1, top],
        "hlc": [min(stamps), max(stamps)] if stamps else None,
        "return_seq": int(state.get(RETURN_SEQ, 0)),
    }
    if state.get(PINNED) != "1":
        secret = keystore.read_secret(laptop.paths, ENROL_FILE).decode()
        manifest["enrol"] = {
            "public_key": state[OWN_SIGN], "age_recipient": state[OWN_AGE],
            "proof": crypto.enrol_proof(secret, laptop.device_id, state[OWN_SIGN],
                                        state[OWN_AGE])}
    return manifest


def forge_bundle(laptop: Database, changes: Iterable[Iterable] = (), *,
                 include_real: bool = False,
                 manifest_overrides: dict | None = None,
                 edit_manifest: Callable[[dict], None] | None = None,
                 attachments: dict[str, bytes] | None = None,
                 recipients: list[str] | None = None,
                 hq_recipient: str | None = None,
                 signing_key: bytes | None = None) -> bytes:
    """A device bundle from `laptop`, signed with its key, encrypted to HQ.

    - `changes`: tuples (table, row_id, field, value_json[, hlc[, device[, base]]]); a
      missing or empty hlc is a fresh stamp of the laptop's clock. The device is always
      the stamp's (the codec rebuilds it from the stamp), so give another device's
      stamp to forge another device's change.
    - `include_real`: also carry the laptop's real unacknowledged changes (first).
    - `manifest_overrides`: keys set on the final manifest (after `write_bundle` added
      format, version, recipient, members); the value `DROP` removes a key.
    - `edit_manifest`: called with the final manifest dict for any other edit.
    - `attachments`: extra members `attachments/<name>` (names are not checked here).
    - `recipients`: the age recipients the file is encrypted to (default: HQ's
      recipient from the laptop's state, or `hq_recipient`); the manifest's
      `recipient` stays HQ's unless overridden.
    - `signing_key`: sign with another raw Ed25519 key instead of the laptop's.
    """
    state = require_role(laptop, "device")
    hq = hq_recipient or state[HQ_AGE]
    forged = [_complete(laptop, c) for c in changes]
    carried = (real_changes(laptop) if include_real else []) + forged
    key = signing_key or keystore.read_secret(laptop.paths, DEVICE_SIGN_FILE)
    # write_bundle encrypts; encrypt to a throwaway identity to read the archive back
    identity, throwaway = crypto.new_age_identity()
    sealed = write_bundle(default_manifest(laptop, carried), carried, key, throwaway,
                          attachments, table_order=table_order())
    members = _members(crypto.decrypt(sealed, identity))
    manifest = json.loads(members[MANIFEST])
    manifest["recipient"] = hq
    for name, value in (manifest_overrides or {}).items():
        if value is DROP:
            manifest.pop(name, None)
        else:
            manifest[name] = value
    if edit_manifest is not None:
        edit_manifest(manifest)
    members[MANIFEST] = canonical(manifest)
    members[SIGNATURE] = crypto.sign(key, crypto.BUNDLE_CONTEXT, members[MANIFEST])
    return encrypt_to(pack(members), recipients or [hq])


def _members(plain: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def pack(members: dict[str, bytes]) -> bytes:
    """A stored (uncompressed) archive of the members, in order, as write_bundle makes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


def encrypt_to(plain: bytes, recipients: list[str]) -> bytes:
    """age-encrypt to every recipient (the age header then lists each of them)."""
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def manifest_of(data: bytes, identity_file: bytes) -> dict:
    """The manifest of a bundle, decrypted with `identity_file` (e.g. HQ's age key)."""
    return json.loads(_members(crypto.decrypt(data, identity_file))[MANIFEST])
