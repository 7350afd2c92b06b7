"""Attendance by gender and age band: overall, and per training, project, partner,
country and quarter.

A count is of people, not of visits: someone present at one session or more
of the sessions in the date range counts once per row (once per training,
once per project, once per quarter...). Only present, live attendance of live
participants, sessions, trainings and projects counts. The counting is one
SQL aggregation per table; names are never read.
"""

from __future__ import annotations

from sqlalchemy import distinct, func, literal, select

from app.domain.enums import AGE_BANDS, GENDERS
from app.domain.organisation import Project
from app.domain.training import Attendance, Participant, Training, TrainingSession
from app.reports.cross import Cross, build_tables
from app.reports.scope import date_conditions, project_conditions, projects_in_scope, quarter_sql
from app.reports.tables import ChartSpec, Column

GROUPINGS = ("training", "project", "partner", "country", "period")


def _counts(db, filters, group) -> dict[tuple[str, str, str], int]:
    """{(group key, gender, age band): people} for one grouping ("" for none)."""
    key = {"training": Training.id, "project": Project.id, "partner": Project.partner_id,
           "country": Project.country, "period": quarter_sql(TrainingSession.held_on),
           "": literal("")}[group]
    query = (select(key, Participant.gender, Participant.age_band,
                    func.count(distinct(Attendance.participant_id)))
             .select_from(Attendance)
             .join(TrainingSession, TrainingSession.id == Attendance.session_id)
             .join(Training, Training.id == TrainingSession.training_id)
             .join(Project, Project.id == Training.project_id)
             .join(Participant, Participant.id == Attendance.participant_id)
             .where(Attendance.present.is_(True), Attendance.deleted.is_(False),
                    TrainingSession.deleted.is_(False), Training.deleted.is_(False),
                    Project.deleted.is_(False), Participant.deleted.is_(False),
                    *project_conditions(filters), *date_conditions(filters,
                                                                   TrainingSession.held_on))
             .group_by(key, Participant.gender, Participant.age_band))
    with db.session() as session:
        return {(g, gender, age): n for g, gender, age, n in session.execute(query)}


def _codes(known: tuple[str, ...], found) -> tuple[str, ...]:
    return known + tuple(sorted(set(found) - set(known)))


def _leads(db, filters, group, keys) -> tuple[tuple[Column, ...], dict[str, tuple]]:
    projects = projects_in_scope(db, filters)
    if group == "training":
        with db.session() as session:
            found = session.execute(select(Training.id, Training.title, Training.project_id)
                                    .where(Training.id.in_(keys))).all()
        cells = {i: (title, projects[p].title if p in projects else "")
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
    overall = _counts(db, filters, "")
    genders = _codes(GENDERS, (g for _k, g, _a in overall))
    ages = _codes(AGE_BANDS, (a for _k, _g, a in overall))
    counts = {}
    for (_k, g, a), n in overall.items():
        counts[(g, a)] = counts.get((g, a), 0) + n
    crosses.append(Cross("attendance_by_gender_age", (Column("gender", codes=True),),
                         {g: (g,) for g in genders}, ages, counts, "gender", "age"))
    for group in GROUPINGS:
        check()
        found = _counts(db, filters, group)
        lead, cells = _leads(db, filters, group, {k for k, _g, _a in found})
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
