"""Who is using this replica: the user the audit trail and the name rules go by.

One row of `local_state` (never synced: each laptop has its own person at the
keyboard). Its own module because both the audit trail (`audit`, which
records who did something) and the name rules (`privacy`, which records
through the audit trail) need it, and neither may import the other back.

Switching to a user whose role sees more needs the coordinator PIN or the
passphrase (`roles`); a switch that needed one is audited (`role_change`).
"""

from __future__ import annotations

from sqlalchemy import text

from app.domain.system import AppUser, LocalState
from app.services import roles
from app.services.audit_log import record_in
from app.services.errors import NotFoundError
from app.storage.database import Database

CURRENT_USER_KEY = "current_user_id"


def current_user(db: Database) -> AppUser | None:
    with db.session() as session:
        state = session.get(LocalState, CURRENT_USER_KEY)
        user = session.get(AppUser, state.value) if state else None
        return user if user is not None and not user.deleted else None


def set_current_user(db: Database, user_id: str, secret: str | None = None,
                     attempt_limit: int = roles.DEFAULT_ATTEMPT_LIMIT) -> AppUser:
    """Make `user_id` the current user; RoleSecretRequiredError / WrongRoleSecretError
    if that raises the role and `secret` is not the coordinator PIN or the passphrase."""
    before = current_user(db)
    with db.session() as session:
        user = session.get(AppUser, user_id)
        if user is None or user.deleted:
            raise NotFoundError("app_user", user_id)
        target_role = user.role
    how = None
    if roles.needs_secret_to_become(db, before, target_role):
        how = roles.verify_secret(db, secret, "switch_user", attempt_limit)
    with db.session() as session:
        user = session.get(AppUser, user_id)
        session.execute(text("INSERT INTO local_state(key, value) VALUES (:k, :v) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {"k": CURRENT_USER_KEY, "v": user_id})
        if how is not None:
            record_in(session, db.device_id, user, "role_change",
                      f"became {target_role} user {user_id} with the {how}; "
                      f"was {before.id if before else 'nobody'}")
        return user
