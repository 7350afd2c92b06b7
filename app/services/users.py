"""The users of the app, with role changes guarded (see `roles`).

An `EntityService` for `app_user` whose writes check, inside their own unit of
work, that whoever is at the keyboard may give that role: creating a user
above one's own role, changing anyone's role, or deleting a user needs a
coordinator as the current user or the coordinator PIN / passphrase as
`secret`. The command line (`faltbok record create app_user role=coordinator`)
meets the same refusal, since it comes through here too. A change that needed
the secret is audited (`role_change`, ids and roles only).
"""

from __future__ import annotations

from app.domain.system import AppUser
from app.services import roles
from app.services.audit import record_in
from app.services.current_user import current_user
from app.services.entity import EntityService
from app.storage.database import Database


class UserService(EntityService[AppUser]):
    attempt_limit = roles.DEFAULT_ATTEMPT_LIMIT

    def __init__(self, db: Database):
        super().__init__(db, AppUser)

    def _authority(self, action: str, needed: bool, secret: str | None) -> str | None:
        """None if no secret was needed, else "pin"/"passphrase" (or raises)."""
        if not needed:
            return None
        return roles.verify_secret(self.db, secret, action, self.attempt_limit)

    def _guarded(self, current, action: str, raises_role: bool, secret: str | None):
        needed = (roles.protected(self.db) and not roles.is_coordinator(current)
                  and raises_role)
        return self._authority(action, needed, secret)

    def create(self, secret: str | None = None, **data) -> AppUser:
        current = current_user(self.db)
        role = data.get("role") or AppUser.model_fields["role"].default
        how = self._guarded(current, "create_user",
                            roles.rank(role) > roles.rank(current.role if current else None),
                            secret)
        with self.db.session() as session:
            user = self.create_in(session, **data)
            if how is not None:
                record_in(session, self.db.device_id, current, "role_change",
                          f"created {user.role} user {user.id} with the {how}")
            return user

    def update(self, row_id: str, secret: str | None = None, **data) -> AppUser:
        current = current_user(self.db)
        before = self.get(row_id)
        changes_role = "role" in data and data["role"] != before.role
        how = self._guarded(current, "change_role", changes_role, secret)
        with self.db.session() as session:
            user = self.update_in(session, row_id, **data)
            if how is not None:
                record_in(session, self.db.device_id, current, "role_change",
                          f"user {row_id} from {before.role} to {user.role} with the {how}")
            return user

    def delete(self, row_id: str, secret: str | None = None) -> None:
        current = current_user(self.db)
        self.get(row_id)
        how = self._guarded(current, "delete_user", True, secret)
        with self.db.session() as session:
            self._live(session, row_id).deleted = True
            if how is not None:
                record_in(session, self.db.device_id, current, "role_change",
                          f"deleted user {row_id} with the {how}")
