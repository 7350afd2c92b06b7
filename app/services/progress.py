"""Indicator progress: the latest value against baseline and target.

Progress is the share of the way from baseline to target that the latest
value (by period end) has covered: 0 at the baseline, 1 at the target, and
beyond either end when a value overshoots or falls back. It is None when
there is no value yet or baseline and target coincide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain.organisation import Goal, Indicator, IndicatorValue, Project
from app.storage.database import Database


@dataclass(frozen=True)
class IndicatorProgress:
    indicator_id: str
    project: str
    goal: str
    name: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    latest: Decimal | None
    latest_period_end: date | None
    values: int

    @property
    def progress(self) -> float | None:
        if self.latest is None or self.target is None:
            return None
        start = self.baseline or Decimal(0)
        if self.target == start:
            return None
        return float((self.latest - start) / (self.target - start))


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
    values_query = (select(IndicatorValue.indicator_id, IndicatorValue.period_end,
                           IndicatorValue.value)
                    .where(IndicatorValue.deleted.is_(False))
                    .order_by(IndicatorValue.period_end, IndicatorValue.id))
    with db.session() as session:
        rows = session.execute(query).all()
        latest: dict[str, tuple[date, Decimal]] = {}
        counts: dict[str, int] = {}
        for indicator_id, period_end, value in session.execute(values_query):
            latest[indicator_id] = (period_end, value)
            counts[indicator_id] = counts.get(indicator_id, 0) + 1
    result = []
    for indicator, goal, project in rows:
        end, value = latest.get(indicator.id, (None, None))
        result.append(IndicatorProgress(indicator.id, project, goal, indicator.name,
                                        indicator.unit, indicator.baseline, indicator.target,
                                        value, end, counts.get(indicator.id, 0)))
    return result
