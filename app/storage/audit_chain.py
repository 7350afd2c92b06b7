"""The audit trail's hash chain: one chain per device (docs/protection.md).

Every audit event stores `chain_prev`, the `chain_hash` of the event its
device recorded before it ("" for a device's first), and `chain_hash`, the
SHA-256 of its own content and `chain_prev`. The triggers already refuse to
rewrite or delete an event; the chain is for what they cannot stop (someone
who drops the triggers, or edits the file with another tool): any rewrite,
deletion inside the chain, fork or reordering is found by `verify`, on a laptop
and at headquarters alike, because the chain fields travel with the events.

What the chain cannot show: the *last* events of a device cut off (nothing
follows them to notice), or a whole chain rebuilt by someone who rewrites every
hash; headquarters' copy of what it already received is the answer to both.

The device id is the chain's name, not part of the hashed content: a replica
re-stamped to its enrolled id (app.sync.identity) moves its events to the new
id and their chain stays whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from app.domain.canonical import canonical_bytes

CONTEXT = b"faltbok-audit-v1\0"
CHAIN_FIELDS = ("chain_prev", "chain_hash")
HASHED = ("id", "occurred_at", "user_id", "user_name", "action", "detail", "deleted",
          "chain_prev")
_COLUMNS = ", ".join(HASHED + ("chain_hash", "device_id", "hlc"))


def event_hash(event: dict) -> str:
    """The chain hash of one event, from its content and its `chain_prev`."""
    content = {name: event.get(name) for name in HASHED}
    content["deleted"] = bool(content["deleted"])
    return hashlib.sha256(CONTEXT + canonical_bytes(content)).hexdigest()


def head(cursor, device_id: str) -> str:
    """The chain hash of the device's latest event ("" before its first).

    `cursor` is anything with `execute(sql, params)` (a DBAPI cursor or a
    SQLAlchemy connection with `exec_driver_sql`)."""
    row = _run(cursor, "SELECT chain_hash FROM audit_event WHERE device_id = ? "
               "ORDER BY hlc DESC, id DESC LIMIT 1", (device_id,)).fetchone()
    return row[0] if row is not None else ""


def chain_existing(cursor) -> int:
    """Chain every event in (device, stamp) order; for the migration that adds
    the chain. Returns how many events it chained."""
    rows = _rows(cursor)
    previous: dict[str, str] = {}
    for event in sorted(rows, key=lambda e: (e["device_id"], e["hlc"], e["id"])):
        event["chain_prev"] = previous.get(event["device_id"], "")
        event["chain_hash"] = previous[event["device_id"]] = event_hash(event)
        _run(cursor, "UPDATE audit_event SET chain_prev = ?, chain_hash = ? WHERE id = ?",
             (event["chain_prev"], event["chain_hash"], event["id"]))
    return len(rows)


@dataclass
class Verdict:
    events: int = 0
    devices: int = 0
    findings: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.findings


def verify(cursor) -> Verdict:
    """Check every device's chain: hashes, links, forks, order by stamp."""
    by_device: dict[str, list[dict]] = {}
    for event in _rows(cursor):
        by_device.setdefault(event["device_id"], []).append(event)
    verdict = Verdict(sum(len(v) for v in by_device.values()), len(by_device))
    for device, events in sorted(by_device.items()):
        verdict.findings += _check_device(device, events)
    return verdict


def _check_device(device: str, events: list[dict]) -> list[str]:
    findings = []
    following: dict[str, list[dict]] = {}
    for event in events:
        if event["deleted"]:
            findings.append(f"device {device}: event {event['id']} is marked deleted")
        if event_hash(event) != event["chain_hash"]:
            findings.append(f"device {device}: event {event['id']} differs from its hash "
                            "(rewritten)")
        following.setdefault(event["chain_prev"], []).append(event)
    hashes = {e["chain_hash"] for e in events}
    for prev, after in sorted(following.items()):
        if prev and prev not in hashes:
            ids = ", ".join(sorted(e["id"] for e in after))
            findings.append(f"device {device}: the event before {ids} is missing (deleted)")
        if len(after) > 1:
            ids = ", ".join(sorted(e["id"] for e in after))
            findings.append(f"device {device}: events {ids} claim the same predecessor "
                            "(forked)")
    seen, current, last_hlc = set(), following.get("", []), ""
    while len(current) == 1 and current[0]["id"] not in seen:
        event = current[0]
        seen.add(event["id"])
        if event["hlc"] <= last_hlc:
            findings.append(f"device {device}: event {event['id']} is stamped before the "
                            "event it follows (reordered)")
        last_hlc = event["hlc"]
        current = following.get(event["chain_hash"], [])
    if len(seen) < len(events) and not findings:
        findings.append(f"device {device}: {len(events) - len(seen)} events are not on "
                        "its chain")
    return findings


def _rows(cursor) -> list[dict]:
    names = HASHED + ("chain_hash", "device_id", "hlc")
    return [dict(zip(names, row, strict=True))
            for row in _run(cursor, f"SELECT {_COLUMNS} FROM audit_event", ()).fetchall()]


def _run(cursor, sql: str, params: tuple):
    if hasattr(cursor, "exec_driver_sql"):
        return cursor.exec_driver_sql(sql, params)
    return cursor.execute(sql, params)
