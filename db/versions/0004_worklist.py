"""worklist: the case search index (SQLite FTS5 / PostgreSQL tsvector), its queue and triggers,
and indexes for sorting the worklist by applicant and by age

Revision ID: 0004
Revises: 0005 (0006 was written alongside; 0007 merges the two)
Create Date: 2026-11-29 08:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0004'
down_revision = '0005'
branch_labels = None
depends_on = None

# Whatever code writes a field a case is found by, the case is queued to be indexed again.
SQLITE_QUEUE_TRIGGERS = (
    """CREATE TRIGGER search_queue_applicant_insert AFTER INSERT ON applicants
       BEGIN INSERT OR IGNORE INTO search_pending(case_id) VALUES (NEW.case_id); END""",
    """CREATE TRIGGER search_queue_applicant_update
       AFTER UPDATE OF surname, given_names, native_name, email ON applicants
       BEGIN INSERT OR IGNORE INTO search_pending(case_id) VALUES (NEW.case_id); END""",
    """CREATE TRIGGER search_queue_passport_insert AFTER INSERT ON passports
       BEGIN INSERT OR IGNORE INTO search_pending(case_id) VALUES (NEW.case_id); END""",
    """CREATE TRIGGER search_queue_passport_update AFTER UPDATE OF number ON passports
       BEGIN INSERT OR IGNORE INTO search_pending(case_id) VALUES (NEW.case_id); END""",
    """CREATE TRIGGER search_queue_case_update AFTER UPDATE OF application_id ON cases
       BEGIN INSERT OR IGNORE INTO search_pending(case_id) VALUES (NEW.id); END""",
)
# FTS5 over case_search (external content): the terms are stored once, in case_search.
SQLITE_FTS = (
    """CREATE VIRTUAL TABLE case_search_fts USING fts5(
           terms, content='case_search', content_rowid='case_id',
           tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')""",
    """CREATE TRIGGER case_search_fts_insert AFTER INSERT ON case_search
       BEGIN INSERT INTO case_search_fts(rowid, terms) VALUES (NEW.case_id, NEW.terms); END""",
    """CREATE TRIGGER case_search_fts_delete AFTER DELETE ON case_search
       BEGIN INSERT INTO case_search_fts(case_search_fts, rowid, terms)
             VALUES ('delete', OLD.case_id, OLD.terms); END""",
    """CREATE TRIGGER case_search_fts_update AFTER UPDATE OF terms ON case_search
       BEGIN INSERT INTO case_search_fts(case_search_fts, rowid, terms)
             VALUES ('delete', OLD.case_id, OLD.terms);
             INSERT INTO case_search_fts(rowid, terms) VALUES (NEW.case_id, NEW.terms); END""",
)
SQLITE_DROPS = (
    "DROP TRIGGER IF EXISTS search_queue_applicant_insert",
    "DROP TRIGGER IF EXISTS search_queue_applicant_update",
    "DROP TRIGGER IF EXISTS search_queue_passport_insert",
    "DROP TRIGGER IF EXISTS search_queue_passport_update",
    "DROP TRIGGER IF EXISTS search_queue_case_update",
    "DROP TRIGGER IF EXISTS case_search_fts_insert",
    "DROP TRIGGER IF EXISTS case_search_fts_delete",
    "DROP TRIGGER IF EXISTS case_search_fts_update",
    "DROP TABLE IF EXISTS case_search_fts",
)
POSTGRES_QUEUE_TRIGGERS = (
    """CREATE FUNCTION kvisa_search_queue_child() RETURNS trigger AS $$
       BEGIN
         INSERT INTO search_pending(case_id) VALUES (NEW.case_id) ON CONFLICT DO NOTHING;
         RETURN NULL;
       END; $$ LANGUAGE plpgsql""",
    """CREATE FUNCTION kvisa_search_queue_case() RETURNS trigger AS $$
       BEGIN
         INSERT INTO search_pending(case_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
         RETURN NULL;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER search_queue_applicant_insert AFTER INSERT ON applicants
       FOR EACH ROW EXECUTE FUNCTION kvisa_search_queue_child()""",
    """CREATE TRIGGER search_queue_applicant_update
       AFTER UPDATE OF surname, given_names, native_name, email ON applicants
       FOR EACH ROW EXECUTE FUNCTION kvisa_search_queue_child()""",
    """CREATE TRIGGER search_queue_passport_insert AFTER INSERT ON passports
       FOR EACH ROW EXECUTE FUNCTION kvisa_search_queue_child()""",
    """CREATE TRIGGER search_queue_passport_update AFTER UPDATE OF number ON passports
       FOR EACH ROW EXECUTE FUNCTION kvisa_search_queue_child()""",
    """CREATE TRIGGER search_queue_case_update AFTER UPDATE OF application_id ON cases
       FOR EACH ROW EXECUTE FUNCTION kvisa_search_queue_case()""",
)
POSTGRES_DROPS = (
    "DROP TRIGGER IF EXISTS search_queue_applicant_insert ON applicants",
    "DROP TRIGGER IF EXISTS search_queue_applicant_update ON applicants",
    "DROP TRIGGER IF EXISTS search_queue_passport_insert ON passports",
    "DROP TRIGGER IF EXISTS search_queue_passport_update ON passports",
    "DROP TRIGGER IF EXISTS search_queue_case_update ON cases",
    "DROP FUNCTION IF EXISTS kvisa_search_queue_child()",
    "DROP FUNCTION IF EXISTS kvisa_search_queue_case()",
)


def upgrade() -> None:
    op.create_table('case_search',
    sa.Column('case_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('document', sa.Text().with_variant(postgresql.TSVECTOR(), 'postgresql'), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_search_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_case_search'))
    )
    with op.batch_alter_table('case_search', schema=None) as batch_op:
        batch_op.create_index('ix_case_search_document', ['document'], unique=False, postgresql_using='gin', sqlite_where=sa.text('document IS NOT NULL'))

    op.create_table('search_pending',
    sa.Column('case_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_search_pending_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', name=op.f('pk_search_pending'))
    )
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.create_index('ix_applicants_date_of_birth', ['date_of_birth'], unique=False)
        batch_op.create_index('ix_applicants_surname_given_names', ['surname', 'given_names'], unique=False)

    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_QUEUE_TRIGGERS if postgres else (*SQLITE_FTS, *SQLITE_QUEUE_TRIGGERS):
        op.execute(statement)
    # The cases already there are indexed by core.search the first time it catches up.
    op.execute("INSERT INTO search_pending(case_id) SELECT id FROM cases")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in POSTGRES_DROPS if postgres else SQLITE_DROPS:
        op.execute(statement)
    with op.batch_alter_table('applicants', schema=None) as batch_op:
        batch_op.drop_index('ix_applicants_surname_given_names')
        batch_op.drop_index('ix_applicants_date_of_birth')
    op.drop_table('search_pending')
    with op.batch_alter_table('case_search', schema=None) as batch_op:
        batch_op.drop_index('ix_case_search_document', postgresql_using='gin', sqlite_where=sa.text('document IS NOT NULL'))
    op.drop_table('case_search')
