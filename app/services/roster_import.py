"""A partner's list onto a training's roster: a plan first, then one unit of work.

`plan(sheet, training_id, mapping)` reads nothing but the database and writes
nothing: each row of the sheet becomes a `PlannedRow` with what it would do
(`new` participant, `known` participant joining the roster, `on_roster`
already, or `rejected`) and its problems. Values go through the forms' own
checks (`validation.coerce` and `values.record_problems`, `limits`), a code
must be free (or name a participant who is then reused, not duplicated), and
a code appearing twice in the file rejects the second row. A row without a
code gets the next one of the partner's prefix (the prefix most of the
partner's participants' codes carry, else the partner's name's first
letters).

`apply(plan)` plans again inside the writing transaction (the database may
have changed while the preview was shown), writes the new participants and
roster entries in bulk (stamped by the device's clock, so the change-log
triggers log them like any row) and remembers the mapping for the partner,
all in one transaction; it returns an `AttendanceStep` of kind
`roster_import` that `AttendanceService.revert` takes back whole.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, select, text
from sqlmodel import Session

from app.domain.ids import pair_id, uuid7
from app.domain.limits import CODE
from app.domain.organisation import Partner, Project
from app.domain.system import LocalState
from app.domain.training import Participant, RosterEntry, Training, TrainingSession
from app.services import exports
from app.services import roster_mapping as rm
from app.services.attendance_steps import AttendanceStep, RowChange
from app.services.errors import NotFoundError, Problem, ServiceError
from app.services.roster_read import Sheet, as_text
from app.services.validation import coerce
from app.services.values import record_problems
from app.storage.database import Database
from app.storage.stamping import save_last_stamp

MAPPING_KEY = "roster_mapping:"  # + partner id (or "none"), in local_state: per laptop
_CODED = re.compile(r"^(.*?)(\d+)$")
_ALIVE = (("deleted", False),)


class MappingError(ServiceError):
    """The column mapping itself is wrong: `reason` is `unknown_field`,
    `field_twice`, `unknown_column` or `nothing_mapped`; `name` what it is about."""

    def __init__(self, reason: str, name: str = ""):
        self.reason, self.name = reason, name
        super().__init__({
            "unknown_field": f"{name!r} is not a field a column can fill "
                             f"({', '.join(rm.FIELDS)})",
            "field_twice": f"two columns fill the field {name!r}",
            "unknown_column": f"the file has no column {name!r}",
            "nothing_mapped": "no column is mapped to a participant field",
        }[reason])


@dataclass
class PlannedRow:
    line: int  # in the file, as a spreadsheet numbers it
    cells: list  # as read, for the rejects file
    values: dict  # the participant's fields as they would be written
    action: str  # new, known, on_roster, rejected
    problems: list[Problem] = field(default_factory=list)
    participant_id: str | None = None  # known and on_roster: the participant reused
    checked: tuple | None = None  # (values, problems) as checked, before a code was given


@dataclass
class RosterPlan:
    training_id: str
    partner_id: str | None
    sheet: Sheet
    mapping: list[str]  # a field (or "") per column
    rows: list[PlannedRow]
    day: date | None = None  # the training's day: birth years become age bands on it

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def rejected(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action == "rejected"]

    @property
    def writes(self) -> bool:
        return any(row.action in ("new", "known") for row in self.rows)


def parse_map_options(headers: list[str], options: list[str]) -> dict[int, str]:
    """`COLUMN=FIELD` options (a header's text, or a 1-based column number) to
    {column index: field}; FIELD may be empty to ignore the column."""
    chosen = {}
    keys = [rm.header_key(h) for h in headers]
    for option in options:
        column, sep, name = option.rpartition("=")
        if not sep:
            raise MappingError("unknown_column", option)
        name = name.strip()
        if name and name not in rm.FIELDS:
            raise MappingError("unknown_field", name)
        if column.strip().isdigit() and 1 <= int(column) <= len(headers):
            chosen[int(column) - 1] = name
        elif rm.header_key(column) in keys:
            chosen[keys.index(rm.header_key(column))] = name
        else:
            raise MappingError("unknown_column", column)
    return chosen


def check_mapping(mapping: list[str]) -> None:
    seen = set()
    for name in mapping:
        if not name:
            continue
        if name not in rm.FIELDS:
            raise MappingError("unknown_field", name)
        if name in seen:
            raise MappingError("field_twice", name)
        seen.add(name)
    if not seen:
        raise MappingError("nothing_mapped")


class RosterImport:
    def __init__(self, db: Database):
        self.db = db

    # -- what the partner's sheets looked like before ---------------------------
    def partner_of(self, training_id: str) -> str | None:
        with self.db.session() as session:
            return _training_partner(session, training_id)[1]

    def remembered(self, partner_id: str | None) -> dict[str, str]:
        with self.db.session() as session:
            row = session.get(LocalState, MAPPING_KEY + (partner_id or "none"))
            try:
                found = json.loads(row.value) if row is not None else {}
            except ValueError:
                return {}
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    def guess(self, sheet: Sheet, training_id: str) -> list[str]:
        return rm.guess(sheet.headers, self.remembered(self.partner_of(training_id)))

    # -- preview and write ------------------------------------------------------
    def plan(self, sheet: Sheet, training_id: str, mapping: list[str]) -> RosterPlan:
        check_mapping(mapping)
        with self.db.session() as session:
            return _plan(session, sheet, training_id, mapping)

    def apply(self, plan: RosterPlan,
              remember: bool = True) -> tuple[RosterPlan, AttendanceStep]:
        """Write the plan (planned again inside the transaction); the plan as written
        and its undoable step. Nothing is written if nothing is new."""
        check_mapping(plan.mapping)
        with self.db.session() as session:
            fresh = _plan(session, plan.sheet, plan.training_id, plan.mapping, plan)
            step = _write(session, fresh)
            if remember:
                _remember(session, fresh)
        return fresh, step


def _training_partner(session: Session, training_id: str) -> tuple[Training, str | None]:
    training = session.get(Training, training_id)
    if training is None or training.deleted:
        raise NotFoundError("training", training_id)
    project = session.get(Project, training.project_id)
    return training, project.partner_id if project is not None else None


def _training_day(session: Session, training: Training) -> date:
    if training.start_date is not None:
        return training.start_date
    first = session.scalar(select(func.min(TrainingSession.held_on)).where(
        TrainingSession.training_id == training.id, TrainingSession.deleted.is_(False)))
    return date.fromisoformat(str(first)) if first else date.today()


def _plan(session: Session, sheet: Sheet, training_id: str, mapping: list[str],
          before: RosterPlan | None = None) -> RosterPlan:
    """Plan every row; a row's checked values are taken from `before` (the preview of
    the same sheet, mapping and training day) rather than checked twice."""
    training, partner_id = _training_partner(session, training_id)
    day = _training_day(session, training)
    checked = {}
    if before is not None and (before.partner_id, before.day, before.mapping) == (
            partner_id, day, list(mapping)) and before.sheet is sheet:
        checked = {row.line: row.checked for row in before.rows if row.checked}
    live = dict(session.execute(select(Participant.code, Participant.id).where(
        Participant.deleted.is_(False))).all())
    on_roster = set(session.scalars(select(RosterEntry.participant_id).where(
        RosterEntry.training_id == training_id, RosterEntry.deleted.is_(False))))
    columns = {name: n for n, name in enumerate(mapping) if name}
    rows: list[PlannedRow] = []
    first_line: dict[str, int] = {}
    for line, cells in sheet.rows:
        raw = {name: cells[n] if n < len(cells) else "" for name, n in columns.items()}
        code = as_text(raw.get("code", ""))
        if code in live:
            person = live[code]
            action = "on_roster" if person in on_roster else "known"
            rows.append(PlannedRow(line, cells, {"code": code}, action, [], person))
        else:
            values, problems = checked.get(line) or _values(raw, code, day, partner_id)
            rows.append(PlannedRow(line, cells, dict(values), "rejected" if problems else "new",
                                   list(problems), checked=(values, tuple(problems))))
        if code:
            if code in first_line:
                row = rows[-1]
                row.action = "rejected"
                row.problems = [Problem("code", "twice_in_file",
                                        {"line": first_line[code]})] + row.problems
            else:
                first_line[code] = line
    _give_codes(session, rows, partner_id, set(live) | set(first_line))
    return RosterPlan(training_id, partner_id, sheet, list(mapping), rows, day)


def _values(raw: dict, code: str, day: date, partner_id: str | None) -> tuple[dict, list]:
    """A row's participant fields, spelled as the app stores them, and their problems."""
    problems = []
    data = {"code": code, "partner_id": partner_id}
    for name in ("name", "organisation", "contact"):
        if name in raw:
            data[name] = as_text(raw[name])
    if "gender" in raw:
        data["gender"], problem = rm.gender(raw["gender"])
        problems.append(problem)
    band = "unknown"
    for name, read in (("age_band", rm.age_band), ("age", rm.age),
                       ("birth_year", lambda value: rm.birth_year_band(value, day))):
        if name in raw and band == "unknown":
            band, problem = read(raw[name])
            problems.append(problem)
    data["age_band"] = band
    if "consent" in raw:
        data["consent"], problem = rm.consent(raw["consent"])
        problems.append(problem)
    if not any(as_text(raw.get(name)) for name in raw):
        return data, [Problem("row", "nothing_to_import")]
    problems = [p for p in problems if p is not None]
    values, unreadable = coerce(Participant, {k: v for k, v in data.items() if k != "code"})
    values["code"] = code or "-"  # a missing code is given later; its form is checked then
    # the stored values with the model's defaults: what `record_problems` reads of a
    # record (a SQLModel instance per row would cost more than the whole write)
    record = SimpleNamespace(**{**_defaults(), **values})
    problems += unreadable + [p for p in record_problems("participant", record)
                              if p.field != "partner_id"]
    return data, problems


