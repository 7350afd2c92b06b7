"""What a data folder must look like after a crash and the next start.

Shared by the crash-safety tests: `faltbok` runs in a subprocess that is
killed (SIGKILL), then these checks open the folder as the next start would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.storage import cipher, sealing
from app.storage.files import OLD_SUFFIX, STAGING
from app.storage.paths import DataPaths

REPO = Path(__file__).resolve().parents[2]
KILLED = -9
SQLITE_HEADER = b"SQLite format 3\x00"


def run(args: list[str], data: Path, crash_at: str | None = None, timeout: float = 60,
        **env) -> subprocess.CompletedProcess:
    """`faltbok --data-dir data ARGS` in a fresh interpreter."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("FALTBOK_")}
    environment.update({k: v for k, v in env.items() if v is not None})
    if crash_at:
        environment["FALTBOK_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), *args],
                          cwd=REPO, env=environment, capture_output=True, timeout=timeout,
                          check=False)


def opening_passphrases(paths: DataPaths, candidates: list[str | None]) -> list[str | None]:
    """Which of `candidates` open the database (None: it is plain)."""
    if not cipher.is_encrypted(paths.database):
        return [None]
    opened = []
    for passphrase in candidates:
        if passphrase is None:
            continue
        try:
            cipher.open_key(paths.database, passphrase)
        except cipher.WrongPassphraseError:
            continue
        opened.append(passphrase)
    return opened


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Does the database file at `path` open with `passphrase` (None: is it plain)?"""
    try:
        key = cipher.open_key(path, passphrase)
    except (cipher.WrongPassphraseError, cipher.PassphraseRequiredError):
        return False
    return (key is None) == (passphrase is None)


def readable_copies(paths: DataPaths, plain_words: list[bytes]) -> list[str]:
    """Files of the folder a thief could read without the passphrase: plain
    SQLite files, or any file holding one of `plain_words` (names, notes)."""
    found = []
    for path in sorted(p for p in paths.root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data.startswith(SQLITE_HEADER) or any(word in data for word in plain_words):
            found.append(path.relative_to(paths.root).as_posix())
    return found


def leftovers(paths: DataPaths) -> list[str]:
    """Files of an interrupted passphrase change still lying about."""
    staged = [STAGING] if (paths.root / STAGING).exists() else []
    return staged + sorted(p.name for p in paths.root.rglob(f"*{OLD_SUFFIX}"))


def secrets_under(paths: DataPaths, passphrase: str | None) -> dict[str, bytes]:
    """Every key file, opened with `passphrase`; sealed exactly when it is set."""
    found = {}
    for path in sorted(p for p in paths.keys.iterdir() if p.is_file()):
        stored = path.read_bytes()
        assert sealing.is_sealed(stored) == (passphrase is not None), path.name
        found[path.name] = (sealing.unseal(stored, passphrase, name=path.name)
                            if passphrase else stored)
    return found
