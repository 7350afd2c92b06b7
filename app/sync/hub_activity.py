"""What the hub of an HQ data folder has seen, read from its own bookkeeping.

The hub (`app/hub`, a layer above sync) keeps uploads, bundles and the
nonces of signed requests in `hub/state.sqlite` (docs/hub.md, "Hub data
folder"). The Devices page shows from it when each laptop last spoke to the
hub and what happened to the bundles it sent; this module reads that file
read-only (never creating it, never taking the hub's write lock), so it works
whether the hub runs, ran once, or never ran. Whether it runs now is its
`serve.lock` held by another process.
"""

from __future__ import annotations

import fcntl
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HUB_FOLDER = "hub"  # app.hub.app.HUB_FOLDER (a test keeps the two equal)
STATE_FILE = "state.sqlite"
LOCK_FILE = "serve.lock"


@dataclass(frozen=True)
class HubDeviceActivity:
    last_request: datetime | None  # the newest signed request still remembered
    bundles: int  # bundles it uploaded through the hub
    refused: int  # of which the merge refused
    last_upload: datetime | None


@dataclass(frozen=True)
class HubRequest:
    """A recent signed request or upload: which device, when, what."""

    device_id: str
    at: datetime
    kind: str  # "request" | "stored" | "merged" | "refused"
    reason: str | None = None


def _at(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def _read(root: Path):
    path = root / HUB_FOLDER / STATE_FILE
    if not path.exists():
        return None
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    db.execute("PRAGMA query_only = 1")
    return db


def hub_activity(root: Path) -> dict[str, HubDeviceActivity]:
    """Per device id, what the hub saw; empty when the hub never ran here."""
    db = _read(root)
    if db is None:
        return {}
    try:
        seen = dict(db.execute("SELECT device_id, max(created) FROM nonce GROUP BY device_id"))
        out = {}
        for device_id, count, refused, last in db.execute(
                "SELECT device_id, count(*), sum(state = 'refused'), max(stored) FROM bundle "
                "GROUP BY device_id"):
            out[device_id] = HubDeviceActivity(_at(seen.pop(device_id, None)), count,
                                               refused or 0, _at(last))
        for device_id, created in seen.items():
            out[device_id] = HubDeviceActivity(_at(created), 0, 0, None)
        return out
    except sqlite3.Error:  # a hub of another version, or mid-upgrade: nothing to show
        return {}
    finally:
        db.close()


def recent_requests(root: Path, limit: int = 20) -> list[HubRequest]:
    """The newest signed requests and bundle uploads, newest first."""
    db = _read(root)
    if db is None:
        return []
    try:
        rows = [HubRequest(d, _at(c), "request") for d, c in db.execute(
            "SELECT device_id, created FROM nonce ORDER BY created DESC LIMIT ?", (limit,))]
        rows += [HubRequest(d, _at(s), state, reason) for d, s, state, reason in db.execute(
            "SELECT device_id, stored, state, reason FROM bundle ORDER BY stored DESC LIMIT ?",
            (limit,))]
    except sqlite3.Error:
        return []
    finally:
        db.close()
    return sorted(rows, key=lambda r: r.at, reverse=True)[:limit]


def hub_running(root: Path) -> bool:
    """True while some process serves this folder (`faltbok hq serve` holds the lock)."""
    path = root / HUB_FOLDER / LOCK_FILE
    if not path.exists():
        return False
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False
