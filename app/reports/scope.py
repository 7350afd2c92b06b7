"""What the filters let into a report: the projects in scope and the quarter of a day.

Projects (live, with a live partner) are filtered by project, partner and
country; records hanging from a project are in scope when it is. Dates are
filtered by each report on the day that places its records in time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, String, cast, func, select

from app.domain.organisation import Partner, Project
from app.reports.filters import ReportFilters
from app.storage.database import Database


@dataclass(frozen=True)
class ProjectInfo:
    id: str
    title: str
    partner_id: str
    partner: str
    country: str
    themes: tuple[str, ...]
    budget: Decimal | None
    currency: str


def projects_in_scope(db: Database, filters: ReportFilters) -> dict[str, ProjectInfo]:
    """The live projects the filters let in, by id, ordered by title."""
    query = (select(Project, Partner.name).join(Partner, Partner.id == Project.partner_id)
             .where(Project.deleted.is_(False), Partner.deleted.is_(False))
             .order_by(Project.title, Project.id))
    query = query.where(*project_conditions(filters, Project))
    with db.session() as session:
        return {p.id: ProjectInfo(p.id, p.title, p.partner_id, partner, p.country,
                                  tuple(p.themes or ()), p.budget, p.currency)
                for p, partner in session.execute(query).all()}


def project_conditions(filters: ReportFilters, project=Project) -> list[ColumnElement]:
    """SQL conditions on a project table for the project, partner and country filters."""
    conditions = []
    if filters.project_id:
        conditions.append(project.id == filters.project_id)
    if filters.partner_id:
        conditions.append(project.partner_id == filters.partner_id)
    if filters.country:
        conditions.append(project.country == filters.country)
    return conditions


def date_conditions(filters: ReportFilters, column) -> list[ColumnElement]:
    conditions = []
    if filters.date_from:
        conditions.append(column >= filters.date_from)
    if filters.date_to:
        conditions.append(column <= filters.date_to)
    return conditions


def quarter(day: date) -> str:
    """"2025-Q3": the calendar quarter a day falls in (sorts as text)."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarter_sql(column) -> ColumnElement:
    """`quarter` in SQL, over a stored ISO date."""
    month = cast(func.substr(column, 6, 2), Integer)
    return func.substr(column, 1, 4).concat("-Q").concat(cast((month + 2) // 3, String))
