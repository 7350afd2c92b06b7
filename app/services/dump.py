"""Print every synced row as canonical JSON lines, and count what is stored.

The output is sorted by table name, then id; each line is a JSON object with
sorted keys, no spaces, UTF-8 text as is. Two replicas holding the same data
print the same bytes, whatever order that data arrived in. The JSON is built
by SQLite itself (`json_object`), so dumping a million rows costs little more
than selecting them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import Boolean, func, select, text

from app.domain.models import SYNCED_MODELS
from app.domain.system import ChangeLog
from app.domain.types import CanonicalJSON
from app.storage.database import Database
from app.storage.migrate import current_revision

BATCH = 5000


def _value_sql(column) -> str:
    name = f'"{column.name}"'
    if isinstance(column.type, Boolean):
        return (f"json(CASE WHEN {name} IS NULL THEN 'null' "
                f"WHEN {name} THEN 'true' ELSE 'false' END)")
    if isinstance(column.type, CanonicalJSON):
        return f"json({name})"
    return name


def dump_query(model) -> str:
    columns = {c.name: c for c in model.__table__.columns}
    pairs = [("table", f"'{model.__tablename__}'")]
    pairs += [(name, _value_sql(col)) for name, col in columns.items()]
    body = ", ".join(f"'{key}', {sql}" for key, sql in sorted(pairs))
    return f'SELECT json_object({body}) FROM "{model.__tablename__}" ORDER BY id'


def dump_lines(db: Database) -> Iterator[str]:
    with db.engine.connect() as conn:
        for model in sorted(SYNCED_MODELS, key=lambda m: m.__tablename__):
            result = conn.execution_options(stream_results=True).execute(text(dump_query(model)))
            while rows := result.fetchmany(BATCH):
                for (line,) in rows:
                    yield line


def write_dump(db: Database, out: BinaryIO) -> int:
    count = 0
    chunk: list[str] = []
    for line in dump_lines(db):
        chunk.append(line)
        count += 1
        if len(chunk) >= BATCH:
            out.write(("\n".join(chunk) + "\n").encode())
            chunk.clear()
    if chunk:
        out.write(("\n".join(chunk) + "\n").encode())
    return count


def stats(db: Database) -> dict:
    """Counts of live and tombstoned rows per table, and of the change log."""
    tables = {}
    with db.session() as session:
        for model in SYNCED_MODELS:
            rows = dict(session.execute(
                select(model.deleted, func.count()).group_by(model.deleted)).all())
            tables[model.__tablename__] = {"live": rows.get(False, 0),
                                           "deleted": rows.get(True, 0)}
        changes = session.scalar(select(func.count()).select_from(ChangeLog))
    return {
        "device_id": db.device_id,
        "schema": current_revision(db.engine),
        "database_bytes": sum(p.stat().st_size for p in db.paths.database_files()
                              if p.exists()),
        "changes": changes,
        "tables": tables,
    }
