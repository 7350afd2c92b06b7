"""Each report on demo data gives the figures computed independently from `dump`."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

import pytest

from app.reports.model import REPORT_KINDS, Audience, ReportFilters, build_report
from tests.unit.reports_demo import day, demo_database, dumped, money, quarter

INTERNAL = Audience.INTERNAL


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("reports") / "data")
    yield db, dumped(db)
    db.close()


def row_dicts(table) -> list[dict]:
    """Each row of a table (the totals row left out) as {column key: cell}."""
    rows = table.rows[:-1] if table.totals else table.rows
    return [dict(zip([c.key for c in table.columns], row, strict=True)) for row in rows]


def as_bag(pairs) -> Counter:
    """Pairs (name, mapping) as a multiset: two projects may share a title."""
    return Counter((name, frozenset((k, v) for k, v in mapping.items() if v))
                   for name, mapping in pairs)


def by_lead(table, lead: int = 1) -> dict:
    """{lead cells: {column key: cell}} of a table's rows (totals row left out)."""
    rows = table.rows[:-1] if table.totals else table.rows
    keys = [c.key for c in table.columns]
    return {row[:lead] if lead > 1 else row[0]: dict(zip(keys[lead:], row[lead:], strict=True))
            for row in rows}


def present_people(rows, keep=lambda project, meeting: True):
    """(participant, training, project, meeting) of each live present attendance."""
    for a in rows["attendance"].values():
        meeting = rows["training_session"].get(a["session_id"])
        person = rows["participant"].get(a["participant_id"])
        if not a["present"] or meeting is None or person is None:
            continue
        training = rows["training"].get(meeting["training_id"])
        project = training and rows["project"].get(training["project_id"])
        if project and keep(project, meeting):
            yield person, training, project, meeting


def test_attendance_counts_each_person_once_per_row_by_gender_and_age(demo):
    db, rows = demo
    report = build_report("attendance", ReportFilters(), INTERNAL, db)
    overall, per_project, per_quarter = set(), defaultdict(set), defaultdict(set)
    titles = {}
    for person, _training, project, meeting in present_people(rows):
        overall.add((person["id"], person["gender"], person["age_band"]))
        per_project[project["id"]].add((person["id"], person["gender"]))
        titles[project["id"]] = project["title"]
        per_quarter[quarter(meeting["held_on"])].add((person["id"], person["age_band"]))
    expected = Counter((g, a) for _p, g, a in overall)
    table = by_lead(report.table("attendance_by_gender_age"))
    assert {(g, a): n for g, cells in table.items() for a, n in cells.items()
            if a != "total" and n} == dict(expected)
    assert report.table("attendance_by_gender_age").rows[-1][-1] == len(overall)
    projects = row_dicts(report.table("attendance_by_project_gender"))
    assert as_bag((titles[p], Counter(g for _p, g in people))
                  for p, people in per_project.items()) \
        == as_bag((cells.pop("project"), {g: n for g, n in cells.items() if g != "total"})
                  for cells in projects)
    quarters = by_lead(report.table("attendance_by_period_age"))
    assert {q: len(people) for q, people in per_quarter.items()} \
        == {q: cells["total"] for q, cells in quarters.items()}


def test_attendance_filters_by_dates_and_country(demo):
    db, rows = demo
    filters = ReportFilters(date_from=date(2025, 9, 1), date_to=date(2025, 12, 31), country="KG")
    report = build_report("attendance", filters, INTERNAL, db)
    people = {(p["id"], t["id"]) for p, t, _project, _m in present_people(
        rows, lambda project, meeting: project["country"] == "KG"
        and date(2025, 9, 1) <= day(meeting["held_on"]) <= date(2025, 12, 31))}
    trainings = report.table("attendance_by_training_gender")
    assert trainings.rows[-1][-1] == len(people) > 0
    assert by_lead(report.table("attendance_by_country_gender")).keys() == {"KG"}


