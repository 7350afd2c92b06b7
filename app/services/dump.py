"""Print every synced row as canonical JSON lines, and count what is stored.

The output is sorted by table name, then id; each line is a JSON object with
sorted keys, no spaces, UTF-8 text as is. Two replicas holding the same data
print the same bytes, whatever order that data arrived in. The JSON is built
by SQLite itself (`json_object`), so dumping a million rows costs little more
than selecting them.

A dump is an export (`exports`): it holds participants' names and contacts
(the models' `__sensitive__` fields) as stored, unless asked to leave them out
(then they are empty strings), and `export_dump` writes it to standard output
or to a file (whole or not at all: `exports.written_in_place`) and records the
`export` audit event (who, "dump", where, how many rows, with or without
names). A role that may not see names gets a dump only without them. With no
current user (a folder nobody has chosen a user in, e.g. the demo's) the dump
is whoever holds the folder and its passphrase: names as stored, audited.
The audit event is a synced row itself, so a dump after a dump has one line
more: compare replicas' dumps without the dumps' own events.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import Boolean, func, select, text

from app.domain.models import SYNCED_MODELS
from app.domain.system import ChangeLog
from app.domain.types import CanonicalJSON
from app.services import exports
from app.services.current_user import current_user
from app.services.privacy import NamesHiddenError, may_view_names
from app.storage.database import Database
from app.storage.migrate import current_revision

BATCH = 5000


class DumpNamesHiddenError(NamesHiddenError):
    """A role that may not see names asked for a dump with them."""

    def __str__(self) -> str:
        return f"{super().__str__()}; dump without them (--without-names)"


def _value_sql(column) -> str:
    name = f'"{column.name}"'
    if isinstance(column.type, Boolean):
        return (f"json(CASE WHEN {name} IS NULL THEN 'null' "
                f"WHEN {name} THEN 'true' ELSE 'false' END)")
    if isinstance(column.type, CanonicalJSON):
        return f"json({name})"
    return name


def dump_query(model, names: bool = True) -> str:
    """One JSON object per row; without `names` the sensitive fields are ''."""
    columns = {c.name: c for c in model.__table__.columns}
    hidden = () if names else model.__sensitive__
    pairs = [("table", f"'{model.__tablename__}'")]
    pairs += [(name, "''" if name in hidden else _value_sql(col))
              for name, col in columns.items()]
    body = ", ".join(f"'{key}', {sql}" for key, sql in sorted(pairs))
    return f'SELECT json_object({body}) FROM "{model.__tablename__}" ORDER BY id'


def dump_lines(db: Database, names: bool = True) -> Iterator[str]:
    with db.engine.connect() as conn:
        for model in sorted(SYNCED_MODELS, key=lambda m: m.__tablename__):
            result = conn.execution_options(stream_results=True).execute(
                text(dump_query(model, names)))
            while rows := result.fetchmany(BATCH):
                for (line,) in rows:
                    yield line


def _chunks(db: Database, names: bool) -> Iterator[tuple[bytes, int]]:
    """The dump in pieces of up to BATCH lines: (bytes, lines in them)."""
    chunk: list[str] = []
    for line in dump_lines(db, names):
        chunk.append(line)
        if len(chunk) >= BATCH:
            yield ("\n".join(chunk) + "\n").encode(), len(chunk)
            chunk.clear()
    if chunk:
        yield ("\n".join(chunk) + "\n").encode(), len(chunk)


def write_dump(db: Database, out: BinaryIO, names: bool = True) -> int:
    """Write the dump to `out` (no audit event: `export_dump` is the export). Rows."""
    count = 0
    for data, lines in _chunks(db, names):
        out.write(data)
        count += lines
    return count


def plan_dump(db: Database, target: str = exports.STDOUT,
              names: bool = True) -> exports.ExportPlan:
    """The dump as an export; DumpNamesHiddenError for names the current role may
    not see (nobody chosen yet: the folder's holder, who may)."""
    user = current_user(db)
    if names and user is not None and not may_view_names(user.role):
        raise DumpNamesHiddenError(user.role)
    return exports.ExportPlan(what="dump", target=str(target), names=names,
                              inside=exports.inside_data_folder(db.paths, target))


def export_dump(db: Database, target: str = exports.STDOUT, names: bool = True) -> int:
    """Write the dump to `target` (a file, whole or not at all, or standard output)
    and record the `export` audit event: for a file once it is in place, for
    standard output also when printing stopped half-way (`| head`: the rows
    handed out are audited). Rows written."""
    export = plan_dump(db, target, names)
    if export.target != exports.STDOUT:
        with exports.written_in_place(target) as temp, temp.open("wb") as out:
            count = write_dump(db, out, names)
        exports.record(db, export, rows=count)
        return count
    sent, done = 0, False  # what went out is audited even if the reader stopped early
    try:
        for data, lines in _chunks(db, names):
            sent += lines
            sys.stdout.buffer.write(data)
        sys.stdout.flush()
        done = True
    finally:
        if sent or done:
            exports.record(db, export, rows=sent)
    return sent


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
