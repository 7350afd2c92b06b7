"""Rosters and attendance: the intern's workflow at the door.

A training has one roster shared by all its sessions. Attendance is the fact
(session, participant) -> present. Both rows have ids derived from their pair
(`ids.pair_id`), so the same fact recorded on two laptops is one record after
a merge, and marking twice is an update, not a duplicate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session

from app.domain.ids import pair_id
from app.domain.training import Attendance, Participant, RosterEntry, TrainingSession
from app.services.entity import EntityService
from app.services.errors import NotFoundError, NotOnRosterError, ValidationError
from app.services.validation import check
from app.storage.database import Database


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
