"""Issue 18 item 8 replayed: an insider with the database file (or the owner role) edits it.

Recorded content is refused by the database itself; what an insider can still do by
dropping the triggers is found by `audit verify`: state against history, and the chain
against a signed checkpoint kept outside the database.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import DBAPIError

from kvisa_desk.cli.context import CliContext
from kvisa_desk.cli.main import build_parser, dispatch
from kvisa_desk.core.accounts.audit import event_hash, verify_chain
from kvisa_desk.core.accounts.audit_state import check_state
from kvisa_desk.core.applications.importer import import_records
from kvisa_desk.core.applications.readers import RawRecord
from kvisa_desk.core.decisions.letter_certs import generate_certificate
from kvisa_desk.core.decisions.letters import IssuedLetter, issue_letter
from kvisa_desk.core.documents.attach import attach_document
from kvisa_desk.core.documents.reading import list_documents
from kvisa_desk.core.exchange.outbox import export_batch
from kvisa_desk.core.post.retention import plan_purge, purge
from kvisa_desk.store.base import table_of, utcnow
from kvisa_desk.store.engine import Database
from kvisa_desk.store.models import Case, CaseEvent
from kvisa_desk.store.models.exchange import InboxSubmission, OutboxBatch
from tests.decisions.decisions_support import make_case, refused_case
from tests.documents.documents_support import image_bytes, write
from tests.exchange.exchange_support import decided_post
from tests.samples import application

pytestmark = pytest.mark.backend

SUPERVISOR = "supervisor.s"


@dataclass(frozen=True)
class Scene:
    refused: int  # refused, signed off, its letter issued
    other: int  # received, a photo attached
    third: int  # received, another photo attached
    letter: IssuedLetter
    photo_of_third: int


def _scene(db: Database, folder: Path) -> Scene:
    other = make_case(db, folder, "KV-INS-2", documents=[])
    third = make_case(db, folder, "KV-INS-3", documents=[])
    attach_document(db, "officer.a", other, write(folder, "a.jpg", image_bytes("JPEG")), "photo")
    photo = write(folder, "b.jpg", image_bytes("JPEG", (90, 70)))
    attach_document(db, "officer.a", third, photo, "photo")
    refused, _ = refused_case(db, folder, "KV-INS-1")
    letter = issue_letter(db, "officer.a", refused)
    (doc,) = list_documents(db, "officer.a", third)
    return Scene(refused, other, third, letter, doc.document_id)


def _cli(db: Database, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = build_parser().parse_args(["--db-url", db.url, "--user", user, *argv])
    code = dispatch(CliContext(args, out=out, err=err))
    return code, out.getvalue(), err.getvalue()


def _drop(owner: Engine, *triggers: tuple[str, str]) -> None:
    """What whoever holds the SQLite file, or the owner role, can do: (trigger, table)."""
    with owner.begin() as conn:
        for trigger, table in triggers:
            on = f" ON {table}" if owner.dialect.name == "postgresql" else ""
            conn.execute(text(f"DROP TRIGGER {trigger}{on}"))


def _chain_triggers(owner: Engine) -> tuple[tuple[str, str], ...]:
    head = "audit_head_update" if owner.dialect.name == "postgresql" else "audit_head_forward_only"
    if owner.dialect.name == "postgresql":
        return (("case_events_append_only", "case_events"), (head, "audit_head"))
    return (
        ("case_events_no_update", "case_events"),
        ("case_events_no_delete", "case_events"),
        (head, "audit_head"),
    )


def _rechain(owner: Engine, from_id: int) -> None:
    """Recompute every hash from FROM_ID on and the head, as an editor of the file would."""
    events = table_of(CaseEvent)
    with owner.begin() as conn:
        prev = conn.execute(
            select(events.c.hash).where(events.c.id < from_id).order_by(events.c.id.desc()).limit(1)
        ).scalar_one()
        rows = conn.execute(select(events).where(events.c.id >= from_id).order_by(events.c.id))
        last = from_id
        for row in list(rows):
            digest = event_hash(
                prev, row.id, row.case_id, row.officer, row.occurred_at, row.kind, dict(row.details)
            )
            conn.execute(
                update(events).where(events.c.id == row.id).values(prev_hash=prev, hash=digest)
            )
            prev, last = digest, row.id
        conn.execute(
            text("UPDATE audit_head SET last_event_id = :i, last_hash = :h"), {"i": last, "h": prev}
        )


def test_an_untouched_database_verifies_whole(db: Database, tmp_path: Path) -> None:
    _scene(db, tmp_path)
    code, out, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert (code, err) == (0, "")
    assert "audit chain intact" in out and "state agrees with history: 3 cases compared" in out


def test_a_status_changed_behind_the_application_is_named(db: Database, tmp_path: Path) -> None:
    scene = _scene(db, tmp_path)
    with db.engine.begin() as conn:  # the officers' role may write cases: no trigger stops this
        conn.execute(text("UPDATE cases SET status = 'approved' WHERE id = :c"), {"c": scene.other})
    code, out, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert code == 1 and "audit chain intact" in out
    assert f"case C{scene.other:07d}: its status is approved, but the last event that set it" in err
    assert "says received" in err and "1 disagreements" in err


GUARDED = [
    ("DELETE FROM issued_letters", "retention purge"),
    ("UPDATE issued_letters SET reference = 'LON-K-2026-999999'", "immutable"),
    ("UPDATE decisions SET reasoning = 'nothing'", "immutable"),
    ("UPDATE decisions SET recommendation = 'approve'", "immutable"),
    ("UPDATE decisions SET sign_off = 'return'", "signed off once"),
    ("DELETE FROM decisions", "retention purge"),
    ("UPDATE decision_grounds SET outcome = 'fail'", "immutable"),
    ("DELETE FROM decision_grounds", "retention purge"),
    ("UPDATE case_documents SET sha256 = (SELECT max(sha256) FROM case_documents)", "set once"),
    ("UPDATE case_documents SET case_id = case_id + 1 WHERE sha256 IS NOT NULL", "immutable"),
    ("DELETE FROM case_documents", "retention purge"),
    ("UPDATE audit_head SET last_event_id = last_event_id - 1", "forward"),
    ("DELETE FROM audit_head", "never deleted"),
    ("UPDATE letter_counters SET last_number = 0", "forward"),
    ("DELETE FROM letter_counters", "kept"),
]


def test_recorded_content_is_refused_by_the_database(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    _scene(db, tmp_path)
    statements = list(GUARDED)
    if owner_engine.dialect.name == "postgresql":
        tables = ("issued_letters", "decisions", "decision_grounds", "case_documents")
        statements += [(f"TRUNCATE {t} CASCADE", "refused") for t in tables]
    for statement, words in statements:
        for engine in (owner_engine, db.engine):  # the owner's triggers; the officers' role
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text(statement))
            if engine is owner_engine:
                assert words in str(refused.value), statement
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert (code, err) == (0, "")


EXCHANGE_KEPT = [
    ("UPDATE outbox_batches SET signature = manifest", "kept exactly as it was sent"),
    ("UPDATE outbox_batches SET audit_event_id = audit_event_id - 1", "kept exactly as it was"),
    ("DELETE FROM outbox_batches", "kept exactly as it was sent"),
    ("UPDATE outbox_items SET letter_id = NULL", "which decision went out"),
    ("DELETE FROM outbox_items", "which decision went out"),  # else it would go out again
    ("UPDATE inbox_submissions SET rejected = 0", "submission seen is kept"),
    ("DELETE FROM inbox_submissions", "submission seen is kept"),  # else imported again
]


def test_what_the_exchange_recorded_is_kept(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    decided_post(db, tmp_path / "work")
    assert export_batch(db, "officer.a", tmp_path / "out") is not None
    with db.write() as session:
        session.add(
            InboxSubmission(
                sha256="a" * 64,
                name="x.jsonl",
                claimed_as="claimed/m/x.jsonl",
                machine="m",
                officer="officer.a",
                rejected=1,
                positions={},
            )
        )
    statements = list(EXCHANGE_KEPT)
    if owner_engine.dialect.name == "postgresql":
        tables = ("outbox_batches", "outbox_items", "inbox_submissions")
        statements += [(f"TRUNCATE {t} CASCADE", "kept: TRUNCATE refused") for t in tables]
    for statement, words in statements:
        for engine in (owner_engine, db.engine):
            with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
                conn.execute(text(statement))
            if engine is owner_engine:
                assert words in str(refused.value), statement
    with db.read() as session:
        kept = session.scalars(select(OutboxBatch)).one()
        assert (
            kept.signature != kept.manifest
            and session.scalar(select(InboxSubmission.rejected)) == 1
        )


def test_a_letter_deleted_behind_the_application_is_named(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    scene = _scene(db, tmp_path)
    _drop(owner_engine, ("issued_letters_no_delete", "issued_letters"))
    with owner_engine.begin() as conn:
        conn.execute(text("DELETE FROM issued_letters"))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(scene.letter.pdf)
    assert "never issued here" in _cli(db, "officer.b", "verify-letter", str(pdf))[2]
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert code == 1
    assert f"case C{scene.refused:07d}: letter {scene.letter.reference} (event " in err
    assert "is missing: it was deleted behind the application" in err


def test_a_photo_pointed_at_another_cases_file_is_named(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    scene = _scene(db, tmp_path)
    content = (
        ("case_documents_update", "case_documents")
        if owner_engine.dialect.name == "postgresql"
        else ("case_documents_content_once", "case_documents")
    )
    _drop(owner_engine, content)
    with owner_engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE case_documents SET sha256 = (SELECT sha256 FROM case_documents "
                "WHERE case_id = :o AND sha256 IS NOT NULL) WHERE id = :d"
            ),
            {"o": scene.other, "d": scene.photo_of_third},
        )
    # Every stored file is whole, but the photo is not the content its event attached.
    code, out, _ = _cli(db, SUPERVISOR, "documents", "verify")
    assert code == 1 and "1 damaged, missing or not as attached, in 1 case(s)" in out
    assert (
        f"case C{scene.third:07d}: document {scene.photo_of_third} (photo) points at other "
        "content than event"
    ) in out
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert code == 1
    assert (
        f"case C{scene.third:07d}: document {scene.photo_of_third} (photo) points at other "
        "content than event"
    ) in err


def test_a_listed_document_completed_with_another_cases_file_is_named(
    db: Database, tmp_path: Path
) -> None:
    """No trigger to drop: a listed document's content is set once, and the officers' role
    may set it; only the trail says no event attached it."""
    scene = _scene(db, tmp_path)
    record = application("KV-INS-5", documents=[{"type": "photo", "file": "never/came.jpg"}])
    # Records read without their folder: the listed photo has a row, its file never came.
    report = import_records(db, [RawRecord("[0]", record)], "officer.a", "listed.json")
    assert report.first_case_id is not None
    listed = int(report.first_case_id)
    with db.engine.begin() as conn:
        changed = conn.execute(
            text(
                "UPDATE case_documents SET sha256 = (SELECT sha256 FROM case_documents "
                "WHERE case_id = :o AND sha256 IS NOT NULL), size_bytes = 1, "
                "media_type = 'image/jpeg' WHERE case_id = :c AND sha256 IS NULL"
            ),
            {"o": scene.other, "c": listed},
        )
        assert changed.rowcount == 1
    code, out, _ = _cli(db, SUPERVISOR, "documents", "verify")
    assert code == 1 and f"case C{listed:07d}: document " in out
    assert "(photo) has content that no event attached" in out
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert code == 1 and "(photo) has content that no event attached" in err


def _checkpoint(db: Database, folder: Path) -> Path:
    generate_certificate(db, "test.admin", "LON")
    out = folder / "head.json"
    code, said, err = _cli(db, SUPERVISOR, "audit", "checkpoint", "--out", str(out))
    assert (code, err) == (0, "") and "signed for post LON" in said
    return out


def test_a_chain_rewritten_with_recomputed_hashes_is_caught_against_a_checkpoint(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    _scene(db, tmp_path)
    kept = _checkpoint(db, tmp_path)
    assert _cli(db, SUPERVISOR, "audit", "verify", "--against", str(kept))[0] == 0
    _drop(owner_engine, *_chain_triggers(owner_engine))
    with db.read() as session:  # an event no case's state depends on: only the chain knows it
        target = session.scalar(
            select(CaseEvent.id).where(CaseEvent.kind == "login").order_by(CaseEvent.id).limit(1)
        )
    assert target is not None
    with owner_engine.begin() as conn:
        conn.execute(
            text("UPDATE case_events SET officer = 'mallory' WHERE id = :i"), {"i": target}
        )
    _rechain(owner_engine, target)
    assert verify_chain(db).ok and check_state(db).ok  # the file alone cannot tell
    code, out, err = _cli(db, SUPERVISOR, "audit", "verify", "--against", str(kept))
    assert code == 1 and "audit chain intact" in out
    assert f"checkpoint {kept} NOT HELD" in err and "has another hash now" in err


def test_newest_events_deleted_with_the_head_moved_are_caught(
    db: Database, tmp_path: Path, owner_engine: Engine
) -> None:
    _scene(db, tmp_path)
    kept = _checkpoint(db, tmp_path)
    _drop(owner_engine, *_chain_triggers(owner_engine))
    with owner_engine.begin() as conn:
        top = conn.execute(text("SELECT max(id) FROM case_events")).scalar_one()
        conn.execute(text("DELETE FROM case_events WHERE id > :t"), {"t": top - 3})
        conn.execute(
            text(
                "UPDATE audit_head SET last_event_id = e.id, last_hash = e.hash FROM "
                "(SELECT id, hash FROM case_events ORDER BY id DESC LIMIT 1) AS e"
            )
        )
    assert verify_chain(db).ok
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify", "--against", str(kept))
    assert code == 1 and "is no longer in the trail: events were deleted" in err


def test_checkpoints_are_signed_kept_and_not_for_officers(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "head.json"
    code, _, err = _cli(db, SUPERVISOR, "audit", "checkpoint", "--out", str(out))
    assert code == 4 and "no post has a letter certificate" in err and not out.exists()
    kept = _checkpoint(db, tmp_path)
    assert _cli(db, "officer.a", "audit", "checkpoint", "--out", str(tmp_path / "o.json"))[0] == 3
    assert _cli(db, "test.admin", "audit", "checkpoint", "--out", str(tmp_path / "a.json"))[0] == 0
    again = _cli(db, SUPERVISOR, "audit", "checkpoint", "--out", str(kept))
    assert again[0] == 2 and "checkpoints are kept" in again[2]
    document = json.loads(kept.read_text(encoding="utf-8"))
    assert document["statement"]["events"] >= document["statement"]["event_id"] > 0
    with db.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).order_by(CaseEvent.id)))
    assert kinds.count("audit_checkpoint") == 2  # the officer's attempt left nothing
    # A statement edited after signing (a head made to match a rewritten chain).
    document["statement"]["hash"] = "0" * 64
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify", "--against", str(kept), str(forged))
    assert code == 1 and "its signature does not verify" in err
    garbage = write(tmp_path, "garbage.json", b"\xff\xfe not json")
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify", "--against", str(garbage))
    assert code == 2 and "not an audit checkpoint of KVisa Desk" in err


def test_a_purge_agrees_with_history_and_a_case_deleted_behind_it_does_not(
    db: Database, tmp_path: Path
) -> None:
    scene = _scene(db, tmp_path)
    bare = make_case(db, tmp_path, "KV-INS-4", documents=[])
    with db.write() as session:
        cases = table_of(Case)
        session.execute(
            update(cases)
            .where(cases.c.id == scene.refused)
            .values(updated_at=utcnow().replace(year=2000))
        )
    code, _, _ = _cli(db, "test.admin", "retention", "purge", "--yes")
    assert code == 0 and plan_purge(db, "test.admin").case_ids == ()
    assert purge(db, "test.admin", plan_purge(db, "test.admin")) == 0
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert (code, err) == (0, ""), err
    with db.engine.begin() as conn:  # a case with nothing guarded under it goes quietly
        conn.execute(text("DELETE FROM cases WHERE id = :c"), {"c": bare})
    code, _, err = _cli(db, SUPERVISOR, "audit", "verify")
    assert code == 1 and f"case C{bare:07d}: it has recorded events but is not in the" in err


def test_the_guarding_triggers_exist_at_head(owner_engine: Engine) -> None:
    with owner_engine.connect() as conn:
        if owner_engine.dialect.name == "postgresql":
            names = set(conn.execute(text("SELECT tgname FROM pg_trigger")).scalars())
            expected = {"issued_letters_no_delete", "decisions_update", "case_documents_update"}
            expected |= {"audit_head_update", "case_events_append_only", "issued_letters_immutable"}
        else:
            names = set(
                conn.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
            expected = {"issued_letters_no_delete", "decisions_recorded_no_update"}
            expected |= {"decisions_sign_off_once", "case_documents_content_once"}
            expected |= {
                "audit_head_forward_only",
                "case_events_no_update",
                "case_events_no_delete",
            }
    assert expected <= names


def test_a_demo_database_agrees_with_its_history(db: Database) -> None:
    from kvisa_desk.demo.cases import load_demo_cases

    load_demo_cases(db, 80, 3, "test.officer")  # bulk statuses, specimens and verifications
    report = check_state(db)
    assert report.ok and report.cases >= 80, report.first
    with db.engine.begin() as conn:  # a specimen marked verified behind the application
        conn.execute(
            text(
                "UPDATE case_documents SET verification = 'suspected_fraudulent' WHERE id = "
                "(SELECT min(id) FROM case_documents)"
            )
        )
    found = check_state(db)
    assert found.disagreements == 1 and found.first is not None
    assert "is suspected_fraudulent, but event" in found.first.message
