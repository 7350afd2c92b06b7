"""The audit trail: who saw names, exported, imported, rekeyed, resolved conflicts.

Rows are `AuditEvent`s, a synced table, so headquarters receives the trail of
every laptop in its bundles. The database itself refuses to update or delete
them (migration 0003), so the trail is append-only even for raw SQL; there is
no service method to change one either.

A wipe is not recorded: it destroys the database the record would go into,
and a note left behind saying "a wipe happened here" would itself tell
whoever seized the laptop that something was hidden. Headquarters learns of a
wipe from the silence of the device and from the person who did it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from app.domain.system import AUDIT_ACTIONS, AppUser, AuditEvent
from app.services.current_user import current_user
from app.services.errors import Problem, ValidationError
from app.storage.database import Database


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds and a Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def record_in(session: Session, device_id: str, user: AppUser | None, action: str,
              detail: str = "") -> AuditEvent:
    """Add an audit event inside the caller's unit of work (same transaction)."""
    if action not in AUDIT_ACTIONS:
        raise ValidationError("audit_event", [Problem("action", "not_allowed",
                                                      {"allowed": list(AUDIT_ACTIONS)})])
    event = AuditEvent(occurred_at=now_iso(), device_id=device_id,
                       user_id=user.id if user else None, user_name=user.name if user else "",
                       action=action, detail=detail)
    session.add(event)
    session.flush()
    return event


class AuditService:
    """Append to and read the audit trail of one open database."""

    def __init__(self, db: Database):
        self.db = db

    def record(self, action: str, detail: str = "") -> AuditEvent:
        """Record that the current user did `action` on this device, now."""
        user = current_user(self.db)
        with self.db.session() as session:
            return record_in(session, self.db.device_id, user, action, detail)

    def list(self, action: str | None = None, device_id: str | None = None,
             limit: int | None = None) -> list[AuditEvent]:
        """Events, newest first (by clock stamp), optionally of one action or device."""
        query = select(AuditEvent).where(AuditEvent.deleted.is_(False))
        if action is not None:
            query = query.where(AuditEvent.action == action)
        if device_id is not None:
            query = query.where(AuditEvent.device_id == device_id)
        query = query.order_by(AuditEvent.hlc.desc(), AuditEvent.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session:
            return list(session.scalars(query))
