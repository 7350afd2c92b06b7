"""Desktop app: filtering the million-row attendance list, and the app's memory.

The large demo (1,008,000 attendance rows) is written by the `faltbok` command
in a child process; a second child opens the real main window offscreen on
it, so the memory figure is that of the app alone, not of the demo writer or
of other benchmarks in this process.

Figures:
- filter the attendance list (Trainings ▸ Attendance records) by part of a
  participant code, through the UI model (search → first page and count
  shown), against the very SELECT the model ran, run directly with `sqlite3`
  on the same file (target ≤ 2×);
- the count beside the search box, against a plain `SELECT count(*)` of the
  same filter (the model gets it from the same scan as the first page);
- a search that matches nothing (a full scan), model against direct SQLite;
- the app's peak resident memory after opening and filtering that list and
  scrolling 2,000 rows, as a ratio to 300 MB (the target is ≤ 1).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 300
TERM = "OSH-01500"  # part of a code: 10 participants, 100 of the million rows
MISS = "no such code"
ROUNDS = 3


def _direct(path: Path, sql: str, params: tuple) -> tuple[float, int]:
    conn = sqlite3.connect(path)
    conn.create_function("fb_fold", 1, lambda v: None if v is None else str(v).casefold(),
                         deterministic=True)
    started = time.perf_counter()
    rows = conn.execute(sql, params).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, len(rows)


def _compiled(query) -> tuple[str, tuple]:
    from sqlalchemy.dialects import sqlite

    compiled = query.compile(dialect=sqlite.dialect())
    return str(compiled), tuple(compiled.params[name] for name in compiled.positiontup)


def measure(data_dir: str) -> dict:
    """Run in the child process: open the app on the large demo and time the list."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from app.services import queries
    from app.storage.paths import DataPaths
    from app.ui.base.ops import running, wait_for_background
    from app.ui.shell.application import build

    app = QApplication.instance() or QApplication(["bench"])
    paths = DataPaths(Path(data_dir))
    ctx, window = build(paths)
    window.show()
    window.show_section("trainings")
    section = window.section("trainings")
    page = section.lists["attendance"]
    section.tabs.setCurrentWidget(page)
    model = page.model

    def wait(condition) -> None:
        while not condition():
            app.processEvents()
            time.sleep(0.001)

    wait(lambda: model.total is not None and not model.loading)
    figures: dict[str, list[float]] = {}
    for term, key in ((TERM, "first page"), (MISS, "miss")):
        for _ in range(ROUNDS):
            model.set_search("")
            wait(lambda: not model.loading and model.total is not None)
            started = time.perf_counter()
            model.set_search(term)
            wait(lambda: not model.loading)
            shown = time.perf_counter() - started
            wait(lambda: model.total is not None)
            counted = time.perf_counter() - started
            request = model.request
            # The very SELECT the model ran (first page with the total as a window column).
            direct_page, n_page = _direct(paths.database,
                                          *_compiled(queries.page_with_total_query(request)))
            base, _ = queries._build(request)
            direct_count, _ = _direct(paths.database, *_compiled(
                select(func.count()).select_from(base.subquery())))
            assert n_page == model.rowCount(), (n_page, model.rowCount())
            figures.setdefault(f"{key} ui", []).append(shown)
            figures.setdefault(f"{key} sql", []).append(direct_page)
            figures.setdefault(f"{key} count ui", []).append(counted)
            figures.setdefault(f"{key} count sql", []).append(direct_count)
    model.set_search("")
    wait(lambda: not model.loading)
    while model.rowCount() < 2000 and model.canFetchMore():
        model.fetchMore()
        wait(lambda: not model.loading)
    wait(lambda: running() == 0)
    wait_for_background()
    peak_mb = _peak_rss_mb()
    result = {k: statistics.median(v) for k, v in figures.items()}
    result["peak_mb"] = peak_mb
    result["matches"] = model.total
    window.close()
    ctx.db.close()
    return result


def _peak_rss_mb() -> float:
    """Peak resident memory of this process image.

    Linux's `ru_maxrss` carries over across exec the peak of the forked copy
    of the parent (here the benchmark runner, big after the other benchmarks),
    so it is read from `VmHWM`, which belongs to this image alone.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "large"
        subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "demo",
                        "--size", "large"], check=True, capture_output=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, "-c", "import json, sys; from bench.bench_ui import measure; "
             "print(json.dumps(measure(sys.argv[1])))", str(data)],
            check=True, capture_output=True, text=True, env=env,
            cwd=Path(__file__).resolve().parent.parent)
        f = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        ("filter 1M attendance rows: first page, UI model / sqlite3",
         f["first page ui"] / f["first page sql"],
         f"“{TERM}”: {f['first page ui'] * 1000:.0f} ms vs {f['first page sql'] * 1000:.0f} ms"
         " (search → rows shown, off the UI thread)"),
        ("filter 1M attendance rows: count, UI model / sqlite3",
         f["first page count ui"] / f["first page count sql"],
         f"{f['first page count ui'] * 1000:.0f} ms vs {f['first page count sql'] * 1000:.0f} ms"),
        ("filter matching nothing (full scan), UI model / sqlite3",
         f["miss ui"] / f["miss sql"],
         f"{f['miss ui'] * 1000:.0f} ms vs {f['miss sql'] * 1000:.0f} ms"),
        ("app peak memory / 300 MB", f["peak_mb"] / TARGET_MB,
         f"{f['peak_mb']:.0f} MB: main window, 1M-row list opened, filtered, 2,000 rows "
         "scrolled; ratio to the 300 MB target"),
    ]
