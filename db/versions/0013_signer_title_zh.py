"""signer title in Chinese: an account's title as its Chinese letters print it (领事 under
"Consul"). Empty for every existing account, which signs as before (a title the post knows
for its role is printed in Chinese from the post settings).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 18:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild): the officers table keeps its triggers.
    op.add_column("officers", sa.Column("title_zh", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("officers") as batch_op:
        batch_op.drop_column("title_zh")
