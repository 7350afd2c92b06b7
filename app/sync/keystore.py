"""The one place that reads and writes secret key files.

Files live in `paths.keys` with mode 0600. Keeping all secret I/O here lets
participant protection seal them under the user's passphrase without touching
the rest of sync: while the database has a passphrase, every secret goes
through `app.storage.keys` (sealed on write, unsealed on read).
"""

from __future__ import annotations

import os

from app.storage.atomic import write_atomic
from app.storage.keys import seal_secret, unseal_secret
from app.storage.paths import DataPaths


class MissingSecretError(Exception):
    """A secret key file this replica needs does not exist."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"the key file {name} is missing")


def write_secret(paths: DataPaths, name: str, data: bytes) -> None:
    data = seal_secret(paths, name, data)
    paths.keys.mkdir(parents=True, exist_ok=True)
    os.chmod(paths.keys, 0o700)
    write_atomic(paths.keys / name, data, mode=0o600)


def read_secret(paths: DataPaths, name: str) -> bytes:
    try:
        stored = (paths.keys / name).read_bytes()
    except FileNotFoundError:
        raise MissingSecretError(name) from None
    return unseal_secret(paths, name, stored)


def has_secret(paths: DataPaths, name: str) -> bool:
    return (paths.keys / name).exists()
