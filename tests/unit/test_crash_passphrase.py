"""`faltbok passphrase set|change|remove` killed (SIGKILL) at each step of the
swap: the next start finds the database, its backups and its keys all under
one passphrase (the old one, or the new one with the change complete), the
file whole, every record there, nothing readable beside an encrypted
database, and a rerun ends where an uninterrupted run ends."""

from __future__ import annotations

import io
import shutil

import pytest

from app.protection.passphrase import change_passphrase, remove_passphrase, set_passphrase
from app.protection.unlock import lock_state
from app.services import Services
from app.services.audit import AuditService
from app.services.dump import write_dump
from app.storage import keys, migrate
from app.storage.database import Database
from app.storage.paths import DataPaths
from app.sync import keystore
from tests.unit.crash_checks import (
    KILLED,
    leftovers,
    opening_passphrases,
    opens_with,
    readable_copies,
    run,
    secrets_under,
)
from tests.unit.samples import one_of_each
from tests.unit.test_protection_passphrase import dump_without_audit

OLD, NEW = "old passphrase", "new passphrase"
SECRET = b"the device's signing key, 32 b."
NAME = "Айгуль Асанова".encode()  # a participant's name in the sample records
ACTION = {"set": "passphrase_set", "change": "rekey", "remove": "passphrase_removed"}
BEFORE_AFTER = {"set": (None, NEW), "change": (OLD, NEW), "remove": (OLD, None)}
ENV = {"set": {"FALTBOK_NEW_PASSPHRASE": NEW},
       "change": {"FALTBOK_PASSPHRASE": OLD, "FALTBOK_NEW_PASSPHRASE": NEW},
       "remove": {"FALTBOK_PASSPHRASE": OLD}}
RERUN = {"set": lambda p: set_passphrase(p, NEW),
         "change": lambda p: change_passphrase(p, OLD, NEW),
         "remove": lambda p: remove_passphrase(p, OLD)}

# Every point of the swap, in order. The staged files move in as: the
# database (1st), the backup (2nd), the key file (3rd); `moved-in#3` is the
# moment the database and backup are under the new passphrase, the key not.
STEPS = ["staged-database", "audited", "staged-backups", "staged-secrets", "committed",
         "moved-aside", "moved-in", "old-shredded", "moved-in#3", "destroyed",
         "journal-removed", "finished"]
# `set` (a plain copy must never outlive it) once before the commit and once
# in the middle of moving files in; `remove` in the middle of moving files in.
TRIALS = [("change", s) for s in STEPS] + [
    ("set", s) for s in ("audited", "moved-in")] + [
    ("remove", s) for s in ("moved-in",)]


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A plain and an encrypted data folder with records, a backup, a key file
    and a leftover of an old crash in `backups/` (to be destroyed)."""
    root = tmp_path_factory.mktemp("templates")
    plain = DataPaths(root / "plain")
    db = Database.open(plain, create=True)
    one_of_each(Services(db))
    keystore.write_secret(plain, "device.key", SECRET)
    migrate.backup_copy(plain.database, plain.backups, "manual", db.engine)
    db.close()
    (plain.backups / "faltbok-earlier.db-journal").write_bytes(b"\x00" * 512)
    reference = dump_without_audit(plain)
    encrypted = DataPaths(root / "encrypted")
    shutil.copytree(plain.root, encrypted.root)
    set_passphrase(encrypted, OLD)
    keys.forget(encrypted)
    (encrypted.backups / "faltbok-earlier.db-journal").write_bytes(b"\x00" * 512)
    return {None: plain, OLD: encrypted, "reference": reference}


def _check_folder(paths: DataPaths, reference: bytes, op: str) -> tuple[str | None, list]:
    """Everything the next start must find; returns the one passphrase and
    the audit trail's actions."""
    lock_state(paths)  # the next start's first look finishes or rolls back
    opened = opening_passphrases(paths, [OLD, NEW])
    assert len(opened) == 1, f"opens with {opened}"
    current = opened[0]
    assert current in BEFORE_AFTER[op]
    assert leftovers(paths) == []
    assert secrets_under(paths, current) == {"device.key": SECRET}
    backups = sorted(paths.backups.glob("*.db"))
    assert len(backups) == 1 and opens_with(backups[0], current)
    if current is not None:
        assert readable_copies(paths, [NAME, SECRET]) == []
    db = Database.open(paths, passphrase=current)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert _dump_without_audit(db) == reference
        actions = [event.action for event in AuditService(db).list()]
    finally:
        db.close()
        keys.forget(paths)
    return current, actions


def _dump_without_audit(db) -> bytes:
    out = io.BytesIO()
    write_dump(db, out)
    return b"\n".join(line for line in out.getvalue().splitlines()
                      if b'"table":"audit_event"' not in line)


@pytest.mark.parametrize(("op", "step"), TRIALS)
def test_a_passphrase_change_killed_at_a_step_is_finished_or_undone(
        templates, tmp_path, op, step):
    before, after = BEFORE_AFTER[op]
    paths = DataPaths(tmp_path / "data")
    shutil.copytree(templates[before].root, paths.root)
    done = run(["passphrase", op], paths.root, crash_at=step, **ENV[op])
    assert done.returncode == KILLED, done.stderr.decode()

    current, actions = _check_folder(paths, templates["reference"], op)
    completed = current == after
    assert actions.count(ACTION[op]) == int(completed)
    if not completed:  # the user tries again
        RERUN[op](paths)
        keys.forget(paths)
        current, actions = _check_folder(paths, templates["reference"], op)
        assert current == after and actions.count(ACTION[op]) == 1
    assert not (paths.backups / "faltbok-earlier.db-journal").exists()
