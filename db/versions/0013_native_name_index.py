"""native-name sort index: sorting the worklist by native name walks it instead of sorting
every applicant (0.3-0.8 s a page on a million cases before)

Revision ID: 0013
Revises: 0009 (the lead rechains it onto the head at landing)
Create Date: 2026-12-05 11:50:00.000000
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.create_index('ix_applicants_native_name', ['native_name'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.drop_index('ix_applicants_native_name')
