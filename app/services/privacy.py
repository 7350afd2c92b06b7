"""Who may see participants' names (the current user is `current_user`'s).

Participants are known by their code. Names and contacts are shown only to
roles allowed to see them, and only on demand: the UI asks `reveal_names`
for the rows a user chose to uncover, which refuses other roles and records
the view in the audit trail (`view_names`, with the ids, never the names).
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.training import Participant
from app.services.audit import record_in
from app.services.current_user import current_user
from app.services.errors import ServiceError
from app.storage.database import Database

ROLES_SEEING_NAMES = frozenset({"coordinator", "field_staff"})


class NamesHiddenError(ServiceError):
    """The current user's role may not see participants' names."""

    def __init__(self, role: str | None):
        self.role = role
        super().__init__(f"the role {role or '(none)'} may not see participants' names")


def may_view_names(role: str | None) -> bool:
    return role in ROLES_SEEING_NAMES


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
                      f"{len(shown)} participant{'' if len(shown) == 1 else 's'}: "
                      f"{','.join(sorted(shown))}")
        return shown
