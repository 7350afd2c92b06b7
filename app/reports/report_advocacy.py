"""Advocacy audiences in Sweden by target group: by kind of event and by quarter.

Advocacy events belong to no project or partner and are held in Sweden: a
project or partner filter, or a country other than SE, leaves none.
"""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import ADVOCACY_KINDS, AUDIENCE_GROUPS
from app.domain.field import AdvocacyEvent
from app.reports.cross import Cross, build_tables
from app.reports.scope import date_conditions, quarter
from app.reports.tables import ChartSpec, Column


def build(db, filters, audience, check):
    events = []
    if not (filters.project_id or filters.partner_id or filters.country not in (None, "SE")):
        query = (select(AdvocacyEvent).where(AdvocacyEvent.deleted.is_(False),
                                             *date_conditions(filters, AdvocacyEvent.held_on)))
        with db.session() as session:
            events = [(e.kind, quarter(e.held_on),
                       {g: getattr(e, f"audience_{g}") or 0 for g in AUDIENCE_GROUPS})
                      for e in session.scalars(query)]
    check()
    by_kind: dict[tuple[str, str], int] = {}
    by_period: dict[tuple[str, str], int] = {}
    for kind, period, people in events:
        for group, n in people.items():
            by_kind[(kind, group)] = by_kind.get((kind, group), 0) + n
            by_period[(period, group)] = by_period.get((period, group), 0) + n
    kinds = ADVOCACY_KINDS + tuple(sorted({k for k, _p, _g in events} - set(ADVOCACY_KINDS)))
    periods = sorted({p for _k, p, _g in events})
    crosses = [Cross("advocacy_by_kind", (Column("kind", codes=True),), {k: (k,) for k in kinds},
                     AUDIENCE_GROUPS, by_kind, "kind", "group"),
               Cross("advocacy_by_period", (Column("period"),), {p: (p,) for p in periods},
                     AUDIENCE_GROUPS, by_period, "period", "group")]
    charts = [ChartSpec("stacked_bar", "advocacy_by_kind", "kind", AUDIENCE_GROUPS),
              ChartSpec("stacked_bar", "advocacy_by_period", "period", AUDIENCE_GROUPS)]
    return build_tables(crosses, audience), charts
