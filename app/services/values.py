"""One definition of a valid value for every synced column (issue 12).

A local edit and a merged change meet the same rules here: the services check
a record's values in their stored form (`check_stored`), the merge checks the
JSON text a change carries (`check_json`, which decodes and then calls
`check_stored`). What a column accepts is derived from its SQLModel field
type (str, int, bool, date, Decimal, list[str], dict[str, number], optional or
not), `app.domain.limits.max_length` and the vocabularies of
`app.services.rules`; nothing else defines a limit.

Stored form is what SQLite holds and what the change-log triggers record with
`json_quote`: text as text; integers as 64-bit integers; booleans as 0 or 1;
dates as ISO text (`2026-03-08`); decimals as plain decimal text
(`12500.00`); lists and mappings as JSON text. A value that breaks a rule
yields a `Problem(field, code, params)`; the codes are listed in `CODES`.

Rules that join several fields or rows (a date pair's order, a participant
code's uniqueness, a reference to a live row) are not a single value's: local
edits check them in `validation.check`; merge settles them by its own rules
(a child waits for its parent, each field's last writer wins).
"""

from __future__ import annotations

import json
import math
import re
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from app.domain.canonical import canonical_json
from app.domain.limits import max_length
from app.domain.models import model_for_table, synced_fields
from app.services.errors import Problem
from app.services.rules import BREAKDOWN_KEYS, RULES

TEXT, INTEGER, BOOLEAN, DATE, DECIMAL, TEXT_LIST, NUMBER_MAP = (
    "text", "integer", "boolean", "date", "decimal", "text_list", "number_map")
WHOLE_MAP = "whole_map"  # dict[str, int]: a NUMBER_MAP of integers

# Problem codes a value can have (beside `required`, `not_a_choice`, `negative`,
# `too_long` that local edits had before):
CODES = ("not_json", "wrong_type", "not_a_date", "not_a_decimal", "not_a_list",
         "not_a_mapping", "out_of_range", "not_an_integer", "not_a_boolean",
         "control_character", "too_long", "not_a_choice", "required", "negative")

INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1  # what SQLite stores as an integer
DECIMAL_DIGITS = 30  # digits before and after the point together: money and measures
LIST_ITEMS = 1_000  # elements of a list or mapping column
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?(\d+)(?:\.(\d+))?")
# Tab and newline are text; every other control character (C0, DEL, C1), and lone
# surrogates (not text at all), are refused: SQLite or the reader would cut or choke.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Column:
    """What one synced column accepts."""

    table: str
    field: str
    kind: str
    optional: bool
    limit: int
    required: bool = False  # not empty (beyond not null)
    choices: tuple[str, ...] | None = None
    non_negative: bool = False
    breakdown: bool = False
    reference: bool = False  # a foreign key: a row id (UUID text)
    whole: bool = False  # a mapping's numbers must be integers (dict[str, int])


def _kind(annotation) -> tuple[str, bool]:
    """(kind, optional) of a field annotation such as `date | None`."""
    optional = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0]
    origin = typing.get_origin(annotation)
    if origin is list:
        return TEXT_LIST, optional
    if origin is dict:
        return (WHOLE_MAP if typing.get_args(annotation)[1:] == (int,) else NUMBER_MAP), optional
    kinds = {bool: BOOLEAN, int: INTEGER, str: TEXT, date: DATE, Decimal: DECIMAL}
    return kinds[annotation], optional


@cache
def column(table: str, field: str) -> Column:
    """The rules of `table.field` (KeyError for a table or field that does not sync)."""
    model = model_for_table(table)
    if field not in synced_fields(model):
        raise KeyError(f"{table}.{field}")
    kind, optional = _kind(model.model_fields[field].annotation)
    whole = kind == WHOLE_MAP
    kind = NUMBER_MAP if whole else kind
    reference = bool(model.__table__.columns[field].foreign_keys)
    rules = RULES.get(model)
    choices = None
    if rules is not None:
        choices = rules.choices.get(field) or rules.choice_lists.get(field)
    return Column(
        table, field, kind, optional, max_length(table, field),
        required=rules is not None and field in rules.required,
        choices=tuple(choices) if choices else None,
        non_negative=rules is not None and field in rules.non_negative,
        breakdown=rules is not None and rules.breakdown == field,
        reference=reference, whole=whole)


def columns(table: str) -> dict[str, Column]:
    model = model_for_table(table)
    return {f: column(table, f) for f in synced_fields(model)}


def _text_problem(col: Column, text: str) -> Problem | None:
    if _CONTROL.search(text):
        return Problem(col.field, "control_character")
    if len(text) > col.limit:
        return Problem(col.field, "too_long", {"limit": col.limit})
    return None


