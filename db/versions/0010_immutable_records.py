"""Recorded content immutable behind the application: letters, decisions, documents, the head

An issued letter (0006: no UPDATE) and an event (0005: no UPDATE, no DELETE) were already
guarded; this adds the rest of what the trust model calls recorded content:
- issued letters, decisions and their grounds, and case documents are deleted only by the
  retention purge of their case, which first records a `case_purged` event for the case
  (the marker these triggers look for: itself append-only and in the hash chain);
- a decision's recommendation, grounds, reasoning and terms never change; its sign-off
  (state, sign_off, signed_off_by, signed_off_at, sign_off_reason) changes once, while it
  awaits one;
- a document's identity (case, position, type, listed path) never changes; its content
  columns are set once (attaching completes a listed document); its removal is set once,
  and a removed document changes no more; its verification status changes only through its
  own columns;
- the audit head only moves forward, to the newest event and that event's hash; it is
  never deleted;
- a post's letter counter never goes back (numbers are never issued twice);
- the exchange's records (0009) are kept as they were made: an outbox batch (its decisions,
  its manifest with the audit head it carried, its stored signature), which decision went out
  in which batch, and each inbox submission seen are never changed nor deleted (a retention
  purge does not rewrite what was sent, and a deleted submission could be imported again).

A later migration that rebuilds one of these tables (SQLite batch mode copies the table)
drops its triggers with it and must create them again; test_audit_insider checks they exist.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

PURGED = "EXISTS (SELECT 1 FROM case_events WHERE case_id = {case} AND kind = 'case_purged')"
DECISION_RECORDED = (
    "id", "case_id", "recommendation", "reasoning", "entries", "validity_days", "stay_days",
    "requested_documents", "reply_by", "interview_at", "interview_place", "check_run_id",
    "facts_digest", "checks_current", "status_before", "warnings", "recommended_by",
    "recommended_at", "needs_sign_off",
)
DECISION_SIGN_OFF = ("state", "sign_off", "signed_off_by", "signed_off_at", "sign_off_reason")
DOCUMENT_RECORDED = ("id", "case_id", "position", "doc_type", "source_path", "created_at")
DOCUMENT_CONTENT = (
    "sha256", "size_bytes", "media_type", "attached_by", "attached_at", "original_name",
)
DOCUMENT_VERIFICATION = ("verification", "verified_by", "verified_at", "verification_reason")
DOCUMENT_REMOVAL = ("removed_at", "removed_by", "removed_reason")
# The exchange's tables (0009), kept whole: (table, why in the refusal).
EXCHANGE_KEPT = (
    ("outbox_batches", "an outbox batch is kept exactly as it was sent"),
    ("outbox_items", "which decision went out in which batch is kept"),
    ("inbox_submissions", "an inbox submission seen is kept"),
)


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


def _abort(name: str, table: str, when: str, message: str, on: str = "UPDATE") -> str:
    return (
        f"CREATE TRIGGER {name} BEFORE {on} ON {table} WHEN {when}\n"
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


SQLITE_TRIGGERS = (
    _abort(
        "issued_letters_no_delete", "issued_letters", "NOT " + PURGED.format(case="OLD.case_id"),
        "issued letters are deleted only by a retention purge of their case: DELETE refused",
        on="DELETE",
    ),
    _abort(
        "decisions_recorded_no_update", "decisions", _changed(DECISION_RECORDED),
        "a decision''s recommendation, grounds and reasoning are immutable: UPDATE refused",
    ),
    _abort(
        "decisions_sign_off_once", "decisions",
        f"OLD.state <> 'awaiting_sign_off' AND ({_changed(DECISION_SIGN_OFF)})",
        "a decision is signed off once, while it awaits a sign-off: UPDATE refused",
    ),
    _abort(
        "decisions_no_delete", "decisions", "NOT " + PURGED.format(case="OLD.case_id"),
        "decisions are deleted only by a retention purge of their case: DELETE refused",
        on="DELETE",
    ),
    _abort(
        "decision_grounds_no_update", "decision_grounds", "1",
        "a decision''s grounds are immutable: UPDATE refused",
    ),
    _abort(
        "decision_grounds_no_delete", "decision_grounds",
        "EXISTS (SELECT 1 FROM decisions d WHERE d.id = OLD.decision_id AND NOT "
        + PURGED.format(case="d.case_id") + ")",
        "a decision''s grounds are deleted only by a retention purge of its case: DELETE refused",
        on="DELETE",
    ),
    _abort(
        "case_documents_recorded_no_update", "case_documents", _changed(DOCUMENT_RECORDED),
        "a document''s case, type and place are immutable: UPDATE refused",
    ),
    _abort(
        "case_documents_content_once", "case_documents",
        f"OLD.sha256 IS NOT NULL AND ({_changed(DOCUMENT_CONTENT)})",
        "a document''s content is set once, when its file is attached: UPDATE refused",
    ),
    _abort(
        "case_documents_removed_once", "case_documents",
        f"OLD.removed_at IS NOT NULL AND ({_changed(DOCUMENT_REMOVAL + DOCUMENT_VERIFICATION)})",
        "a removed document changes no more: UPDATE refused",
    ),
    _abort(
        "case_documents_no_delete", "case_documents", "NOT " + PURGED.format(case="OLD.case_id"),
        "documents are deleted only by a retention purge of their case (others are removed, "
        "and kept): DELETE refused",
        on="DELETE",
    ),
    _abort(
        "audit_head_forward_only", "audit_head",
        "NEW.id IS NOT OLD.id OR NEW.last_event_id < OLD.last_event_id"
        " OR NEW.last_hash IS NOT (SELECT hash FROM case_events WHERE id = NEW.last_event_id)"
        " OR EXISTS (SELECT 1 FROM case_events WHERE id > NEW.last_event_id)",
        "the audit head moves only forward, to the newest event: UPDATE refused",
    ),
    _abort(
        "audit_head_no_delete", "audit_head", "1",
        "the audit head is never deleted: DELETE refused", on="DELETE",
    ),
    _abort(
        "letter_counters_forward_only", "letter_counters",
        "NEW.last_number < OLD.last_number OR NEW.post_code IS NOT OLD.post_code"
        " OR NEW.year IS NOT OLD.year",
        "letter numbers only go forward: UPDATE refused",
    ),
    _abort(
        "letter_counters_no_delete", "letter_counters", "1",
        "letter counters are kept (a number is never issued twice): DELETE refused",
        on="DELETE",
    ),
    *(
        _abort(f"{table}_no_{event.lower()}", table, "1", f"{what}: {event} refused", on=event)
        for table, what in EXCHANGE_KEPT
        for event in ("UPDATE", "DELETE")
    ),
)
SQLITE_NAMES = tuple(t.split()[2] for t in SQLITE_TRIGGERS)


def _array(columns: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{c}'" for c in columns) + "]::text[]"


POSTGRES_FUNCTIONS = (
    f"""CREATE FUNCTION kvisa_case_purged(purged integer) RETURNS boolean LANGUAGE sql STABLE
       AS $$ SELECT {PURGED.format(case="purged")} $$""",
    """CREATE FUNCTION kvisa_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION '%: % refused', TG_ARGV[0], TG_OP; END $$""",
    """CREATE FUNCTION kvisa_delete_only_purged() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NOT kvisa_case_purged(OLD.case_id) THEN
           RAISE EXCEPTION '% are deleted only by a retention purge of their case: DELETE refused',
             TG_ARGV[0];
         END IF;
         RETURN OLD;
       END $$""",
    """CREATE FUNCTION kvisa_grounds_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM decisions d WHERE d.id = OLD.decision_id
                    AND NOT kvisa_case_purged(d.case_id)) THEN
           RAISE EXCEPTION 'a decision''s grounds are deleted only by a retention purge of its case: DELETE refused';
         END IF;
         RETURN OLD;
       END $$""",
    f"""CREATE FUNCTION kvisa_decisions_update() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE sign_off text[] := {_array(DECISION_SIGN_OFF)};
       BEGIN
         IF (to_jsonb(NEW) - sign_off) IS DISTINCT FROM (to_jsonb(OLD) - sign_off) THEN
           RAISE EXCEPTION 'a decision''s recommendation, grounds and reasoning are immutable: UPDATE refused';
         END IF;
         IF OLD.state <> 'awaiting_sign_off' AND to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
           RAISE EXCEPTION 'a decision is signed off once, while it awaits a sign-off: UPDATE refused';
         END IF;
         RETURN NEW;
       END $$""",
    f"""CREATE FUNCTION kvisa_documents_update() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         content text[] := {_array(DOCUMENT_CONTENT)};
         later text[] := {_array(DOCUMENT_VERIFICATION + DOCUMENT_REMOVAL)};
       BEGIN
         IF (to_jsonb(NEW) - content - later) IS DISTINCT FROM (to_jsonb(OLD) - content - later)
         THEN
           RAISE EXCEPTION 'a document''s case, type and place are immutable: UPDATE refused';
         END IF;
         IF OLD.sha256 IS NOT NULL AND (to_jsonb(NEW) - later) IS DISTINCT FROM
             (to_jsonb(OLD) - later) THEN
           RAISE EXCEPTION 'a document''s content is set once, when its file is attached: UPDATE refused';
         END IF;
         IF OLD.removed_at IS NOT NULL AND to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
           RAISE EXCEPTION 'a removed document changes no more: UPDATE refused';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE FUNCTION kvisa_audit_head_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.id IS DISTINCT FROM OLD.id OR NEW.last_event_id < OLD.last_event_id
            OR NEW.last_hash IS DISTINCT FROM
               (SELECT hash FROM case_events WHERE id = NEW.last_event_id)
            OR EXISTS (SELECT 1 FROM case_events WHERE id > NEW.last_event_id) THEN
           RAISE EXCEPTION 'the audit head moves only forward, to the newest event: UPDATE refused';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE FUNCTION kvisa_letter_counter_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.last_number < OLD.last_number OR NEW.post_code IS DISTINCT FROM OLD.post_code
            OR NEW.year IS DISTINCT FROM OLD.year THEN
           RAISE EXCEPTION 'letter numbers only go forward: UPDATE refused';
         END IF;
         RETURN NEW;
       END $$""",
)
# (trigger, table, timing and events, function call)
POSTGRES_TRIGGERS = (
    ("issued_letters_no_delete", "issued_letters", "DELETE",
     "kvisa_delete_only_purged('issued letters')"),
    ("decisions_update", "decisions", "UPDATE", "kvisa_decisions_update()"),
    ("decisions_no_delete", "decisions", "DELETE", "kvisa_delete_only_purged('decisions')"),
    ("decision_grounds_no_update", "decision_grounds", "UPDATE",
     "kvisa_refuse('a decision''s grounds are immutable')"),
    ("decision_grounds_no_delete", "decision_grounds", "DELETE", "kvisa_grounds_delete()"),
    ("case_documents_update", "case_documents", "UPDATE", "kvisa_documents_update()"),
    ("case_documents_no_delete", "case_documents", "DELETE",
     "kvisa_delete_only_purged('documents')"),
    ("audit_head_update", "audit_head", "UPDATE", "kvisa_audit_head_update()"),
    ("audit_head_no_delete", "audit_head", "DELETE",
     "kvisa_refuse('the audit head is never deleted')"),
    ("letter_counters_update", "letter_counters", "UPDATE", "kvisa_letter_counter_update()"),
    ("letter_counters_no_delete", "letter_counters", "DELETE",
     "kvisa_refuse('letter counters are kept')"),
    *(
        (f"{table}_kept", table, "UPDATE OR DELETE", f"kvisa_refuse('{what}')")
        for table, what in EXCHANGE_KEPT
    ),
)
# Statement triggers: TRUNCATE skips row triggers, so it is refused on every guarded table.
POSTGRES_NO_TRUNCATE = (
    "issued_letters", "decisions", "decision_grounds", "case_documents", "audit_head",
    "letter_counters", *(table for table, _what in EXCHANGE_KEPT),
)
POSTGRES_FUNCTION_NAMES = (
    "kvisa_refuse()", "kvisa_delete_only_purged()", "kvisa_grounds_delete()",
    "kvisa_decisions_update()", "kvisa_documents_update()", "kvisa_audit_head_update()",
    "kvisa_letter_counter_update()", "kvisa_case_purged(integer)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        return
    for statement in POSTGRES_FUNCTIONS:
        op.execute(statement)
    for name, table, events, call in POSTGRES_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {call}"
        )
    for table in POSTGRES_NO_TRUNCATE:
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION kvisa_refuse('{table} are kept')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for name in SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    for name, table, _events, _call in POSTGRES_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for table in POSTGRES_NO_TRUNCATE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    for function in POSTGRES_FUNCTION_NAMES:
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
