"""Alembic migrations, applied at start after copying the database aside.

The migration scripts live inside the package (`app/storage/migrations`) and
are found through `importlib.resources`, so an installed wheel or a frozen
PyInstaller build finds them as well as a source checkout does.

All migrations of one start run in ONE SQLite transaction. Python's `sqlite3`
module opens transactions only before INSERT/UPDATE/DELETE, so each `CREATE`
of a migration would otherwise commit on its own, and a start killed half-way
would leave half a schema that every later start refuses ("table … already
exists"). The recipe from SQLAlchemy's pysqlite notes: switch the driver's
own transaction handling off (`isolation_level = None`) and issue `BEGIN`
ourselves. SQLite's DDL is transactional, so a crash rolls all of it back.

The backup made before an upgrade is named after the two revisions; a start
that fails and is retried finds it and makes no second copy.
"""

from __future__ import annotations

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

from app.domain import crashpoint
from app.storage.atomic import copy_atomic


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
    copy_atomic(db_path, target)
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
        label = f"from-{current}-before-{head}"
        made = sorted(backups.glob(f"faltbok-*-{label}.db")) if backups.is_dir() else []
        backup = made[-1] if made else backup_copy(db_path, backups, label, engine)
    config = _config()
    with engine.connect() as conn:
        conn.connection.driver_connection.isolation_level = None  # no implicit commits
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            crashpoint.reached("migrated")
        except BaseException:
            conn.exec_driver_sql("ROLLBACK")
            raise
        conn.exec_driver_sql("COMMIT")
    return backup
