"""Create, read, update, delete, list and search one kind of record.

Every method is one unit of work (its own transaction). Input is checked in
full before anything is written; a failure raises a typed error and writes
nothing. Delete sets the tombstone; tombstoned rows are invisible to `get`
and `list` unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from sqlalchemy import String, false, func, or_, select
from sqlmodel import AutoString, Session

from app.domain.base import SyncedModel
from app.services.errors import NotFoundError, Problem, ValidationError
from app.services.validation import check, coerce
from app.storage.database import Database

M = TypeVar("M", bound=SyncedModel)


def like_escape(text: str) -> str:
    """User text taken literally inside a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class EntityService(Generic[M]):
    def __init__(self, db: Database, model: type[M]):
        self.db = db
        self.model = model
        self.entity = model.__tablename__

    # -- writing -----------------------------------------------------------
    def create(self, **data) -> M:
        with self.db.session() as session:
            return self.create_in(session, **data)

    def create_in(self, session: Session, **data) -> M:
        """Create inside a caller's unit of work (several writes, one transaction)."""
        values, problems = coerce(self.model, data)
        record = self.model(**values)
        problems = _all_at_once(problems, check(session, self.model, record))
        if problems:
            raise ValidationError(self.entity, problems)
        session.add(record)
        session.flush()
        return record

    def update(self, row_id: str, **data) -> M:
        with self.db.session() as session:
            return self.update_in(session, row_id, **data)

    def update_in(self, session: Session, row_id: str, **data) -> M:
        record = self._live(session, row_id)
        values, problems = coerce(self.model, data)
        for name, value in values.items():
            setattr(record, name, value)
        problems = _all_at_once(problems, check(session, self.model, record))
        if problems:
            session.expunge(record)
            raise ValidationError(self.entity, problems)
        session.flush()
        return record

    def delete(self, row_id: str) -> None:
        with self.db.session() as session:
            self._live(session, row_id).deleted = True

    # -- reading -----------------------------------------------------------
    def get(self, row_id: str, include_deleted: bool = False) -> M:
        with self.db.session() as session:
            return self._live(session, row_id, include_deleted)

    def _live(self, session: Session, row_id: str, include_deleted: bool = False) -> M:
        record = session.get(self.model, row_id) if isinstance(row_id, str) else None
        if record is None or (record.deleted and not include_deleted):
            raise NotFoundError(self.entity, str(row_id))
        return record

    def list(
        self,
        search: str | None = None,
        filters: dict | None = None,
        order_by: str | Iterable[str] | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> list[M]:
        query = self._query(search, filters, include_deleted)
        for name in [order_by] if isinstance(order_by, str) else (order_by or []):
            column = self._column(name)
            query = query.order_by(column.desc() if descending else column)
        query = query.order_by(self.model.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.session() as session:
            return list(session.scalars(query))

    def count(self, search: str | None = None, filters: dict | None = None,
              include_deleted: bool = False) -> int:
        query = self._query(search, filters, include_deleted).subquery()
        with self.db.session() as session:
            return session.scalar(select(func.count()).select_from(query))

    def _query(self, search, filters, include_deleted):
        query = select(self.model)
        if not include_deleted:
            query = query.where(self.model.deleted.is_(False))
        for name, value in (filters or {}).items():
            query = query.where(self._column(name) == value)
        if search:
            needle = "%" + like_escape(search.casefold()) + "%"
            columns = [self._column(n) for n in self.search_fields()]
            query = query.where(or_(false(), *[func.fb_fold(c).like(needle, escape="\\")
                                               for c in columns]))
        return query

    def search_fields(self) -> list[str]:
        """Text columns a search looks in, sensitive ones (names) excepted."""
        sensitive = set(self.model.__sensitive__)
        return [c.name for c in self.model.__table__.columns
                if c.name not in sensitive and c.name not in ("id", "hlc")
                and isinstance(c.type, AutoString | String) and not c.foreign_keys]

    def _column(self, name: str):
        if name not in self.model.__table__.columns:
            raise ValidationError(self.entity, [Problem(name, "unknown_field",
                                                        {"entity": self.entity})])
        return getattr(self.model, name)


def _all_at_once(unreadable: list[Problem], found: list[Problem]) -> list[Problem]:
    """Every problem in one answer, so a form shows them all at once: the values that
    could not be read, and the rules broken by the rest (a field that could not be
    read is not also called missing)."""
    fields = {problem.field for problem in unreadable}
    return unreadable + [problem for problem in found if problem.field not in fields]
