"""What the filters let into a report: the projects in scope and the quarter of a day.

Projects (live, with a live partner) are filtered by project, partner and
country; records hanging from a project are in scope when it is. Dates are
filtered by each report on the day that places its records in time.

A partner marked sensitive or high-risk (an LGBTQ+ group in a country that
persecutes it) is not named in a public report: it, its projects and their
trainings appear under pseudonyms made of the country and numbers (`KG-P2`,
`KG-P2-1`, `KG-P2-1-T3`), the same in every report of the same database
because they are numbered in the order of their ids over all records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, String, cast, func, select

from app.domain.organisation import Partner, Project
from app.domain.training import Training
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


WITHHELD = ("sensitive", "high_risk")  # partner sensitivities never named in public


def pseudonyms(db: Database) -> dict[str, str]:
    """{id: pseudonym} of every withheld partner, its projects and their trainings."""
    names: dict[str, str] = {}
    with db.session() as session:
        partners = session.execute(select(Partner.id, Partner.country)
                                   .where(Partner.sensitivity.in_(WITHHELD))
                                   .order_by(Partner.id)).all()
        numbers: dict[str, int] = {}
        for partner_id, country in partners:
            numbers[country] = numbers.get(country, 0) + 1
            names[partner_id] = f"{country}-P{numbers[country]}"
        projects = session.execute(select(Project.id, Project.partner_id)
                                   .where(Project.partner_id.in_(names))
                                   .order_by(Project.id)).all()
        _number(names, projects, "")
        trainings = session.execute(select(Training.id, Training.project_id)
                                    .where(Training.project_id.in_(names))
                                    .order_by(Training.id)).all()
        _number(names, trainings, "T")
    return names


def _number(names: dict[str, str], children, mark: str) -> None:
    """Name each (id, parent) child after its parent, numbered in order within it."""
    numbers: dict[str, int] = {}
    for child, parent in children:
        numbers[parent] = numbers.get(parent, 0) + 1
        names[child] = f"{names[parent]}-{mark}{numbers[parent]}"


def projects_in_scope(db: Database, filters: ReportFilters,
                      withheld: dict[str, str] | None = None) -> dict[str, ProjectInfo]:
    """The live projects the filters let in, by id, ordered by title; with `withheld`
    (`pseudonyms`), a withheld partner's name and its projects' titles replaced."""
    query = (select(Project, Partner.name).join(Partner, Partner.id == Project.partner_id)
             .where(Project.deleted.is_(False), Partner.deleted.is_(False))
             .order_by(Project.title, Project.id))
    query = query.where(*project_conditions(filters, Project))
    withheld = withheld or {}
    with db.session() as session:
        found = [ProjectInfo(p.id, withheld.get(p.id, p.title), p.partner_id,
                             withheld.get(p.partner_id, partner), p.country,
                             tuple(p.themes or ()), p.budget, p.currency)
                 for p, partner in session.execute(query).all()]
    return {p.id: p for p in sorted(found, key=lambda p: (p.title, p.id))}


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
