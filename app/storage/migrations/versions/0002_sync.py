"""Sync bookkeeping tables: peers, receipts, outbox, conflicts, pending, quarantine.

Local only (no change-log triggers): see app/domain/sync_tables.py and docs/sync.md.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_S = sqlmodel.sql.sqltypes.AutoString


def _change_columns():
    return [
        sa.Column("tbl", _S(), nullable=False),
        sa.Column("row_id", _S(), nullable=False),
        sa.Column("field", _S(), nullable=False),
        sa.Column("hlc", _S(), nullable=False),
        sa.Column("value", _S(), nullable=True),
        sa.Column("device_id", _S(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("device_id", _S(), nullable=False),
        sa.Column("name", _S(), nullable=False),
        sa.Column("scope", _S(), nullable=False),
        sa.Column("enrol_secret", _S(), nullable=False),
        sa.Column("public_key", _S(), nullable=False),
        sa.Column("age_recipient", _S(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("returned_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    with op.batch_alter_table("sync_peer") as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_peer_name"), ["name"], unique=False)
    op.create_table(
        "sync_receipt",
        sa.Column("bundle_id", _S(), nullable=False),
        sa.Column("device_id", _S(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("body", _S(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_receipt_device_id"), ["device_id"],
                              unique=False)
    op.create_table(
        "sync_outbox",
        sa.Column("bundle_id", _S(), nullable=False),
        sa.Column("created", _S(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("path", _S(), nullable=False),
        sa.Column("acked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", _S(), nullable=False),
        sa.Column("row_id", _S(), nullable=False),
        sa.Column("field", _S(), nullable=False),
        sa.Column("winner_value", _S(), nullable=True),
        sa.Column("winner_hlc", _S(), nullable=False),
        sa.Column("loser_value", _S(), nullable=True),
        sa.Column("loser_hlc", _S(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tbl", "row_id", "field", "loser_hlc"),
    )
    op.create_table(
        "sync_pending",
        *_change_columns(),
        sa.PrimaryKeyConstraint("tbl", "row_id", "field", "hlc"),
    )
    op.create_table(
        "sync_quarantine",
        *_change_columns(),
        sa.Column("bundle_id", _S(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "field", "hlc"),
    )


def downgrade() -> None:
    for table in ("sync_quarantine", "sync_pending", "sync_conflict", "sync_outbox"):
        op.drop_table(table)
    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_receipt_device_id"))
    op.drop_table("sync_receipt")
    with op.batch_alter_table("sync_peer") as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_peer_name"))
    op.drop_table("sync_peer")
