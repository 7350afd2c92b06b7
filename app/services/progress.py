"""Indicator progress against baseline and target, and the readings behind it.

Each value of an indicator is one period's reading. For an indicator whose
readings add up over periods (`accumulates`: people trained this quarter)
the figure that counts is the cumulative total of all readings; for a level
(a share, a score) it is the latest reading, the one whose period ends last.
Progress is the share of the way from baseline to target that this figure
has covered: 0 at the baseline, 1 at the target, beyond either end when it
overshoots or falls back. It is None when there is no reading, no target,
baseline and target coincide, or either is not a figure of the indicator's
measure (a negative count, a percentage above 100: the services refuse
them now, but older or merged rows may hold one).

The computations (`summarise`, `share`) are plain functions of their inputs,
independent of the order the readings come in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select

from app.domain.organisation import Goal, Indicator, IndicatorValue, Project
from app.services.errors import Problem
from app.services.indicator_rules import figure_problem, shape_of, value_problems
from app.storage.database import Database


@dataclass(frozen=True)
class Reading:
    """One period's value of an indicator, with its breakdown and what is wrong with it."""

    value_id: str
    period_start: date
    period_end: date
    value: Decimal
    breakdown: dict = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def key(self) -> tuple:
        """Chronological order: by period end, then start, then id (a total order)."""
        return (self.period_end, self.period_start, self.value_id)


@dataclass(frozen=True)
class Summary:
    latest: Reading | None
    cumulative: Decimal | None  # the sum of every reading; None without readings


def summarise(readings) -> Summary:
    """The latest reading and the cumulative total, whatever order they come in."""
    readings = list(readings)
    if not readings:
        return Summary(None, None)
    return Summary(max(readings, key=Reading.key), sum((r.value for r in readings), Decimal(0)))


def share(baseline: Decimal | None, target: Decimal | None, current: Decimal | None,
          measure: str) -> float | None:
    """How far `current` has come from baseline (0) to target (1), or None."""
    if current is None or target is None:
        return None
    start = baseline if baseline is not None else Decimal(0)
    if figure_problem("baseline", start, measure) or figure_problem("target", target, measure):
        return None
    if target == start:
        return None
    return float((current - start) / (target - start))


@dataclass(frozen=True)
class IndicatorProgress:
    indicator_id: str
    project: str
    goal: str
    name: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    measure: str = "count"
    accumulates: bool = False
    readings: tuple[Reading, ...] = ()  # chronological

    @cached_property
    def summary(self) -> Summary:
        return summarise(self.readings)

    @property
    def latest(self) -> Decimal | None:
        return self.summary.latest.value if self.summary.latest else None

    @property
    def latest_period_end(self) -> date | None:
        return self.summary.latest.period_end if self.summary.latest else None

    @property
    def cumulative(self) -> Decimal | None:
        return self.summary.cumulative

    @property
    def current(self) -> Decimal | None:
        """The figure progress is measured by: cumulative or latest."""
        return self.cumulative if self.accumulates else self.latest

    @property
    def values(self) -> int:
        return len(self.readings)

    @property
    def inconsistent(self) -> int:
        """Readings that break the indicator's rules (a merge can combine one)."""
        return sum(1 for r in self.readings if r.problems)

    @property
    def progress(self) -> float | None:
        return share(self.baseline, self.target, self.current, self.measure)


def indicator_progress(db: Database, project_id: str | None = None) -> list[IndicatorProgress]:
    """Every live indicator (of one project, if given), ordered by project and goal."""
    query = (select(Indicator, Goal.title, Project.title)
             .join(Goal, Goal.id == Indicator.goal_id)
             .join(Project, Project.id == Goal.project_id)
             .where(Indicator.deleted.is_(False), Goal.deleted.is_(False),
                    Project.deleted.is_(False))
             .order_by(Project.title, Goal.title, Indicator.name, Indicator.id))
    if project_id is not None:
        query = query.where(Project.id == project_id)
    values_query = (select(IndicatorValue)
                    .where(IndicatorValue.deleted.is_(False))
                    .order_by(IndicatorValue.period_end, IndicatorValue.period_start,
                              IndicatorValue.id))
    with db.session() as session:
        rows = session.execute(query).all()
        shapes = {indicator.id: shape_of(indicator) for indicator, _g, _p in rows}
        readings: dict[str, list[Reading]] = {}
        for value in session.scalars(values_query):
            shape = shapes.get(value.indicator_id)
            if shape is None:
                continue
            problems = tuple(value_problems(shape, value.value, value.breakdown))
            readings.setdefault(value.indicator_id, []).append(Reading(
                value.id, value.period_start, value.period_end, value.value,
                dict(value.breakdown or {}), problems))
    return [IndicatorProgress(indicator.id, project, goal, indicator.name, indicator.unit,
                              indicator.baseline, indicator.target, indicator.measure,
                              indicator.accumulates, tuple(readings.get(indicator.id, ())))
            for indicator, goal, project in rows]
