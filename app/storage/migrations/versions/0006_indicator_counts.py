"""Indicators say what they measure: `measure` and `accumulates`.

Revision ID: 0006
Revises: 0005

Existing indicators become counts (`measure = 'count'`) whose readings do not
add up over periods (`accumulates = 0`), which keeps their progress as it
was (the latest reading). The value is a constant, the same as the model's
default, not guessed from each row: every replica migrates its own copy
without logging a change, so only a constant gives every replica the same
row. A coordinator changes the measure of a percentage indicator like any
other edit, and that syncs. Values that do not fit a count are not altered:
they are listed as inconsistent (app/services/indicator_rules.py).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401

from app.storage.changelog import install_triggers

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("indicator", sa.Column("measure", sqlmodel.sql.sqltypes.AutoString(),
                                         nullable=False, server_default="count"))
    op.add_column("indicator", sa.Column("accumulates", sa.Boolean(), nullable=False,
                                         server_default="0"))
    install_triggers(op.get_bind(), "indicator")  # log the new fields' changes too


def downgrade() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.drop_column("accumulates")
        batch.drop_column("measure")
    install_triggers(op.get_bind(), "indicator")
