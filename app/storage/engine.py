"""The SQLAlchemy engine for one database file.

Every connection gets WAL journaling (readers never block the writer),
`synchronous=FULL` (each commit syncs the log to the disk before it returns,
so a power cut loses no write that was reported saved; NORMAL could lose the
last ones, and an attendance mark or an acknowledged receipt lost that way is
silently wrong; the cost is one fsync per commit, a few milliseconds),
foreign keys on, and a busy timeout. `fb_fold` is
a Unicode-aware case fold for searches: SQLite's own LOWER() and LIKE only
fold ASCII, and most of our names are Cyrillic. `faltbok_applying()` is this
connection's own say on whether a merge is running (app/storage/changelog.py):
the change-log triggers ask it, so no other connection can switch them off.
`recursive_triggers` makes `INSERT OR REPLACE` meet the delete guards (SQLite
skips DELETE triggers for REPLACE's implicit delete otherwise).

An encrypted database (see app/storage/cipher.py) goes through SQLCipher
(`sqlite+pysqlcipher`) with the key derived once at unlock; the dialect sets
the key first on every connection, then the same PRAGMAs and function apply.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import NullPool

from app.storage.changelog import register_apply_flag


def _fold(value):
    return None if value is None else str(value).casefold()


def _on_connect(dbapi_conn, record) -> None:
    dbapi_conn.create_function("fb_fold", 1, _fold, deterministic=True)
    register_apply_flag(dbapi_conn, record.info)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA recursive_triggers=ON")
    cursor.close()


def open_engine(path: Path, key=None) -> Engine:
    """An engine on `path`; `key` (a storage.cipher.CipherKey) for an encrypted file."""
    if key is None:
        url = f"sqlite:///{path}"
    else:
        from app.storage.cipher import quiet_sqlcipher

        quiet_sqlcipher()
        url = URL.create("sqlite+pysqlcipher", password=key.pragma_value(), database=str(path))
    engine = create_engine(url, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    return engine
