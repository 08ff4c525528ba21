"""Decisions, their grounds, issued letters (exact PDF bytes) and per-post letter counters

Issued letters are immutable: the database refuses UPDATE on issued_letters (a correction
is a new letter that names the one it replaces). DELETE stays possible, for the retention
purge of a whole case.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 08:06:53.776065
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER issued_letters_no_update BEFORE UPDATE ON issued_letters
       BEGIN SELECT RAISE(ABORT, 'issued letters are immutable: UPDATE refused'); END""",
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS issued_letters_no_update",)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION kvisa_letters_immutable() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'issued letters are immutable: % refused', TG_OP; END;
       $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER issued_letters_immutable BEFORE UPDATE ON issued_letters
       FOR EACH ROW EXECUTE FUNCTION kvisa_letters_immutable()""",
)
POSTGRES_DROP = (
    "DROP TRIGGER IF EXISTS issued_letters_immutable ON issued_letters",
    "DROP FUNCTION IF EXISTS kvisa_letters_immutable()",
)


def upgrade() -> None:
    op.create_table('letter_counters',
    sa.Column('post_code', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('post_code', 'year', name=op.f('pk_letter_counters'))
    )
    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('recommendation', sa.String(length=24), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('reasoning', sa.Text(), nullable=False),
    sa.Column('entries', sa.String(length=8), nullable=True),
    sa.Column('validity_days', sa.Integer(), nullable=True),
    sa.Column('stay_days', sa.Integer(), nullable=True),
    sa.Column('requested_documents', sa.JSON(), nullable=True),
    sa.Column('reply_by', sa.Date(), nullable=True),
    sa.Column('interview_at', sa.DateTime(), nullable=True),
    sa.Column('interview_place', sa.Text(), nullable=True),
    sa.Column('check_run_id', sa.Integer(), nullable=True),
    sa.Column('facts_digest', sa.String(length=64), nullable=True),
    sa.Column('checks_current', sa.Boolean(), nullable=False),
    sa.Column('status_before', sa.String(length=32), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('recommended_by', sa.String(length=64), nullable=False),
    sa.Column('recommended_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('needs_sign_off', sa.Boolean(), nullable=False),
    sa.Column('sign_off', sa.String(length=8), nullable=True),
    sa.Column('signed_off_by', sa.String(length=64), nullable=True),
    sa.Column('signed_off_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sign_off_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_decisions_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['check_run_id'], ['check_runs.id'], name=op.f('fk_decisions_check_run_id_check_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index('ix_decisions_case_id_id', ['case_id', 'id'], unique=False)

    op.create_table('decision_grounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=32), nullable=True),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('effective_outcome', sa.String(length=8), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('check_run_id', sa.Integer(), nullable=False),
    sa.Column('facts_digest', sa.String(length=64), nullable=False),
    sa.Column('documents', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['check_run_id'], ['check_runs.id'], name=op.f('fk_decision_grounds_check_run_id_check_runs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_decision_grounds_decision_id_decisions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_grounds'))
    )
    with op.batch_alter_table('decision_grounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_grounds_decision_id'), ['decision_id'], unique=False)

    op.create_table('issued_letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('post_code', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('content_digest', sa.String(length=64), nullable=False),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('pdf_size', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_issued_letters_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_issued_letters_decision_id_decisions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaces_id'], ['issued_letters.id'], name=op.f('fk_issued_letters_replaces_id_issued_letters'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_letters')),
    sa.UniqueConstraint('post_code', 'year', 'number', name=op.f('uq_issued_letters_post_code_year_number')),
    sa.UniqueConstraint('reference', name=op.f('uq_issued_letters_reference'))
    )
    with op.batch_alter_table('issued_letters', schema=None) as batch_op:
        batch_op.create_index('ix_issued_letters_case_id_id', ['case_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_letters_decision_id'), ['decision_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_letters_pdf_sha256'), ['pdf_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_letters_replaces_id'), ['replaces_id'], unique=False)

    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_TRIGGERS if postgres else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_DROP if postgres else SQLITE_DROP:
        op.execute(statement)
    with op.batch_alter_table('issued_letters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_letters_replaces_id'))
        batch_op.drop_index(batch_op.f('ix_issued_letters_pdf_sha256'))
        batch_op.drop_index(batch_op.f('ix_issued_letters_decision_id'))
        batch_op.drop_index('ix_issued_letters_case_id_id')

    op.drop_table('issued_letters')
    with op.batch_alter_table('decision_grounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_grounds_decision_id'))

    op.drop_table('decision_grounds')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_decisions_case_id_id')

    op.drop_table('decisions')
    op.drop_table('letter_counters')
