"""The device's secret key files, sealed under the database passphrase.

`app/sync/keystore.py` is the one place that reads and writes secret files;
it passes every secret through `seal_secret` on the way out and
`unseal_secret` on the way in. While the database has a passphrase, secrets
are sealed (sealing.py); without one they are stored as they are (mode 0600).

The passphrase of an unlocked data folder is held in memory here, between
`remember` (called by `Database.open` with a passphrase) and `forget` (called
by `unlock.lock` when the app locks), so that signing a bundle does not ask for
it again. That is the same exposure as the open database, whose key is in
memory too while unlocked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.storage import sealing
from app.storage.atomic import TEMP_PREFIX, write_atomic
from app.storage.cipher import ProtectionError, is_encrypted
from app.storage.files import OLD_SUFFIX, begin, commit
from app.storage.paths import DataPaths


class SecretsLockedError(ProtectionError):
    """A secret is sealed (or must be) and the data folder is not unlocked."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"the secret {name} is sealed; unlock with the passphrase first")


@dataclass
class _Unlocked:
    passphrase: str
    cache: dict = field(default_factory=dict)


_UNLOCKED: dict[Path, _Unlocked] = {}


def remember(paths: DataPaths, passphrase: str) -> None:
    """Hold the passphrase of an unlocked data folder for sealing secrets."""
    _UNLOCKED[paths.root] = _Unlocked(passphrase)


def forget(paths: DataPaths) -> None:
    """Drop the passphrase (and derived keys) of a data folder: it is locked."""
    _UNLOCKED.pop(paths.root, None)


def is_unlocked(paths: DataPaths) -> bool:
    return paths.root in _UNLOCKED


def remembered(paths: DataPaths) -> str | None:
    """The passphrase this process unlocked the folder with, if it is still unlocked."""
    held = _UNLOCKED.get(paths.root)
    return held.passphrase if held is not None else None


def seal_secret(paths: DataPaths, name: str, data: bytes) -> bytes:
    """The bytes to write for secret `name`: sealed if the folder has a passphrase."""
    held = _UNLOCKED.get(paths.root)
    if held is not None:
        return sealing.seal(data, held.passphrase, name=name, key_cache=held.cache)
    if is_encrypted(paths.database):
        raise SecretsLockedError(name)  # never write a plain secret beside a locked database
    return data


def unseal_secret(paths: DataPaths, name: str, stored: bytes) -> bytes:
    """The secret `name` from the bytes stored for it."""
    if not sealing.is_sealed(stored):
        return stored
    held = _UNLOCKED.get(paths.root)
    if held is None:
        raise SecretsLockedError(name)
    return sealing.unseal(stored, held.passphrase, name=name, key_cache=held.cache)


def _secret_files(paths: DataPaths) -> list[Path]:
    if not paths.keys.is_dir():
        return []
    return sorted(p for p in paths.keys.iterdir()
                  if p.is_file() and not p.name.startswith(TEMP_PREFIX)
                  and not p.name.endswith((".tmp", ".old", OLD_SUFFIX)))


def unseal_all(paths: DataPaths, passphrase: str | None) -> dict[str, bytes]:
    """Every secret of the folder in clear, opened with `passphrase` if sealed.

    Called before a passphrase change so that a secret which does not open
    stops the change before anything was touched.
    """
    secrets = {}
    for path in _secret_files(paths):
        stored = path.read_bytes()
        if sealing.is_sealed(stored):
            if not passphrase:
                raise SecretsLockedError(path.name)
            secrets[path.name] = sealing.unseal(stored, passphrase, name=path.name)
        else:
            secrets[path.name] = stored
    return secrets


def seal_plain_secrets(paths: DataPaths, passphrase: str) -> int:
    """Seal any secret still stored in clear beside an encrypted database (left
    so by a crash of an earlier version in the middle of `passphrase set`).
    Returns how many. Journaled like a passphrase change (files.py): each
    file is sealed whole or not at all, and the clear bytes are shredded."""
    plain = {p.name: p.read_bytes() for p in _secret_files(paths)}
    plain = {name: data for name, data in plain.items() if not sealing.is_sealed(data)}
    if not plain:
        return 0
    staging = begin(paths.root)
    (staging / paths.keys.name).mkdir(mode=0o700)
    for name, data in plain.items():
        write_atomic(staging / paths.keys.name / name,
                     sealing.seal(data, passphrase, name=name))
    commit(paths.root, [f"{paths.keys.name}/{name}" for name in plain], [])
    return len(plain)
