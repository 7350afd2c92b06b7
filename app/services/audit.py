"""The audit trail: who saw names, exported, imported, rekeyed, resolved conflicts.

Rows are `AuditEvent`s, a synced table, so headquarters receives the trail of
every laptop in its bundles. The database itself refuses to update or delete
them (migrations 0003 and 0004, a merge included), so the trail is append-only
even for raw SQL; there is no service method to change one either. Each event
is hash-chained to the one its device recorded before (app/storage/audit_chain.py),
so what the triggers cannot stop (someone editing the file with other tools)
is found by `verify` (`faltbok audit verify`).

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
from app.storage import audit_chain
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
    session.flush()  # earlier events of this unit of work first: the chain's head
    event.chain_prev = audit_chain.head(session.connection(), device_id)
    event.chain_hash = audit_chain.event_hash(event.model_dump())
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

    def verify(self) -> audit_chain.Verdict:
        """Check every device's hash chain (rewritten, deleted, forked, reordered)."""
        with self.db.engine.connect() as connection:
            return audit_chain.verify(connection)

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
