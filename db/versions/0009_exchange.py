"""Exchange with the visa service centre: inbox submissions seen, outbox batches and items

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inbox_submissions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('claimed_as', sa.Text(), nullable=False),
    sa.Column('machine', sa.String(length=128), nullable=False),
    sa.Column('officer', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('imported', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('changed', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('positions', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_submissions')),
    sa.UniqueConstraint('sha256', name=op.f('uq_inbox_submissions_sha256'))
    )
    op.create_table('outbox_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_code', sa.String(length=16), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('cases', sa.Integer(), nullable=False),
    sa.Column('audit_event_id', sa.Integer(), nullable=False),
    sa.Column('decisions', sa.LargeBinary(), nullable=False),
    sa.Column('manifest', sa.LargeBinary(), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_batches')),
    sa.UniqueConstraint('post_code', 'number', name=op.f('uq_outbox_batches_post_code_number'))
    )
    op.create_table('outbox_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=True),
    sa.Column('withdrawal_event_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['outbox_batches.id'], name=op.f('fk_outbox_items_batch_id_outbox_batches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_items')),
    sa.UniqueConstraint('letter_id', name=op.f('uq_outbox_items_letter_id')),
    sa.UniqueConstraint('withdrawal_event_id', name=op.f('uq_outbox_items_withdrawal_event_id'))
    )
    with op.batch_alter_table('outbox_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_items_batch_id'), ['batch_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_items_batch_id'))

    op.drop_table('outbox_items')
    op.drop_table('outbox_batches')
    op.drop_table('inbox_submissions')
