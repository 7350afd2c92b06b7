"""Storage: the large demo and the dump, against plain sqlite3 on the same rows.

Figures:
- `demo --size large` (1,008,000 attendance rows, every field change-logged)
  against a plain `sqlite3` SELECT of every synced row it wrote, and against a
  bare executemany INSERT of the same number of attendance rows into a table
  with no triggers (what the change log and the bookkeeping cost);
- `dump` per million rows against a plain `sqlite3` SELECT of the same rows.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
import time
from pathlib import Path

from app.demo.generator import demo_device_id, demo_wall_clock, write_demo
from app.domain.models import SYNCED_MODELS
from app.services.dump import write_dump
from app.storage.database import Database
from app.storage.paths import DataPaths


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _plain_select(path: Path) -> int:
    rows = 0
    with sqlite3.connect(path) as conn:
        for model in SYNCED_MODELS:
            for _row in conn.execute(f'SELECT * FROM "{model.__tablename__}" ORDER BY id'):
                rows += 1
    conn.close()
    return rows


def _bare_insert(path: Path, count: int) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE a (id TEXT PRIMARY KEY, hlc TEXT, deleted INT, "
                     "session_id TEXT, participant_id TEXT, present INT)")
        conn.executemany("INSERT INTO a VALUES (?, ?, 0, ?, ?, 1)",
                         ((f"{n:036d}", f"{n:054d}", f"s{n // 50:035d}", f"p{n % 50000:035d}")
                          for n in range(count)))
    conn.close()


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "large")
        db = Database.open(paths, create=True, device_id=demo_device_id(1), device_name="demo",
                           wall=demo_wall_clock)
        written = {}
        demo_s = _timed(lambda: written.update(write_demo(db, "large", 1)))
        rows = sum(written.values())
        select_s = _timed(lambda: _plain_select(paths.database))
        bare_s = _timed(lambda: _bare_insert(Path(tmp) / "bare.db", written["attendance"]))
        dumped = {}
        dump_s = _timed(lambda: dumped.update(n=write_dump(db, io.BytesIO())))
        db.close()
    per_million = 1_000_000 / dumped["n"]
    return [
        ("demo --size large vs plain SELECT of its rows", demo_s / select_s,
         f"{rows:,} rows in {demo_s:.0f} s"),
        ("demo --size large vs bare INSERT of its attendance rows", demo_s / bare_s,
         "cost of change log, triggers, indexes, generation"),
        ("dump per million rows vs plain SELECT", (dump_s * per_million) /
         (select_s * per_million), f"{dump_s * per_million:.1f} s per million rows"),
    ]
