"""Reading the change log for a bundle.

A bundle needs only the latest change of each field (older ones from the same
writer would lose anyway), and device bundles leave out sensitive fields that
may not travel (docs/sync.md §4).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from app.sync.codec import Change
from app.sync.schema import tables


def latest_per_field(rows) -> list[Change]:
    best: dict[tuple[str, str, str], Change] = {}
    for row in rows:
        key = (row[0], row[1], row[2])
        held = best.get(key)
        if held is None or row[4] > held[4]:
            best[key] = tuple(row)
    return list(best.values())


def read_changes(session: Session, after_seq: int, *, device_id: str | None = None,
                 not_device: str | None = None) -> tuple[list[Change], int]:
    """(latest change per field with seq > after_seq, highest seq in the log); each
    change with the base it was merged with ("" for local edits)."""
    where, params = "seq > :after", {"after": after_seq}
    if device_id is not None:
        where += " AND device_id = :dev"
        params["dev"] = device_id
    if not_device is not None:
        where += " AND device_id != :not_dev"
        params["not_dev"] = not_device
    cursor = session.connection().connection.driver_connection.cursor()
    rows = cursor.execute(
        "SELECT tbl, row_id, field, value, hlc, device_id, base FROM change_log "
        f"WHERE {where}", params).fetchall()
    top = cursor.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    return latest_per_field(rows), max(top, after_seq)


def shareable_participants(session: Session) -> set[str]:
    """Participants on the roster of a training whose project lets names travel."""
    return set(session.execute(text(
        "SELECT DISTINCT r.participant_id FROM roster_entry r "
        "JOIN training t ON t.id = r.training_id JOIN project p ON p.id = t.project_id "
        "WHERE p.share_names = 1 AND r.deleted = 0")).scalars())


def withhold_sensitive(session: Session, changes: list[Change]) -> tuple[list[Change], int]:
    """(changes that may travel to HQ, how many were held back)."""
    sensitive = {name: set(info.sensitive) for name, info in tables().items() if info.sensitive}
    if not any(c[0] in sensitive and c[2] in sensitive[c[0]] for c in changes):
        return changes, 0
    allowed = shareable_participants(session)
    kept = [c for c in changes if not (c[0] in sensitive and c[2] in sensitive[c[0]])
            or (c[0] == "participant" and c[1] in allowed)]
    return kept, len(changes) - len(kept)


def with_bases(session: Session, changes: list[Change], device_id: str) -> list[Change]:
    """Each own change with the stamp of the other devices' latest value it replaced.

    Headquarters uses it to tell an edit made after seeing a value (no conflict)
    from one made without seeing it (a conflict to review).
    """
    cursor = session.connection().connection.driver_connection.cursor()
    seen = {(t, r, f): h for t, r, f, h in cursor.execute(
        "SELECT tbl, row_id, field, max(hlc) FROM change_log WHERE device_id != ? "
        "GROUP BY tbl, row_id, field", (device_id,))}
    out = []
    for change in changes:
        base = seen.get((change[0], change[1], change[2]), "")
        out.append((*change[:6], base if base and base < change[4] else ""))
    return out


def with_own_bases(session: Session, changes: list[Change], device_id: str) -> list[Change]:
    """`with_bases` for the changes `device_id` made itself among relayed ones (a
    return bundle: headquarters' own edits beside the devices' changes, which keep
    the base they arrived with). Reads only the rows those changes touch: the log
    of headquarters holds every change of every device."""
    own: dict[str, set[str]] = {}
    for change in changes:
        if change[5] == device_id:
            own.setdefault(change[0], set()).add(change[1])
    if not own:
        return changes
    cursor = session.connection().connection.driver_connection.cursor()
    seen: dict[tuple[str, str, str], str] = {}
    for table, ids in own.items():
        ids = sorted(ids)
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ",".join("?" * len(part))
            seen.update({(table, r, f): h for r, f, h in cursor.execute(
                "SELECT row_id, field, max(hlc) FROM change_log WHERE tbl = ? AND "
                f"row_id IN ({marks}) AND device_id != ? GROUP BY row_id, field",
                [table, *part, device_id])})
    out = []
    for change in changes:
        if change[5] != device_id:
            out.append(change)
            continue
        base = seen.get((change[0], change[1], change[2]), "")
        out.append((*change[:6], base if base and base < change[4] else ""))
    return out
