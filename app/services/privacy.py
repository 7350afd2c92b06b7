"""Who may see participants' names, and the current user of this replica.

Participants are known by their code. Names and contacts are shown only to
roles allowed to see them, and only on demand: the UI asks `reveal_names`
for the rows a user chose to uncover, which refuses other roles and records
the view in the audit trail (`view_names`, with the ids, never the names).
"""

from __future__ import annotations

from sqlalchemy import select, text

from app.domain.system import AppUser, LocalState
from app.domain.training import Participant
from app.services.audit import record_in
from app.services.errors import NotFoundError, ServiceError
from app.storage.database import Database

ROLES_SEEING_NAMES = frozenset({"coordinator", "field_staff"})
CURRENT_USER_KEY = "current_user_id"


class NamesHiddenError(ServiceError):
    """The current user's role may not see participants' names."""

    def __init__(self, role: str | None):
        self.role = role
        super().__init__(f"the role {role or '(none)'} may not see participants' names")


def may_view_names(role: str | None) -> bool:
    return role in ROLES_SEEING_NAMES


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


def reveal_names(db: Database, participant_ids: list[str]) -> dict[str, tuple[str, str]]:
    """{participant id: (name, contact)} for the current user, if their role allows."""
    user = current_user(db)
    if user is None or not may_view_names(user.role):
        raise NamesHiddenError(user.role if user else None)
    query = select(Participant.id, Participant.name, Participant.contact).where(
        Participant.id.in_(participant_ids))
    with db.session() as session:
        shown = {pid: (name, contact) for pid, name, contact in session.execute(query)}
        if shown:
            record_in(session, db.device_id, user, "view_names",
                      f"{len(shown)} participant(s): {','.join(sorted(shown))}")
        return shown