def test_indicator_progress_is_measured_over_the_readings_of_the_date_range(demo):
    db, rows = demo
    until = date(2025, 12, 31)
    report = build_report("indicator_progress", ReportFilters(date_to=until), INTERNAL, db)
    table = report.table("indicator_progress")
    assert len(table.rows) == len(rows["indicator"])
    expected = Counter()
    for indicator in rows["indicator"].values():
        goal = rows["goal"][indicator["goal_id"]]
        project = rows["project"][goal["project_id"]]
        readings = sorted((r["period_end"], money(r["value"]))
                          for r in rows["indicator_value"].values()
                          if r["indicator_id"] == indicator["id"] and day(r["period_end"]) <= until)
        if not readings:
            current = None
        elif indicator["accumulates"]:
            current = sum(v for _e, v in readings)
        else:
            current = readings[-1][1]
        share = None
        if current is not None:
            base, target = money(indicator["baseline"]), money(indicator["target"])
            share = round(float((current - base) / (target - base)), 9)
        expected[(project["title"], indicator["name"], current, share)] += 1
    assert sum(expected.values()) > 10
    assert Counter((r[0], r[2], r[7], None if r[8] is None else round(r[8], 9))
                   for r in table.rows) == expected


def test_demo_indicators_are_no_longer_all_at_the_same_progress(demo):
    db, _rows = demo
    report = build_report("indicator_progress", ReportFilters(), INTERNAL, db)
    shares = [s for s in report.table("indicator_progress").values("progress") if s is not None]
    assert len({round(s, 2) for s in shares}) > len(shares) // 2
    assert min(shares) < 0.5 < max(shares)


def test_activities_count_by_kind_and_country_and_audience_by_theme(demo):
    db, rows = demo
    report = build_report("activities", ReportFilters(), INTERNAL, db)
    expected, audience = Counter(), Counter()
    for a in rows["activity"].values():
        project = rows["project"][a["project_id"]]
        expected[(a["kind"], project["country"])] += 1
        for theme in project["themes"]:
            audience[theme] += a["audience_count"] or 0
    table = by_lead(report.table("activities_by_kind_country"))
    assert {(k, c): n for k, cells in table.items() for c, n in cells.items()
            if c != "total" and n} == dict(expected)
    themes = by_lead(report.table("activities_by_theme"))
    assert {t: cells["audience"] for t, cells in themes.items()} == dict(audience)


def test_advocacy_audiences_add_up_by_kind_and_target_group(demo):
    db, rows = demo
    report = build_report("advocacy", ReportFilters(), INTERNAL, db)
    groups = ("university", "students", "decision_makers", "libraries", "art_halls", "public")
    expected = Counter()
    for event in rows["advocacy_event"].values():
        for g in groups:
            expected[(event["kind"], g)] += event[f"audience_{g}"]
    table = by_lead(report.table("advocacy_by_kind"))
    assert {(k, g): n for k, cells in table.items() for g, n in cells.items()
            if g != "total" and n} == {k: n for k, n in expected.items() if n}
    assert all(sum(n for (_k, g), n in expected.items() if g == group) > 0 for group in groups)
    assert build_report("advocacy", ReportFilters(country="KG"), INTERNAL, db) \
        .table("advocacy_by_kind").rows[-1][-1] == 0


def test_disbursements_add_up_per_project_against_its_budget(demo):
    db, rows = demo
    since = date(2025, 6, 1)
    report = build_report("disbursements", ReportFilters(date_from=since), INTERNAL, db)
    paid = defaultdict(Decimal)
    for d in rows["disbursement"].values():
        if day(d["paid_on"]) >= since:
            paid[d["project_id"]] += money(d["amount"])
    table = row_dicts(report.table("disbursements_by_project"))
    expected = [(p["title"], {"budget": money(p["budget"]), "disbursed": paid[p["id"]],
                              "share": round(float(paid[p["id"]] / money(p["budget"])), 9)})
                for p in rows["project"].values()]
    assert as_bag(expected) == as_bag(
        (c["project"], {"budget": c["budget"], "disbursed": c["disbursed"],
                        "share": round(c["share"], 9)}) for c in table)
    shares = [c["share"] for c in table]
    assert max(shares) - min(shares) > 0.3  # the demo's projects spend at their own pace


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_no_report_holds_a_participant_name_or_contact(demo, kind):
    db, rows = demo
    names = {p["name"] for p in rows["participant"].values() if p["name"]}
    names |= {p["contact"] for p in rows["participant"].values() if p["contact"]}
    for audience in Audience:
        report = build_report(kind, ReportFilters(), audience, db)
        cells = {c for t in report.tables for row in t.rows for c in row if isinstance(c, str)}
        assert report.tables and not cells & names
