"""What merge needs to know of each synced table, computed once.

For a row that arrives field by field, merge must know which fields it may
fill with the model's default (and the default's stored form), which it must
wait for, and which point at a parent row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from pydantic_core import PydanticUndefined

from app.domain.models import SYNCED_MODELS, synced_fields
from app.domain.types import canonical_json
from app.storage.migrate import head_revision

REQUIRED = object()


@dataclass(frozen=True)
class TableInfo:
    name: str
    order: int
    fields: tuple[str, ...]
    defaults: dict  # field -> stored default, or REQUIRED
    json_defaults: dict  # field -> JSON text of the stored default
    parents: dict  # field -> parent table
    sensitive: tuple[str, ...]


def _stored(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        return canonical_json(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _default(model, name: str):
    info = model.model_fields[name]
    if info.default_factory is not None:
        return _stored(info.default_factory())
    if info.default is PydanticUndefined:
        return REQUIRED
    return _stored(info.default)


@cache
def tables() -> dict[str, TableInfo]:
    out = {}
    for order, model in enumerate(SYNCED_MODELS):
        fields = tuple(synced_fields(model))
        parents = {}
        for column in model.__table__.columns:
            for fk in column.foreign_keys:
                parents[column.name] = fk.column.table.name
        defaults = {f: _default(model, f) for f in fields}
        as_json = {f: json.dumps(v, ensure_ascii=False) for f, v in defaults.items()
                   if v is not REQUIRED}
        out[model.__tablename__] = TableInfo(model.__tablename__, order, fields, defaults,
                                             as_json, parents, tuple(model.__sensitive__))
    return out


def table_order() -> dict[str, int]:
    return {name: info.order for name, info in tables().items()}


@cache
def schema_version() -> int:
    """The migration head as an integer ("0003" -> 3): what bundles call schema."""
    return int(head_revision())
