"""People posted to partners, visits, publications and advocacy in Sweden."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from app.domain.base import SyncedModel
from app.domain.types import CanonicalJSON


class Deployment(SyncedModel, table=True):
    """A staff member, intern or expert posted to a partner."""

    partner_id: str = Field(foreign_key="partner.id", index=True)
    person: str
    role: str = "staff"
    start_date: date
    end_date: date | None = None
    note: str = ""


class FieldReport(SyncedModel, table=True):
    """Notes of a field visit; attachments are referenced by SHA-256."""

    __tablename__ = "field_report"

    partner_id: str = Field(foreign_key="partner.id", index=True)
    project_id: str | None = Field(default=None, foreign_key="project.id")
    visited_on: date
    author: str = ""
    place: str = ""
    notes: str = ""
    attachments: list[str] = Field(default_factory=list, sa_type=CanonicalJSON)


class Publication(SyncedModel, table=True):
    """Research or a publication produced with partners."""

    title: str
    kind: str = "report"
    authors: str = ""
    partner_id: str | None = Field(default=None, foreign_key="partner.id")
    published_on: date | None = None
    language: str = ""
    url: str = ""


class AdvocacyEvent(SyncedModel, table=True):
    """An information or advocacy event in Sweden, with audience by group."""

    __tablename__ = "advocacy_event"

    kind: str = "lecture"
    title: str
    held_on: date
    place: str = ""
    audience_university: int = 0
    audience_students: int = 0
    audience_decision_makers: int = 0
    audience_libraries: int = 0
    audience_art_halls: int = 0
    audience_public: int = 0