def check_stored(table: str, field: str, value) -> Problem | None:
    """The problem of a value in its stored form, or None if the column accepts it."""
    col = column(table, field)
    name = col.field
    if value is None:
        return None if col.optional else Problem(name, "required")
    kind = col.kind
    if kind == BOOLEAN:
        if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
            return None
        return Problem(name, "not_a_boolean")
    if kind == INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem(name, "not_an_integer")
        if not INT_MIN <= value <= INT_MAX:
            return Problem(name, "out_of_range", {"min": INT_MIN, "max": INT_MAX})
        if col.non_negative and value < 0:
            return Problem(name, "negative")
        return None
    if not isinstance(value, str):
        return Problem(name, "wrong_type", {"expected": kind})
    if kind == TEXT:
        problem = _text_problem(col, value)
        if problem is not None:
            return problem
        if col.required and not value.strip():
            return Problem(name, "required")
        if col.reference and not _ID.fullmatch(value):
            return Problem(name, "wrong_type", {"expected": "id"})
        if col.choices is not None and value not in col.choices:
            return Problem(name, "not_a_choice", {"choices": ", ".join(col.choices)})
        return None
    if kind == DATE:
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            return Problem(name, "not_a_date")
        return None
    if kind == DECIMAL:
        match = _DECIMAL.fullmatch(value)
        if match is None:
            return Problem(name, "not_a_decimal")
        if sum(len(part or "") for part in match.groups()) > DECIMAL_DIGITS:
            return Problem(name, "out_of_range", {"digits": DECIMAL_DIGITS})
        if col.non_negative and Decimal(value) < 0:
            return Problem(name, "negative")
        return None
    return _json_column_problem(col, value)


def _json_column_problem(col: Column, value: str) -> Problem | None:
    """A list or mapping column: its stored text must be JSON of the right shape."""
    name = col.field
    code = "not_a_list" if col.kind == TEXT_LIST else "not_a_mapping"
    try:
        decoded = _loads(value)
    except ValueError:
        return Problem(name, code)
    if col.kind == TEXT_LIST:
        if not isinstance(decoded, list) or len(decoded) > LIST_ITEMS \
                or not all(isinstance(item, str) for item in decoded):
            return Problem(name, code)
        for item in decoded:
            problem = _text_problem(col, item)
            if problem is not None:
                return problem
        if col.choices is not None and any(item not in col.choices for item in decoded):
            return Problem(name, "not_a_choice", {"choices": ", ".join(col.choices)})
        return None
    number = int if col.whole else int | float
    if not isinstance(decoded, dict) or len(decoded) > LIST_ITEMS or not all(
            isinstance(n, number) and not isinstance(n, bool) and math.isfinite(n)
            and INT_MIN <= n <= INT_MAX for n in decoded.values()):
        return Problem(name, code)
    for key in decoded:
        problem = _text_problem(col, key)
        if problem is not None:
            return problem
    if col.breakdown:
        if any(key not in BREAKDOWN_KEYS for key in decoded):
            return Problem(name, "not_a_choice", {"choices": ", ".join(sorted(BREAKDOWN_KEYS))})
        if any(n < 0 for n in decoded.values()):
            return Problem(name, "negative")
    return None


def _refuse_constant(name: str):
    raise ValueError(f"not JSON: {name}")


def _loads(text: str):
    """Strict JSON: no NaN or Infinity (Python's json takes them, JSON has none)."""
    return json.loads(text, parse_constant=_refuse_constant)


def check_json(table: str, field: str, value_json) -> Problem | None:
    """The problem of a change's value (the JSON text of the stored value), or None."""
    col = column(table, field)
    if not isinstance(value_json, str):
        return Problem(col.field, "not_json")
    try:
        value = _loads(value_json)
    except (ValueError, RecursionError):
        return Problem(col.field, "not_json")
    if isinstance(value, float):  # 9.5 or 1e999 (inf) where a column wants an integer
        return Problem(col.field, "not_an_integer" if col.kind == INTEGER else
                       "not_a_boolean" if col.kind == BOOLEAN else "wrong_type",
                       {} if col.kind in (INTEGER, BOOLEAN) else {"expected": col.kind})
    if isinstance(value, list | dict):
        return Problem(col.field, "wrong_type", {"expected": col.kind})
    if isinstance(value, bool) and col.kind != BOOLEAN:
        return Problem(col.field, "wrong_type", {"expected": col.kind})
    return check_stored(table, field, value)


def stored(value):
    """The stored form of a typed field value (what the database and triggers hold)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        try:
            return canonical_json(value)
        except (TypeError, ValueError):
            return value  # not JSON-able: the column check names the problem
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _field_names(table: str) -> tuple[str, ...]:
    return tuple(columns(table))


def record_problems(table: str, record) -> list[Problem]:
    """Every value problem of a record about to be written (one per field at most)."""
    problems = []
    for name in _field_names(table):
        problem = check_stored(table, name, stored(getattr(record, name)))
        if problem is not None:
            problems.append(problem)
    return problems
