"""Activities, trainings with their sessions, participants and attendance."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.domain.base import SyncedModel
from app.domain.types import CanonicalJSON


class Activity(SyncedModel, table=True):
    """Something a project did: a workshop, a lecture, a field visit..."""

    project_id: str = Field(foreign_key="project.id", index=True)
    kind: str = "workshop"
    topic: str
    place: str = ""
    start_date: date
    end_date: date | None = None
    facilitators: list[str] = Field(default_factory=list, sa_type=CanonicalJSON)
    audience: str = ""
    audience_count: int | None = None


class Training(SyncedModel, table=True):
    """A series of sessions that share one roster of participants."""

    project_id: str = Field(foreign_key="project.id", index=True)
    activity_id: str | None = Field(default=None, foreign_key="activity.id")
    title: str
    topic: str = ""
    place: str = ""
    start_date: date | None = None
    end_date: date | None = None


class TrainingSession(SyncedModel, table=True):
    """One meeting of a training, on one day."""

    __tablename__ = "training_session"

    training_id: str = Field(foreign_key="training.id", index=True)
    held_on: date
    topic: str = ""
    completed: bool = False


class Participant(SyncedModel, table=True):
    """A person who takes part. Known by a code; name and contact optional."""

    code: str = Field(index=True)
    name: str = ""
    contact: str = ""
    gender: str = "undisclosed"
    age_band: str = "unknown"
    organisation: str = ""
    consent: bool = False
    partner_id: str | None = Field(default=None, foreign_key="partner.id")

    __sensitive__ = ("name", "contact")


class RosterEntry(SyncedModel, table=True):
    """A participant on a training's roster; id derived from the pair."""

    __tablename__ = "roster_entry"

    training_id: str = Field(foreign_key="training.id", index=True)
    participant_id: str = Field(foreign_key="participant.id", index=True)


class Attendance(SyncedModel, table=True):
    """Whether a participant was present at a session; id derived from the pair."""

    session_id: str = Field(foreign_key="training_session.id", index=True)
    participant_id: str = Field(foreign_key="participant.id", index=True)
    present: bool = True
