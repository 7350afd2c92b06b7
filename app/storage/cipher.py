"""SQLCipher primitives: is a file encrypted, derive its key once, connect.

Why we derive the key ourselves: SQLCipher 4 turns a passphrase into a key
with PBKDF2-HMAC-SHA512 (256,000 iterations) over the 16-byte salt stored at
the start of the file: a fifth of a second, on purpose. The engine opens one
connection per unit of work, so paying that on every connection would make
every click slow. We run the very same derivation once, at unlock (hashlib,
same parameters), and hand SQLCipher the raw key with its salt,
`x'<key><salt>'`, which skips the derivation. The file stays a standard
SQLCipher 4 database that any SQLCipher tool opens with the passphrase itself.

Nothing here knows about the app's tables: this is the file level.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default; keep in step with it
KDF_HASH = "sha512"


class ProtectionError(Exception):
    """Base of the typed errors of participant protection."""


class PassphraseRequiredError(ProtectionError):
    """The database is encrypted and no passphrase was given."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"the database {path} is encrypted; a passphrase is needed")


class WrongPassphraseError(ProtectionError):
    """The passphrase does not open the database.

    `failures` and `limit` are filled in by `unlock.unlock`, which counts
    wrong attempts; `may_wipe` tells the caller to offer the quick wipe.
    """

    def __init__(self, path: Path, failures: int | None = None, limit: int | None = None):
        self.path = path
        self.failures = failures
        self.limit = limit
        super().__init__(f"the passphrase does not open {path}")

    @property
    def may_wipe(self) -> bool:
        return self.failures is not None and self.limit is not None \
            and self.failures >= self.limit


class EmptyPassphraseError(ProtectionError):
    """An empty passphrase was offered as a new passphrase."""

    def __init__(self):
        super().__init__("a passphrase cannot be empty")


class NotEncryptedError(ProtectionError):
    """The operation needs an encrypted database and this one is plain."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"the database {path} has no passphrase")


class AlreadyEncryptedError(ProtectionError):
    """A passphrase was to be set on a database that already has one."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"the database {path} already has a passphrase")


class DatabaseInUseError(ProtectionError):
    """Another connection holds the database; close the app and try again."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(f"the database {path} is in use by another program")


@dataclass(frozen=True)
class CipherKey:
    """A derived SQLCipher key and the salt it belongs to. Never logged."""

    key: bytes
    salt: bytes

    def pragma_value(self) -> str:
        """The raw-key form SQLCipher takes in `PRAGMA key` and `ATTACH ... KEY`."""
        return f"x'{(self.key + self.salt).hex()}'"

    def __repr__(self) -> str:  # keep keys out of tracebacks and logs
        return "CipherKey(<hidden>)"


_quiet = False


def quiet_sqlcipher() -> None:
    """SQLCipher logs every failed decryption to stderr; a wrong passphrase is
    an expected event here (and the CLI promises one-line errors)."""
    global _quiet
    if not _quiet:
        conn = sqlcipher.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.close()
        _quiet = True


def is_encrypted(path: Path) -> bool:
    """True if `path` looks like a SQLCipher database: not plain SQLite, not empty,
    and a whole number of pages (every page size is a multiple of 512 bytes).

    Encrypted pages look random, like any other file's bytes; the page rule
    keeps most files that are no database at all (a photo put in the wrong
    folder) from being taken for an encrypted one.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER and size % 512 == 0


def derive_key(passphrase: str, salt: bytes) -> CipherKey:
    """The key SQLCipher 4 would derive from `passphrase` for this salt."""
    key = hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ITERATIONS,
                              KEY_BYTES)
    return CipherKey(key, salt)


def new_key(passphrase: str) -> CipherKey:
    """A key with a fresh random salt, for a new encrypted file."""
    if not passphrase:
        raise EmptyPassphraseError()
    return derive_key(passphrase, secrets.token_bytes(SALT_BYTES))


def key_for(path: Path, passphrase: str) -> CipherKey:
    """The key of the existing encrypted file at `path` (salt from its header)."""
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    return derive_key(passphrase, salt)


def connect(path: Path | str, key: CipherKey | None = None):
    """A raw DB-API connection, keyed if `key` is given (plain SQLite otherwise)."""
    quiet_sqlcipher()
    conn = sqlcipher.connect(str(path), isolation_level=None)
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
    return conn


def check_key(path: Path, key: CipherKey) -> None:
    """Raise WrongPassphraseError unless `key` opens `path`. Writes nothing."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        raise WrongPassphraseError(path) from None
    finally:
        conn.close()


def open_key(path: Path, passphrase: str | None) -> CipherKey | None:
    """The key to open the existing file at `path` with, None for a plain file.

    Raises PassphraseRequiredError or WrongPassphraseError for an encrypted
    file without, or with a wrong, passphrase.
    """
    if not is_encrypted(path):
        return None
    if not passphrase:
        raise PassphraseRequiredError(path)
    key = key_for(path, passphrase)
    check_key(path, key)
    return key


def export(source: Path, source_key: CipherKey | None, target: Path,
           target_key: CipherKey | None) -> None:
    """Copy every table, index, trigger and the user_version of `source` into a
    new file `target`, encrypted under `target_key` (plain if None).

    `source` is checkpointed first, so its write-ahead log is empty after; if
    another connection keeps it busy, DatabaseInUseError.
    """
    if target.exists():
        raise FileExistsError(target)
    conn = connect(source, source_key)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise DatabaseInUseError(source)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS target KEY ?",
                     (str(target), target_key.pragma_value() if target_key else ""))
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
