"""Audit trail: the synced, append-only audit_event table.

Revision ID: 0003
Revises: 0002

Besides the change-log triggers every synced table has, audit_event gets a
guard that refuses any UPDATE (a tombstone included) unless a merge of remote
changes is running; the change-log guard already refuses DELETE. History
written on this laptop cannot be rewritten on it, by the app or by raw SQL.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

from app.storage.changelog import install_triggers

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

APPEND_ONLY = """CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE ON "audit_event"
WHEN (SELECT active FROM sync_apply WHERE id = 1) = 0
BEGIN
  SELECT RAISE(ABORT, 'faltbok: audit events are append-only');
END"""


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("occurred_at", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("user_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    bind = op.get_bind()
    install_triggers(bind, "audit_event")
    op.execute(APPEND_ONLY)


def downgrade() -> None:
    for name in ("audit_event_append_only", "cl_audit_event_insert", "cl_audit_event_update",
                 "cl_audit_event_stamp", "cl_audit_event_nodelete"):
        op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    op.drop_table("audit_event")
