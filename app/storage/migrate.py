"""Alembic migrations, applied at start after copying the database aside.

The migration scripts live inside the package (`app/storage/migrations`) and
are found through `importlib.resources`, so an installed wheel or a frozen
PyInstaller build finds them as well as a source checkout does.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Engine


class NewerSchemaError(Exception):
    """The database was written by a newer Fältbok than this one."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("app.storage") / "migrations"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(db_path: Path, backups: Path, label: str, engine: Engine | None = None) -> Path:
    """A consistent copy of the database (WAL folded in) in the backups folder.

    Pass the open `engine` for an encrypted database: the checkpoint needs its
    key, and the copy is then as encrypted as the original, byte for byte.
    """
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"faltbok-{stamp}-{label}.db"
    if engine is not None:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        with sqlite3.connect(db_path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    shutil.copy2(db_path, target)
    return target


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Bring the schema to head; returns the backup made first, if any."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and not _known(current):
        raise NewerSchemaError(current)
    backup = None
    if current is not None and db_path.exists():
        backup = backup_copy(db_path, backups, f"before-{head}", engine)
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup
