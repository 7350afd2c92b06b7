"""Give every ORM write a fresh clock stamp, and persist the clock.

A Session opened by `Database.session()` carries the device's HybridClock in
`session.info["clock"]`. Before each flush, new and modified synced rows get
`hlc = clock.tick()`; the triggers in `changelog.py` then log their fields.
An ORM delete of a synced row is refused: deleting is setting the tombstone.
"""

from __future__ import annotations

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from app.domain.base import SyncedModel

LAST_HLC_KEY = "last_hlc"


class HardDeleteError(Exception):
    """A synced row was deleted outright instead of tombstoned."""


@event.listens_for(Session, "before_flush")
def _stamp_rows(session: Session, _context, _instances) -> None:
    clock = session.info.get("clock")
    for obj in session.deleted:
        if isinstance(obj, SyncedModel):
            raise HardDeleteError(f"{type(obj).__tablename__} rows are tombstoned, not deleted")
    touched = [o for o in session.new if isinstance(o, SyncedModel)]
    touched += [o for o in session.dirty
                if isinstance(o, SyncedModel) and session.is_modified(o)]
    if touched and clock is None:
        raise RuntimeError("synced rows written through a session without a clock")
    for obj in touched:
        obj.hlc = clock.tick()


@event.listens_for(Session, "after_flush")
def _persist_clock(session: Session, _context) -> None:
    clock = session.info.get("clock")
    if clock is not None and clock.last and clock.last != session.info.get("persisted_hlc"):
        save_last_stamp(session, clock.last)
        session.info["persisted_hlc"] = clock.last


def save_last_stamp(session: Session, stamp: str) -> None:
    session.connection().execute(
        text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": LAST_HLC_KEY, "v": stamp},
    )
