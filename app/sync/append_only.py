"""Audit events are append-only through sync too (docs/sync.md §7, insider).

Headquarters applies this to every device bundle before the merge: a change
to an audit event it already holds is refused when it differs from the held
value, whoever sends it, and dropped when it repeats it (a device re-sending
what HQ has); a new event must arrive whole from its own device. The
database's guard (migration 0004) refuses any UPDATE of an event during a
merge as well, on every replica, so a return bundle cannot rewrite one either.
"""

from __future__ import annotations

import json

from app.storage.audit_chain import CHAIN_FIELDS
from app.sync.codec import Change
from app.sync.errors import InvalidChangeError
from app.sync.schema import tables

TABLE = "audit_event"
_CHUNK = 500


def check(cursor, changes: list[Change], sender: str) -> list[Change]:
    """The changes to merge: repeats of held audit values dropped; refuses rewrites
    of held events and new events not whole or claiming another device."""
    audit = [c for c in changes if c[0] == TABLE]
    if not audit:
        return changes
    fields = tables()[TABLE].fields
    held = _held(cursor, sorted({c[1] for c in audit}), fields)
    repeats, new_rows = set(), {}
    for change in audit:
        row = held.get(change[1])
        if row is None:
            new_rows.setdefault(change[1], {})[change[2]] = change[3]
        elif row[change[2]] == change[3]:
            repeats.add(change)
        elif change[2] in CHAIN_FIELDS and row[change[2]] == '""' \
                and row["device_id"] == json.dumps(sender):
            repeats.add(change)  # its own event, held from before the chain: left unchained
        else:
            raise InvalidChangeError(
                f"a change rewrites the audit event {change[1]} (audit events are append-only)")
    whole = set(fields) - set(CHAIN_FIELDS)  # writers before the chain sent no chain fields
    for row_id, values in new_rows.items():
        if not whole <= set(values):
            raise InvalidChangeError(f"the audit event {row_id} does not arrive whole")
        if values["device_id"] != json.dumps(sender):
            raise InvalidChangeError(f"the audit event {row_id} claims another device")
    return [c for c in changes if c not in repeats] if repeats else changes


def _held(cursor, ids: list[str], fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """{id: {field: the held value as change-log JSON}} of the events held."""
    quoted = ", ".join(f'json_quote("{f}")' for f in fields)
    out = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(part))
        for row in cursor.execute(f"SELECT id, {quoted} FROM {TABLE} WHERE id IN ({marks})",
                                  part):
            out[row[0]] = dict(zip(fields, row[1:], strict=True))
    return out