@cache
def _defaults() -> dict:
    return {name: info.get_default(call_default_factory=True)
            for name, info in Participant.model_fields.items()}


def code_prefix(session: Session, partner_id: str | None) -> str:
    """The prefix most of the partner's participants' codes share ("OSH-" of
    OSH-000123), else the first letters of the partner's name."""
    if partner_id is not None:
        codes = session.scalars(select(Participant.code).where(
            Participant.partner_id == partner_id, Participant.deleted.is_(False)))
        prefixes = Counter(match.group(1) for code in codes
                           if (match := _CODED.match(code)) and match.group(1))
        if prefixes:
            return prefixes.most_common(1)[0][0]
        partner = session.get(Partner, partner_id)
        letters = "".join(c for c in (partner.name if partner else "") if c.isalpha())
        if letters:
            return letters[:3].upper() + "-"
    return "P-"


def _give_codes(session: Session, rows: list[PlannedRow], partner_id: str | None,
                taken: set[str]) -> None:
    needing = [row for row in rows if row.action == "new" and not row.values["code"]]
    if not needing:
        return
    prefix = code_prefix(session, partner_id)
    numbers = [int(code[len(prefix):]) for code in session.scalars(
        select(Participant.code).where(Participant.code.startswith(prefix, autoescape=True)))
        if code[len(prefix):].isdigit()]
    numbers += [int(code[len(prefix):]) for code in taken
                if code.startswith(prefix) and code[len(prefix):].isdigit()]
    width = max([6] + [len(code) - len(prefix) for code in taken
                       if code.startswith(prefix) and code[len(prefix):].isdigit()])
    following = max(numbers, default=0) + 1
    for row in needing:
        code = f"{prefix}{following:0{width}d}"
        while code in taken:
            following += 1
            code = f"{prefix}{following:0{width}d}"
        following += 1
        taken.add(code)
        row.values["code"] = code[:CODE]


