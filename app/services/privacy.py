"""Who may see participants' names (the current user is `current_user`'s).

Participants are known by their code. Names and contacts are shown only to
roles allowed to see them, and only on demand: the UI asks `reveal_names`
for the rows a user chose to uncover (`reveal_fields` for one record of any
kind with sensitive fields, e.g. a partner's contact), which refuses other
roles and records the view in the audit trail (`view_names`, with the table
and ids, never the names), whatever the role.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.models import model_for_table
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


def reveal_fields(db: Database, table: str, row_id: str) -> dict[str, object]:
    """{field: value} of the sensitive fields of one record (a participant's name
    and contact, a partner's contact) for the current user, if their role
    allows; audited as `view_names` with the table and id."""
    model = model_for_table(table)
    if table == Participant.__tablename__:
        shown = reveal_names(db, [row_id])
        return dict(zip(("name", "contact"), shown[row_id], strict=True)) if row_id in shown else {}
    user = current_user(db)
    if user is None or not may_view_names(user.role):
        raise NamesHiddenError(user.role if user else None)
    with db.session() as session:
        record = session.get(model, row_id)
        if record is None or record.deleted:
            return {}
        shown = {name: getattr(record, name) for name in model.__sensitive__}
        record_in(session, db.device_id, user, "view_names",
                  f"{table} {row_id}: {','.join(sorted(shown))}")
        return shown
