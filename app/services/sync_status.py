"""What the status bar says about sync, read from the local bookkeeping.

The same facts `app.sync` keeps (services may not import sync): a change made
here is unacknowledged while its change-log `seq` is above
`local_state['acked_seq']` (no acknowledgement yet means 0), the predicate
`OWN_UNACKNOWLEDGED_SQL` that a wipe's warning counts by as well; the last
sync time is `local_state['last_sync_at']` (an ISO 8601 timestamp), absent before the first.
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import func, select, text

from app.domain.hlc import DEVICE_OFFSET
from app.domain.system import ChangeLog, LocalState
from app.storage.changelog import ACKED_SEQ_SQL, OWN_UNACKNOWLEDGED_SQL
from app.storage.database import Database

LAST_SYNC_KEY = "last_sync_at"


def _state(session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row else None


def unacknowledged_changes(db: Database) -> int:
    """Changes made here that headquarters has not acknowledged."""
    with db.session() as session:
        return session.scalar(text(
            f"SELECT count(*) FROM change_log WHERE {OWN_UNACKNOWLEDGED_SQL}"))


def overridden_edits(db: Database) -> int:
    """Unreviewed conflicts whose set-aside value was written here: this replica's own
    edits that a later one, made without seeing them, overrode (docs/sync.md §4.1).
    A stamp ends in the id of the device that made it."""
    with db.session() as session:
        return session.scalar(text(
            "SELECT count(*) FROM sync_conflict WHERE resolved = 0 "
            f"AND substr(loser_hlc, {DEVICE_OFFSET + 1}) = :device"), {"device": db.device_id})


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


class UnacknowledgedCounter:
    """`unacknowledged_changes`, counted incrementally for a status bar.

    The change log of a big database holds millions of rows and counting this
    device's among them takes seconds; asked again, only rows added since the
    last call (a range of the primary key) are counted, until the
    acknowledged seq moves and everything is counted afresh. Safe to call
    from several threads.
    """

    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.Lock()
        self._acked: int | None = None
        self._seen = 0
        self._count = 0

    def __call__(self) -> int:
        with self._lock, self.db.session() as session:
            acked = session.scalar(text(f"SELECT {ACKED_SEQ_SQL}"))
            if acked != self._acked:
                self._acked, self._seen, self._count = acked, acked, 0
            top = session.scalar(select(func.max(ChangeLog.seq))) or 0
            if top > self._seen:
                self._count += session.scalar(
                    select(func.count()).select_from(ChangeLog).where(
                        ChangeLog.seq > self._seen, ChangeLog.seq <= top,
                        ChangeLog.device_id == self.db.device_id))
                self._seen = top
            return self._count
