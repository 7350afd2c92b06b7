"""Quick wipe: destroy everything Fältbok stored about participants, at once.

What goes: the device's keys, the database and its companions (-wal, -shm,
-journal, interrupted re-encryption files), backups, exported bundles,
receipts, the wrong-attempt counter. Every file is overwritten before it is unlinked
(files.shred; best effort, see docs/protection.md).

Before destroying, `wipe` counts the changes headquarters has not yet
acknowledged (this laptop's own change_log rows after the `acked_seq` the
sync keeps in local_state; changes merged from elsewhere are not lost), so
the user can be told plainly what is lost. That needs the database open: on
a locked database without the passphrase the count is unknown
(`WipeReport.counted` is False) and the wipe goes ahead anyway, because a
wipe must work for someone who is being forced to hand over the laptop,
without a passphrase.

The count reads the file directly (no `Database.open`): opening would
migrate, and a migration would first write one more backup; the companions
that connection makes are shredded with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.protection.attempts import attempts_file
from app.storage import cipher, keys
from app.storage.changelog import OWN_UNACKNOWLEDGED_SQL
from app.storage.files import (
    NEW_SUFFIX,
    OLD_SUFFIX,
    companions,
    shred,
    shred_tree,
    staging_folder,
)
from app.storage.paths import DataPaths


@dataclass
class WipeReport:
    """What a wipe found and did.

    `unacknowledged` is {table: changes not acknowledged by headquarters}, empty
    when `counted` is False (the database was locked, missing or unreadable).
    """

    counted: bool
    unacknowledged: dict[str, int] = field(default_factory=dict)
    files_destroyed: int = 0

    @property
    def total_unacknowledged(self) -> int:
        return sum(self.unacknowledged.values())


def unacknowledged_changes(paths: DataPaths,
                           passphrase: str | None = None) -> dict[str, int] | None:
    """{table: change-log rows not yet acknowledged by headquarters}, or None if
    the database cannot be read (missing, locked, wrong passphrase, not ours).
    Without `passphrase`, the one this process unlocked the folder with."""
    path = paths.database
    if not path.exists():
        return None
    try:
        key = cipher.open_key(path, passphrase or keys.remembered(paths))
    except (cipher.PassphraseRequiredError, cipher.WrongPassphraseError):
        return None
    try:
        conn = cipher.connect(path, key)
    except cipher.sqlcipher.Error:
        return None
    try:
        rows = conn.execute(f"SELECT tbl, count(*) FROM change_log WHERE "
                            f"{OWN_UNACKNOWLEDGED_SQL} GROUP BY tbl ORDER BY tbl").fetchall()
    except cipher.sqlcipher.Error:
        return None
    finally:
        conn.close()
    return {table: count for table, count in rows}


def wipe_targets(paths: DataPaths) -> tuple[list[Path], list[Path]]:
    """(files, folders) a wipe destroys."""
    db = paths.database
    files = [db, *companions(db)]
    for suffix in (NEW_SUFFIX, OLD_SUFFIX, ".new"):  # .new: a first start cut short
        leftover = db.with_name(db.name + suffix)
        files += [leftover, *companions(leftover)]
    files.append(attempts_file(paths))
    # receipts: where `faltbok` keeps the receipts headquarters signed (app.sync);
    # hub: at headquarters, the hub's uploads, inbox and state (app.hub);
    # attachments: files cited by records (photos, scans: they may show people);
    # logs: the app's failure log (no names, but it says what was done and when)
    # tmp: decrypted copies of attachments opened in a viewer, spool files (exports.py)
    # exports: saved sheets (app/services/exports.py)
    return files, [paths.keys, paths.backups, paths.bundles, paths.root / "receipts",
                   paths.root / "hub", paths.root / "attachments", paths.root / "logs",
                   paths.root / "tmp", paths.root / "exports", staging_folder(paths.root)]


def wipe(paths: DataPaths, passphrase: str | None = None, db=None) -> WipeReport:
    """Destroy the data folder's keys, database, backups and bundles.

    Pass the open `db`, if any, so it is closed first; the passphrase it was
    unlocked with is used to count. Returns what was not
    acknowledged by headquarters (if it could be counted) and how many files
    were destroyed. Nothing is recorded in the audit trail: see audit.py.
    """
    if db is not None:
        db.close()
    counts = unacknowledged_changes(paths, passphrase)
    report = WipeReport(counted=counts is not None, unacknowledged=counts or {})
    keys.forget(paths)
    files, folders = wipe_targets(paths)
    for folder in folders:
        report.files_destroyed += shred_tree(folder)
    for path in files:
        report.files_destroyed += shred(path)
    return report
