"""Headquarters' work as the desktop app and the command line both need it.

`app/sync/hq.py` checks and merges one bundle, writes one return bundle,
revokes one device; this module is the layer a coordinator's screen asks:
the list of laptops with what HQ knows of each, enrolment with the facts a
person checks by eye (hub URL, HQ key fingerprint), taking in many files one
by one with a receipt for each, return bundles named for their laptop, and
the hub as a child process. Plain dataclasses out, typed `SyncError`s for
refusals, never words for the user and never Qt.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select, text

from app.domain.hlc import Stamp
from app.domain.sync_tables import SyncPeer, SyncReceipt
from app.storage import keys
from app.storage.atomic import write_atomic
from app.storage.database import Database
from app.sync import hq, identity
from app.sync.errors import NotEnrolledError, SyncError
from app.sync.hub_activity import HubDeviceActivity, hub_activity
from app.sync.hub_address import InvalidHubUrlError, normalise
from app.sync.merge import MergeResult

RECEIPTS_DIR = "receipts"
ENV_PASSPHRASE = "FALTBOK_PASSPHRASE"  # as app/protection reads it in the child


class DeviceNameError(SyncError):
    """An enrolment needs a name no live laptop has: `blank` or `taken`."""

    def __init__(self, reason: str, name: str):
        self.reason, self.name = reason, name
        super().__init__(f"a device needs a name ({name!r} is {reason})")


class HubAddressError(SyncError):
    """The hub address given for an enrolment is not a hub URL."""


@dataclass(frozen=True)
class DeviceRow:
    """One enrolled laptop as the Devices page lists it."""

    device_id: str
    name: str
    scope: str
    state: str  # "enrolled" (no bundle yet) | "active" | "revoked"
    enrolled_at: datetime | None
    last_bundle_at: datetime | None
    bundles: int
    changes: int  # changes merged from its bundles (the receipts' `applied`)
    return_waiting: bool  # HQ holds changes after what it last reported merging
    hub: HubDeviceActivity | None = None

    @property
    def revoked(self) -> bool:
        return self.state == "revoked"


@dataclass(frozen=True)
class Enrolled:
    """An enrolment just written: what the dialog shows once."""

    device_id: str
    name: str
    scope: str
    hub: str
    fingerprint: str
    secret: str
    path: Path

    def qr_text(self) -> str:
        """What the QR code holds: the hub's URL and HQ's key fingerprint (never the
        secret: a photo of the screen must not enrol a laptop)."""
        return f"FALTBOK-HQ;hub={self.hub or '-'};key={self.fingerprint.replace(' ', '')}"


@dataclass(frozen=True)
class TakeIn:
    """The result of one file taken in: merged, already taken in, or refused."""

    path: Path
    device_name: str = ""
    replay: bool = False
    result: MergeResult | None = None
    receipt: Path | None = None
    receipt_error: OSError | None = None
    error: BaseException | None = None  # refused: nothing changed

    @property
    def refused(self) -> bool:
        return self.error is not None


@dataclass(frozen=True)
class SentBack:
    device_id: str
    name: str
    path: Path | None
    changes: int = 0
    error: BaseException | None = None


def _when_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def uuid7_time(value: str) -> datetime | None:
    """The moment a UUIDv7 was made (its first 48 bits): when a device was enrolled."""
    try:
        return _when_ms(int(value.replace("-", "")[:12], 16))
    except ValueError:
        return None


def key_fingerprint(public_key_b64: str) -> str:
    """SHA-256 of an Ed25519 public key's raw bytes, first 16 bytes in groups of four
    hex digits: short enough to read aloud, long enough that no one forges a match."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def hq_fingerprint(db: Database) -> str:
    """This HQ's signing-key fingerprint (at HQ) or the pinned HQ's (on a laptop)."""
    with db.session() as session:
        key = identity.get_state(session, identity.HQ_SIGN)
    if not key:
        raise NotEnrolledError("this data folder knows no headquarters")
    return key_fingerprint(key)


def _receipt_fields(body: str) -> dict:
    doc = json.loads(body)
    return json.loads(doc["signed"]) if "signed" in doc else doc


def devices(db: Database) -> list[DeviceRow]:
    """Every enrolled laptop, by name, with its receipts summed and hub activity."""
    identity.require_role(db, "hq")
    activity = hub_activity(db.paths.root)
    rows = []
    with db.session() as session:
        peers = list(session.scalars(select(SyncPeer).order_by(SyncPeer.name)))
        for peer in peers:
            last, count, changes = None, 0, 0
            for receipt in session.scalars(select(SyncReceipt).where(
                    SyncReceipt.device_id == peer.device_id)):
                fields = _receipt_fields(receipt.body)
                count += 1
                changes += int(fields.get("applied", 0))
                when = _when_ms(Stamp.parse(fields["issued"]).wall_ms)
                last = when if last is None or when > last else last
            waiting = not peer.revoked and bool(peer.age_recipient) and session.execute(text(
                "SELECT 1 FROM change_log WHERE seq > :r AND device_id != :d LIMIT 1"),
                {"r": peer.returned_seq, "d": peer.device_id}).first() is not None
            state = "revoked" if peer.revoked else "active" if peer.public_key else "enrolled"
            rows.append(DeviceRow(peer.device_id, peer.name, peer.scope, state,
                                  uuid7_time(peer.device_id), last, count, changes, waiting,
                                  activity.get(peer.device_id)))
    return rows


