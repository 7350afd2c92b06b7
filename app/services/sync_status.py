"""What the status bar says about sync, read from the local bookkeeping.

The same facts `app.sync` keeps (services may not import sync): a change made
here is unacknowledged while its change-log `seq` is above
`local_state['acked_seq']` (no acknowledgement yet means 0), as
`SyncService.unacknowledged_count` counts them; the last sync time is
`local_state['last_sync_at']` (an ISO 8601 timestamp), absent before the first.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from app.domain.system import ChangeLog, LocalState
from app.storage.database import Database

ACKED_SEQ_KEY = "acked_seq"
LAST_SYNC_KEY = "last_sync_at"


def _state(session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def unacknowledged_changes(db: Database) -> int:
    """Changes made or received here that headquarters has not acknowledged."""
    with db.session() as session:
        raw = _state(session, ACKED_SEQ_KEY)
        acked = int(raw) if raw and raw.strip().lstrip("-").isdigit() else 0
        return session.scalar(select(func.count()).select_from(ChangeLog)
                              .where(ChangeLog.seq > acked,
                                     ChangeLog.device_id == db.device_id))


def last_sync_at(db: Database) -> datetime | None:
    """When this replica last synced, or None if it never has (or it is unreadable)."""
    with db.session() as session:
        raw = _state(session, LAST_SYNC_KEY)
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None
