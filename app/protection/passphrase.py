"""Set, change or remove the passphrase of the database, without losing data.

All three are one operation: export every page into a new file under the new
key (`sqlcipher_export`), swap it in atomically, shred the old bytes. We use
the export for a change too, rather than `PRAGMA rekey` in place, because it
is the same tested path, gives the file a fresh salt, and a crash at any
point leaves either the old file or the new one whole (files.py).

The database must be closed (the UI closes its `Database` first and unlocks
again after). Backups follow the database: after the operation every backup
is under the new passphrase (or plain after a removal), and one that cannot
be converted (it does not open with the old passphrase) is shredded, because
it would be readable with a passphrase the user meant to retire. Secrets of
the keystore are re-sealed under the new passphrase (keys.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.storage import cipher, keys
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
    recover_interrupted,
    replace_database,
    shred,
    staging_path,
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
    result = _convert(paths, None, new)
    _audit(paths, new, "passphrase_set")
    return result


def change_passphrase(paths: DataPaths, old: str, new: str) -> PassphraseChange:
    """Re-encrypt an encrypted database (and backups, secrets) from `old` to `new`."""
    _require_database(paths)
    if not new:
        raise EmptyPassphraseError()
    if not cipher.is_encrypted(paths.database):
        raise NotEncryptedError(paths.database)
    result = _convert(paths, old, new)
    _audit(paths, new, "rekey")
    return result


def remove_passphrase(paths: DataPaths, old: str) -> PassphraseChange:
    """Decrypt an encrypted database (and backups, secrets) to plain files."""
    _require_database(paths)
    if not cipher.is_encrypted(paths.database):
        raise NotEncryptedError(paths.database)
    result = _convert(paths, old, None)
    _audit(paths, None, "passphrase_removed")
    return result


def _require_database(paths: DataPaths) -> None:
    recover_interrupted(paths.database)
    if not paths.database.exists():
        raise NoDatabaseError(paths)


def _convert(paths: DataPaths, old: str | None, new: str | None) -> PassphraseChange:
    source_key = cipher.open_key(paths.database, old)
    secrets = keys.unseal_all(paths, old)  # fails before anything changed
    convert_file(paths.database, source_key, cipher.new_key(new) if new else None)
    result = PassphraseChange(secrets_resealed=keys.reseal_all(paths, secrets, new))
    if paths.backups.is_dir():
        for backup in sorted(p for p in paths.backups.rglob("*") if p.is_file()):
            if backup.name.endswith(tuple(_LEFTOVERS)):
                shred(backup)
            elif _convert_backup(backup, old, new):
                result.backups_converted += 1
            else:
                result.backups_destroyed += 1
    return result



def convert_file(path: Path, source_key, target_key) -> None:
    """Replace the database file at `path` by its copy under `target_key`."""
    staging = staging_path(path)
    shred(staging)
    try:
        cipher.export(path, source_key, staging, target_key)
    except BaseException:
        shred(staging)
        raise
    replace_database(path, staging)


def _convert_backup(backup: Path, old: str | None, new: str | None) -> bool:
    """Bring one backup to the new state; shred it if that cannot be done."""
    try:
        source_key = cipher.open_key(backup, old)
        convert_file(backup, source_key, cipher.new_key(new) if new else None)
        return True
    except (WrongPassphraseError, cipher.PassphraseRequiredError, cipher.sqlcipher.Error):
        shred(backup)
        return False


def _audit(paths: DataPaths, passphrase: str | None, action: str) -> None:
    from app.services.audit import AuditService

    db = Database.open(paths, passphrase=passphrase)
    try:
        AuditService(db).record(action)
    finally:
        db.close()
