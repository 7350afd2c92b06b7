"""`faltbok report` as a user drives it: files in words, and bad filters as one line, no file.

Run as a separate process: the command's words come from app.ui's translations,
and tests/unit imports no Qt.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.domain.system import AuditEvent
from app.reports.model import REPORT_KINDS
from app.storage.database import Database
from app.storage.paths import DataPaths


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=300)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(folder), "demo", "--size", "small", "--seed", "3"]) == 0
    return folder


def report(demo_dir, *args):
    return run("--data-dir", str(demo_dir), "report", *args)


def export_events(folder) -> list[str]:
    db = Database.open(DataPaths(folder))
    with db.session() as session:
        details = list(session.scalars(select(AuditEvent.detail)
                                       .where(AuditEvent.action == "export")))
    db.close()
    return details


def test_a_report_is_written_as_a_workbook_in_words_and_recorded(demo_dir, tmp_path):
    target = tmp_path / "attendance.xlsx"
    done = report(demo_dir, "attendance", "--format", "xlsx", "--out", str(target),
                  "--country", "kg", "--from", "2025-01-01")
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Report", "Gender and age"]
    assert book["Gender and age"]["A1"].value == "Gender"
    assert dict(book["Report"].iter_rows(values_only=True))["Country"] == "Kyrgyzstan"
    assert [name for name in os.listdir(tmp_path)] == ["attendance.xlsx"]
    assert any("report attendance (public, xlsx)" in d and "outside the data folder" in d
               for d in export_events(demo_dir))


def test_the_language_option_gives_russian_headers(demo_dir, tmp_path):
    target = tmp_path / "r.csv"
    done = report(demo_dir, "disbursements", "--format", "csv", "--out", str(target),
                  "--language", "ru", "--internal", "--bom")
    assert done.returncode == 0, done.stderr
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["Отчёт", "Выплаты в сравнении с бюджетом"]
    assert ["Проект", "Партнёр", "Страна", "Валюта", "Бюджет", "Выплачено", "Доля бюджета",
            "Остаток"] in rows


def test_the_kinds_are_listed_by_help():
    done = run("report", "--help")
    assert done.returncode == 0 and all(kind in done.stdout for kind in REPORT_KINDS)


@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2025-13-01"), "not a date"),
    (("--from", "2026-02-01", "--to", "2026-01-01"), "ends before it starts"),
    (("--project", "0190c0de-0000-7000-8000-000000000000"), "unknown project"),
    (("--partner", "nobody"), "unknown partner"),
    (("--country", "XX"), "must be one of"),
])
def test_a_bad_filter_is_one_line_and_no_file(demo_dir, tmp_path, args, words):
    target = tmp_path / "out.xlsx"
    command = ["attendance", "--format", "xlsx", "--out", str(target), *args]
    done = report(demo_dir, *command)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and words in done.stderr and not done.stdout
    assert os.listdir(tmp_path) == []


def test_an_unknown_kind_is_one_line(demo_dir, tmp_path):
    done = report(demo_dir, "gossip", "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert os.listdir(tmp_path) == []


def test_a_failed_write_leaves_no_partial_file_and_an_older_file_as_it_was(demo_dir, tmp_path):
    blocked = tmp_path / "taken"
    (blocked / "inside").mkdir(parents=True)  # a folder of that name: the rename fails
    done = report(demo_dir, "activities", "--format", "xlsx", "--out", str(blocked))
    assert done.returncode != 0 and done.stderr.count("\n") == 1
    assert sorted(os.listdir(tmp_path)) == ["taken"]
    older = tmp_path / "older.csv"
    older.write_text("kept")
    done = report(demo_dir, "activities", "--format", "csv", "--out", str(older),
                  "--to", "yesterday")
    assert done.returncode != 0 and older.read_text() == "kept"
    assert sorted(os.listdir(tmp_path)) == ["older.csv", "taken"]


def test_a_missing_folder_is_one_line(demo_dir, tmp_path):
    done = report(demo_dir, "advocacy", "--format", "csv", "--out",
                  str(tmp_path / "nowhere" / "r.csv"))
    assert done.returncode != 0 and done.stderr.count("\n") == 1
    assert os.listdir(tmp_path) == []
