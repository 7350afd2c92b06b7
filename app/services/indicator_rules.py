"""What an indicator's figures must be, by what the indicator measures.

Checked in the core (`validation.check` calls `check`), so a form, the command
line and anything else that saves through the services meet the same rules:

- a count's value, baseline and target are whole and never negative; a
  percentage lies between 0 and 100;
- a breakdown holds cells only for the groups the indicator is broken down
  by (`by_gender`, `by_age_band`); a count's cells are whole and never
  negative, a percentage's lie between 0 and 100;
- for a count, each group that has cells adds up to the value exactly:
  gender and age band are checked separately, and the problem says which
  group, its total and the value, with the group's cells in its params.

A count given as `9.0` is stored as `9` (`settle`), so the stored text and
the change log carry a whole number.

The merge of a sync bundle does not refuse a row these rules would: fields
merge one by one (last writer wins), and a value from one laptop may meet a
breakdown from another. Refusing there would leave replicas apart for good;
instead `inconsistent_values` finds such rows wherever they came from, and
the indicators page flags them (docs/sync.md, section 4).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session

from app.domain import enums
from app.domain.organisation import Indicator, IndicatorValue
from app.services.errors import Problem
from app.storage.database import Database

GROUPS = {"gender": enums.GENDERS, "age_band": enums.AGE_BANDS}
GROUP_FLAGS = {"gender": "by_gender", "age_band": "by_age_band"}


@dataclass(frozen=True)
class Shape:
    """What a form needs to know of an indicator to take its values."""

    measure: str
    groups: tuple[str, ...]  # "gender", "age_band": the breakdowns it has


def shape_of(indicator: Indicator) -> Shape:
    groups = tuple(g for g, flag in GROUP_FLAGS.items() if getattr(indicator, flag))
    return Shape(indicator.measure, groups)


def shape(db: Database, indicator_id: str | None) -> Shape | None:
    """The shape of a live indicator, or None (no such indicator)."""
    if not indicator_id:
        return None
    with db.session() as session:
        indicator = session.get(Indicator, indicator_id)
        return None if indicator is None or indicator.deleted else shape_of(indicator)


def check(session: Session, model: type, record) -> list[Problem]:
    """The indicator rules of a record about to be written (none for other models)."""
    if model is Indicator:
        settle_count(record, "baseline", "target", measure=record.measure)
        return indicator_problems(record)
    if model is IndicatorValue:
        indicator = session.get(Indicator, record.indicator_id) if record.indicator_id else None
        if indicator is None:
            return []  # the reference check reports it
        settle_count(record, "value", measure=indicator.measure)
        record.breakdown = settle_breakdown(record.breakdown, indicator.measure)
        return value_problems(shape_of(indicator), record.value, record.breakdown)
    return []


def settle_count(record, *names: str, measure: str) -> None:
    """A count's whole figures as whole Decimals ("9.0" becomes "9")."""
    if measure != "count":
        return
    for name in names:
        value = getattr(record, name)
        if isinstance(value, Decimal) and value.is_finite() and value == int(value):
            setattr(record, name, Decimal(int(value)))


def settle_breakdown(breakdown: dict | None, measure: str) -> dict:
    """A breakdown whose whole cells are ints when it counts."""
    cells = dict(breakdown or {})
    if measure == "count":
        for key, number in cells.items():
            if isinstance(number, float) and math.isfinite(number) and number.is_integer():
                cells[key] = int(number)
    return cells


def indicator_problems(indicator: Indicator) -> list[Problem]:
    problems = []
    if indicator.measure not in enums.MEASURES:
        return []  # the rule of choices (rules.py) reports it
    for name in ("baseline", "target"):
        problem = figure_problem(name, getattr(indicator, name), indicator.measure)
        if problem:
            problems.append(problem)
    return problems


def figure_problem(name: str, value, measure: str, cells: tuple[str, ...] = ()) -> Problem | None:
    """What is wrong with one figure of an indicator of this measure, if anything."""
    if value is None:
        return None
    params = {"cells": list(cells)} if cells else {}
    if not _finite(value):
        return Problem(name, "invalid", {"expected": "Decimal", **params})
    if measure == "count" and value < 0:
        return Problem(name, "negative", params)
    if measure == "count" and value != int(value):
        return Problem(name, "not_whole", params)
    if measure == "percent" and not 0 <= value <= 100:
        return Problem(name, "out_of_range", {"low": 0, "high": 100, **params})
    return None


def value_problems(shape: Shape, value, breakdown: dict | None) -> list[Problem]:
    """Every problem of a value and its breakdown for an indicator of this shape."""
    problems = []
    first = figure_problem("value", value, shape.measure)
    if first:
        problems.append(first)
    sums: dict[str, list[str]] = {}
    spoilt: set[str] = set()  # groups with a bad cell: its own problem says enough
    for key, number in sorted((breakdown or {}).items()):
        group, _, code = str(key).partition(":")
        problem = _cell_problem(shape, key, group, code, number)
        if problem:
            problems.append(problem)
            spoilt.add(group)
        else:
            sums.setdefault(group, []).append(key)
    if shape.measure != "count" or first or not _finite(value):
        return problems
    for group, keys in sums.items():
        if group in spoilt:
            continue
        total = sum(Decimal(str(breakdown[k])) for k in keys)
        if total != value:
            problems.append(Problem("breakdown", "breakdown_sum", {
                "group": group, "total": _text(total), "value": _text(value),
                "cells": keys, "over": total > value}))
    return problems


def _cell_problem(shape: Shape, key, group: str, code: str, number) -> Problem | None:
    if group not in GROUPS or code not in GROUPS[group]:
        choices = ", ".join(f"{g}:{c}" for g in shape.groups for c in GROUPS[g])
        return Problem("breakdown", "not_a_choice", {"cells": [key], "choices": choices})
    if group not in shape.groups:
        return Problem("breakdown", "not_broken_down", {"cells": [key], "group": group})
    if isinstance(number, bool) or not isinstance(number, int | float | Decimal):
        return Problem("breakdown", "invalid", {"expected": "Decimal", "cells": [key]})
    if not _finite(number):
        return Problem("breakdown", "invalid", {"expected": "Decimal", "cells": [key]})
    return figure_problem("breakdown", Decimal(str(number)), shape.measure, (key,))


@dataclass(frozen=True)
class Inconsistent:
    """A stored value that breaks its indicator's rules (a merge can combine one)."""

    value_id: str
    indicator_id: str
    problems: tuple[Problem, ...]


def inconsistent_values(db: Database) -> list[Inconsistent]:
    """Every live value whose figures do not fit its live indicator, by id."""
    query = (select(IndicatorValue, Indicator)
             .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
             .where(IndicatorValue.deleted.is_(False), Indicator.deleted.is_(False))
             .order_by(IndicatorValue.id))
    found = []
    with db.session() as session:
        for value, indicator in session.execute(query):
            problems = value_problems(shape_of(indicator), value.value, value.breakdown)
            if problems:
                found.append(Inconsistent(value.id, indicator.id, tuple(problems)))
    return found


def _finite(value) -> bool:
    return isinstance(value, Decimal) and value.is_finite() or (
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value))


def _text(number: Decimal) -> str:
    return format(number.normalize(), "f") if number == number.to_integral_value() \
        else format(number, "f")
