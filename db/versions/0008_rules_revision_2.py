"""Rules revision 2: the pack revision of each run and override, normalised identity values,
registered institution names

Existing runs and overrides were made under revision 1 of their pack.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pack_revision", sa.Integer(), server_default="1", nullable=False)
        )
        batch_op.add_column(sa.Column("earlier_digests", sa.JSON(), nullable=True))
    with op.batch_alter_table("rule_overrides", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pack_revision", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("rule_overrides", schema=None) as batch_op:
        batch_op.drop_column("pack_revision")
    with op.batch_alter_table("check_runs", schema=None) as batch_op:
        batch_op.drop_column("earlier_digests")
        batch_op.drop_column("pack_revision")
