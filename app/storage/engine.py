"""The SQLAlchemy engine for one database file.

Every connection gets WAL journaling (readers never block the writer; a crash
loses no committed write), foreign keys on, and a busy timeout. `fb_fold` is
a Unicode-aware case fold for searches: SQLite's own LOWER() and LIKE only
fold ASCII, and most of our names are Cyrillic.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool


def _fold(value):
    return None if value is None else str(value).casefold()


def _on_connect(dbapi_conn, _record) -> None:
    dbapi_conn.create_function("fb_fold", 1, _fold, deterministic=True)
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def open_engine(path: Path) -> Engine:
    """An engine on `path`. (An encrypted database will take a key here.)"""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    return engine
