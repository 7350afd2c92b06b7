"""Reports: the attendance report over the large demo against the bare SQL it needs.

Figures (issue 14):
- the public attendance report (every table: overall, per training, project,
  partner, country and quarter, by gender and age band, suppressed, labelled)
  over `demo --size large` (1,008,000 attendance rows), against one plain
  `sqlite3` statement computing the same counts of distinct people present
  per grouping, gender and age band, in the same run (goal ≤ 2×);
- its peak memory: Python's allocations while the report is built
  (tracemalloc), as a ratio to a 100 MB budget.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from app.demo.generator import demo_device_id, demo_wall_clock, write_demo
from app.reports.model import Audience, ReportFilters, build_report
from app.storage.database import Database
from app.storage.paths import DataPaths

BUDGET_MB = 100
PRESENT = """
WITH visits AS MATERIALIZED (
  SELECT DISTINCT a.participant_id AS person, s.training_id AS training,
         substr(s.held_on, 1, 4) || '-Q' || ((CAST(substr(s.held_on, 6, 2) AS INT) + 2) / 3)
           AS period
  FROM attendance a JOIN training_session s ON s.id = a.session_id
  WHERE a.present = 1 AND a.deleted = 0 AND s.deleted = 0),
present AS MATERIALIZED (
  SELECT v.person, v.training, p.id AS project, p.partner_id AS partner, p.country,
         v.period, x.gender, x.age_band AS age
  FROM visits v JOIN training t ON t.id = v.training JOIN project p ON p.id = t.project_id
  JOIN participant x ON x.id = v.person
  WHERE t.deleted = 0 AND p.deleted = 0 AND x.deleted = 0)
"""
GROUPS = ("''", "training", "project", "partner", "country", "period")


def bare_counts(database: Path) -> int:
    """The counts the report needs, in one plain statement; how many cells."""
    parts = [f"SELECT {g}, gender, age, count(DISTINCT person) FROM present "
             f"GROUP BY {g}, gender, age" for g in GROUPS]
    with sqlite3.connect(database) as conn:
        cells = len(conn.execute(PRESENT + " UNION ALL ".join(parts)).fetchall())
    conn.close()
    return cells


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "large")
        db = Database.open(paths, create=True, device_id=demo_device_id(1), device_name="demo",
                           wall=demo_wall_clock)
        write_demo(db, "large", 1)
        filters = ReportFilters(None, None, None, None, None)
        build_report("attendance", filters, Audience.PUBLIC, db)  # warm: both read a hot file
        bare_counts(paths.database)
        report_s = min(_timed(lambda: build_report("attendance", filters, Audience.PUBLIC, db))
                       for _ in range(2))
        bare_s = min(_timed(lambda: bare_counts(paths.database)) for _ in range(2))
        tracemalloc.start()
        build_report("attendance", filters, Audience.PUBLIC, db)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        db.close()
    return [
        ("attendance report (large demo, public) vs its bare SQL aggregation",
         report_s / bare_s, f"{report_s:.1f} s vs {bare_s:.1f} s; goal ≤ 2×"),
        ("attendance report peak memory / 100 MB", peak / BUDGET_MB,
         f"{peak:.0f} MB of Python allocations while it is built"),
    ]
