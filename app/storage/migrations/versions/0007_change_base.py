"""The base of each logged change: what its writer had seen (docs/sync.md §3, §4.1).

Revision ID: 0007
Revises: 0006

Headquarters keeps the `base` a device bundle carried beside the change it
relays, so a return bundle can tell a laptop whether the writer of a value
that overrides the laptop's own edit had seen that edit. Rows written by the
change-log triggers (local edits) get the empty default: a device computes
its bases when it exports. Adding a column with a constant default does not
rewrite the table, however long the log.
"""

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("change_log", sa.Column("base", sqlmodel.sql.sqltypes.AutoString(),
                                          nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite drops the column in place (3.35+); a batch copy of the table would
    # trip over the change-log triggers that name it
    op.execute("ALTER TABLE change_log DROP COLUMN base")
