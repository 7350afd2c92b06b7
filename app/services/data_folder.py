"""The data folder and its open database, as the UI holds them.

`Database` is the handle every service takes: the UI keeps one, passes it on
and never opens a session on it (no SQL in `app/ui`). `DataPaths` names the
files of a data folder. Both belong to storage; the UI names them from here so
that it depends on services alone (an import-linter contract in
pyproject.toml), and storage can change behind them without touching the UI.
"""

from __future__ import annotations

from app.storage.database import Database, NoDatabaseError
from app.storage.paths import DataPaths, resolve_data_dir

__all__ = ["Database", "DataPaths", "NoDatabaseError", "resolve_data_dir"]
