"""Turn raw input into typed field values, and check a record against its rules."""

from __future__ import annotations

from functools import cache

from pydantic import TypeAdapter
from pydantic import ValidationError as PydanticError
from sqlalchemy import select
from sqlmodel import Session

from app.domain.base import META_COLUMNS, SyncedModel
from app.domain.models import model_for_table
from app.services import indicator_rules
from app.services.errors import Problem
from app.services.rules import RULES
from app.services.values import record_problems


@cache
def _adapter(model: type[SyncedModel], name: str) -> TypeAdapter:
    return TypeAdapter(model.model_fields[name].annotation)


def coerce(model: type[SyncedModel], data: dict) -> tuple[dict, list[Problem]]:
    """Input (strings from a form or the CLI, or typed values) to field types."""
    values, problems = {}, []
    entity = model.__tablename__
    for name, raw in data.items():
        if name not in model.model_fields or name in META_COLUMNS:
            problems.append(Problem(name, "unknown_field", {"entity": entity}))
            continue
        if isinstance(raw, str) and raw.strip() == "" and _is_optional(model, name):
            values[name] = None
            continue
        try:
            values[name] = _adapter(model, name).validate_python(raw)
        except PydanticError:
            expected = getattr(model.model_fields[name].annotation, "__name__", "value")
            problems.append(Problem(name, "invalid", {"expected": expected}))
    return values, problems


def _is_optional(model: type[SyncedModel], name: str) -> bool:
    return not model.model_fields[name].is_required() and model.model_fields[name].default is None


def check(session: Session, model: type[SyncedModel], record: SyncedModel) -> list[Problem]:
    """Every problem of a record about to be written."""
    rules = RULES[model]
    # type, range, length, vocabulary, required: the one definition merge uses too
    problems: list[Problem] = record_problems(model.__tablename__, record)
    for start, end in rules.date_pairs:
        first, last = getattr(record, start), getattr(record, end)
        if first is not None and last is not None and last < first:
            problems.append(Problem(end, "end_before_start", {"start": start}))
    # figures and breakdown sums; a cell both rule sets refuse is said once, by the
    # indicator rules, which name the cell
    figures = indicator_rules.check(session, model, record)
    said = {(p.field, p.code) for p in figures}
    problems = [p for p in problems if (p.field, p.code) not in said] + figures
    for name in rules.unique:
        problems += _check_unique(session, model, record, name)
    problems += _check_references(session, model, record)
    return problems


def _check_unique(session, model, record, name) -> list[Problem]:
    column = getattr(model, name)
    clash = session.execute(
        select(model.id).where(column == getattr(record, name), model.id != record.id,
                               model.deleted.is_(False)).limit(1)
    ).first()
    if clash:
        return [Problem(name, "duplicate", {"entity": model.__tablename__})]
    return []


def _check_references(session, model, record) -> list[Problem]:
    problems = []
    for column in model.__table__.columns:
        value = getattr(record, column.name)
        for fk in column.foreign_keys:
            if value is None:
                continue
            target = model_for_table(fk.column.table.name)
            row = session.get(target, value)
            if row is None or row.deleted:
                problems.append(Problem(column.name, "unknown_reference",
                                        {"entity": target.__tablename__, "id": value}))
    return problems
