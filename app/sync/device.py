"""Device side: export bundles, take receipts, merge return bundles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text

from app.domain.hlc import wall_clock_ms
from app.domain.ids import uuid7
from app.domain.sync_tables import SyncOutbox
from app.storage.changelog import APPLYING, set_applying
from app.storage.database import Database
from app.sync import attachments, crypto, keystore
from app.sync import scope as scopes
from app.sync.bundle import open_bundle, write_bundle
from app.sync.changes import read_changes, with_bases, withhold_sensitive
from app.sync.errors import BadSignatureError, ReceiptMismatchError, WrongReplicaError
from app.sync.identity import (
    ACKED_SEQ,
    DEVICE_AGE_FILE,
    DEVICE_SIGN_FILE,
    ENROL_FILE,
    HQ_AGE,
    HQ_ID,
    HQ_SIGN,
    OWN_AGE,
    OWN_SIGN,
    PINNED,
    RETURN_SEQ,
    get_state,
    require_role,
    set_state,
)
from app.sync.merge import MergeResult, merge, validate
from app.sync.receipt import parse_receipt
from app.sync.schema import schema_version, table_order

LAST_SYNC = "last_sync_at"  # read by app.services.sync_status
SCOPE = "sync_scope"  # the scope of the last return bundle (docs/sync.md §6.1)


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    changes: int
    withheld: int
    seq_from: int
    seq_to: int
    data: bytes


def export_bundle(db: Database, session=None) -> ExportResult:
    """A bundle of every own change not yet acknowledged (cumulative).

    Given a `session`, the changes are read in its transaction (so a change
    it has written but not committed, like the export's audit event, is in)."""
    if session is None:
        with db.session() as own:
            return export_bundle(db, own)
    state = require_role(db, "device")
    acked = int(state.get(ACKED_SEQ, 0))
    changes, top = read_changes(session, acked, device_id=db.device_id)
    changes, withheld = withhold_sensitive(session, changes)
    changes = with_bases(session, changes, db.device_id)
    stamps = [c[4] for c in changes]
    manifest = {
        "kind": "device", "bundle_id": uuid7(), "from": db.device_id, "to": state[HQ_ID],
        "schema": schema_version(), "created": db.clock.tick(), "seq": [acked + 1, top],
        "hlc": [min(stamps), max(stamps)] if stamps else None,
        "return_seq": int(state.get(RETURN_SEQ, 0)),
    }
    if state.get(PINNED) != "1":
        secret = keystore.read_secret(db.paths, ENROL_FILE).decode()
        manifest["enrol"] = {
            "public_key": state[OWN_SIGN], "age_recipient": state[OWN_AGE],
            "proof": crypto.enrol_proof(secret, db.device_id, state[OWN_SIGN], state[OWN_AGE])}
    data = write_bundle(manifest, changes, keystore.read_secret(db.paths, DEVICE_SIGN_FILE),
                        state[HQ_AGE], attachments.collect(db.paths, attachments.cited(changes)),
                        table_order=table_order())
    return ExportResult(manifest["bundle_id"], len(changes), withheld, acked + 1, top, data)


def record_export(db: Database, result: ExportResult, path: str = "", session=None) -> None:
    """Remember an exported bundle (in `session`'s transaction if given)."""
    if session is None:
        with db.session() as own:
            return record_export(db, result, path, own)
    session.add(SyncOutbox(bundle_id=result.bundle_id, created=db.clock.tick(),
                           seq_from=result.seq_from, seq_to=result.seq_to,
                           changes=result.changes, bytes=len(result.data), path=path))
    return None


def import_receipt(db: Database, data: bytes) -> dict:
    """Verify a receipt, raise the acknowledged watermark and prune what it covers."""
    state = require_role(db, "device")
    receipt = parse_receipt(data, state[HQ_SIGN])
    if receipt["device_id"] != db.device_id or receipt.get("hq_device_id") != state[HQ_ID]:
        raise WrongReplicaError("the receipt is for another device")
    with db.session() as session:
        sent = session.get(SyncOutbox, receipt["bundle_id"])
        if sent is None or not 0 <= receipt["seq_to"] <= sent.seq_to:
            raise ReceiptMismatchError("the receipt acknowledges changes this device never "
                                       "exported; nothing was changed")
        acked = max(int(get_state(session, ACKED_SEQ, "0")), receipt["seq_to"])
        set_state(session, ACKED_SEQ, acked)
        set_state(session, PINNED, 1)
        session.execute(text("UPDATE sync_outbox SET acked = 1 WHERE bundle_id = :b "
                             "OR seq_to <= :acked"), {"b": receipt["bundle_id"], "acked": acked})
        prune(session, db.device_id, acked)
        set_state(session, LAST_SYNC, datetime.now(UTC).isoformat(timespec="seconds"))
    return receipt


def prune(session, device_id: str, acked: int) -> int:
    """Drop own logged changes a receipt covers, keeping the latest of each field."""
    result = session.execute(text(
        "DELETE FROM change_log WHERE seq <= :acked AND device_id = :dev AND EXISTS ("
        "SELECT 1 FROM change_log later WHERE later.tbl = change_log.tbl "
        "AND later.row_id = change_log.row_id AND later.field = change_log.field "
        "AND later.hlc > change_log.hlc)"), {"acked": acked, "dev": device_id})
    return result.rowcount


def import_return(db: Database, data: bytes, now_ms: int | None = None) -> MergeResult:
    """Verify a return bundle against the pinned HQ key and merge it.

    Values headquarters relays were judged there, where both met; this
    laptop's own edits that they override are recorded here as conflicts
    when their writer had not seen them (docs/sync.md §4.1). Then the rows its
    scope no longer covers leave the laptop, unlogged (§6.2)."""
    state = require_role(db, "device")
    opened = open_bundle(data, keystore.read_secret(db.paths, DEVICE_AGE_FILE), schema_version())
    manifest = opened.manifest
    if manifest["kind"] != "return" or manifest["to"] != db.device_id:
        raise WrongReplicaError("the bundle is not addressed to this device")
    if manifest["from"] != state[HQ_ID]:
        raise BadSignatureError("the bundle does not come from this device's headquarters")
    opened.verify(state[HQ_SIGN])
    changes = opened.changes()
    validate(changes)
    scope = scopes.parse(manifest.get("scope", scopes.ALL))  # older headquarters: all
    files = opened.attachments()
    attachments.check(files)
    files = attachments.keep_cited(files, changes)  # a file nothing cites is not kept
    with db.session() as session:
        result = merge(session, db.clock, changes, now_ms or wall_clock_ms(),
                       manifest["bundle_id"], overwrites=False, own_device=db.device_id)
        old_level = set_applying(session, APPLYING)  # eviction logs nothing (§6.2)
        try:
            scopes.evict(session.connection().connection.driver_connection.cursor(), scope)
        finally:
            set_applying(session, old_level)
        set_state(session, SCOPE, scope.text())
        seen = max(int(get_state(session, RETURN_SEQ, "0")), manifest["seq"][1])
        set_state(session, RETURN_SEQ, seen)
        set_state(session, LAST_SYNC, datetime.now(UTC).isoformat(timespec="seconds"))
    attachments.store(db.paths, files)
    return result
