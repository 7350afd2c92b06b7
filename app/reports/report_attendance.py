"""Attendance by gender and age band: overall, and per training, project, partner,
country and quarter.

A count is of people, not of visits: someone present at one session or more
of the sessions in the date range counts once per row (once per training,
once per project, once per quarter...). In public, withheld partners, their
projects and trainings go by pseudonyms (`scope.pseudonyms`). Only present, live attendance of live
participants, sessions, trainings and projects counts. The counting is one
SQL aggregation per table; names are never read.
"""

from __future__ import annotations

from sqlalchemy import distinct, func, literal, select, union_all

from app.domain.enums import AGE_BANDS, GENDERS
from app.domain.organisation import Project
from app.domain.training import Attendance, Participant, Training, TrainingSession
from app.reports.cross import Cross, build_tables
from app.reports.scope import (
    date_conditions,
    project_conditions,
    projects_in_scope,
    pseudonyms,
    quarter_sql,
)
from app.reports.tables import Audience, ChartSpec, Column

GROUPINGS = ("training", "project", "partner", "country", "period")


def _counts(db, filters) -> dict[str, dict[tuple[str, str, str], int]]:
    """{grouping: {(group key, gender, age band): people}} ("" for no grouping).

    One statement: who was present, one row per person, training and quarter
    (a single pass over attendance, materialised: a tenth of its rows), their
    project and person joined to that, then every grouping's count of distinct
    people over it."""
    visits = (select(Attendance.participant_id.label("person"),
                     TrainingSession.training_id.label("training"),
                     quarter_sql(TrainingSession.held_on).label("period"))
              .distinct()
              .join(TrainingSession, TrainingSession.id == Attendance.session_id)
              .where(Attendance.present.is_(True), Attendance.deleted.is_(False),
                     TrainingSession.deleted.is_(False),
                     *date_conditions(filters, TrainingSession.held_on))
              .cte("visits").prefix_with("MATERIALIZED"))
    present = (select(visits.c.person, visits.c.training, Project.id.label("project"),
                      Project.partner_id.label("partner"), Project.country.label("country"),
                      visits.c.period, Participant.gender.label("gender"),
                      Participant.age_band.label("age"))
               .join(Training, Training.id == visits.c.training)
               .join(Project, Project.id == Training.project_id)
               .join(Participant, Participant.id == visits.c.person)
               .where(Training.deleted.is_(False), Project.deleted.is_(False),
                      Participant.deleted.is_(False), *project_conditions(filters))
               .cte("present").prefix_with("MATERIALIZED"))
    parts = []
    for group in ("", *GROUPINGS):
        key = literal("") if group == "" else present.c[group]
        parts.append(select(literal(group), key, present.c.gender, present.c.age,
                            func.count(distinct(present.c.person)))
                     .group_by(key, present.c.gender, present.c.age))
    counts: dict[str, dict[tuple[str, str, str], int]] = {g: {} for g in ("", *GROUPINGS)}
    with db.session() as session:
        for group, key, gender, age, n in session.execute(union_all(*parts)):
            counts[group][(key, gender, age)] = n
    return counts


def _codes(known: tuple[str, ...], found) -> tuple[str, ...]:
    return known + tuple(sorted(set(found) - set(known)))


def _leads(db, filters, group, keys, withheld) -> tuple[tuple[Column, ...], dict[str, tuple]]:
    projects = projects_in_scope(db, filters, withheld)
    if group == "training":
        with db.session() as session:
            found = session.execute(select(Training.id, Training.title, Training.project_id)
                                    .where(Training.id.in_(keys))).all()
        cells = {i: (withheld.get(i, title), projects[p].title if p in projects else "")
                 for i, title, p in found}
        return (Column("training"), Column("project")), dict(sorted(
            cells.items(), key=lambda kv: (kv[1][1], kv[1][0], kv[0])))
    if group == "project":
        return (Column("project"),), {i: (p.title,) for i, p in projects.items() if i in keys}
    if group == "partner":
        names = {p.partner_id: p.partner for p in projects.values()}
        return (Column("partner"),), dict(sorted(
            ((i, (names.get(i, ""),)) for i in keys), key=lambda kv: (kv[1], kv[0])))
    lead = Column(group, codes=group == "country")
    return (lead,), {k: (k,) for k in sorted(keys)}


def build(db, filters, audience, check):
    crosses = []
    withheld = pseudonyms(db) if audience == Audience.PUBLIC else {}
    found_all = _counts(db, filters)
    overall = found_all[""]
    genders = _codes(GENDERS, (g for _k, g, _a in overall))
    ages = _codes(AGE_BANDS, (a for _k, _g, a in overall))
    counts = {}
    for (_k, g, a), n in overall.items():
        counts[(g, a)] = counts.get((g, a), 0) + n
    crosses.append(Cross("attendance_by_gender_age", (Column("gender", codes=True),),
                         {g: (g,) for g in genders}, ages, counts, "gender", "age"))
    for group in GROUPINGS:
        check()
        found = found_all[group]
        lead, cells = _leads(db, filters, group, {k for k, _g, _a in found}, withheld)
        by_gender, by_age = {}, {}
        for (k, g, a), n in found.items():
            by_gender[(k, g)] = by_gender.get((k, g), 0) + n
            by_age[(k, a)] = by_age.get((k, a), 0) + n
        crosses.append(Cross(f"attendance_by_{group}_gender", lead, cells, genders, by_gender,
                             group, "gender"))
        crosses.append(Cross(f"attendance_by_{group}_age", lead, cells, ages, by_age,
                             group, "age"))
    check()
    charts = [ChartSpec("stacked_bar", "attendance_by_gender_age", "gender", ages),
              ChartSpec("stacked_bar", "attendance_by_project_gender", "project", genders),
              ChartSpec("line", "attendance_by_period_gender", "period", genders)]
    return build_tables(crosses, audience), charts
