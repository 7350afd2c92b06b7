"""Apply remote changes: per-field last writer wins (docs/sync.md §4).

One call merges a batch inside the caller's transaction. It never decides by
arrival order: each field ends with the change of greatest stamp (stamps end
in the device id, so comparing the strings compares (hlc, device)). That is
what makes import idempotent and order-independent. The work is done in bulk
with the SQLite driver (a bundle may hold 100,000 changes), with the
change-log triggers switched off by the merging connection's own flag
(`changelog.set_applying`), and every applied
change is logged with its original stamp so headquarters can relay it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import Session

from app.services.values import check_json
from app.storage.changelog import APPLYING, NORMAL, set_applying
from app.storage.stamping import save_last_stamp
from app.sync.codec import Change
from app.sync.errors import InvalidChangeError
from app.sync.schema import REQUIRED, TableInfo, tables

QUARANTINE_AFTER_MS = 24 * 60 * 60 * 1000
FUTURE, CANNOT_STORE, UNKNOWN_FIELD = "future", "cannot_store", "unknown_field"
_HOLD = ("INSERT OR IGNORE INTO sync_quarantine (tbl, row_id, field, value, hlc, device_id, "
         "bundle_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_DECODED = "json_extract(?, '$')"
CHUNK = 500


@dataclass
class MergeResult:
    applied: int = 0
    pending: int = 0
    quarantined: int = 0
    conflicts: int = 0
    newest: str | None = None
    touched: set = field(default_factory=set)


def validate(changes: list[Change], only_device: str | None = None) -> None:
    """Refuse a bundle whose changes name unknown tables or fields, or (a device
    bundle) were made by another device. Values are judged one by one in the merge
    (`problem_of`): an invalid one is held back, not a reason to refuse the rest."""
    known = tables()
    for table, name in {(c[0], c[2]) for c in changes}:
        info = known.get(table)
        if info is None or name not in info.fields:
            raise InvalidChangeError(f"a change names an unknown field {table}.{name}")
    if only_device is not None and {c[5] for c in changes} - {only_device}:
        raise InvalidChangeError("the bundle carries changes made by another device")
    # (A change's stamp and device agree by construction: codec.decode builds the
    # stamp from the device column.)


def problem_of(change: Change) -> str | None:
    """Why a change's value may not be stored (a problem code), or None."""
    try:
        problem = check_json(change[0], change[2], change[3])
    except KeyError:
        return UNKNOWN_FIELD
    return None if problem is None else problem.code


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Merger:
    def __init__(self, cursor, now_ms: int, bundle_id: str, overwrites: bool, flag=None,
                 own_device: str | None = None):
        self.cur = cursor
        self.flag = flag
        self.overwrites = overwrites
        self.own_device = own_device
        self.limit = now_ms + QUARANTINE_AFTER_MS
        self.bundle_id = bundle_id
        self.result = MergeResult()
        self.conflicts: list[tuple] = []
        self.pending: list[Change] = []
        self.log: list[Change] = []
        self.newest = ""

    def _record(self, loser: Change, winner: Change) -> None:
        # Device rows are bookkeeping (HQ pins keys into them), not a coordinator's matter.
        if loser[5] != winner[5] and loser[3] != winner[3] and loser[0] != "device":
            self.conflicts.append((loser[0], loser[1], loser[2], winner[3], winner[4],
                                   loser[3], loser[4]))

    def lost(self, incoming: Change, current: Change, known: bool) -> None:
        """An arriving value older than the one held: a conflict unless seen before."""
        if not known:
            self._record(incoming, current)

    def overwritten(self, current: Change, incoming: Change) -> None:
        """A held value replaced: a conflict unless its writer had seen it (its base)."""
        base = incoming[6] if len(incoming) > 6 else ""
        if (self.overwrites or (self.own_device is not None and current[5] == self.own_device)) \
                and not (base and base >= current[4]):
            self._record(current, incoming)

    def hold(self, held: list[tuple[Change, str]]) -> None:
        """Keep changes aside in `sync_quarantine`, each with its reason."""
        if held:
            self.cur.executemany(_HOLD, [(*c[:6], self.bundle_id, why) for c, why in held])
            self.result.quarantined += len(held)

    def admit(self, changes: list[Change]) -> list[Change]:
        """The changes whose values the columns accept; the others are held back with
        their problem code. Runs before anything is stored, pending changes included,
        so no sender's bad value can wait in `sync_pending` and fail later merges."""
        verdicts: dict[tuple, str | None] = {}
        good, bad = [], []
        for change in changes:
            key = (change[0], change[2], change[3])
            if key not in verdicts:
                verdicts[key] = problem_of(change)
            why = verdicts[key]
            if why is None:
                good.append(change)
            else:
                bad.append((change, why))
        self.hold(bad)
        return good

    def run(self, changes: list[Change], held=()) -> MergeResult:
        cur = self.cur
        self.hold(list(held))
        waiting = cur.execute("SELECT tbl, row_id, field, value, hlc, device_id "
                              "FROM sync_pending").fetchall()
        if waiting:
            cur.execute("DELETE FROM sync_pending")
        changes = self.admit(list(changes) + [tuple(w) for w in waiting])
        limit = f"{self.limit:012x}"  # stamps start with 12 lowercase hex digits
        self.hold([(c, FUTURE) for c in changes if c[4][:12] > limit])
        changes = [c for c in changes if c[4][:12] <= limit]
        # {table: {row: {field: the greatest change}}}, in one pass
        by_table: dict[str, dict[str, dict[str, Change]]] = defaultdict(dict)
        for change in changes:
            rows = by_table[change[0]]
            fields = rows.get(change[1])
            if fields is None:
                fields = rows[change[1]] = {}
            held = fields.get(change[2])
            if held is None:
                fields[change[2]] = change
            elif change[4] > held[4]:
                fields[change[2]] = change
                self.overwritten(held, change)
            elif change[4] < held[4]:
                self.overwritten(change, held)
        for info in sorted(tables().values(), key=lambda i: i.order):
            if info.name in by_table:
                self.merge_table(info, by_table[info.name])
        self.finish()
        return self.result

    def merge_table(self, info: TableInfo, rows: dict[str, dict[str, Change]]) -> None:
        cur, table = self.cur, f'"{info.name}"'
        ids = list(rows)
        existing: dict[str, str] = {}
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            existing.update(cur.execute(f"SELECT id, hlc FROM {table} WHERE id IN ({marks})",
                                        part).fetchall())
        current, known = self.field_stamps(info.name, [i for i in ids if i in existing])
        winners: dict[str, dict[str, Change]] = {}
        for row_id, changes in rows.items():
            if row_id not in existing:
                winners[row_id] = changes
                continue
            keep = {}
            for name, change in changes.items():
                held = current.get((row_id, name))
                if held is not None and held[4] >= change[4]:
                    if held[4] > change[4]:
                        self.lost(change, held, (row_id, name, change[4]) in known)
                    continue
                if held is not None:
                    self.overwritten(held, change)
                keep[name] = change
            if keep:
                winners[row_id] = keep
        missing = self.missing_parents(info, winners)
        columns = ", ".join(f'"{f}"' for f in ("id", "hlc", *info.fields))
        marks = ", ".join(["?", "?", *[_DECODED] * len(info.fields)])
        insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
        # {(statement, uniform): [(parameters, the row's changes)]}
        writes: dict[tuple[str, bool], list[tuple[tuple, dict]]] = defaultdict(list)
        for row_id, keep in winners.items():
            if row_id not in existing:
                complete = len(keep) == len(info.fields)
                if (not complete and any(f not in keep and info.defaults[f] is REQUIRED
                                         for f in info.fields)) \
                        or (missing and any((f, keep[f][3]) in missing for f in keep)):
                    self.pending.extend(rows[row_id].values())
                    continue
                values = [keep[f][3] if f in keep else info.json_defaults[f]
                          for f in info.fields]
                stamps = {c[4] for c in keep.values()}
                # Every field of a uniform new row carries the row's own stamp: exactly
                # the change rows the insert trigger writes, so let it (in C, in bulk).
                uniform = complete and len(stamps) == 1
                writes[(insert, uniform)].append(((row_id, max(stamps), *values), keep))
            else:
                for name in [f for f in keep if missing and (f, keep[f][3]) in missing]:
                    self.pending.append(keep.pop(name))
                if not keep:
                    continue
                names = tuple(sorted(keep))
                sets = ", ".join(f'"{f}" = {_DECODED}' for f in names)
                update = f"UPDATE {table} SET {sets}, hlc = max(hlc, ?) WHERE id = ?"
                writes[(update, False)].append(((*(keep[f][3] for f in names),
                                                 max(c[4] for c in keep.values()), row_id),
                                                keep))
        for (statement, uniform), items in writes.items():
            for keep in self.store(statement, uniform, items):
                if uniform:
                    self.result.applied += len(keep)
                    self.newest = max(self.newest, next(iter(keep.values()))[4])
                else:
                    self.log.extend(keep.values())
                self.result.touched.add(info.name)

    def store(self, statement: str, uniform: bool, items: list[tuple[tuple, dict]]):
        """Run one statement for many rows (values travel as JSON text and SQLite
        decodes them: json_extract, in C); the changes of the rows stored.

        Values were checked before (`admit`), so this fails only when the database
        refuses a row for a reason of its own (a trigger, a constraint). Then the
        rows are stored one by one and a refused row's changes are held back with
        the reason `cannot_store`: one row never fails the whole merge."""
        cur = self.cur
        cur.execute("SAVEPOINT merge_rows")
        try:
            self._execute(statement, uniform, [params for params, _ in items])
            cur.execute("RELEASE merge_rows")
            return [keep for _, keep in items]
        except sqlite3.Error:
            cur.execute("ROLLBACK TO merge_rows")
            cur.execute("RELEASE merge_rows")
        stored = []
        for params, keep in items:
            cur.execute("SAVEPOINT merge_row")
            try:
                self._execute(statement, uniform, [params])
                cur.execute("RELEASE merge_row")
                stored.append(keep)
            except sqlite3.Error:
                cur.execute("ROLLBACK TO merge_row")
                cur.execute("RELEASE merge_row")
                self.hold([(c, CANNOT_STORE) for c in keep.values()])
        return stored

    def _execute(self, statement: str, uniform: bool, params: list[tuple]) -> None:
        if not uniform:
            self.cur.executemany(statement, params)
            return
        self.flag(NORMAL)
        try:
            self.cur.executemany(statement, params)
        finally:
            self.flag(APPLYING)

    def field_stamps(self, table: str, ids: list[str]):
        """({(row, field): the change that set it}, {(row, field, hlc) logged})."""
        out: dict[tuple[str, str], Change] = {}
        known: set[tuple[str, str, str]] = set()
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            for row in self.cur.execute(
                    "SELECT tbl, row_id, field, value, hlc, device_id FROM change_log "
                    f"WHERE tbl = ? AND row_id IN ({marks})", [table, *part]):
                key = (row[1], row[2])
                known.add((row[1], row[2], row[4]))
                if key not in out or row[4] > out[key][4]:
                    out[key] = tuple(row)
        return out, known

    def missing_parents(self, info: TableInfo, winners) -> set[tuple[str, str]]:
        """(field, value JSON) pairs pointing at parent rows not present."""
        missing = set()
        for name, parent in info.parents.items():
            wanted = {keep[name][3] for keep in winners.values()
                      if name in keep and keep[name][3] != "null"}
            if not wanted:
                continue
            try:
                ids = {json.loads(v): v for v in wanted}
            except ValueError:
                raise InvalidChangeError("a change carries a value that is not JSON") from None
            found = set()
            for part in _chunks(list(ids)):
                marks = ",".join("?" * len(part))
                found.update(r[0] for r in self.cur.execute(
                    f'SELECT id FROM "{parent}" WHERE id IN ({marks})', part))
            missing.update((name, v) for i, v in ids.items() if i not in found)
        return missing

    def finish(self) -> None:
        cur = self.cur
        if self.log:
            cur.executemany("INSERT INTO change_log (tbl, row_id, field, value, hlc, device_id, "
                            "base) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(*c[:6], c[6] if len(c) > 6 else "") for c in self.log])
            self.result.applied += len(self.log)
            self.newest = max(self.newest, max(c[4] for c in self.log))
        self.result.newest = self.newest or None
        if self.pending:
            cur.executemany("INSERT OR IGNORE INTO sync_pending (tbl, row_id, field, value, "
                            "hlc, device_id) VALUES (?, ?, ?, ?, ?, ?)",
                            [c[:6] for c in self.pending])
            self.result.pending = len(self.pending)
        if self.conflicts:
            before = cur.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
            cur.executemany("INSERT OR IGNORE INTO sync_conflict (tbl, row_id, field, "
                            "winner_value, winner_hlc, loser_value, loser_hlc, resolved) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, 0)", self.conflicts)
            after = cur.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
            self.result.conflicts = after - before


def merge(session: Session, clock, changes: list[Change], now_ms: int,
          bundle_id: str = "", overwrites: bool = True, observe: bool = True,
          own_device: str | None = None,
          held: list[tuple[Change, str]] = ()) -> MergeResult:
    """Merge changes in the session's transaction; the clock observes what was applied.

    Conflicts: an arriving value older than the held one is kept unless it was
    seen before; a held value that an arriving one replaces is kept unless the
    writer had seen it (the change's base stamp). `overwrites=False` (devices
    merging return bundles, whose changes carry no base) logs only the first
    kind: the overwrites were judged at headquarters, where both values met.
    `own_device` records overwrites all the same where the held value was written
    by that device (a laptop's own edits, docs/sync.md §4.1); which value wins
    does not change. Applied changes are logged with their base (HQ relays it).
    `observe=False` (releasing quarantined changes) keeps the clock where it is:
    following stamps a day or more ahead would make it refuse every next edit.
    Every change's value is checked first (`admit`); invalid ones, and the `held`
    changes the caller refused ((change, reason) pairs), go to `sync_quarantine`.
    """
    connection = session.connection()
    driver = connection.connection.driver_connection
    cursor = driver.cursor()
    if not driver.in_transaction:
        # The driver begins a transaction only before its first INSERT/UPDATE/DELETE; a
        # SAVEPOINT (`_Merger.store`) would otherwise be the outermost transaction, and
        # its RELEASE would commit the merge before the caller decides (an all-or-nothing
        # `hq import` committed its good files, then refused the bad one).
        cursor.execute("BEGIN")
    set_applying(connection, APPLYING)
    try:
        result = _Merger(cursor, now_ms, bundle_id, overwrites,
                         lambda level: set_applying(connection, level),
                         own_device).run(changes, held)
    finally:
        set_applying(connection, NORMAL)
    if result.newest is not None and observe:
        clock.observe(result.newest)
        save_last_stamp(session, clock.last)
    return result
