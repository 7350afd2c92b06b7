"""Held changes keep their reason: sync_quarantine.reason.

Revision ID: 0005
Revises: 0004

A change is held back either because it is stamped more than a day ahead
(`future`, the only reason before) or because its value breaks the column's
rules (a problem code of app/services/values.py: `not_a_date`, `too_long`, ...)
or it was not the sender's to make (`not_yours`). Rows already held are the
future kind.
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sync_quarantine", sa.Column(
        "reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""))
    op.execute("UPDATE sync_quarantine SET reason = 'future'")


def downgrade() -> None:
    with op.batch_alter_table("sync_quarantine") as batch_op:
        batch_op.drop_column("reason")
