"""A training's attendance as a table: sessions across, participants down.

For the spreadsheet a partner or headquarters keeps: a row per participant on
the roster (code, name only when the caller passes names it was allowed to
reveal, gender, age band), a column per session with a mark where the person
was present and the count of sessions attended, then the counts per session:
present, by gender, by age band. Written as XLSX (openpyxl, write-only) or as
CSV (UTF-8 with a BOM, so spreadsheet programs read Cyrillic right).

The words (headers, what a gender code is called) are the caller's: the UI
passes translated ones, the default is the stored codes. Writing the file is
an export: the caller plans and records it with `exports` (names asked for,
role checked, audited).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.domain import enums
from app.domain.training import (
    Attendance,
    Participant,
    RosterEntry,
    Training,
    TrainingSession,
)
from app.services import exports
from app.services.errors import NotFoundError
from app.storage.database import Database

FORMATS = ("xlsx", "csv")


@dataclass
class Labels:
    """The words of the table; `value` names a gender or age band code."""

    code: str = "code"
    name: str = "name"
    gender: str = "gender"
    age_band: str = "age_band"
    attended: str = "sessions attended"
    present: str = "present"
    mark: str = "x"
    value: Callable[[str], str] = field(default=lambda code: code)


@dataclass
class AttendanceTable:
    sessions: list[tuple[str, str]]  # (id, what the column is called: date and topic)
    people: list[tuple[str, str, str, str, str]]  # id, code, name, gender, age band
    present: set[tuple[str, str]]  # (session id, participant id)
    names: bool

    def counts(self, session_id: str) -> dict[str, int]:
        """present, gender:<code>, age_band:<code> for one session."""
        result = {"present": 0}
        result.update({f"gender:{g}": 0 for g in enums.GENDERS})
        result.update({f"age_band:{a}": 0 for a in enums.AGE_BANDS})
        for pid, _code, _name, gender, band in self.people:
            if (session_id, pid) in self.present:
                result["present"] += 1
                result[f"gender:{gender}"] = result.get(f"gender:{gender}", 0) + 1
                result[f"age_band:{band}"] = result.get(f"age_band:{band}", 0) + 1
        return result


def training_table(db: Database, training_id: str,
                   names: dict[str, str] | None = None) -> AttendanceTable:
    """The attendance of a training; a name only for the ids in `names` (revealed
    by `privacy.reveal_names` for a role allowed to see them)."""
    with db.session() as session:
        training = session.get(Training, training_id)
        if training is None or training.deleted:
            raise NotFoundError("training", training_id)
        sessions = session.execute(
            select(TrainingSession.id, TrainingSession.held_on, TrainingSession.topic)
            .where(TrainingSession.training_id == training_id,
                   TrainingSession.deleted.is_(False))
            .order_by(TrainingSession.held_on, TrainingSession.id)).all()
        people = session.execute(
            select(Participant.id, Participant.code, Participant.gender, Participant.age_band)
            .join(RosterEntry, RosterEntry.participant_id == Participant.id)
            .where(RosterEntry.training_id == training_id, RosterEntry.deleted.is_(False),
                   Participant.deleted.is_(False))
            .order_by(Participant.code)).all()
        present = set(session.execute(
            select(Attendance.session_id, Attendance.participant_id)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .where(TrainingSession.training_id == training_id, Attendance.present.is_(True),
                   Attendance.deleted.is_(False))).all())
    names = names or {}
    return AttendanceTable(
        sessions=[(sid, f"{held} {topic}".strip()) for sid, held, topic in sessions],
        people=[(pid, code, names.get(pid, ""), gender, band)
                for pid, code, gender, band in people],
        present=present, names=bool(names))


def rows(table: AttendanceTable, labels: Labels = Labels()) -> list[list]:
    """The table as rows of cells: header, participants, a blank row, counts."""
    head = [labels.code] + ([labels.name] if table.names else []) + [
        labels.gender, labels.age_band] + [title for _sid, title in table.sessions] + [
        labels.attended]
    out: list[list] = [head]
    for pid, code, name, gender, band in table.people:
        marks = [labels.mark if (sid, pid) in table.present else ""
                 for sid, _title in table.sessions]
        out.append([code] + ([name] if table.names else []) + [
            labels.value(gender), labels.value(band)] + marks + [sum(1 for m in marks if m)])
    out.append([])
    lead = 3 + table.names  # the columns before the sessions'
    counts = [table.counts(sid) for sid, _title in table.sessions]
    keys = [("present", labels.present)] + [
        (f"gender:{g}", f"{labels.gender}: {labels.value(g)}") for g in enums.GENDERS] + [
        (f"age_band:{a}", f"{labels.age_band}: {labels.value(a)}") for a in enums.AGE_BANDS]
    for key, title in keys:
        out.append([title] + [""] * (lead - 1) + [c.get(key, 0) for c in counts])
    return out


def write_table(table: AttendanceTable, path: str | Path, labels: Labels = Labels(),
                sheet_title: str = "Attendance") -> int:
    """Write as XLSX or CSV by the file's suffix; the participant rows written.
    Written beside and renamed into place (`exports.written_in_place`): a failure
    leaves the file the user chose as it was."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"an attendance table is written as {' or '.join(FORMATS)}")
    cells = rows(table, labels)
    with exports.written_in_place(path) as temp:
        if kind == "csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle).writerows(cells)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet(sheet_title[:31] or "Attendance")
            for row in cells:
                sheet.append(row)
            book.save(temp)
    return len(table.people)
