"""One action at the door as an undoable step: the rows it wrote, before and after.

Undoing an attendance action by what the page shows (the row under the
cursor, "the last mark") goes wrong as soon as the roster changes under it: a
walk-in inserts a row, a sync reorders them. So an action records, inside its
own transaction, the state of every row it is about to write (`watch`) and of
every row it creates (`created`), and hands back an `AttendanceStep`. Undo
writes the `before` states back, redo the `after` states, by table and id:
exactly what the action wrote, nothing else.

A state is the few fields the page's actions change (whether a row is
tombstoned, whether someone is present, whether a session is complete), or
None for a row that did not exist: going back to None tombstones the row, so
an undone walk-in syncs as a delete like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from app.domain.base import SyncedModel
from app.domain.models import model_for_table
from app.services.errors import NotFoundError, ValidationError
from app.services.validation import check

# the fields the page's actions write, per table
FIELDS: dict[str, tuple[str, ...]] = {
    "participant": ("deleted",),
    "roster_entry": ("deleted",),
    "attendance": ("present", "deleted"),
    "training_session": ("completed",),
}

State = tuple[tuple[str, object], ...] | None


@dataclass(frozen=True)
class RowChange:
    table: str
    row_id: str
    before: State  # None: the row did not exist before the step
    after: State


@dataclass(frozen=True)
class AttendanceStep:
    """What one action wrote. `kind` names the action for the words of the UI:
    check_in, check_out, walk_in_new, walk_in_known, complete, reopen, roster_import
    (a partner's list: every participant and roster entry it wrote; `code` holds
    how many rows went onto the roster), or
    already_present / already_absent / already_complete / already_open when
    nothing needed writing (then `rows` is empty and there is nothing to undo)."""

    kind: str
    session_id: str
    participant_id: str | None
    code: str  # the participant's code: the words name people by code, never by name
    rows: tuple[RowChange, ...]

    @property
    def wrote(self) -> bool:
        return bool(self.rows)

    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.rows)


def state_of(record: SyncedModel | None) -> State:
    if record is None:
        return None
    return tuple((name, getattr(record, name)) for name in FIELDS[record.__tablename__])


class StepRecorder:
    """Notes each row's state before an action writes it, then the state after."""

    def __init__(self, session: Session):
        self.session = session
        self._before: dict[tuple[str, str], State] = {}

    def watch(self, model: type[SyncedModel], row_id: str) -> None:
        """Call before writing the row (created or not): its state now is `before`."""
        key = (model.__tablename__, row_id)
        if key not in self._before:
            self._before[key] = state_of(self.session.get(model, row_id))

    def created(self, model: type[SyncedModel], row_id: str) -> None:
        """A row the action just created: it did not exist before."""
        self._before.setdefault((model.__tablename__, row_id), None)

    def step(self, kind: str, session_id: str, person) -> AttendanceStep:
        self.session.flush()
        rows = []
        for (table, row_id), before in self._before.items():
            after = state_of(self.session.get(model_for_table(table), row_id))
            if after != before:
                rows.append(RowChange(table, row_id, before, after))
        return AttendanceStep(kind, session_id, getattr(person, "id", None),
                              getattr(person, "code", ""), tuple(rows))


def apply_states(session: Session, states: Iterable[tuple[str, str, State]]) -> None:
    """Give each row the state (None: tombstoned). A row that comes back from its
    tombstone is checked like a new one: its references must be alive and its
    unique code free. All of it or nothing: the caller's transaction."""
    states = list(states)
    loaded = _load(session, states)  # held here: the session's identity map is weak
    revived = []
    with session.no_autoflush:  # one flush at the end, not one per row (a roster import
        for table, row_id, state in states:  # is a step of 20,000 rows)
            model = model_for_table(table)
            record = loaded.get((table, row_id)) or session.get(model, row_id)
            if record is None:
                raise NotFoundError(table, row_id)
            was_deleted = record.deleted
            for name, value in state if state is not None else (("deleted", True),):
                setattr(record, name, value)
            if was_deleted and not record.deleted:
                revived.append(record)
    session.flush()
    for record in revived:
        problems = check(session, type(record), record)
        if problems:
            raise ValidationError(record.__tablename__, problems)


def _load(session: Session, states: list[tuple[str, str, State]],
          chunk: int = 500) -> dict[tuple[str, str], SyncedModel]:
    """The rows of a large step, loaded a few hundred per query."""
    loaded = {}
    by_table: dict[str, list[str]] = {}
    for table, row_id, _state in states:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        if len(ids) < 2:
            continue
        model = model_for_table(table)
        for start in range(0, len(ids), chunk):
            for record in session.scalars(select(model).where(
                    model.id.in_(ids[start:start + chunk]))):
                loaded[(table, record.id)] = record
    return loaded
