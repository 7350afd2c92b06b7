"""Partners, the projects we fund, their results framework and money."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Field

from app.domain.base import SyncedModel
from app.domain.types import CanonicalJSON, DecimalText


class Partner(SyncedModel, table=True):
    """A grassroots partner organisation."""

    name: str
    country: str = Field(max_length=2)
    region: str = ""
    contact: str = ""
    themes: list[str] = Field(default_factory=list, sa_type=CanonicalJSON)
    sensitivity: str = "normal"

    __sensitive__ = ("contact",)


class Project(SyncedModel, table=True):
    """A funded partner project (insats)."""

    partner_id: str = Field(foreign_key="partner.id", index=True)
    title: str
    themes: list[str] = Field(default_factory=list, sa_type=CanonicalJSON)
    country: str = Field(max_length=2)
    start_date: date | None = None
    end_date: date | None = None
    budget: Decimal | None = Field(default=None, sa_type=DecimalText)
    currency: str = "SEK"
    status: str = "planned"
    # Whether participant names may travel in sync bundles to headquarters.
    share_names: bool = False


class Goal(SyncedModel, table=True):
    """A goal of a project's results framework (logframe)."""

    project_id: str = Field(foreign_key="project.id", index=True)
    title: str
    description: str = ""


class Indicator(SyncedModel, table=True):
    """A measurable indicator of a goal, with baseline and target.

    `measure` says what its figures are (`enums.MEASURES`): a count of people
    or things (whole, never negative; a breakdown adds up to the value), any
    other number, or a percentage (0 to 100). `accumulates` says whether the
    readings of successive periods add up (people trained this quarter) or
    each is a level of its own (a share, a score): progress then uses the
    cumulative total or the latest reading. The stored defaults are also the
    migration's for older rows and the merge's for rows from older laptops,
    so every replica fills a missing field the same way.
    """

    goal_id: str = Field(foreign_key="goal.id", index=True)
    name: str
    unit: str = ""
    measure: str = Field(default="count", sa_column_kwargs={"server_default": "count"})
    accumulates: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    baseline: Decimal | None = Field(default=None, sa_type=DecimalText)
    target: Decimal | None = Field(default=None, sa_type=DecimalText)
    by_gender: bool = False
    by_age_band: bool = False


class IndicatorValue(SyncedModel, table=True):
    """A measured value of an indicator for a period, with its breakdown.

    `breakdown` maps "gender:female", "age_band:18_24", ... to values: whole
    numbers stay `int` (a count of 9 is stored as `9`, never `9.0`).
    """

    __tablename__ = "indicator_value"

    indicator_id: str = Field(foreign_key="indicator.id", index=True)
    period_start: date
    period_end: date
    value: Decimal = Field(sa_type=DecimalText)
    breakdown: dict[str, int | float] = Field(default_factory=dict, sa_type=CanonicalJSON)
    source: str = ""
    note: str = ""


class Disbursement(SyncedModel, table=True):
    """Money paid out to a project."""

    project_id: str = Field(foreign_key="project.id", index=True)
    paid_on: date
    amount: Decimal = Field(sa_type=DecimalText)
    currency: str = "SEK"
    note: str = ""
