"""Rules revision 2: the pack revision of each run and override, normalised identity values,
registered institution names

Existing runs and overrides were made under revision 1 of their pack. The normalised values
of existing applicants and passports are computed here from what was written.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kvisa_desk.normal_forms import fold_surname, normalise_country, normalise_passport_number

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: copying a SQLite table drops its triggers (the
    # search queue's on applicants and passports).
    op.add_column(
        "check_runs", sa.Column("pack_revision", sa.Integer(), server_default="1", nullable=False)
    )
    op.add_column("check_runs", sa.Column("earlier_digests", sa.JSON(), nullable=True))
    op.add_column(
        "rule_overrides",
        sa.Column("pack_revision", sa.Integer(), server_default="1", nullable=False),
    )
    _normalise_people()
    op.create_table(
        "institution_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_folded", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institutions.id"],
            name=op.f("fk_institution_aliases_institution_id_institutions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution_aliases")),
        sa.UniqueConstraint(
            "institution_id",
            "name_folded",
            name=op.f("uq_institution_aliases_institution_id_name_folded"),
        ),
    )
    op.create_index(
        op.f("ix_institution_aliases_institution_id"), "institution_aliases", ["institution_id"]
    )
    op.create_index("ix_institution_aliases_name_folded", "institution_aliases", ["name_folded"])
    # A registry seeded before names could be registered gets the seed's names now.
    from kvisa_desk.core.post.alias_seed import seed_aliases

    seed_aliases(op.get_bind())


def _normalise_people() -> None:
    """Add the normalised columns and fill them from what was written."""
    for table, name, kind in (
        ("applicants", "nationality_normalised", sa.String(3)),
        ("applicants", "surname_folded", sa.Text()),
        ("passports", "number_normalised", sa.String(32)),
        ("passports", "issuing_state_normalised", sa.String(3)),
    ):
        op.add_column(table, sa.Column(name, kind, server_default="", nullable=False))
    conn = op.get_bind()
    applicants = sa.table(
        "applicants",
        sa.column("case_id", sa.Integer),
        sa.column("nationality", sa.String),
        sa.column("surname", sa.Text),
        sa.column("nationality_normalised", sa.String),
        sa.column("surname_folded", sa.Text),
    )
    passports = sa.table(
        "passports",
        sa.column("case_id", sa.Integer),
        sa.column("number", sa.String),
        sa.column("issuing_state", sa.String),
        sa.column("number_normalised", sa.String),
        sa.column("issuing_state_normalised", sa.String),
    )
    rows = conn.execute(
        sa.select(applicants.c.case_id, applicants.c.nationality, applicants.c.surname)
    )
    _update_in_chunks(
        conn,
        applicants,
        [
            {"cid": r.case_id, "a": normalise_country(r.nationality), "b": fold_surname(r.surname)}
            for r in rows
        ],
        ("nationality_normalised", "surname_folded"),
    )
    rows = conn.execute(
        sa.select(passports.c.case_id, passports.c.number, passports.c.issuing_state)
    )
    _update_in_chunks(
        conn,
        passports,
        [
            {
                "cid": r.case_id,
                "a": normalise_passport_number(r.number),
                "b": normalise_country(r.issuing_state),
            }
            for r in rows
        ],
        ("number_normalised", "issuing_state_normalised"),
    )
    op.create_index(
        "ix_passports_normalised", "passports", ["number_normalised", "issuing_state_normalised"]
    )


def _update_in_chunks(
    conn: sa.Connection, table: sa.TableClause, values: list[dict[str, str]], names: tuple[str, str]
) -> None:
    statement = (
        table.update()
        .where(table.c.case_id == sa.bindparam("cid"))
        .values({names[0]: sa.bindparam("a"), names[1]: sa.bindparam("b")})
    )
    for start in range(0, len(values), 5000):
        chunk = values[start : start + 5000]
        if chunk:
            conn.execute(statement, chunk)


def downgrade() -> None:
    op.drop_table("institution_aliases")
    op.drop_index("ix_passports_normalised", table_name="passports")
    for table, name in (
        ("passports", "issuing_state_normalised"),
        ("passports", "number_normalised"),
        ("applicants", "surname_folded"),
        ("applicants", "nationality_normalised"),
        ("rule_overrides", "pack_revision"),
        ("check_runs", "earlier_digests"),
        ("check_runs", "pack_revision"),
    ):
        op.drop_column(table, name)
