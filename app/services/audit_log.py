"""Appending one audit event inside a unit of work (the trail itself: `audit`).

Its own module so that `current_user`, which audits a role switch, can record
without importing `audit`, which needs `current_user` for who is recording.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from app.domain.system import AUDIT_ACTIONS, AppUser, AuditEvent
from app.services.errors import Problem, ValidationError
from app.storage import audit_chain


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
