"""native-name sort: an index on a bounded prefix of the name (its first 500 characters) and
the case id, so sorting the worklist by native name walks it instead of sorting every
applicant (0.3-0.8 s a page on a million cases before). The whole name cannot be indexed: a
PostgreSQL btree row holds 2,704 bytes and a name may be 1,000 characters of 4 bytes each.
And, on SQLite, an index of the case ids: a jump deep into the worklist by case number
counts along it instead of the table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 14:45:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The same expression as the model's (store.models.worklist): literal bounds, so both
# backends match it against the worklist's ORDER BY.
CREATE = (
    "CREATE INDEX ix_applicants_native_sort ON applicants (substr(native_name, 1, 500), case_id)"
)


# A jump to a row number sorted by case counts along an index of the case ids: SQLite's
# table is ten times its pages; PostgreSQL has its primary key's, so there it stays empty.
CREATE_WALK = "CREATE INDEX ix_cases_id_walk ON cases (id)"


def upgrade() -> None:
    op.execute(CREATE)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"{CREATE_WALK} WHERE false")
    else:
        op.execute(CREATE_WALK)


def downgrade() -> None:
    op.execute("DROP INDEX ix_cases_id_walk")
    op.execute("DROP INDEX ix_applicants_native_sort")
