"""Activities by kind and country, and by theme (a project's themes) with the
audience they reached. Activities count by the day they start."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.enums import ACTIVITY_KINDS, COUNTRIES, THEMES
from app.domain.organisation import Project
from app.domain.training import Activity
from app.reports.cross import Cross, build_tables
from app.reports.public import public_count
from app.reports.scope import date_conditions, project_conditions
from app.reports.tables import Audience, ChartSpec, Column, Table


def _ordered(known, found) -> tuple[str, ...]:
    return tuple(k for k in known if k in found) + tuple(sorted(set(found) - set(known)))


def build(db, filters, audience, check):
    query = (select(Activity.kind, Activity.audience_count, Project.country, Project.themes)
             .join(Project, Project.id == Activity.project_id)
             .where(Activity.deleted.is_(False), Project.deleted.is_(False),
                    *project_conditions(filters), *date_conditions(filters, Activity.start_date)))
    with db.session() as session:
        found = session.execute(query).all()
    check()
    by_kind_country: dict[tuple[str, str], int] = {}
    by_theme: dict[str, list[int]] = {}
    for kind, reached, country, themes in found:
        by_kind_country[(kind, country)] = by_kind_country.get((kind, country), 0) + 1
        for theme in themes or ():
            figures = by_theme.setdefault(theme, [0, 0])
            figures[0] += 1
            figures[1] += reached or 0
    kinds = _ordered(ACTIVITY_KINDS, {k for k, _c in by_kind_country})
    countries = _ordered(COUNTRIES, {c for _k, c in by_kind_country})
    cross = Cross("activities_by_kind_country", (Column("kind", codes=True),),
                  {k: (k,) for k in kinds}, countries, by_kind_country, "kind", "country")
    shown = (lambda n: n) if audience == Audience.INTERNAL else \
        (lambda n: n if public_count(n) == str(n) else public_count(n))
    themes = Table("activities_by_theme", (Column("theme", codes=True),
                                           Column("activities", "count"),
                                           Column("audience", "count")),
                   tuple((t, shown(by_theme[t][0]), shown(by_theme[t][1]))
                         for t in _ordered(THEMES, by_theme)))
    charts = [ChartSpec("stacked_bar", "activities_by_kind_country", "kind", countries),
              ChartSpec("bar", "activities_by_theme", "theme", ("activities",))]
    return build_tables([cross], audience) + [themes], charts
