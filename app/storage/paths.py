"""Where Fältbok keeps its files.

The default is the platform's user data folder; `--data-dir` or the
`FALTBOK_DATA_DIR` environment variable override it, so tests and demos never
touch the real one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Faltbok"
ENV_DATA_DIR = "FALTBOK_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "faltbok.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def bundles(self) -> Path:
        return self.root / "bundles"

    def database_files(self) -> list[Path]:
        """The database and SQLite's companions (write-ahead log, shared memory)."""
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                db.with_name(db.name + "-journal")]


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> DataPaths:
    """The data folder: explicit argument, then environment, then platform default."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME)
    return DataPaths(Path(chosen).expanduser().resolve())
