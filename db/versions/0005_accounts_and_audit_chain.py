"""Accounts and the hash-chained, append-only audit trail

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29 06:57:30.323713
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0003'
branch_labels = None
depends_on = None

GENESIS = "0" * 64

SQLITE_TRIGGERS = (
    """CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only: UPDATE refused'); END""",
    """CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
       BEGIN SELECT RAISE(ABORT, 'audit events are append-only: DELETE refused'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION kvisa_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit events are append-only: % refused', TG_OP; END;
       $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
       FOR EACH ROW EXECUTE FUNCTION kvisa_audit_append_only()""",
    """CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
       FOR EACH STATEMENT EXECUTE FUNCTION kvisa_audit_append_only()""",
)


def _utc_text(moment: datetime | str) -> str:
    if isinstance(moment, str):  # SQLite returns text through a plain connection
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _chain_existing_events() -> tuple[int, str]:
    """Hash the history written before this revision, oldest first (same rule as core.audit)."""
    bind = op.get_bind()
    events = sa.table(
        "case_events", sa.column("id"), sa.column("case_id"), sa.column("officer"),
        sa.column("occurred_at", sa.DateTime(timezone=True)), sa.column("kind"),
        sa.column("details", sa.JSON()), sa.column("prev_hash"), sa.column("hash"),
    )
    prev, last_id = GENESIS, 0
    rows = bind.execute(sa.select(events).order_by(events.c.id)).all()
    updates = []
    for row in rows:
        details = row.details if isinstance(row.details, dict) else json.loads(row.details or "{}")
        content = _canonical(
            [row.id, row.case_id, row.officer, _utc_text(row.occurred_at), row.kind, details]
        )
        digest = hashlib.sha256(f"{prev}\n{content}".encode()).hexdigest()
        updates.append({"eid": row.id, "p": prev, "h": digest})
        prev, last_id = digest, row.id
    if updates:
        bind.execute(
            events.update().where(events.c.id == sa.bindparam("eid"))
            .values(prev_hash=sa.bindparam("p"), hash=sa.bindparam("h")),
            updates,
        )
    return last_id, prev


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_event_id', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_personal',
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('digest', name=op.f('pk_audit_personal'))
    )
    with op.batch_alter_table('audit_personal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_personal_case_id'), ['case_id'], unique=False)

    # A purged case must not take its history with it: the events lose their foreign key.
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=False, server_default=""))
        batch_op.drop_constraint(batch_op.f('fk_case_events_case_id_cases'), type_='foreignkey')

    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title', sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column('password_hash', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_attempts', sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True))

    # Defaults were only for the rows already there; the models give new rows their values.
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', server_default=None)
        batch_op.alter_column('hash', server_default=None)
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.alter_column('title', server_default=None)
        batch_op.alter_column('must_change_password', server_default=None)
        batch_op.alter_column('failed_attempts', server_default=None)

    last_id, last_hash = _chain_existing_events()
    head = sa.table("audit_head", sa.column("id"), sa.column("last_event_id"),
                    sa.column("last_hash"))
    op.bulk_insert(head, [{"id": 1, "last_event_id": last_id, "last_hash": last_hash}])
    triggers = POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER case_events_no_truncate ON case_events")
        op.execute("DROP TRIGGER case_events_append_only ON case_events")
        op.execute("DROP FUNCTION kvisa_audit_append_only()")
    else:
        op.execute("DROP TRIGGER case_events_no_update")
        op.execute("DROP TRIGGER case_events_no_delete")
    with op.batch_alter_table('officers', schema=None) as batch_op:
        batch_op.drop_column('last_login_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_attempts')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('password_hash')
        batch_op.drop_column('title')

    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_case_events_case_id_cases'), 'cases', ['case_id'], ['id'], ondelete='CASCADE')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')

    with op.batch_alter_table('audit_personal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_personal_case_id'))

    op.drop_table('audit_personal')
    op.drop_table('audit_head')
