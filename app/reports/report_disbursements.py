"""Disbursements against budget per project, and per quarter.

Money is summed per currency: a project's budget stands beside the money paid
in its own currency; payments in another currency get a row of their own
(without budget). Disbursements count by the day they were paid.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.domain.organisation import Disbursement
from app.reports.scope import date_conditions, projects_in_scope, quarter
from app.reports.tables import ChartSpec, Column, Table

BY_PROJECT = (Column("project"), Column("partner"), Column("country", codes=True),
              Column("currency"), Column("budget", "money"), Column("disbursed", "money"),
              Column("share", "percent"), Column("remaining", "money"))
BY_PERIOD = (Column("period"), Column("currency"), Column("disbursed", "money"))


def build(db, filters, audience, check):
    projects = projects_in_scope(db, filters)
    query = (select(Disbursement.project_id, Disbursement.paid_on, Disbursement.amount,
                    Disbursement.currency)
             .where(Disbursement.deleted.is_(False), Disbursement.project_id.in_(projects),
                    *date_conditions(filters, Disbursement.paid_on)))
    with db.session() as session:
        paid = session.execute(query).all()
    check()
    per_project: dict[tuple[str, str], Decimal] = {(p.id, p.currency): Decimal(0)
                                                   for p in projects.values()}
    per_period: dict[tuple[str, str], Decimal] = {}
    for project_id, day, amount, currency in paid:
        per_project[(project_id, currency)] = per_project.get((project_id, currency),
                                                              Decimal(0)) + amount
        key = (quarter(day), currency)
        per_period[key] = per_period.get(key, Decimal(0)) + amount
    order = list(projects)
    rows = []
    for (project_id, currency), disbursed in sorted(
            per_project.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1])):
        p = projects[project_id]
        budget = p.budget if currency == p.currency else None
        share = float(disbursed / budget) if budget else None
        remaining = budget - disbursed if budget is not None else None
        rows.append((p.title, p.partner, p.country, currency, budget, disbursed, share,
                     remaining))
    tables = [Table("disbursements_by_project", BY_PROJECT, tuple(rows)),
              Table("disbursements_by_period", BY_PERIOD,
                    tuple((q, c, v) for (q, c), v in sorted(per_period.items())))]
    charts = [ChartSpec("bar", "disbursements_by_project", "project", ("budget", "disbursed")),
              ChartSpec("line", "disbursements_by_period", "period", ("disbursed",))]
    return tables, charts
