"""Reports written as XLSX and CSV read back: sheets, types, values, headers in words."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.reports import csv_export, xlsx
from app.reports.model import REPORT_KINDS, Audience, ReportFilters, build_report, plain_label
from app.reports.public import HIDDEN, SMALL
from tests.unit.reports_demo import demo_database

WHEN = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("exports") / "data")
    yield db
    db.close()


def report(db, kind, audience=Audience.PUBLIC, **filters):
    return build_report(kind, ReportFilters(**filters), audience, db, generated_at=WHEN)


def shouted(key: str) -> str:
    """A label that shows it was used: the key's words in capitals."""
    return plain_label(key).upper()


def expected_cell(column, value, last_of_totals=False):
    if last_of_totals:
        return None
    if column.kind == "text" and column.codes and value is not None:
        return value.upper()
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_the_workbook_has_a_sheet_per_table_with_typed_cells_and_a_frozen_header(
        demo, tmp_path, kind):
    built = report(demo, kind, Audience.INTERNAL)
    target = tmp_path / "report.xlsx"
    xlsx.write_report(built, target, shouted)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["REPORT"] + [t.key.upper() for t in built.tables]
    for table, sheet in zip(built.tables, book.worksheets[1:], strict=True):
        assert sheet.freeze_panes == "A2"
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0] == tuple(c.key.upper() for c in table.columns)
        assert len(rows) == len(table.rows) + 1
        for n, (read, row) in enumerate(zip(rows[1:], table.rows, strict=True)):
            totals = table.totals and n == len(table.rows) - 1
            for i, (column, value) in enumerate(zip(table.columns, row, strict=True)):
                if totals and i == 0:
                    assert read[0] == "TOTAL"
                    continue
                want = expected_cell(column, value)
                got = read[i]
                if isinstance(want, float):
                    assert got == pytest.approx(want)
                else:
                    assert got == want and type(got) is type(want)


def test_the_first_sheet_says_the_report_the_audience_when_and_the_filters(demo, tmp_path):
    built = report(demo, "attendance", date_from=date(2025, 3, 1), country="TJ")
    target = tmp_path / "a.xlsx"
    xlsx.write_report(built, target, shouted)
    sheet = openpyxl.load_workbook(target)["REPORT"]
    lines = dict(sheet.iter_rows(values_only=True))
    assert lines == {"REPORT": "ATTENDANCE", "AUDIENCE": "PUBLIC",
                     "GENERATED": datetime(2026, 4, 1, 9, 30), "DATE_FROM": datetime(2025, 3, 1),
                     "DATE_TO": "ALL", "PROJECT": "ALL", "PARTNER": "ALL", "COUNTRY": "TJ"}


def test_counts_dates_money_and_shares_carry_their_number_formats(demo, tmp_path):
    target = tmp_path / "d.xlsx"
    xlsx.write_report(report(demo, "disbursements"), target, plain_label)
    sheet = openpyxl.load_workbook(target)["disbursements_by_project"]
    header = [c.value for c in sheet[1]]
    second = sheet[2]
    assert second[header.index("budget")].number_format == "#,##0.00"
    assert second[header.index("share")].number_format == "0.0%"
    progress = tmp_path / "p.xlsx"
    xlsx.write_report(report(demo, "indicator_progress"), progress, plain_label)
    readings = openpyxl.load_workbook(progress)["indicator_readings"]
    assert readings["C2"].is_date and readings["C2"].number_format == "yyyy-mm-dd"


def test_suppressed_counts_stay_text_in_the_workbook(demo, tmp_path):
    built = report(demo, "attendance")
    target = tmp_path / "s.xlsx"
    xlsx.write_report(built, target, plain_label)
    book = openpyxl.load_workbook(target)
    texts = {c.value for sheet in book.worksheets[1:] for row in sheet.iter_rows(min_row=2)
             for c in row[1:] if c.data_type == "s"}
    assert {SMALL, HIDDEN} <= texts


def read_sections(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as stream:
        lines = list(csv.reader(stream))
    about, sections, current = [], {}, None
    for line in lines:
        if not line:
            current = None
        elif current is None and len(line) == 1:
            current = sections.setdefault(line[0], [])
        elif current is None:
            about.append(line)
        else:
            current.append(line)
    return about, sections


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_the_csv_has_a_section_per_table_with_its_header_and_rows(demo, tmp_path, kind):
    built = report(demo, kind)
    target = tmp_path / "r.csv"
    csv_export.write_report(built, target, shouted)
    about, sections = read_sections(target)
    assert about[0] == ["REPORT", kind.upper()] and about[1] == ["AUDIENCE", "PUBLIC"]
    assert list(sections) == [t.key.upper() for t in built.tables]
    for table in built.tables:
        header, *rows = sections[table.key.upper()]
        assert header == [c.key.upper() for c in table.columns]
        assert len(rows) == len(table.rows)
        for read, row in zip(rows, table.rows, strict=True):
            for column, text, value in zip(table.columns, read, row, strict=True):
                if value is None or column.kind == "text":
                    continue
                if column.kind == "percent" and isinstance(value, float):
                    assert float(text) == pytest.approx(value, abs=1e-4)
                elif isinstance(value, date):
                    assert date.fromisoformat(text) == value
                else:
                    assert text == str(value)


def test_the_csv_starts_with_a_bom_only_when_asked(demo, tmp_path):
    built = report(demo, "activities")
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    csv_export.write_report(built, plain, plain_label)
    csv_export.write_report(built, excel, plain_label, bom=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    assert read_sections(excel, "utf-8-sig") == read_sections(plain)


def test_sheet_names_follow_excels_rules():
    taken: set[str] = set()
    long = "Что-то очень длинное: с [скобками] и / косой чертой?"
    first, second = xlsx.sheet_name(long, taken), xlsx.sheet_name(long, taken)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert not set("[]:*?/\\") & set(first + second)


@pytest.mark.parametrize("writer", [xlsx.write_report, csv_export.write_report])
def test_writers_tell_their_progress_and_stop_when_asked(demo, tmp_path, writer):
    from app.reports.model import ReportCancelled

    built = report(demo, "attendance")
    seen = []
    writer(built, tmp_path / "all", plain_label, progress=lambda done, total: seen.append(
        (done, total)))
    total = len(built.tables)
    assert seen == [(n, total) for n in range(1, total + 1)]
    seen.clear()
    with pytest.raises(ReportCancelled):
        writer(built, tmp_path / "stopped", plain_label,
               progress=lambda done, total: seen.append(done), should_stop=lambda: len(seen) == 3)
    assert seen == [1, 2, 3]
    if writer is xlsx.write_report:
        assert not (tmp_path / "stopped").exists()
