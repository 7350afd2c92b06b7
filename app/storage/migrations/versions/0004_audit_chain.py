"""Audit chain, connection-local merge flag, receipts keyed by sender.

Revision ID: 0004
Revises: 0003

- Every change-log trigger is re-created to ask `faltbok_applying()` (the
  merging connection's own flag, app/storage/changelog.py) instead of the
  `sync_apply` row, which any connection could set.
- audit_event gets `chain_prev` and `chain_hash` (app/storage/audit_chain.py);
  existing events are chained per device in stamp order, and the chain fields
  are logged with each event's own stamp and device, so every replica that
  runs this migration holds the same values and a device sends them for
  events headquarters has not received yet.
- audit_event's guards refuse every UPDATE and DELETE, a merge included; only
  a maintenance step (this migration, re-stamping at enrolment) stands them aside.
- sync_receipt is keyed by (bundle_id, device_id): one device's bundle id never
  answers another's.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from app.domain.hlc import DEVICE_OFFSET
from app.storage import audit_chain
from app.storage.changelog import (
    APPLY_FUNCTION,
    MAINTENANCE,
    install_triggers,
    set_applying,
)

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

APPEND_ONLY = f"""CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE ON "audit_event"
WHEN {APPLY_FUNCTION}() < {MAINTENANCE}
BEGIN
  SELECT RAISE(ABORT, 'faltbok: audit events are append-only');
END"""
NO_DELETE = f"""CREATE TRIGGER "audit_event_no_delete" BEFORE DELETE ON "audit_event"
WHEN {APPLY_FUNCTION}() < {MAINTENANCE}
BEGIN
  SELECT RAISE(ABORT, 'faltbok: audit events are append-only (synced rows are tombstoned, never deleted)');
END"""
# REPLACE deletes the old row before inserting; the delete guard sees that only on
# connections with recursive_triggers on (every app connection), this one on all.
NO_REPLACE = f"""CREATE TRIGGER "audit_event_no_replace" BEFORE INSERT ON "audit_event"
WHEN {APPLY_FUNCTION}() < {MAINTENANCE} AND EXISTS (SELECT 1 FROM "audit_event" WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'faltbok: audit events are append-only (synced rows are tombstoned, never deleted)');
END"""
OLD_APPEND_ONLY = """CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE ON "audit_event"
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
  SELECT RAISE(ABORT, 'faltbok: audit events are append-only');
END"""


def _logged_tables(bind) -> list[str]:
    return [r[0] for r in bind.exec_driver_sql(
        "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
        "AND name = 'cl_' || tbl_name || '_insert' ORDER BY tbl_name")]


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("audit_event", sa.Column("chain_prev", sa.String(), nullable=False,
                                           server_default=""))
    op.add_column("audit_event", sa.Column("chain_hash", sa.String(), nullable=False,
                                           server_default=""))
    for table in _logged_tables(bind):
        install_triggers(bind, table)
    op.execute('DROP TRIGGER IF EXISTS "audit_event_append_only"')
    op.execute(APPEND_ONLY)
    op.execute(NO_DELETE)
    op.execute(NO_REPLACE)
    old = set_applying(bind, MAINTENANCE)
    try:
        audit_chain.chain_existing(bind)
    finally:
        set_applying(bind, old)
    for name in audit_chain.CHAIN_FIELDS:
        bind.exec_driver_sql(
            "INSERT INTO change_log (tbl, row_id, field, value, hlc, device_id) "
            f"SELECT 'audit_event', id, '{name}', json_quote({name}), hlc, "
            f"substr(hlc, {DEVICE_OFFSET + 1}) FROM audit_event ORDER BY hlc, id")
    _rekey_receipts(bind, "bundle_id, device_id")


def _rekey_receipts(bind, key: str) -> None:
    """Re-create sync_receipt with another primary key, rows in issue order."""
    bind.exec_driver_sql(
        "CREATE TABLE sync_receipt_new (bundle_id VARCHAR NOT NULL, device_id VARCHAR NOT NULL, "
        f"seq_to INTEGER NOT NULL, body VARCHAR NOT NULL, PRIMARY KEY ({key}))")
    bind.exec_driver_sql("INSERT INTO sync_receipt_new (bundle_id, device_id, seq_to, body) "
                         "SELECT bundle_id, device_id, seq_to, body FROM sync_receipt "
                         "ORDER BY rowid")
    bind.exec_driver_sql("DROP TABLE sync_receipt")
    bind.exec_driver_sql("ALTER TABLE sync_receipt_new RENAME TO sync_receipt")
    bind.exec_driver_sql("CREATE INDEX ix_sync_receipt_device_id ON sync_receipt (device_id)")


def downgrade() -> None:
    bind = op.get_bind()
    old = set_applying(bind, MAINTENANCE)
    try:
        bind.exec_driver_sql("DELETE FROM change_log WHERE tbl = 'audit_event' "
                             "AND field IN ('chain_prev', 'chain_hash')")
        _rekey_receipts(bind, "bundle_id")
        for name in ("audit_event_append_only", "audit_event_no_delete",
                     "audit_event_no_replace"):
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.drop_column("audit_event", "chain_hash")
        op.drop_column("audit_event", "chain_prev")
        install_triggers(bind, "audit_event")
        op.execute(OLD_APPEND_ONLY)
    finally:
        set_applying(bind, old)
