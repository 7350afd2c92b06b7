"""Rosters and attendance: the intern's workflow at the door.

A training has one roster shared by all its sessions. Attendance is the fact
(session, participant) -> present. Both rows have ids derived from their pair
(`ids.pair_id`), so the same fact recorded on two laptops is one record after
a merge, and marking twice is an update, not a duplicate.

The page's actions (`check_in`, `walk_in`, `complete_step`) each write one
transaction and return an `AttendanceStep`: the rows they wrote, by id, with
their state before and after. `revert(step)` puts exactly those rows back and
`replay(step)` writes them again, so an undo never depends on what a roster
shows or where a row sits in it (see `attendance_steps`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from app.domain.ids import pair_id
from app.domain.training import (
    Attendance,
    Participant,
    RosterEntry,
    Training,
    TrainingSession,
)
from app.services.attendance_steps import AttendanceStep, StepRecorder, apply_states
from app.services.entity import EntityService
from app.services.errors import NotFoundError, NotOnRosterError, ValidationError
from app.services.validation import check
from app.storage.database import Database


def pick_session(sessions: Iterable[tuple[str, date, bool]], day: date) -> str | None:
    """Which of a training's sessions (id, held on, completed) to open on `day`.

    The one held that day (one not completed first); else the session not yet
    completed that is nearest to the day (the earlier one if two are as near:
    a sheet filled in late is likelier than one filled in early); else the
    last session. The page says so in words when it is not today's."""
    rows = sorted(sessions, key=lambda row: (row[1], row[0]))
    if not rows:
        return None
    today = [row for row in rows if row[1] == day]
    if today:
        return min(today, key=lambda row: row[2])[0]
    open_ones = [row for row in rows if not row[2]]
    if open_ones:
        return min(open_ones, key=lambda row: (abs((row[1] - day).days), row[1]))[0]
    return rows[-1][0]


@dataclass
class SessionCounts:
    present: int = 0
    by_gender: Counter = field(default_factory=Counter)
    by_age_band: Counter = field(default_factory=Counter)


