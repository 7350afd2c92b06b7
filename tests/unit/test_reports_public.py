"""Public reports never show a count from 1 to 4, nor a hidden count's way back.

The suppression itself is `app/reports/public.py`'s; these check that every
published table goes through it, together with the tables it shares totals with.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import AGE_BANDS, GENDERS
from app.reports import csv_export, xlsx
from app.reports.model import REPORT_KINDS, Audience, ReportFilters, build_report, plain_label
from app.reports.public import HIDDEN, SMALL, LinkedCounts, suppress_linked
from app.services import Services
from app.storage.database import Database
from app.storage.paths import DataPaths
from tests.unit.reports_demo import demo_database

SUPPRESSED = (SMALL, HIDDEN)


def small_count(cell) -> bool:
    return isinstance(cell, int) and not isinstance(cell, bool) and 1 <= cell <= 4


def count_cells(table, include_figures_of_count_indicators=True):
    """Every cell of the table's count columns (and a count indicator's figures)."""
    kinds = [c.kind for c in table.columns]
    keys = [c.key for c in table.columns]
    for row in table.rows:
        for i, cell in enumerate(row):
            if kinds[i] == "count":
                yield cell
        if include_figures_of_count_indicators and "measure" in keys \
                and row[keys.index("measure")] == "count":
            yield row[keys.index("current")]


def lines(table):
    """Every row and column of a cross table with its total: the lines a reader can add up."""
    body = [row[len(row) - len([c for c in table.columns if c.kind == "count"]):]
            for row in table.rows]
    return body + [list(column) for column in zip(*body, strict=True)]


cubes = st.dictionaries(
    st.tuples(st.sampled_from(("a", "b", "c", "d")), st.sampled_from(GENDERS[:3]),
              st.sampled_from(AGE_BANDS[:4])),
    st.integers(0, 14), max_size=40)


@given(cubes)
@settings(max_examples=300)
def test_linked_tables_hide_small_counts_and_hide_shared_totals_alike(cube):
    groups = tuple(sorted({g for g, _s, _a in cube})) or ("a",)
    genders, ages = GENDERS[:3], AGE_BANDS[:4]

    def margin(pick):
        out = Counter()
        for key, n in cube.items():
            out[pick(*key)] += n
        return dict(out)

    specs = {
        "overall": LinkedCounts(margin(lambda g, s, a: (s, a)), genders, ages, "gender", "age"),
        "by_gender": LinkedCounts(margin(lambda g, s, a: (g, s)), groups, genders, "group",
                                  "gender"),
        "by_age": LinkedCounts(margin(lambda g, s, a: (g, a)), groups, ages, "group", "age"),
    }
    done = suppress_linked(specs)
    for name, table in done.items():
        spec = specs[name]
        shown = list(table.cells.values()) + list(table.row_totals.values()) \
            + list(table.column_totals.values()) + [table.total]
        assert not any(value in ("1", "2", "3", "4") for value in shown)
        for key, value in table.cells.items():  # what is shown is the truth
            assert value in SUPPRESSED or int(value) == spec.counts.get(key, 0)
        for r in spec.rows:  # no row or column with exactly one hidden entry
            line = [table.cells[(r, c)] for c in spec.columns] + [table.row_totals[r]]
            assert sum(v in SUPPRESSED for v in line) != 1
        for c in spec.columns:
            line = [table.cells[(r, c)] for r in spec.rows] + [table.column_totals[c]]
            assert sum(v in SUPPRESSED for v in line) != 1
    # a total two tables share is hidden in both or in neither
    assert {g: v in SUPPRESSED for g, v in done["by_gender"].row_totals.items()} \
        == {g: v in SUPPRESSED for g, v in done["by_age"].row_totals.items()}
    assert {s: v in SUPPRESSED for s, v in done["overall"].row_totals.items()} \
        == {s: v in SUPPRESSED for s, v in done["by_gender"].column_totals.items()}
    assert {a: v in SUPPRESSED for a, v in done["overall"].column_totals.items()} \
        == {a: v in SUPPRESSED for a, v in done["by_age"].column_totals.items()}


people = st.lists(st.tuples(st.sampled_from(GENDERS), st.sampled_from(AGE_BANDS),
                            st.lists(st.booleans(), min_size=3, max_size=3)),
                  min_size=1, max_size=14)


@given(people, st.integers(0, 1))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
def test_public_attendance_over_random_attendance_shows_no_count_from_1_to_4(
        tmp_path, crowd, trainings_of_second_project):
    folder = tempfile.mkdtemp(dir=tmp_path)
    db = Database.open(DataPaths(Path(folder)), create=True,
                       device_name="t")
    s = Services(db)
    partner = s.partners.create(name="P", country="KG").id
    sessions = []
    for n in range(1 + trainings_of_second_project):
        project = s.projects.create(partner_id=partner, title=f"Project {n}", country="KG").id
        training = s.trainings.create(project_id=project, title=f"Training {n}").id
        sessions.append((training, [s.sessions.create(training_id=training,
                                                      held_on=date(2026, 1, 5)
                                                      + timedelta(days=40 * k)).id
                                    for k in range(3)]))
    for i, (gender, age, present) in enumerate(crowd):
        person = s.participants.create(code=f"C-{i}", gender=gender, age_band=age).id
        training, meetings = sessions[i % len(sessions)]
        s.attendance.add_to_roster(training, person)
        for meeting, here in zip(meetings, present, strict=True):
            s.attendance.mark(meeting, person, here)
    public = build_report("attendance", ReportFilters(), Audience.PUBLIC, db)
    internal = build_report("attendance", ReportFilters(), Audience.INTERNAL, db)
    db.close()
    for shown, exact in zip(public.tables, internal.tables, strict=True):
        assert not any(small_count(c) for c in count_cells(shown))
        for line in lines(shown):
            assert sum(c in SUPPRESSED for c in line) != 1
        for row, true in zip(shown.rows, exact.rows, strict=True):
            assert all(c == t for c, t in zip(row, true, strict=True) if c not in SUPPRESSED)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("public") / "data")
    yield db
    db.close()


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_public_exports_of_the_demo_hold_no_count_from_1_to_4(demo, tmp_path, kind):
    public = build_report(kind, ReportFilters(), Audience.PUBLIC, demo)
    internal = build_report(kind, ReportFilters(), Audience.INTERNAL, demo)
    had_small = any(small_count(c) for t in internal.tables for c in count_cells(t))
    assert not any(small_count(c) for t in public.tables for c in count_cells(t))
    book_path, csv_path = tmp_path / "r.xlsx", tmp_path / "r.csv"
    xlsx.write_report(public, book_path, plain_label)
    csv_export.write_report(public, csv_path, plain_label)
    book = openpyxl.load_workbook(book_path)
    for table in public.tables:
        sheet = book[table.key]
        counted = [i for i, c in enumerate(table.columns) if c.kind == "count"]
        for row in sheet.iter_rows(min_row=2, values_only=True):
            assert not any(small_count(row[i]) for i in counted)
    if had_small:  # the demo has small counts: the public file shows them suppressed
        assert SMALL in csv_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["attendance", "indicator_progress", "disbursements"])
def test_public_reports_never_name_a_sensitive_partner_its_projects_or_trainings(demo, kind):
    from tests.unit.reports_demo import dumped

    rows = dumped(demo)
    withheld = {p for p, r in rows["partner"].items() if r["sensitivity"] != "normal"}
    projects = {p for p, r in rows["project"].items() if r["partner_id"] in withheld}
    secret = {rows["partner"][p]["name"] for p in withheld}
    secret |= {rows["project"][p]["title"] for p in projects}
    secret |= {r["title"] for r in rows["training"].values() if r["project_id"] in projects}
    named = {r["name"] for p, r in rows["partner"].items() if p not in withheld}
    named |= {r["title"] for p, r in rows["project"].items() if p not in projects}
    named |= {r["title"] for r in rows["training"].values() if r["project_id"] not in projects}
    secret -= named  # a common topic of a training also held by others names no one
    assert withheld and secret

    def texts(audience):
        report = build_report(kind, ReportFilters(), audience, demo)
        return {c for t in report.tables for row in t.rows for c in row if isinstance(c, str)}

    public, internal = texts(Audience.PUBLIC), texts(Audience.INTERNAL)
    assert not public & secret and internal & secret
    assert {f"{c}-P1" for c in {rows["partner"][p]["country"] for p in withheld}} <= public \
        or kind == "indicator_progress"
    assert kind == "indicator_progress" or public & named
