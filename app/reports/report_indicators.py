"""Indicator progress against baseline and target, per project, and the readings.

The figures are `app/services/progress.py`'s, over the readings whose period
ends in the date range (so "progress by the end of 2025" is `--to 2025-12-31`).
In the public audience, a figure of a count indicator (people trained) from 1
to 4 is "<5", and its progress, which would give it back, is "x".
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from sqlalchemy import select

from app.domain.organisation import Goal, Indicator, Project
from app.reports.public import HIDDEN, SMALL, public_count
from app.reports.scope import project_conditions
from app.reports.tables import Audience, ChartSpec, Column, Table
from app.services.progress import indicator_progress

PROGRESS_COLUMNS = (Column("project"), Column("goal"), Column("indicator"), Column("unit"),
                    Column("measure", codes=True), Column("baseline", "number"),
                    Column("target", "number"), Column("current", "number"),
                    Column("progress", "percent"), Column("latest_period_end", "date"))
READING_COLUMNS = (Column("project"), Column("indicator"), Column("period_start", "date"),
                   Column("period_end", "date"), Column("value", "number"))


def _in_scope(db, filters) -> set[str]:
    query = (select(Indicator.id).join(Goal, Goal.id == Indicator.goal_id)
             .join(Project, Project.id == Goal.project_id)
             .where(*project_conditions(filters)))
    with db.session() as session:
        return set(session.scalars(query))


def _figure(value: Decimal | None, measure: str, audience: Audience):
    """A figure as published: a count indicator's small figures suppressed."""
    if value is None or measure != "count":
        return value
    if audience == Audience.PUBLIC and value == value.to_integral_value() and value >= 0:
        shown = public_count(int(value))
        return shown if shown == SMALL else value
    return value


def build(db, filters, audience, check):
    wanted = _in_scope(db, filters)
    check()
    progress_rows, reading_rows = [], []
    for item in indicator_progress(db, filters.project_id):
        if item.indicator_id not in wanted:
            continue
        item = dataclasses.replace(item, readings=tuple(
            r for r in item.readings if filters.covers(r.period_end)))
        current = _figure(item.current, item.measure, audience)
        share = HIDDEN if current == SMALL else item.progress
        progress_rows.append((item.project, item.goal, item.name, item.unit, item.measure,
                              item.baseline, item.target, current, share,
                              item.latest_period_end))
        for r in item.readings:
            reading_rows.append((item.project, item.name, r.period_start, r.period_end,
                                 _figure(r.value, item.measure, audience)))
    tables = [Table("indicator_progress", PROGRESS_COLUMNS, tuple(progress_rows)),
              Table("indicator_readings", READING_COLUMNS, tuple(reading_rows))]
    return tables, [ChartSpec("bar", "indicator_progress", "indicator", ("progress",))]
