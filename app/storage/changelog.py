"""The change log, kept by SQLite triggers so that no write can bypass it.

For every synced table the database itself holds:
- an AFTER INSERT trigger that logs every field of the new row;
- an AFTER UPDATE trigger that logs each field whose value changed;
- a BEFORE UPDATE guard that refuses an update whose `hlc` does not move
  forward (a write that did not take a fresh clock stamp);
- a BEFORE DELETE guard: rows are tombstoned, never removed.

Because the triggers live in the database file, a write through the ORM,
through Core, or as raw SQL from any connection is logged in the same
transaction, or fails. While the merging connection's own flag is set
(`faltbok_applying()`, a function each connection registers for itself:
inside a merge of remote changes, which logs those changes with their own
stamps) they stand aside. The flag lives in the connection, not in the file:
raw SQL on another connection cannot set it (the old `sync_apply` table, kept
only for old revisions, switches nothing off any more), and a connection that
never registered the function cannot write synced tables at all.

Triggers are installed by migrations from the columns the table has at that
point (`PRAGMA table_info`), so a migration that adds a column re-runs
`install_triggers` for that table.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.domain.base import META_COLUMNS
from app.domain.hlc import DEVICE_OFFSET

APPLY_FUNCTION = "faltbok_applying"
_FLAG = "faltbok_applying"  # key of the flag in the connection record's info
NORMAL, APPLYING, MAINTENANCE = 0, 1, 2  # MAINTENANCE: migrations that rewrite audit rows
_NOT_APPLYING = f"{APPLY_FUNCTION}() = {NORMAL}"

# The change-log seq headquarters has acknowledged (a receipt raises it; none yet: 0),
# and which change-log rows are this replica's own changes still waiting for that:
# what the status bar, the sync page and a wipe's warning all count.
ACKED_SEQ_SQL = ("COALESCE((SELECT CAST(value AS INTEGER) FROM local_state "
                 "WHERE key = 'acked_seq'), 0)")
OWN_UNACKNOWLEDGED_SQL = (f"seq > {ACKED_SEQ_SQL} AND device_id = "
                          "(SELECT value FROM local_state WHERE key = 'device_id')")
_DEVICE = f"substr(NEW.hlc, {DEVICE_OFFSET + 1})"


def register_apply_flag(dbapi_conn, info: dict) -> None:
    """Give a new DBAPI connection its own flag and the function the triggers read."""
    flag = info.setdefault(_FLAG, [NORMAL])
    dbapi_conn.create_function(APPLY_FUNCTION, 0, lambda: flag[0])


def set_applying(connection, level: int) -> int:
    """Set the flag of a SQLAlchemy connection (or session); returns the old level.

    Only this connection's triggers see it; a merge sets APPLYING inside its
    transaction and resets it in a `finally`."""
    if isinstance(connection, Session):
        connection = connection.connection()
    flag = connection.connection.info[_FLAG]
    old, flag[0] = flag[0], level
    return old


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def trigger_statements(table: str, fields: list[str]) -> list[str]:
    """The CREATE TRIGGER statements that keep the change log of one table."""
    t = _q(table)
    lit = table.replace("'", "''")

    def row(field: str) -> str:
        return (f"'{lit}', NEW.id, '{field}', json_quote(NEW.{_q(field)}), "
                f"NEW.hlc, {_DEVICE}")

    inserted = ",\n    ".join(f"({row(f)})" for f in fields)
    changed = "\n    UNION ALL ".join(
        f"SELECT {row(f)} WHERE OLD.{_q(f)} IS NOT NEW.{_q(f)}" for f in fields
    )
    columns = "(tbl, row_id, field, value, hlc, device_id)"
    return [
        f"""CREATE TRIGGER {_q(f'cl_{table}_insert')} AFTER INSERT ON {t}
WHEN {_NOT_APPLYING}
BEGIN
  INSERT INTO change_log {columns} VALUES
    {inserted};
END""",
        f"""CREATE TRIGGER {_q(f'cl_{table}_update')} AFTER UPDATE ON {t}
WHEN {_NOT_APPLYING}
BEGIN
  INSERT INTO change_log {columns}
    {changed};
END""",
        f"""CREATE TRIGGER {_q(f'cl_{table}_stamp')} BEFORE UPDATE ON {t}
WHEN {_NOT_APPLYING} AND (NEW.hlc IS NULL OR NEW.hlc <= OLD.hlc OR NEW.id IS NOT OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'faltbok: an update must carry a fresh clock stamp and keep its id');
END""",
        f"""CREATE TRIGGER {_q(f'cl_{table}_nodelete')} BEFORE DELETE ON {t}
WHEN {_NOT_APPLYING}
BEGIN
  SELECT RAISE(ABORT, 'faltbok: synced rows are tombstoned, never deleted');
END""",
    ]


def table_fields(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(text(f"PRAGMA table_info({_q(table)})")).all()
    return [r[1] for r in rows if r[1] not in META_COLUMNS]


def install_triggers(conn: Connection, table: str) -> None:
    """(Re)create the change-log triggers of a table from its current columns."""
    for kind in ("insert", "update", "stamp", "nodelete"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {_q(f'cl_{table}_{kind}')}"))
    for statement in trigger_statements(table, table_fields(conn, table)):
        conn.execute(text(statement))
