"""Bring a tombstoned record back: what undoing a delete (or redoing a create) needs.

Deleting sets the tombstone, so undoing it is an edit of the same field, which
syncs like any other. The record is checked again first: a reference may
point at a row deleted in the meantime, or its unique code may be taken.
"""

from __future__ import annotations

from app.domain.models import model_for_table
from app.services.errors import NotFoundError, ValidationError
from app.services.validation import check
from app.storage.database import Database


def restore(db: Database, entity: str, row_id: str) -> None:
    model = model_for_table(entity)
    with db.session() as session:
        record = session.get(model, row_id)
        if record is None:
            raise NotFoundError(entity, row_id)
        if not record.deleted:
            return
        problems = check(session, model, record)
        if problems:
            raise ValidationError(entity, problems)
        record.deleted = False
