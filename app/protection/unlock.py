"""Opening the database with a passphrase, counting wrong attempts.

The UI's unlock screen and the CLI both come through `unlock`: it opens the
database like `Database.open`, but a wrong passphrase also bumps the
attempt counter and the error says how many wrong attempts there have been
and whether the limit (the caller's setting) is reached, so the caller can
offer the quick wipe. A successful unlock resets the counter.
`WrongPassphraseError` is storage's (opening the file raises it); the UI
names it from here, as it never imports `app.storage`.
"""

from __future__ import annotations

from enum import Enum

from app.protection.attempts import DEFAULT_LIMIT, AttemptCounter
from app.storage import keys
from app.storage.cipher import WrongPassphraseError, is_encrypted, open_key
from app.storage.database import Database
from app.storage.files import recover_interrupted
from app.storage.paths import DataPaths


class LockState(Enum):
    """What the data folder holds, as the first-run and unlock screens need to know."""

    MISSING = "missing"  # no database yet: first run
    PLAIN = "plain"  # a database without passphrase
    ENCRYPTED = "encrypted"  # needs the passphrase


def lock_state(paths: DataPaths) -> LockState:
    recover_interrupted(paths.database)  # a crashed passphrase change decides the answer
    if not paths.database.exists():
        return LockState.MISSING
    return LockState.ENCRYPTED if is_encrypted(paths.database) else LockState.PLAIN


def unlock(paths: DataPaths, passphrase: str | None, *, limit: int = DEFAULT_LIMIT,
           **open_kwargs) -> Database:
    """`Database.open(paths, passphrase=..., **open_kwargs)`, counting wrong passphrases.

    Raises WrongPassphraseError with `failures`, `limit` and `may_wipe` set.
    """
    counter = AttemptCounter(paths, limit)
    try:
        db = Database.open(paths, passphrase=passphrase, **open_kwargs)
    except WrongPassphraseError as error:
        error.failures = counter.record_failure()
        error.limit = limit
        raise
    if db.encrypted:
        counter.reset()
        keys.remember(paths, passphrase)
        keys.seal_plain_secrets(paths, passphrase)
    return db


def check_passphrase(paths: DataPaths, passphrase: str, *, limit: int = DEFAULT_LIMIT) -> None:
    """Raise WrongPassphraseError (counted, like `unlock`) unless `passphrase`
    opens the encrypted database; opens nothing. For confirming the current
    passphrase before a change, a removal or a wipe."""
    counter = AttemptCounter(paths, limit)
    try:
        open_key(paths.database, passphrase)
    except WrongPassphraseError as error:
        error.failures = counter.record_failure()
        error.limit = limit
        raise
    counter.reset()


def lock(db: Database) -> None:
    """Close the database and drop the passphrase held for its secrets.

    The UI calls this on auto-lock or on demand, after dropping its models;
    `unlock` again needs the passphrase.
    """
    db.close()
    keys.forget(db.paths)
