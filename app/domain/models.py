"""Every table of the domain, and the list of those that sync."""

from __future__ import annotations

from sqlmodel import SQLModel

from app.domain.base import META_COLUMNS, SyncedModel
from app.domain.field import AdvocacyEvent, Deployment, FieldReport, Publication
from app.domain.organisation import (
    Disbursement,
    Goal,
    Indicator,
    IndicatorValue,
    Partner,
    Project,
)
from app.domain.system import AppUser, AuditEvent, ChangeLog, Device, LocalState, SyncApply
from app.domain.training import (
    Activity,
    Attendance,
    Participant,
    RosterEntry,
    Training,
    TrainingSession,
)

# In dependency order: a parent before its children.
SYNCED_MODELS: tuple[type[SyncedModel], ...] = (
    Device,
    AppUser,
    Partner,
    Project,
    Goal,
    Indicator,
    IndicatorValue,
    Disbursement,
    Activity,
    Training,
    TrainingSession,
    Participant,
    RosterEntry,
    Attendance,
    Deployment,
    FieldReport,
    Publication,
    AdvocacyEvent,
    AuditEvent,
)

LOCAL_MODELS = (ChangeLog, LocalState, SyncApply)

metadata = SQLModel.metadata

_BY_TABLE = {m.__tablename__: m for m in SYNCED_MODELS}


def model_for_table(table: str) -> type[SyncedModel]:
    return _BY_TABLE[table]


def synced_fields(model: type[SyncedModel]) -> list[str]:
    """The logged fields of a synced model: every column but id and hlc."""
    return [c.name for c in model.__table__.columns if c.name not in META_COLUMNS]


__all__ = [
    "SYNCED_MODELS",
    "LOCAL_MODELS",
    "metadata",
    "model_for_table",
    "synced_fields",
    *[m.__name__ for m in SYNCED_MODELS + LOCAL_MODELS],
]
