"""Who is using this replica: the user the audit trail and the name rules go by.

One row of `local_state` (never synced: each laptop has its own person at the
keyboard). Its own module because both the audit trail (`audit`, which
records who did something) and the name rules (`privacy`, which records
through the audit trail) need it, and neither may import the other back.
"""

from __future__ import annotations

from sqlalchemy import text

from app.domain.system import AppUser, LocalState
from app.services.errors import NotFoundError
from app.storage.database import Database

CURRENT_USER_KEY = "current_user_id"


def current_user(db: Database) -> AppUser | None:
    with db.session() as session:
        state = session.get(LocalState, CURRENT_USER_KEY)
        user = session.get(AppUser, state.value) if state else None
        return user if user is not None and not user.deleted else None


def set_current_user(db: Database, user_id: str) -> AppUser:
    with db.session() as session:
        user = session.get(AppUser, user_id)
        if user is None or user.deleted:
            raise NotFoundError("app_user", user_id)
        session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {"k": CURRENT_USER_KEY, "v": user_id})
        return user
