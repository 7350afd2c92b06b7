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

from sqlalchemy import select

from app.domain.system import AuditEvent
from app.services.audit_log import now_iso, record_in  # noqa: F401 - their old home
from app.services.current_user import current_user
from app.storage import audit_chain
from app.storage.database import Database


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