class AttendanceService:
    def __init__(self, db: Database, participants: EntityService[Participant]):
        self.db = db
        self.participants = participants

    # -- roster ------------------------------------------------------------
    def add_to_roster(self, training_id: str, participant_id: str) -> RosterEntry:
        with self.db.session() as session:
            return self._enrol(session, training_id, participant_id)

    def _enrol(self, session: Session, training_id: str, participant_id: str) -> RosterEntry:
        entry = session.get(RosterEntry, pair_id("roster", training_id, participant_id))
        if entry is None:
            entry = RosterEntry(id=pair_id("roster", training_id, participant_id),
                                training_id=training_id, participant_id=participant_id)
            self._check_refs(session, entry)
            session.add(entry)
        elif entry.deleted:
            self._check_refs(session, entry)
            entry.deleted = False
        session.flush()
        return entry

    def _check_refs(self, session: Session, entry: RosterEntry) -> None:
        problems = check(session, RosterEntry, entry)
        if problems:
            raise ValidationError("roster_entry", problems)

    def remove_from_roster(self, training_id: str, participant_id: str) -> None:
        with self.db.session() as session:
            entry = session.get(RosterEntry, pair_id("roster", training_id, participant_id))
            if entry is None or entry.deleted:
                raise NotFoundError("roster_entry", f"{training_id}/{participant_id}")
            entry.deleted = True

    def roster(self, training_id: str) -> list[Participant]:
        query = (select(Participant)
                 .join(RosterEntry, RosterEntry.participant_id == Participant.id)
                 .where(RosterEntry.training_id == training_id,
                        RosterEntry.deleted.is_(False), Participant.deleted.is_(False))
                 .order_by(Participant.code))
        with self.db.session() as session:
            return list(session.scalars(query))

    # -- attendance --------------------------------------------------------
    def mark(self, session_id: str, participant_id: str, present: bool = True) -> Attendance:
        with self.db.session() as session:
            return self._mark(session, session_id, participant_id, present)

    def _mark(self, session: Session, session_id: str, participant_id: str,
              present: bool) -> Attendance:
        meeting = self._meeting(session, session_id)
        on_roster = session.get(RosterEntry, pair_id("roster", meeting.training_id,
                                                     participant_id))
        if on_roster is None or on_roster.deleted:
            raise NotOnRosterError(participant_id, meeting.training_id)
        row_id = pair_id("attendance", session_id, participant_id)
        row = session.get(Attendance, row_id)
        if row is None:
            row = Attendance(id=row_id, session_id=session_id, participant_id=participant_id,
                             present=present)
            session.add(row)
        else:
            row.present, row.deleted = present, False
        session.flush()
        return row

    def add_walk_in(self, session_id: str, **participant) -> Participant:
        """A new participant, put on the roster and marked present, in one go."""
        with self.db.session() as session:
            meeting = self._meeting(session, session_id)
            person = self.participants.create_in(session, **participant)
            self._enrol(session, meeting.training_id, person.id)
            self._mark(session, session_id, person.id, True)
            return person

    # -- the page's actions, each one undoable step ----------------------------
    def check_in(self, session_id: str, participant_id: str,
                 present: bool = True) -> AttendanceStep:
        """Mark present (or not). Marking someone as they already are writes nothing:
        the step's `kind` says `already_present` / `already_absent`."""
        with self.db.session() as session:
            record = StepRecorder(session)
            person = self._person(session, participant_id)
            row_id = pair_id("attendance", session_id, participant_id)
            before = session.get(Attendance, row_id)
            if before is not None and not before.deleted and before.present is present:
                return record.step("already_present" if present else "already_absent",
                                   session_id, person)
            record.watch(Attendance, row_id)
            self._mark(session, session_id, participant_id, present)
            return record.step("check_in" if present else "check_out", session_id, person)

    def walk_in(self, session_id: str, **participant) -> AttendanceStep:
        """Someone at the door who is not on the roster, in one transaction.

        A code no live participant has: a new participant, put on the roster and
        marked present (`walk_in_new`). A code known from another training (or
        this one): that person joins the roster and is marked present
        (`walk_in_known`), the other fields typed are not applied to them. Already
        on the roster and present: nothing is written (`already_present`)."""
        with self.db.session() as session:
            record = StepRecorder(session)
            meeting = self._meeting(session, session_id)
            code = str(participant.get("code") or "").strip()
            known = session.scalars(select(Participant).where(
                Participant.code == code, Participant.deleted.is_(False)).limit(1)).first() \
                if code else None
            if known is None:
                person = self.participants.create_in(session, **participant)
                record.created(Participant, person.id)
                kind = "walk_in_new"
            else:
                person, kind = known, "walk_in_known"
                marked = session.get(Attendance, pair_id("attendance", session_id, person.id))
                entry = session.get(RosterEntry, pair_id("roster", meeting.training_id,
                                                         person.id))
                if entry is not None and not entry.deleted:
                    if marked is not None and not marked.deleted and marked.present:
                        return record.step("already_present", session_id, person)
                    kind = "check_in"  # on this roster already: an ordinary check-in
            record.watch(RosterEntry, pair_id("roster", meeting.training_id, person.id))
            record.watch(Attendance, pair_id("attendance", session_id, person.id))
            self._enrol(session, meeting.training_id, person.id)
            self._mark(session, session_id, person.id, True)
            return record.step(kind, session_id, person)

    def complete_step(self, session_id: str, completed: bool = True) -> AttendanceStep:
        """Mark a session complete (or open again), as an undoable step."""
        with self.db.session() as session:
            record = StepRecorder(session)
            meeting = self._meeting(session, session_id)
            if meeting.completed is completed:
                return record.step("already_complete" if completed else "already_open",
                                   session_id, None)
            record.watch(TrainingSession, session_id)
            meeting.completed = completed
            return record.step("complete" if completed else "reopen", session_id, None)

    def revert(self, step: AttendanceStep) -> None:
        """Undo: the rows the step wrote go back to their state before it, in one
        transaction; a row the step created is tombstoned (it syncs as a delete)."""
        with self.db.session() as session:
            apply_states(session, [(c.table, c.row_id, c.before) for c in reversed(step.rows)])

    def replay(self, step: AttendanceStep) -> None:
        """Redo: the rows the step wrote get its state after it again. A row that
        comes back to life is checked first (its code may be taken meanwhile)."""
        with self.db.session() as session:
            apply_states(session, [(c.table, c.row_id, c.after) for c in step.rows])

    def session_for_day(self, day: date, training_id: str | None = None) -> str | None:
        """The session to take attendance for on `day`, or None if there is none.

        With a training: its session held that day. Without: among every
        training's sessions held that day, one not yet completed comes first,
        then the one of the training that started last (the training list shows
        the newest first, so this is the topmost one), then the earliest created.
        """
        query = (select(TrainingSession.id)
                 .join(Training, Training.id == TrainingSession.training_id)
                 .where(TrainingSession.held_on == day, TrainingSession.deleted.is_(False),
                        Training.deleted.is_(False))
                 .order_by(TrainingSession.completed, Training.start_date.desc().nulls_last(),
                           TrainingSession.id)
                 .limit(1))
        if training_id is not None:
            query = query.where(TrainingSession.training_id == training_id)
        with self.db.session() as session:
            return session.scalars(query).first()

    def _person(self, session: Session, participant_id: str) -> Participant:
        person = session.get(Participant, participant_id)
        if person is None or person.deleted:
            raise NotFoundError("participant", participant_id)
        return person

    def present_ids(self, session_id: str) -> set[str]:
        query = select(Attendance.participant_id).where(
            Attendance.session_id == session_id, Attendance.present.is_(True),
            Attendance.deleted.is_(False))
        with self.db.session() as session:
            return set(session.scalars(query))

    def counts(self, session_id: str) -> SessionCounts:
        """Present participants of a session, by gender and by age band."""
        query = (select(Participant.gender, Participant.age_band)
                 .join(Attendance, Attendance.participant_id == Participant.id)
                 .where(Attendance.session_id == session_id, Attendance.present.is_(True),
                        Attendance.deleted.is_(False)))
        result = SessionCounts()
        with self.db.session() as session:
            for gender, age_band in session.execute(query):
                result.present += 1
                result.by_gender[gender] += 1
                result.by_age_band[age_band] += 1
        return result

    def complete(self, session_id: str, completed: bool = True) -> TrainingSession:
        with self.db.session() as session:
            meeting = self._meeting(session, session_id)
            meeting.completed = completed
            return meeting

    def _meeting(self, session: Session, session_id: str) -> TrainingSession:
        meeting = session.get(TrainingSession, session_id)
        if meeting is None or meeting.deleted:
            raise NotFoundError("training_session", session_id)
        return meeting