def _write(session: Session, plan: RosterPlan) -> AttendanceStep:
    clock = session.info["clock"]
    people, entries, changes = [], [], []
    revived = []
    for row in plan.rows:
        if row.action == "new":
            row.participant_id = uuid7()
            people.append({"gender": "undisclosed", "age_band": "unknown", "name": "",
                           "contact": "", "organisation": "", "consent": False,
                           **row.values, "id": row.participant_id, "hlc": clock.tick(),
                           "deleted": False})
            changes.append(RowChange("participant", row.participant_id, None, _ALIVE))
        if row.action in ("new", "known"):
            entry_id = pair_id("roster", plan.training_id, row.participant_id)
            existing = session.get(RosterEntry, entry_id) if row.action == "known" else None
            if existing is not None:
                revived.append(existing)
                changes.append(RowChange("roster_entry", entry_id, (("deleted", True),),
                                         _ALIVE))
            else:
                entries.append({"id": entry_id, "hlc": clock.tick(), "deleted": False,
                                "training_id": plan.training_id,
                                "participant_id": row.participant_id})
                changes.append(RowChange("roster_entry", entry_id, None, _ALIVE))
    connection = session.connection()
    for table, rows in ((Participant.__table__, people), (RosterEntry.__table__, entries)):
        if rows:  # positional rows straight to the driver: SQLAlchemy's per-row work
            names = list(rows[0])  # would cost more than the triggers' change log
            connection.exec_driver_sql(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [tuple(row[name] for name in names) for row in rows])
    for entry in revived:
        entry.deleted = False
    session.flush()
    if clock.last:
        save_last_stamp(session, clock.last)
    return AttendanceStep("roster_import", "", None, str(plan.count("new") + plan.count("known")),
                          tuple(changes))


def _remember(session: Session, plan: RosterPlan) -> None:
    mapping = {rm.header_key(h): f for h, f in zip(plan.sheet.headers, plan.mapping,
                                                    strict=False) if rm.header_key(h)}
    session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {"k": MAPPING_KEY + (plan.partner_id or "none"),
                     "v": json.dumps(mapping, ensure_ascii=False, sort_keys=True)})


def write_rejects(plan: RosterPlan, path: str | Path, names: bool) -> int:
    """The rejected rows as a CSV (UTF-8 with a BOM, so spreadsheet programs read
    Cyrillic right): the file's own columns, then its line and the reasons. Without
    `names` the columns mapped to name and contact are left empty. Written beside
    and renamed into place (`exports.written_in_place`): a failure leaves the file
    the user chose as it was. Rows written."""
    hidden = set() if names else {n for n, f in enumerate(plan.mapping)
                                  if f in ("name", "contact")}
    rejected = plan.rejected
    with exports.written_in_place(path) as temp, \
            open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(list(plan.sheet.headers) + ["line", "problems"])
        for row in rejected:
            cells = ["" if n in hidden else as_text(v) for n, v in enumerate(row.cells)]
            out.writerow(cells + [row.line, "; ".join(p.describe() for p in row.problems)])
    return len(rejected)
