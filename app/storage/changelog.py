"""The change log, kept by SQLite triggers so that no write can bypass it.

For every synced table the database itself holds:
- an AFTER INSERT trigger that logs every field of the new row;
- an AFTER UPDATE trigger that logs each field whose value changed;
- a BEFORE UPDATE guard that refuses an update whose `hlc` does not move
  forward (a write that did not take a fresh clock stamp);
- a BEFORE DELETE guard: rows are tombstoned, never removed.

Because the triggers live in the database file, a write through the ORM,
through Core, or as raw SQL from any connection is logged in the same
transaction, or fails. While `sync_apply.active` is 1 (inside a merge of
remote changes, which logs those changes with their own stamps) they stand
aside.

Triggers are installed by migrations from the columns the table has at that
point (`PRAGMA table_info`), so a migration that adds a column re-runs
`install_triggers` for that table.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.domain.base import META_COLUMNS
from app.domain.hlc import DEVICE_OFFSET

_NOT_APPLYING = "(SELECT active FROM sync_apply WHERE id = 1) = 0"

# The change-log seq headquarters has acknowledged (a receipt raises it; none yet: 0),
# and which change-log rows are this replica's own changes still waiting for that:
# what the status bar, the sync page and a wipe's warning all count.
ACKED_SEQ_SQL = ("COALESCE((SELECT CAST(value AS INTEGER) FROM local_state "
                 "WHERE key = 'acked_seq'), 0)")
OWN_UNACKNOWLEDGED_SQL = (f"seq > {ACKED_SEQ_SQL} AND device_id = "
                          "(SELECT value FROM local_state WHERE key = 'device_id')")
_DEVICE = f"substr(NEW.hlc, {DEVICE_OFFSET + 1})"


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
