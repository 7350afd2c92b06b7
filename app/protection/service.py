"""One object for the UI's first-run, unlock, settings and wipe screens.

`ProtectionService(paths, attempt_limit=from_settings)` gathers the module
functions of this package, so a dialog holds one service and turns its typed
errors into words (`app/ui`, with `tr()`). It holds no state of its own
beyond the paths and the limit: the unlocked passphrase lives in `keys`.
"""

from __future__ import annotations

from app.protection import passphrase as _passphrase
from app.protection import unlock as _unlock
from app.protection import wipe as _wipe
from app.protection.attempts import DEFAULT_LIMIT, AttemptCounter
from app.protection.passphrase import PassphraseChange
from app.protection.unlock import LockState
from app.protection.wipe import WipeReport
from app.storage.database import Database
from app.storage.paths import DataPaths


class ProtectionService:
    """Encryption, lock and wipe of one data folder."""

    def __init__(self, paths: DataPaths, attempt_limit: int = DEFAULT_LIMIT):
        self.paths = paths
        self.attempt_limit = attempt_limit

    def state(self) -> LockState:
        """MISSING (first run), PLAIN, or ENCRYPTED (show the unlock screen)."""
        return _unlock.lock_state(self.paths)

    def create(self, passphrase: str | None, **open_kwargs) -> Database:
        """First run: a new database, encrypted from its first byte if `passphrase`."""
        return Database.open(self.paths, create=True, passphrase=passphrase or None,
                             **open_kwargs)

    def unlock(self, passphrase: str | None, **open_kwargs) -> Database:
        """Open the database; WrongPassphraseError carries failures/limit/may_wipe."""
        return _unlock.unlock(self.paths, passphrase, limit=self.attempt_limit, **open_kwargs)

    def lock(self, db: Database) -> None:
        """Close the database and forget the passphrase (auto-lock, lock now)."""
        _unlock.lock(db)

    def wrong_attempts(self) -> int:
        return AttemptCounter(self.paths, self.attempt_limit).failures

    def set_passphrase(self, new: str) -> PassphraseChange:
        """Encrypt the (closed) plain database, its backups and keys."""
        return _passphrase.set_passphrase(self.paths, new)

    def change_passphrase(self, old: str, new: str) -> PassphraseChange:
        """Re-encrypt the (closed) database, its backups and keys under `new`."""
        _unlock.check_passphrase(self.paths, old, limit=self.attempt_limit)
        return _passphrase.change_passphrase(self.paths, old, new)

    def remove_passphrase(self, old: str) -> PassphraseChange:
        """Decrypt the (closed) database, its backups and keys."""
        _unlock.check_passphrase(self.paths, old, limit=self.attempt_limit)
        return _passphrase.remove_passphrase(self.paths, old)

    def unacknowledged_changes(self, passphrase: str | None = None) -> dict[str, int] | None:
        """{table: changes headquarters has not acknowledged}, None if it cannot be read."""
        return _wipe.unacknowledged_changes(self.paths, passphrase)

    def wipe(self, db: Database | None = None, passphrase: str | None = None) -> WipeReport:
        """Destroy keys, database, backups and bundles (closing `db` first)."""
        return _wipe.wipe(self.paths, passphrase, db=db)