def enrol(db: Database, name: str, out: str | Path, scope: str = "all",
          hub: str | None = None) -> Enrolled:
    """Register a laptop and write its enrolment file to `out` (docs/sync.md §1).
    Typed refusals before anything is written: `DeviceNameError`, `HubAddressError`,
    `ScopeError` (app/sync/scope.py)."""
    out, name = Path(out), name.strip()
    if not name:
        raise DeviceNameError("blank", name)
    if any(p.name == name and not p.revoked for p in _peers(db)):
        raise DeviceNameError("taken", name)
    try:
        hub = normalise(hub.strip()) if hub and hub.strip() else None
    except InvalidHubUrlError as error:
        raise HubAddressError(str(error)) from None
    data = identity.enrol(db, name, scope=(scope or "").strip() or "all", hub=hub,
                          write=lambda data: write_atomic(out, data))
    doc = json.loads(data)
    return Enrolled(doc["device_id"], doc["device_name"], doc["scope"], doc.get("hub", ""),
                    key_fingerprint(doc["hq_sign_key"]), doc["secret"], out)


def default_receipts_folder(db: Database) -> Path:
    return db.paths.root / RECEIPTS_DIR


def receipt_path(folder: Path, outcome: hq.HqImport) -> Path:
    """Receipts are named by sender and bundle (docs/sync.md §10)."""
    return folder / f"receipt-{outcome.device_id}-{outcome.bundle_id}.json"


def write_receipt(folder: Path, outcome: hq.HqImport) -> Path:
    target = receipt_path(folder, outcome)
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(target, outcome.receipt.encode())
    return target


def take_in(db: Database, paths: list[str | Path], receipts: str | Path | None = None,
            progress: Callable[[int, TakeIn], None] | None = None) -> list[TakeIn]:
    """Check and merge each file on its own, as the hub does: a refused file changes
    nothing and does not stop the others; each merged one gets its receipt in
    `receipts` (default: receipts/ in the data folder). `progress(n, result)` after
    each file. (The command line's `hq import` is all-or-nothing instead.)"""
    from app.sync.service import read_file

    identity.require_role(db, "hq")
    folder = Path(receipts) if receipts else default_receipts_folder(db)
    results = []
    for n, path in enumerate(map(Path, paths), 1):
        try:
            outcome = hq.import_bundle(db, read_file(path))
        except (SyncError, OSError) as error:
            result = TakeIn(path, error=error)
        else:
            try:
                written, problem = write_receipt(folder, outcome), None
            except OSError as error:  # merged and committed: not a refusal
                written, problem = None, error
            result = TakeIn(path, outcome.device_name, outcome.replay, outcome.result,
                            written, problem)
        results.append(result)
        if progress is not None:
            progress(n, result)
    return results


def return_file_name(name: str, day: date | None = None) -> str:
    """`for-<laptop name>-<date>.fbk`: a person can tell which stick goes where.
    Characters a file system refuses (and spaces) become '-'."""
    return f"for-{_safe(name)}-{(day or date.today()).isoformat()}.fbk"


def enrol_file_name(name: str) -> str:
    """`<laptop name>.enrol`, safe for any file system."""
    return f"{_safe(name)}.enrol"


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or "device"


def send_back(db: Database, folder: str | Path, device: str | None = None,
              day: date | None = None) -> list[SentBack]:
    """Return bundles into `folder`: for one laptop (name or id), or for every live
    laptop that has sent its first bundle. One laptop's refusal (never sent a bundle
    yet) is its own entry's error; asked for one laptop, it is raised."""
    identity.require_role(db, "hq")
    folder = Path(folder)
    if device is not None:
        chosen = [hq.find_peer(db, device)]
    else:
        chosen = [p for p in _peers(db) if not p.revoked]
    sent = []
    for peer in chosen:
        try:
            found, data, count = hq.export_return(db, peer.device_id)
        except SyncError as error:
            if device is not None:
                raise
            sent.append(SentBack(peer.device_id, peer.name, None, error=error))
            continue
        target = folder / return_file_name(found.name, day)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        sent.append(SentBack(found.device_id, found.name, target, count))
    return sent


def _peers(db: Database) -> list[SyncPeer]:
    with db.session() as session:
        return list(session.scalars(select(SyncPeer).order_by(SyncPeer.name)))


def revoke(db: Database, device: str) -> SyncPeer:
    return hq.revoke(db, device)


def hub_command(db: Database, host: str = "0.0.0.0", port: int = 8765
                ) -> tuple[list[str], dict[str, str]]:
    """The argv and environment of `faltbok hq serve` for this data folder, as a
    child of the app: the same interpreter, and the passphrase this process
    unlocked the folder with (never on the command line, where `ps` shows it)."""
    identity.require_role(db, "hq")
    argv = [sys.executable, "-m", "app", "--data-dir", str(db.paths.root), "hq", "serve",
            "--host", host, "--port", str(port)]
    env = dict(os.environ)
    env.pop(ENV_PASSPHRASE, None)
    passphrase = keys.remembered(db.paths)
    if passphrase:
        env[ENV_PASSPHRASE] = passphrase
    return argv, env
