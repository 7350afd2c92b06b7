"""A laptop's scope: which partners' and countries' rows it may hold (docs/sync.md §6.1).

Headquarters filters return bundles with it; the laptop evicts with the very
same rules over its own rows (§6.2), so both sides judge a row the same way.
Everything here reads through a DBAPI cursor: it runs inside the caller's
transaction (an export's read, a merge's write).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.enums import COUNTRIES
from app.domain.ids import is_uuid
from app.storage.changelog import OWN_UNACKNOWLEDGED_SQL
from app.sync.codec import Change
from app.sync.errors import SyncError
from app.sync.schema import table_order, tables

ALL = "all"
# Tables whose rows belong to a partner or country, parents before children.
SCOPED = ("indicator_value", "disbursement", "activity", "training", "training_session",
          "participant", "roster_entry", "attendance", "deployment", "field_report")
SENSITIVE = {"participant": ("name", "contact"), "partner": ("contact",)}


class ScopeError(SyncError):
    """A scope that cannot be given: malformed, an unknown country or partner."""


@dataclass(frozen=True)
class Scope:
    partners: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()

    @property
    def everything(self) -> bool:
        return not self.partners and not self.countries

    def text(self) -> str:
        """The canonical form stored and signed: `all`, or sorted items."""
        if self.everything:
            return ALL
        return ",".join(sorted([f"country:{c}" for c in self.countries]
                               + [f"partner:{p}" for p in self.partners]))


EVERYTHING = Scope()


def parse(text: str) -> Scope:
    """The scope a text names, or `ScopeError` (the shape only: see `check`)."""
    text = (text or "").strip()
    if text == ALL:
        return EVERYTHING
    partners, countries = set(), set()
    for item in text.split(","):
        kind, _, value = item.strip().partition(":")
        if kind == "country" and value in COUNTRIES:
            countries.add(value)
        elif kind == "country":
            raise ScopeError(f"unknown country code {value!r} in the scope "
                             f"(known: {', '.join(COUNTRIES)})")
        elif kind == "partner" and is_uuid(value) and value == value.lower():
            partners.add(value)
        elif kind == "partner":
            raise ScopeError(f"not a partner id: {value!r}")
        else:
            raise ScopeError(f"not a scope item: {item.strip()!r} (use all, "
                             "country:CODE or partner:ID, separated by commas)")
    return Scope(frozenset(partners), frozenset(countries))


def check(cursor, scope: Scope) -> Scope:
    """The scope, if every partner it names exists here (at headquarters)."""
    for partner in sorted(scope.partners):
        if cursor.execute("SELECT 1 FROM partner WHERE id = ?", (partner,)).fetchone() is None:
            raise ScopeError(f"no partner {partner!r} at headquarters")
    return scope


def _ids(cursor, sql: str, params=()) -> set[str]:
    return {row[0] for row in cursor.execute(sql, params)}


def partners_in(cursor, scope: Scope) -> set[str]:
    return {pid for pid, country in cursor.execute("SELECT id, country FROM partner")
            if scope.everything or pid in scope.partners or country in scope.countries}


def rows_in(cursor, scope: Scope) -> dict[str, set[str]]:
    """For every scoped table, the ids of its rows the scope covers (the table of
    docs/sync.md §6.1, as read from this replica's rows)."""
    partners = partners_in(cursor, scope)
    projects = {pid for pid, partner, country in cursor.execute(
        "SELECT id, partner_id, country FROM project")
        if partner in partners or country in scope.countries or scope.everything}
    goals = {g for g, p in cursor.execute("SELECT id, project_id FROM goal") if p in projects}
    indicators = {i for i, g in cursor.execute("SELECT id, goal_id FROM indicator")
                  if g in goals}
    out: dict[str, set[str]] = {}
    out["indicator_value"] = {v for v, i in cursor.execute(
        "SELECT id, indicator_id FROM indicator_value") if i in indicators}
    out["disbursement"] = {d for d, p in cursor.execute(
        "SELECT id, project_id FROM disbursement") if p in projects}
    trainings = {}
    for tid, project, activity in cursor.execute(
            "SELECT id, project_id, activity_id FROM training"):
        if project in projects:
            trainings[tid] = activity
    out["training"] = set(trainings)
    cited = {a for a in trainings.values() if a}
    out["activity"] = {a for a, p in cursor.execute("SELECT id, project_id FROM activity")
                       if p in projects or a in cited}
    out["training_session"] = {s for s, t in cursor.execute(
        "SELECT id, training_id FROM training_session") if t in trainings}
    rostered = {p for t, p in cursor.execute(
        "SELECT training_id, participant_id FROM roster_entry") if t in trainings}
    out["participant"] = {p for p, partner in cursor.execute(
        "SELECT id, partner_id FROM participant")
        if partner in partners or (partner is None and p in rostered)}
    people = out["participant"]
    out["roster_entry"] = {r for r, t, p in cursor.execute(
        "SELECT id, training_id, participant_id FROM roster_entry")
        if t in trainings and p in people}
    sessions = out["training_session"]
    out["attendance"] = {a for a, s, p in cursor.execute(
        "SELECT id, session_id, participant_id FROM attendance")
        if s in sessions and p in people}
    for table in ("deployment", "field_report"):
        out[table] = {r for r, p in cursor.execute(f"SELECT id, partner_id FROM {table}")
                      if p in partners}
    return out


def shareable_participants(cursor) -> set[str]:
    """Participants on the live roster of a training whose project shares names."""
    return _ids(cursor,
                "SELECT DISTINCT r.participant_id FROM roster_entry r "
                "JOIN training t ON t.id = r.training_id JOIN project p ON p.id = t.project_id "
                "WHERE p.share_names = 1 AND r.deleted = 0")


def filter_changes(cursor, scope: Scope, changes: list[Change]) -> list[Change]:
    """The changes of a return bundle the scope lets through (§6.1): rows of scoped
    tables only when covered, audit events only to `all`, sensitive fields only
    of covered rows (and, for participants, whose names may travel); a withheld
    field is left out, never sent blank."""
    rows = None if scope.everything else rows_in(cursor, scope)
    partners = partners_in(cursor, scope)
    shareable = shareable_participants(cursor) if any(
        c[0] == "participant" and c[2] in SENSITIVE["participant"] for c in changes) else set()
    kept = []
    for change in changes:
        table, row_id, field = change[0], change[1], change[2]
        if table == "audit_event" and not scope.everything:
            continue
        if rows is not None and table in rows and row_id not in rows[table]:
            continue
        if field in SENSITIVE.get(table, ()):
            if table == "partner" and row_id not in partners:
                continue
            if table == "participant" and row_id not in shareable:
                continue
        kept.append(change)
    return kept


def evict(cursor, scope: Scope) -> dict[str, int]:
    """On a laptop: delete the rows of scoped tables the scope does not cover
    (docs/sync.md §6.2); {table: rows deleted}. A row with this laptop's own
    unacknowledged changes is kept, with its parents, until a receipt covers them.

    The caller sets the merge flag on this cursor's connection, so the deletes
    log nothing and nothing travels back as a deletion; the evicted rows'
    change-log, pending and conflict rows go with them."""
    if scope.everything:
        return {}
    covered = rows_in(cursor, scope)
    keep: dict[str, set[str]] = {}
    for table, row_id in cursor.execute(
            f"SELECT DISTINCT tbl, row_id FROM change_log WHERE {OWN_UNACKNOWLEDGED_SQL}"):
        keep.setdefault(table, set()).add(row_id)
    order = table_order()
    children_first = sorted(SCOPED, key=order.__getitem__, reverse=True)
    for table in children_first:  # a kept row keeps its parents (children come later)
        for field, parent in tables()[table].parents.items():
            for row_id in sorted(keep.get(table, ())):
                found = cursor.execute(f'SELECT "{field}" FROM "{table}" WHERE id = ?',
                                       (row_id,)).fetchone()
                if found and found[0]:
                    keep.setdefault(parent, set()).add(found[0])
    evicted = {}
    for table in children_first:
        held = _ids(cursor, f'SELECT id FROM "{table}"')
        victims = sorted(held - covered[table] - keep.get(table, set()))
        for start in range(0, len(victims), 500):
            part = victims[start:start + 500]
            marks = ",".join("?" * len(part))
            cursor.execute(f'DELETE FROM "{table}" WHERE id IN ({marks})', part)
            for book in ("change_log", "sync_pending", "sync_conflict"):
                cursor.execute(f"DELETE FROM {book} WHERE tbl = ? AND row_id IN ({marks})",
                               [table, *part])
        if victims:
            evicted[table] = len(victims)
    return evicted
