"""Set, change or remove the passphrase of the database, without losing data.

All three are one operation, journaled so that a crash at any moment leaves
either the folder as it was or the change complete (files.py):

1. stage: export every page of the database into `rekey-staging/faltbok.db`
   under the new key (`sqlcipher_export`), record the audit event in that
   copy, export each backup likewise, and seal each secret of the keystore
   under the new passphrase into `rekey-staging/keys/`;
2. commit: write the journal; from here the change is decided;
3. move every staged file in, shred the old bytes and the backups that could
   not be converted.

A crash before the commit leaves the live files untouched (the next start
shreds the staging folder); a crash after it is finished by the next start.
So the database, its backups and the sealed keys always share one
passphrase, and the audit event exists exactly when the change happened.

We export rather than `PRAGMA rekey` in place: one tested path for all
three, a fresh salt on each change, and no page ever half-converted. A backup
that cannot be converted (it does not open with the old passphrase) is
shredded, because it would be readable with a passphrase the user meant to
retire. The database must be closed (the UI closes its `Database` first and
unlocks again after).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain import crashpoint
from app.storage import cipher, keys, sealing
from app.storage.atomic import write_atomic
from app.storage.cipher import (
    AlreadyEncryptedError,
    EmptyPassphraseError,
    NotEncryptedError,
    WrongPassphraseError,
)
from app.storage.database import Database, NoDatabaseError
from app.storage.files import (
    NEW_SUFFIX,
    OLD_SUFFIX,
    begin,
    commit,
    recover_interrupted,
    shred_tree,
)
from app.storage.paths import DataPaths

# Companions and interrupted swaps of backups: shredded, never converted.
_LEFTOVERS = ("-wal", "-shm", "-journal", NEW_SUFFIX, OLD_SUFFIX)


@dataclass
class PassphraseChange:
    """What an operation did beside the database itself."""

    backups_converted: int = 0
    backups_destroyed: int = 0
    secrets_resealed: int = 0


def set_passphrase(paths: DataPaths, new: str) -> PassphraseChange:
    """Encrypt a plain database (and its backups and secrets) under `new`."""
    _require_database(paths)
    if not new:
        raise EmptyPassphraseError()
    if cipher.is_encrypted(paths.database):
        raise AlreadyEncryptedError(paths.database)
    return _convert(paths, None, new, "passphrase_set")


def change_passphrase(paths: DataPaths, old: str, new: str) -> PassphraseChange:
    """Re-encrypt an encrypted database (and backups, secrets) from `old` to `new`."""
    _require_database(paths)
    if not new:
        raise EmptyPassphraseError()
    if not cipher.is_encrypted(paths.database):
        raise NotEncryptedError(paths.database)
    return _convert(paths, old, new, "rekey")


def remove_passphrase(paths: DataPaths, old: str) -> PassphraseChange:
    """Decrypt an encrypted database (and backups, secrets) to plain files."""
    _require_database(paths)
    if not cipher.is_encrypted(paths.database):
        raise NotEncryptedError(paths.database)
    return _convert(paths, old, None, "passphrase_removed")


def _require_database(paths: DataPaths) -> None:
    recover_interrupted(paths.database)
    if not paths.database.exists():
        raise NoDatabaseError(paths)


def _convert(paths: DataPaths, old: str | None, new: str | None,
             action: str) -> PassphraseChange:
    source_key = cipher.open_key(paths.database, old)
    secrets = keys.unseal_all(paths, old)  # fails before anything changed
    root = paths.root
    staging = begin(root)
    try:
        staged, destroy = [], []
        cipher.export(paths.database, source_key, staging / paths.database.name, _key(new))
        crashpoint.reached("staged-database")
        _audit(DataPaths(staging), new, action)  # in the copy: it exists iff the change does
        staged.append(paths.database.name)
        crashpoint.reached("audited")
        result = PassphraseChange()
        if paths.backups.is_dir():
            for backup in sorted(p for p in paths.backups.rglob("*") if p.is_file()):
                relative = backup.relative_to(root).as_posix()
                if not backup.name.endswith(_LEFTOVERS) and _stage_backup(
                        backup, staging / relative, old, new):
                    staged.append(relative)
                    result.backups_converted += 1
                else:
                    destroy.append(relative)
                    result.backups_destroyed += not backup.name.endswith(_LEFTOVERS)
        crashpoint.reached("staged-backups")
        if secrets:
            (staging / paths.keys.name).mkdir(mode=0o700)
        for name, data in secrets.items():
            relative = f"{paths.keys.name}/{name}"
            write_atomic(staging / relative,
                         sealing.seal(data, new, name=name) if new else data)
            staged.append(relative)
        result.secrets_resealed = len(secrets)
        if paths.keys.is_dir():  # half-written temps of a crash: never left in clear
            destroy += [f"{paths.keys.name}/{p.name}" for p in sorted(paths.keys.iterdir())
                        if p.is_file() and p.name not in secrets]
        crashpoint.reached("staged-secrets")
    except BaseException:  # nothing committed: the staged files go, the live ones stay
        shred_tree(staging)
        raise
    commit(root, staged, destroy)
    keys.forget(paths)
    if new:
        keys.remember(paths, new)
    crashpoint.reached("finished")
    return result


def _key(passphrase: str | None):
    return cipher.new_key(passphrase) if passphrase else None


def _stage_backup(backup: Path, target: Path, old: str | None, new: str | None) -> bool:
    """Export one backup under the new key into the staging folder; False if
    it does not open with the old passphrase (it is then destroyed)."""
    try:
        source_key = cipher.open_key(backup, old)
        target.parent.mkdir(parents=True, exist_ok=True)
        cipher.export(backup, source_key, target, _key(new))
        return True
    except (WrongPassphraseError, cipher.PassphraseRequiredError, cipher.sqlcipher.Error):
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        return False


def _audit(staged: DataPaths, passphrase: str | None, action: str) -> None:
    """Record `action` in the staged copy of the database, then close it with
    its write-ahead log folded in (the copy is moved in as one file)."""
    from app.services.audit import AuditService

    db = Database.open(staged, passphrase=passphrase)
    try:
        AuditService(db).record(action)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
        keys.forget(staged)
