"""Roster import: 10,000 rows of a partner's list against a bare executemany.

Figures:
- importing a 10,000-row CSV and a 10,000-row XLSX (read, guess the mapping,
  plan every row through the forms' checks, write participants and roster
  entries in one unit of work) against a bare `sqlite3` executemany of the
  same participants and roster entries into a fresh data folder's own tables
  (their change-log triggers fire for both), measured in the same run (goal
  ≤ 4×); and against tables without triggers (what the change log costs);
- undoing that import (the whole step) against the same baseline.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
import time
from pathlib import Path

from app.services import Services
from app.services.roster_import import RosterImport
from app.services.roster_mapping import header_score
from app.services.roster_read import read_sheet
from app.storage.database import Database
from app.storage.paths import DataPaths

ROWS = 10_000
GENDERS = ("female", "male", "non-binary", "prefer not to say")
BANDS = ("under 18", "18-24", "25-34", "35-49", "50+")


def _list(n: int) -> list[list[str]]:
    return [[f"BIG-{i:06d}", f"Участница {i}", GENDERS[i % 4], BANDS[i % 5],
             "Общественное объединение", f"+996 555 {i:06d}"] for i in range(n)]


HEADERS = ["Code", "Name", "Gender", "Age band", "Organisation", "Phone"]


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        out.writerows(rows)
    return path


def _write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("List")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _training(root: Path) -> tuple[Database, str]:
    db = Database.open(DataPaths(root), create=True, device_name="bench")
    s = Services(db)
    partner = s.partners.create(name="Osh Women", country="KG").id
    project = s.projects.create(partner_id=partner, title="Rights", country="KG").id
    return db, s.trainings.create(project_id=project, title="T", start_date="2026-03-02").id


def _import(db: Database, training: str, path: Path):
    importer = RosterImport(db)
    sheet = read_sheet(path, header_score)
    plan = importer.plan(sheet, training, importer.guess(sheet, training))
    return importer.apply(plan)


def _bare(path: Path, rows: list[list[str]]) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE participant (id TEXT PRIMARY KEY, hlc TEXT, deleted INT, "
                     "code TEXT, name TEXT, contact TEXT, gender TEXT, age_band TEXT, "
                     "organisation TEXT, consent INT, partner_id TEXT)")
        conn.execute("CREATE TABLE roster_entry (id TEXT PRIMARY KEY, hlc TEXT, deleted INT, "
                     "training_id TEXT, participant_id TEXT)")
        conn.executemany("INSERT INTO participant VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, 0, ?)",
                         ((f"p{n:035d}", f"{n:054d}", row[0], row[1], row[5], "female",
                           "18_24", row[4], "x" * 36) for n, row in enumerate(rows)))
        conn.executemany("INSERT INTO roster_entry VALUES (?, ?, 0, ?, ?)",
                         ((f"r{n:035d}", f"{n:054d}", "t" * 36, f"p{n:035d}")
                          for n in range(len(rows))))
    conn.close()
    return time.perf_counter() - started


def _bare_in_schema(root: Path, rows: list[list[str]]) -> float:
    """The same executemany through a fresh data folder's own connection into its own
    tables: the change-log triggers fire for every field, as they do for the import."""
    db, training = _training(root)
    device = db.device_id
    started = time.perf_counter()
    with db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql(
            "INSERT INTO participant (id, hlc, deleted, code, name, contact, gender, "
            "age_band, organisation, consent, partner_id) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, "
            "0, NULL)",
            [(f"{n:08x}-0000-7000-8000-000000000000", f"{n + 1 << 20:012x}-0000-{device}",
              row[0], row[1], row[5], "female", "18_24", row[4]) for n, row in enumerate(rows)])
        conn.exec_driver_sql(
            "INSERT INTO roster_entry (id, hlc, deleted, training_id, participant_id) "
            "VALUES (?, ?, 0, ?, ?)",
            [(f"{n:08x}-0000-7000-9000-000000000000", f"{n + 1 << 21:012x}-0000-{device}",
              training, f"{n:08x}-0000-7000-8000-000000000000") for n in range(len(rows))])
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def run() -> list[tuple[str, float, str]]:
    rows = _list(ROWS)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        csv_path = _write_csv(root / "list.csv", rows)
        xlsx_path = _write_xlsx(root / "list.xlsx", rows)
        bare_s = min(_bare(root / f"bare{n}.db", rows) for n in range(3))
        logged_s = min(_bare_in_schema(root / f"logged{n}", rows) for n in range(2))
        results = {}
        for kind, path in (("csv", csv_path), ("xlsx", xlsx_path)):
            db, training = _training(root / f"data-{kind}")
            started = time.perf_counter()
            written, step = _import(db, training, path)
            results[kind] = time.perf_counter() - started
            assert written.count("new") == ROWS
            if kind == "csv":
                started = time.perf_counter()
                Services(db).attendance.revert(step)
                results["undo"] = time.perf_counter() - started
            db.close()
    return [
        ("import 10,000 rows from CSV vs bare executemany into the same tables",
         results["csv"] / logged_s,
         f"{results['csv']:.2f}s vs {logged_s:.2f}s: read, map, check, write; both with the "
         "change-log triggers (goal ≤ 4)"),
        ("import 10,000 rows from XLSX vs the same executemany", results["xlsx"] / logged_s,
         f"{results['xlsx']:.2f}s"),
        ("import 10,000 rows from CSV vs executemany into tables without triggers",
         results["csv"] / bare_s, f"{bare_s:.3f}s: what the change log costs on top"),
        ("undo of that import vs bare executemany into the same tables",
         results["undo"] / logged_s, f"{results['undo']:.2f}s: 20,000 rows tombstoned"),
    ]
