"""A day's work for the kill-at-random test, run as `python -m tests.unit.crash_worker DIR`.

Keeps a key file and a backup (as an upgrade leaves one), creates partners
`partner-000`… one by one, edits every third, and between
edits sets, changes and removes the passphrase, reopening the database each
time as the app does. Every write is reported on stdout only after its
transaction committed (`created ID NAME`, `edited ID REGION`). Each step
looks at what is already there, so a rerun after a kill carries on where the
kill stopped and ends where an uninterrupted run ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from app.domain.organisation import Partner
from app.protection.passphrase import change_passphrase, remove_passphrase, set_passphrase
from app.services import Services
from app.services.audit import AuditService
from app.storage import cipher, keys, migrate
from app.storage.database import Database
from app.storage.files import recover_interrupted
from app.storage.paths import DataPaths
from app.sync import keystore

FIRST, SECOND = "first passphrase", "second passphrase"
PARTNERS = 9
SECRET = b"the device's signing key, 32 b."


def current_passphrase(paths: DataPaths) -> str | None:
    """The passphrase the database opens with (after finishing or undoing a
    passphrase change a kill cut short, as every start does)."""
    recover_interrupted(paths.database)
    if not cipher.is_encrypted(paths.database):
        return None
    for passphrase in (FIRST, SECOND):
        try:
            cipher.open_key(paths.database, passphrase)
            return passphrase
        except cipher.WrongPassphraseError:
            continue
    raise SystemExit("the database opens with neither passphrase")


def passphrase_step(paths: DataPaths, index: int, now: str | None) -> None:
    """After partner 2 set, after 4 change, after 6 remove (each once: the
    audit trail says whether the removal happened)."""
    if index >= 2 and now is None and not removed(paths):
        set_passphrase(paths, FIRST)
    elif index >= 4 and now == FIRST:
        change_passphrase(paths, FIRST, SECOND)
    elif index >= 6 and now == SECOND:
        remove_passphrase(paths, SECOND)
    keys.forget(paths)


def removed(paths: DataPaths) -> bool:
    db = Database.open(paths)
    try:
        return any(e.action == "passphrase_removed" for e in AuditService(db).list())
    finally:
        db.close()


def main(folder: str) -> int:
    paths = DataPaths(Path(folder))
    print("ready", flush=True)  # imports done: the work starts
    for index in range(PARTNERS):
        now = current_passphrase(paths)
        db = Database.open(paths, create=True, passphrase=now)
        try:
            if not keystore.has_secret(paths, "device.key"):
                keystore.write_secret(paths, "device.key", SECRET)
            if not paths.backups.is_dir():  # a backup, as an upgrade leaves one
                migrate.backup_copy(paths.database, paths.backups, "manual", db.engine)
            services = Services(db)
            name = f"partner-{index:03d}"
            with db.session() as session:
                row = session.scalars(select(Partner).where(Partner.name == name)).first()
            if row is None:
                row = services.partners.create(name=name, country="KG")
                print("created", row.id, name, flush=True)
            if index % 3 == 0 and row.region != f"region-{index}":
                services.partners.update(row.id, region=f"region-{index}")
                print("edited", row.id, f"region-{index}", flush=True)
        finally:
            db.close()
            keys.forget(paths)
        passphrase_step(paths, index, now)
    print("finished", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
