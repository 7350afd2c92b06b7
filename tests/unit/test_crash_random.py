"""Kill-at-random: a worker creates and edits records and sets, changes and
removes the passphrase (tests/unit/crash_worker.py); it is killed with
SIGKILL at a random moment, the next start checks the folder, and the worker
is started again in the same folder, until it finishes. Every kill must leave
a whole database that opens with exactly one passphrase, holds every write
reported committed with its change-log rows, keeps its keys under that same
passphrase and nothing readable beside it; the end must be what an
uninterrupted run ends with."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from app.protection.unlock import lock_state
from app.services.audit import AuditService
from app.storage import keys
from app.storage.database import Database
from app.storage.paths import DataPaths
from tests.unit import crash_worker as worker
from tests.unit.crash_checks import (
    REPO,
    leftovers,
    opening_passphrases,
    opens_with,
    readable_copies,
    secrets_under,
)

TRIALS = 8
MAX_DELAY = 1.5  # seconds after the worker's imports; the work itself takes a few


def _start(folder) -> subprocess.Popen:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("FALTBOK_")}
    return subprocess.Popen([sys.executable, "-m", "tests.unit.crash_worker", str(folder)],
                            cwd=REPO, env=environment, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _kill_after(process: subprocess.Popen, delay: float) -> tuple[list[str], bool]:
    """Kill `process` `delay` seconds after it reports ready; its report lines
    and whether it was killed (False: it finished first)."""
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    out, err = process.communicate(timeout=60)
    assert killed or process.returncode == 0, err
    return out.splitlines(), killed


def _check(paths: DataPaths, created: dict, edited: dict) -> str | None:
    lock_state(paths)  # the next start's first look
    opened = opening_passphrases(paths, [worker.FIRST, worker.SECOND])
    assert len(opened) == 1, f"opens with {opened}"
    current = opened[0]
    assert leftovers(paths) == []
    if paths.keys.exists() and any(paths.keys.iterdir()):
        assert secrets_under(paths, current) == {"device.key": worker.SECRET}
    for backup in sorted(paths.backups.glob("*.db")) if paths.backups.is_dir() else []:
        assert opens_with(backup, current), backup.name
    if current is not None:
        assert readable_copies(paths, [b"partner-0", worker.SECRET]) == []
    db = Database.open(paths, passphrase=current)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            for row_id, name in created.items():
                assert conn.exec_driver_sql("SELECT name FROM partner WHERE id = ?",
                                            (row_id,)).scalar() == name
                assert conn.exec_driver_sql(
                    "SELECT value FROM change_log WHERE tbl = 'partner' AND row_id = ? "
                    "AND field = 'name'", (row_id,)).scalar() == json.dumps(name)
            for row_id, region in edited.items():
                assert conn.exec_driver_sql("SELECT region FROM partner WHERE id = ?",
                                            (row_id,)).scalar() == region
                assert conn.exec_driver_sql(
                    "SELECT count(*) FROM change_log WHERE tbl = 'partner' AND row_id = ? "
                    "AND field = 'region' AND value = ?",
                    (row_id, json.dumps(region))).scalar() == 1
    finally:
        db.close()
        keys.forget(paths)
    return current


def test_killed_at_random_moments_nothing_committed_is_lost_and_the_end_is_the_same(
        tmp_path):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    paths = DataPaths(tmp_path / "data")
    created: dict[str, str] = {}
    edited: dict[str, str] = {}
    kills = runs = 0
    for _ in range(TRIALS):
        runs += 1
        lines, killed = _kill_after(_start(paths.root), rng.uniform(0, MAX_DELAY))
        for line in lines:
            word, *rest = line.split()
            if word == "created":
                created[rest[0]] = rest[1]
            elif word == "edited":
                edited[rest[0]] = rest[1]
        kills += killed
        if paths.database.exists():
            _check(paths, created, edited)
        if not killed:
            break
    assert kills >= min(runs, 3), f"seed {seed}: the worker was rarely killed"

    process = _start(paths.root)  # carry on to the end
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert _check(paths, created, edited) is None  # the end: the passphrase was removed
    db = Database.open(paths)
    try:
        with db.engine.connect() as conn:
            partners = conn.exec_driver_sql(
                "SELECT name, region FROM partner ORDER BY name").all()
        actions = sorted(e.action for e in AuditService(db).list())
    finally:
        db.close()
    expected = [(f"partner-{i:03d}", f"region-{i}" if i % 3 == 0 else "")
                for i in range(worker.PARTNERS)]
    assert [tuple(p) for p in partners] == expected, f"seed {seed}"
    assert actions == ["passphrase_removed", "passphrase_set", "rekey"], f"seed {seed}"
