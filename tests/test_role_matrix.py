"""Every core service that acts for someone, called as each kind of account: which refuse.

The table below is the whole expectation. "yes" means the service does not refuse that
account (it may still say no for another reason: a conflict, a missing case); "no" means
it raises PermissionRefused. Columns: an officer, a supervisor, an administrator, an
account an administrator switched off, and an officer who has not yet changed the password
an administrator set. A guard test fails when a public core function taking `actor`
appears that is neither in the table nor in EXEMPT with its reason.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import update

from kvisa_desk.core.accounts import accounts, audit_view
from kvisa_desk.core.applications import importer
from kvisa_desk.core.applications.readers import FileRefused
from kvisa_desk.core.cases import editing, notes, search, workflow, worklist
from kvisa_desk.core.cases.cases import case_as_json, case_detail, iter_cases, open_case_detail
from kvisa_desk.core.checks import fields, review, revision_changes, runs
from kvisa_desk.core.checks import report as check_report
from kvisa_desk.core.decisions import decisions, letters
from kvisa_desk.core.documents import attach, checklist, integrity, reading, status
from kvisa_desk.core.errors import PermissionRefused, ServiceError
from kvisa_desk.core.post import backup, institution_aliases, post_keys, registry, retention
from kvisa_desk.core.post import settings as post_settings
from kvisa_desk.core.reports import bundle, dashboard, exports, summary
from kvisa_desk.core.startup import open_database
from kvisa_desk.demo.cases import load_demo_cases
from kvisa_desk.store.engine import Database, sqlite_url
from kvisa_desk.store.models import Officer
from tests.conftest import TEST_PASSWORD, copy_database_file
from tests.decisions.decisions_support import REFUSAL_REASONING, checked_case, refused_case
from tests.samples import application, write_json

ACCOUNTS = {
    "officer": "officer.a",
    "supervisor": "supervisor.s",
    "admin": "test.admin",
    "inactive": "switched.off",
    "forced": "forced.change",
}

MATRIX = """
service                                        officer  supervisor  admin  inactive  forced
accounts.accounts.add_account                  no       no          yes    no        no
accounts.accounts.set_password                 no       no          yes    no        no
accounts.accounts.update_account               no       no          yes    no        no
accounts.accounts.reactivate_account           no       no          yes    no        no
accounts.roster.account_rows                   no       no          yes    no        no
accounts.roster.unlock_account                 no       no          yes    no        no
applications.importer.import_file              yes      yes         no     no        no
applications.importer.import_records           yes      yes         no     no        no
demo.cases.load_demo_cases                     yes      yes         no     no        no
cases.cases.case_as_json                       yes      yes         no     no        no
cases.cases.open_case_detail                   yes      yes         no     no        no
cases.cases.iter_cases                         yes      yes         no     no        no
cases.worklist.worklist_page                   yes      yes         no     no        no
cases.worklist.count_worklist                  yes      yes         no     no        no
cases.worklist.ranked_case_ids                 yes      yes         no     no        no
cases.worklist.queue_counts                    yes      yes         no     no        no
cases.search.search_case_ids                   yes      yes         no     no        no
cases.written_elsewhere.written_since          yes      yes         no     no        no
cases.search.find_case_ids                     yes      yes         no     no        no
cases.search.find_cases                        yes      yes         no     no        no
cases.editing.save_case_edits                  yes      yes         no     no        no
cases.workflow.change_status                   yes      yes         no     no        no
cases.workflow.assign_case                     yes      yes         no     no        no
cases.workflow.assign_cases                    yes      yes         no     no        no
cases.notes.add_note                           yes      yes         no     no        no
checks.runs.check_cases                        yes      yes         no     no        no
checks.report.run_case_checks                  yes      yes         no     no        no
checks.report.check_many                       yes      yes         no     no        no
checks.review.override_result                  yes      yes         no     no        no
checks.fields.confirm_field_code               yes      yes         no     no        no
documents.attach.attach_document               yes      yes         no     no        no
documents.attach.attach_stream                 yes      yes         no     no        no
documents.status.set_verification              yes      yes         no     no        no
documents.status.remove_document               yes      yes         no     no        no
documents.reading.list_documents               yes      yes         no     no        no
documents.reading.get_document                 yes      yes         no     no        no
documents.reading.read_document                yes      yes         no     no        no
documents.reading.export_document              yes      yes         no     no        no
documents.reading.document_image_preview       yes      yes         no     no        no
documents.reading.case_photo_document          yes      yes         no     no        no
documents.checklist.case_checklist             yes      yes         no     no        no
documents.integrity.sweep_unreferenced_content no       no          yes    no        no
accounts.account_flags.flag_report             no       yes         yes    no        no
decisions.decisions.case_decisions             yes      yes         no     no        no
decisions.decisions.awaiting_sign_off          yes      yes         no     no        no
decisions.decisions.recommend                  yes      yes         no     no        no
decisions.decisions.sign_off                   no       yes         no     no        no
decisions.letters.issue_letter                 yes      yes         no     no        no
decisions.letters.letter_plan                  yes      yes         no     no        no
decisions.issued_letters.case_letters          yes      yes         no     no        no
decisions.issued_letters.load_letter           yes      yes         no     no        no
decisions.issued_letters.reprint               yes      yes         no     no        no
decisions.issued_letters.save_letter_copy      yes      yes         no     no        no
decisions.issued_letters.print_to_queue        yes      yes         no     no        no
decisions.letter_verification.verify_letter    yes      yes         no     no        no
reports.summary.export_case_summary            yes      yes         no     no        no
reports.bundle.make_bundle                     yes      yes         no     no        no
reports.exports.export_worklist                yes      yes         no     no        no
reports.dashboard.dashboard_for                yes      yes         no     no        no
reports.report.post_figures                    yes      yes         no     no        no
reports.report.export_dashboard_report         yes      yes         no     no        no
decisions.desk.decision_desk                   yes      yes         no     no        no
post.settings.update_post_settings             no       yes         no     no        no
post.registry.set_tier                         no       yes         no     no        no
post.registry.add_institution                  no       yes         no     no        no
post.registry.merge_institutions               no       yes         no     no        no
checks.revision_changes.changes_by_revision    yes      yes         no     no        no
checks.revision_changes.iter_changes           yes      yes         no     no        no
checks.revision_changes.change_for_case        yes      yes         no     no        no
post.institution_aliases.add_alias             no       yes         no     no        no
post.institution_aliases.remove_alias          no       yes         no     no        no
accounts.audit_view.count_events               no       yes         yes    no        no
accounts.audit_view.events_page                no       yes         yes    no        no
accounts.audit_view.audit_choices              no       yes         yes    no        no
accounts.audit_view.verify_audit               no       yes         yes    no        no
accounts.audit_view.export_audit               no       yes         yes    no        no
reports.audit_checkpoint.write_checkpoint      no       yes         yes    no        no
post.db_roles.set_up_roles                     no       no          yes    no        no
post.retention.plan_purge                      no       no          yes    no        no
post.retention.purge                           no       no          yes    no        no
post.backup.backup_database                    no       no          yes    no        no
post.post_keys.generate_post_key               no       no          yes    no        no
post.post_keys.export_post_key                 no       no          yes    no        no
post.post_keys.import_post_key                 no       no          yes    no        no
post.post_keys.post_key_state                  no       no          yes    no        no
decisions.letter_certs.generate_certificate    no       no          yes    no        no
decisions.letter_certs.import_certificate      no       no          yes    no        no
decisions.letter_certs.remove_certificate      no       no          yes    no        no
decisions.letter_certs.post_certificates       yes      yes         yes    no        no
exchange.inbox.run_inbox_pass                  yes      yes         no     no        no
exchange.outbox.export_batch                   yes      yes         no     no        no
exchange.outbox.rewrite_batch                  yes      yes         no     no        no
exchange.verify.recorded_certificates_for      yes      yes         yes    no        no
"""

# Public core functions taking `actor` that are deliberately not in the table, and why.
EXEMPT = {
    "post.encryption.leave_new_database_plain": "only before the first account exists (it "
    "refuses a file with one): the first administrator's choice in the first-run dialog",
    "accounts.accounts.create_account": "works in the caller's transaction; its callers check "
    "(add_account, `user add`, the first administrator of a new database)",
    "accounts.history.record_event": "the audit service itself: records who acted",
    "accounts.history.record_events": "the audit service itself: records who acted",
    "documents.listed.listed_documents_for_import": "a step of import_records, which checks",
    "documents.listed.record_attached_events": "a step of import_records, which checks",
    "demo.specimens.attach_demo_specimens": "a step of load_demo_cases, which checks",
    "demo.status.apply_plans": "a step of load_demo_cases, which checks",
    "demo.status.ensure_demo_officers": "a step of load_demo_cases, which checks",
    "demo.checked.check_demo_cases": "a step of load_demo_cases, which checks",
    "decisions.letter_certs.ensure_demo_certificates": "a step of load_demo_cases, which checks",
    "demo.posts.name_demo_posts": "a step of load_demo_cases, which checks",
    "post.settings.name_post_if_unnamed": "works in the caller's transaction (name_demo_posts, "
    "a step of load_demo_cases, which checks)",
    "documents.integrity.collect_unreferenced_content": "housekeeping as `system`: removes only "
    "stored content that no document refers to",
    "startup.open_database": "start-up, before anyone signs in: creates or upgrades the schema",
    "reports.dashboard.sees_refusal_rates": "answers whether, refuses nothing (asserted below)",
    "post.encryption.encrypt_database": "converts the whole file (not this module's shared "
    "one): administrators only, refusals in tests/test_data_at_rest.py",
    "post.encryption.decrypt_database": "converts the whole file (not this module's shared "
    "one): administrators only, refusals in tests/test_data_at_rest.py",
}


def _table() -> dict[str, dict[str, bool]]:
    lines = [line.split() for line in MATRIX.strip().splitlines()]
    header, rows = lines[0][1:], lines[1:]
    assert header == list(ACCOUNTS)
    return {row[0]: {h: v == "yes" for h, v in zip(header, row[1:], strict=True)} for row in rows}


EXPECTED = _table()


# -- one worked database for the whole module ----------------------------------------------


@dataclass
class World:
    db: Database
    folder: Path
    case_id: int  # imported and checked, its documents attached
    refused_case_id: int  # refused, signed off, its letter issued
    letter: letters.IssuedLetter
    institution_id: int
    db_file: Path

    def new_path(self, suffix: str) -> Path:
        return self.folder / f"{uuid.uuid4().hex[:10]}{suffix}"

    def fresh_case(self, **changes: Any) -> int:
        return checked_case(self.db, self.folder, f"KV-RM-{uuid.uuid4().hex[:8]}", **changes)

    def fresh_document(self) -> int:
        attached = attach.attach_stream(
            self.db, "officer.a", self.case_id, io.BytesIO(png()), "photo.png", "photo"
        )
        return attached.document.document_id


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), (int(uuid.uuid4().int % 200), 120, 90)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def world(_template: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("role-matrix")
    copy = folder / "kvisa.sqlite3"
    copy_database_file(Path(_template), copy)
    db = open_database(sqlite_url(copy)).db
    with db.write() as session:
        for name in ("switched.off", "target.account"):
            accounts.create_account(session, name, TEST_PASSWORD, "officer", "test.admin")
        accounts.create_account(session, "forced.change", TEST_PASSWORD, "officer", "test.admin")
    accounts.update_account(db, "switched.off", "test.admin", active=False)
    with db.write() as session:  # create_account always forces; two of them need not
        for name in ("switched.off", "target.account"):
            session.execute(
                update(Officer).where(Officer.username == name).values(must_change_password=False)
            )
    case_id = checked_case(db, folder, "KV-RM-MAIN")
    refused_id, _view = refused_case(db, folder, "KV-RM-REF")
    letter = letters.issue_letter(db, "officer.a", refused_id, today=date(2026, 1, 5))
    institution = registry.add_institution(db, "Matrix Institute", "DE", "supervisor.s")
    yield World(db, folder, case_id, refused_id, letter, institution.id, copy)
    db.dispose()


def _recommended(world: World, recommender: str = "officer.a") -> int:
    case_id = world.fresh_case(screening__reentry_ban=True)
    decisions.recommend(
        world.db,
        recommender,
        case_id,
        "refuse",
        grounds=["K-REF-01"],
        reasoning=REFUSAL_REASONING,
    )
    return case_id


def _import_path(world: World) -> Path:
    record = application(f"KV-RM-{uuid.uuid4().hex[:8]}")
    work = world.folder / uuid.uuid4().hex[:8]
    work.mkdir()
    return write_json(work / "a.json", [record])


def _merge(w: World, a: str) -> Any:
    duplicate = registry.add_institution(w.db, f"Dup {uuid.uuid4().hex[:6]}", "DE", "supervisor.s")
    return registry.merge_institutions(w.db, duplicate.id, w.institution_id, a)


def _records(w: World) -> list[Any]:
    from kvisa_desk.core.applications.readers import RawRecord

    return [RawRecord("[0]", application(f"KV-RM-{uuid.uuid4().hex[:8]}"))]


def _core(name: str) -> Any:
    # Services added while this table grew; imported when called, like the guard finds them.
    return importlib.import_module(f"kvisa_desk.core.{name}")


def _newest_letter(w: World) -> int:
    issued = letters.case_letters(w.db, "officer.a", w.refused_case_id)
    return max(letter.letter_id for letter in issued)


def _version(w: World, case_id: int) -> int:
    return case_detail(w.db, case_id).version


Probe = Callable[[World, str], Any]
NO_FILTER = audit_view.AuditFilter()


def _remove_alias(w: World, actor: str) -> object:
    name = f"MI {uuid.uuid4().hex[:6]}"
    institution_aliases.add_alias(w.db, w.institution_id, name, "supervisor.s")
    return institution_aliases.remove_alias(w.db, w.institution_id, name, actor)


PROBES: dict[str, Probe] = {
    "accounts.accounts.add_account": lambda w, a: accounts.add_account(
        w.db, a, f"new.{uuid.uuid4().hex[:6]}", TEST_PASSWORD, "officer"
    ),
    "accounts.accounts.set_password": lambda w, a: accounts.set_password(
        w.db, "target.account", "another long password", a
    ),
    # On SQLite an administrator hears that the post key is for a server (not a refusal).
    "post.post_keys.generate_post_key": lambda w, a: post_keys.generate_post_key(w.db, a),
    "post.post_keys.export_post_key": lambda w, a: post_keys.export_post_key(
        w.db, a, w.new_path(".key")
    ),
    "post.post_keys.import_post_key": lambda w, a: post_keys.import_post_key(
        w.db, a, w.new_path(".key")
    ),
    "post.post_keys.post_key_state": lambda w, a: post_keys.post_key_state(w.db, a),
    "accounts.accounts.update_account": lambda w, a: accounts.update_account(
        w.db, "target.account", a, title="Consul"
    ),
    # target.account is active: the administrator's call changes nothing (None).
    "accounts.accounts.reactivate_account": lambda w, a: accounts.reactivate_account(
        w.db, "target.account", a
    ),
    "accounts.roster.account_rows": lambda w, a: _core("accounts.roster").account_rows(w.db, a),
    "accounts.roster.unlock_account": lambda w, a: _core("accounts.roster").unlock_account(
        w.db, "target.account", a
    ),
    "applications.importer.import_file": lambda w, a: importer.import_file(
        w.db, _import_path(w), a
    ),
    "applications.importer.import_records": lambda w, a: importer.import_records(
        w.db, _records(w), a, "matrix"
    ),
    "demo.cases.load_demo_cases": lambda w, a: load_demo_cases(w.db, 1, 7, a),
    "cases.cases.case_as_json": lambda w, a: case_as_json(w.db, w.case_id, viewer=a),
    "cases.cases.open_case_detail": lambda w, a: open_case_detail(w.db, w.case_id, a),
    "cases.cases.iter_cases": lambda w, a: list(iter_cases(w.db, a)),
    "cases.worklist.worklist_page": lambda w, a: worklist.worklist_page(
        w.db, worklist.WorklistQuery(), a, 0, 10
    ),
    "cases.worklist.count_worklist": lambda w, a: worklist.count_worklist(
        w.db, worklist.WorklistQuery(), a
    ),
    "cases.worklist.ranked_case_ids": lambda w, a: worklist.ranked_case_ids(
        w.db, worklist.WorklistQuery(case_ids=(w.case_id,)), a
    ),
    "cases.worklist.queue_counts": lambda w, a: worklist.queue_counts(w.db, a),
    "cases.search.search_case_ids": lambda w, a: search.search_case_ids(w.db, a, "Okafor"),
    "cases.written_elsewhere.written_since": lambda w, a: _core(
        "cases.written_elsewhere"
    ).written_since(w.db, a, 0),
    "cases.search.find_case_ids": lambda w, a: search.find_case_ids(w.db, a, "Okafor"),
    "cases.search.find_cases": lambda w, a: search.find_cases(w.db, a, "Okafor"),
    "cases.editing.save_case_edits": lambda w, a: editing.save_case_edits(
        w.db, w.case_id, _version(w, w.case_id), {"applicant.phone": "+234 803 555 0199"}, a
    ),
    "cases.workflow.change_status": lambda w, a: workflow.change_status(
        w.db,
        (c := w.fresh_case()),
        _version(w, c),
        workflow.allowed_moves(w.db, c)[0],
        a,
    ),
    "cases.workflow.assign_case": lambda w, a: workflow.assign_case(
        w.db, w.case_id, _version(w, w.case_id), "officer.b", a
    ),
    "cases.workflow.assign_cases": lambda w, a: workflow.assign_cases(w.db, [w.case_id], None, a),
    "cases.notes.add_note": lambda w, a: notes.add_note(w.db, w.case_id, "Called the host.", a),
    "checks.runs.check_cases": lambda w, a: list(runs.check_cases(w.db, [w.case_id], a)),
    "checks.report.run_case_checks": lambda w, a: check_report.run_case_checks(w.db, w.case_id, a),
    "checks.report.check_many": lambda w, a: check_report.check_many(w.db, [w.case_id], a),
    "checks.review.override_result": lambda w, a: review.override_result(
        w.db, w.case_id, "K-AGE-01", None, "review", "Age to be confirmed at interview.", a
    ),
    "checks.fields.confirm_field_code": lambda w, a: fields.confirm_field_code(
        w.db, a, w.case_id, "education[0]", "0713"
    ),
    "documents.attach.attach_document": lambda w, a: attach.attach_document(
        w.db, a, w.case_id, _png_file(w), "photo"
    ),
    "documents.attach.attach_stream": lambda w, a: attach.attach_stream(
        w.db, a, w.case_id, io.BytesIO(png()), "photo.png", "photo"
    ),
    "documents.status.set_verification": lambda w, a: status.set_verification(
        w.db, a, w.case_id, w.fresh_document(), "verified"
    ),
    "documents.status.remove_document": lambda w, a: status.remove_document(
        w.db, a, w.case_id, w.fresh_document(), "attached twice"
    ),
    "documents.reading.list_documents": lambda w, a: reading.list_documents(w.db, a, w.case_id),
    "documents.reading.get_document": lambda w, a: reading.get_document(
        w.db, a, w.fresh_document()
    ),
    "documents.reading.read_document": lambda w, a: reading.read_document(
        w.db, a, w.fresh_document()
    ),
    "documents.reading.export_document": lambda w, a: reading.export_document(
        w.db, a, w.fresh_document(), w.new_path(".png")
    ),
    "documents.reading.document_image_preview": lambda w, a: reading.document_image_preview(
        w.db, a, w.fresh_document()
    ),
    "documents.reading.case_photo_document": lambda w, a: reading.case_photo_document(
        w.db, a, w.case_id
    ),
    "documents.checklist.case_checklist": lambda w, a: checklist.case_checklist(
        w.db, a, w.case_id, "A"
    ),
    "documents.integrity.sweep_unreferenced_content": lambda w, a: (
        integrity.sweep_unreferenced_content(w.db, a)
    ),
    "accounts.account_flags.flag_report": lambda w, a: _core("accounts.account_flags").flag_report(
        w.db, a
    ),
    "decisions.decisions.case_decisions": lambda w, a: decisions.case_decisions(
        w.db, a, w.refused_case_id
    ),
    "decisions.decisions.awaiting_sign_off": lambda w, a: decisions.awaiting_sign_off(w.db, a),
    "decisions.decisions.recommend": lambda w, a: decisions.recommend(
        w.db,
        a,
        w.fresh_case(screening__reentry_ban=True),
        "refuse",
        grounds=["K-REF-01"],
        reasoning=REFUSAL_REASONING,
    ),
    "decisions.decisions.sign_off": lambda w, a: decisions.sign_off(
        w.db, a, _recommended(w), "agree"
    ),
    "decisions.letters.issue_letter": lambda w, a: letters.issue_letter(
        w.db, a, w.refused_case_id, replaces=_newest_letter(w), today=date(2026, 1, 6)
    ),
    "decisions.letters.letter_plan": lambda w, a: letters.letter_plan(w.db, a, w.refused_case_id),
    "decisions.issued_letters.case_letters": lambda w, a: letters.case_letters(
        w.db, a, w.refused_case_id
    ),
    "decisions.issued_letters.load_letter": lambda w, a: letters.load_letter(
        w.db, a, w.letter.letter_id
    ),
    "decisions.issued_letters.reprint": lambda w, a: letters.reprint(w.db, a, w.letter.letter_id),
    "decisions.issued_letters.save_letter_copy": lambda w, a: letters.save_letter_copy(
        w.db, a, w.letter.letter_id, w.new_path(".pdf")
    ),
    "decisions.issued_letters.print_to_queue": lambda w, a: letters.print_to_queue(
        w.db, a, w.letter.letter_id, "NoSuchQueue", server=str(w.folder / "no-cups.sock")
    ),
    "decisions.letter_verification.verify_letter": lambda w, a: letters.verify_letter(
        w.db, a, w.letter.pdf
    ),
    "reports.summary.export_case_summary": lambda w, a: summary.export_case_summary(
        w.db, a, w.case_id, w.new_path(".pdf")
    ),
    "reports.bundle.make_bundle": lambda w, a: bundle.make_bundle(
        w.db, a, w.refused_case_id, w.new_path("-bundle")
    ),
    "reports.exports.export_worklist": lambda w, a: exports.export_worklist(
        w.db, w.new_path(".csv"), "csv", a
    ),
    "reports.dashboard.dashboard_for": lambda w, a: dashboard.dashboard_for(w.db, a),
    "reports.report.post_figures": lambda w, a: _core("reports.report").post_figures(w.db, a),
    "reports.report.export_dashboard_report": lambda w, a: _core(
        "reports.report"
    ).export_dashboard_report(w.db, a, w.new_path(".pdf")),
    "decisions.desk.decision_desk": lambda w, a: _core("decisions.desk").decision_desk(
        w.db, a, w.refused_case_id
    ),
    "post.settings.update_post_settings": lambda w, a: post_settings.update_post_settings(
        w.db, "LON", {"age_max": 45}, a
    ),
    "post.registry.set_tier": lambda w, a: registry.set_tier(w.db, w.institution_id, "listed", a),
    "post.registry.add_institution": lambda w, a: registry.add_institution(
        w.db, f"Institute {uuid.uuid4().hex[:6]}", "FR", a
    ),
    "post.registry.merge_institutions": _merge,
    "post.institution_aliases.add_alias": lambda w, a: institution_aliases.add_alias(
        w.db, w.institution_id, f"MI {uuid.uuid4().hex[:6]}", a
    ),
    "post.institution_aliases.remove_alias": _remove_alias,
    "checks.revision_changes.changes_by_revision": lambda w, a: (
        revision_changes.changes_by_revision(w.db, a)
    ),
    "checks.revision_changes.iter_changes": lambda w, a: list(
        revision_changes.iter_changes(w.db, a)
    ),
    "checks.revision_changes.change_for_case": lambda w, a: revision_changes.change_for_case(
        w.db, a, w.case_id
    ),
    "accounts.audit_view.count_events": lambda w, a: audit_view.count_events(w.db, a, NO_FILTER),
    "accounts.audit_view.events_page": lambda w, a: audit_view.events_page(w.db, a, NO_FILTER),
    "accounts.audit_view.audit_choices": lambda w, a: audit_view.audit_choices(w.db, a),
    "accounts.audit_view.verify_audit": lambda w, a: audit_view.verify_audit(w.db, a),
    "accounts.audit_view.export_audit": lambda w, a: audit_view.export_audit(
        w.db, a, NO_FILTER, w.new_path(".csv")
    ),
    "reports.audit_checkpoint.write_checkpoint": lambda w, a: _core(
        "reports.audit_checkpoint"
    ).write_checkpoint(w.db, a, w.new_path(".json")),
    "post.db_roles.set_up_roles": lambda w, a: _core("post.db_roles").set_up_roles(w.db, a),
    "post.retention.plan_purge": lambda w, a: retention.plan_purge(w.db, a),
    "post.retention.purge": lambda w, a: retention.purge(
        w.db, a, retention.PurgePlan((w.refused_case_id,))
    ),
    "post.backup.backup_database": lambda w, a: backup.backup_database(
        w.db, a, w.new_path(".sqlite3")
    ),
    # Post ZZZ has no cases: the letters the other probes issue stay as they were.
    "decisions.letter_certs.generate_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).generate_certificate(w.db, a, "ZZZ", replace=True),
    "decisions.letter_certs.import_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).import_certificate(
        w.db,
        a,
        "ZZZ",
        _core("decisions.letter_certs").make_self_signed("ZZZ", "Z", b"z"),
        b"z",
        replace=True,
    ),
    "decisions.letter_certs.remove_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).remove_certificate(w.db, a, "YYY"),
    "decisions.letter_certs.post_certificates": lambda w, a: _core(
        "decisions.letter_certs"
    ).post_certificates(w.db, a),
    # An empty inbox; post LON has no letter certificate and no batch: past the check, a no.
    "exchange.inbox.run_inbox_pass": lambda w, a: _core("exchange.inbox").run_inbox_pass(
        w.db, a, w.new_path("-inbox")
    ),
    "exchange.outbox.export_batch": lambda w, a: _core("exchange.outbox").export_batch(
        w.db, a, w.new_path("-out"), post="LON"
    ),
    "exchange.outbox.rewrite_batch": lambda w, a: _core("exchange.outbox").rewrite_batch(
        w.db, a, w.new_path("-out"), 1, post="LON"
    ),
    "exchange.verify.recorded_certificates_for": lambda w, a: _core(
        "exchange.verify"
    ).recorded_certificates_for(w.db, a),
}


def _png_file(w: World) -> Path:
    path = w.new_path(".png")
    path.write_bytes(png())
    return path


def _refused(world: World, service: str, actor: str) -> bool:
    try:
        PROBES[service](world, actor)
    except PermissionRefused:
        return True
    except ServiceError:
        return False  # past the permission check; something else said no
    return False


@pytest.mark.parametrize("service", list(EXPECTED))
def test_each_service_refuses_exactly_the_accounts_the_table_says(
    world: World, service: str
) -> None:
    got = {column: not _refused(world, service, username) for column, username in ACCOUNTS.items()}
    assert got == EXPECTED[service], f"{service}: expected {EXPECTED[service]}, got {got}"


# Each probe gives arguments the service refuses (a bad value, a missing file, an existing
# target): a refused account must still hear about its permission, not about its arguments.
BAD_ARGUMENTS: dict[str, Probe] = {
    "accounts.accounts.set_password": lambda w, a: accounts.set_password(
        w.db, "target.account", "x", a
    ),
    "applications.importer.import_file": lambda w, a: importer.import_file(
        w.db, w.new_path(".json"), a
    ),
    "applications.importer.import_records": lambda w, a: importer.import_records(
        w.db, [], a, "bad-post.json", default_post="not a post!"
    ),
    "demo.cases.load_demo_cases": lambda w, a: load_demo_cases(w.db, -1, 7, a),
    "cases.editing.save_case_edits": lambda w, a: editing.save_case_edits(
        w.db, w.case_id, _version(w, w.case_id), {"applicant.date_of_birth": "not a date"}, a
    ),
    "cases.notes.add_note": lambda w, a: notes.add_note(w.db, w.case_id, "   ", a),
    "checks.review.override_result": lambda w, a: review.override_result(
        w.db, w.case_id, "K-AGE-01", None, "maybe", "", a
    ),
    "checks.fields.confirm_field_code": lambda w, a: fields.confirm_field_code(
        w.db, a, w.case_id, "hobbies[0]", "x"
    ),
    "documents.attach.attach_document": lambda w, a: attach.attach_document(
        w.db, a, w.case_id, w.new_path(".png"), "photo"
    ),
    "documents.attach.attach_stream": lambda w, a: attach.attach_stream(
        w.db, a, w.case_id, io.BytesIO(png()), "photo.png", "no-such-type"
    ),
    "documents.status.set_verification": lambda w, a: status.set_verification(
        w.db, a, w.case_id, 1, "probably"
    ),
    "documents.status.remove_document": lambda w, a: status.remove_document(
        w.db, a, w.case_id, 1, " "
    ),
    "documents.integrity.sweep_unreferenced_content": lambda w, a: (
        integrity.sweep_unreferenced_content(w.db, a, timedelta(hours=-1))
    ),
    "decisions.decisions.recommend": lambda w, a: decisions.recommend(
        w.db, a, w.case_id, "perhaps", reasoning=""
    ),
    "decisions.decisions.sign_off": lambda w, a: decisions.sign_off(w.db, a, w.case_id, "perhaps"),
    "decisions.letters.issue_letter": lambda w, a: letters.issue_letter(
        w.db, a, w.refused_case_id, kind="no-such-kind"
    ),
    "decisions.issued_letters.reprint": lambda w, a: letters.reprint(
        w.db, a, w.letter.letter_id, purpose="nonsense"
    ),
    "decisions.issued_letters.print_to_queue": lambda w, a: letters.print_to_queue(
        w.db, a, w.letter.letter_id, "-oops", copies=99
    ),
    "reports.summary.export_case_summary": lambda w, a: summary.export_case_summary(
        w.db, a, w.case_id, w.new_path(".pdf"), redactions=("nonsense",)
    ),
    "reports.bundle.make_bundle": lambda w, a: bundle.make_bundle(
        w.db, a, w.case_id, w.new_path("-bundle"), ("nonsense",)
    ),
    "reports.exports.export_worklist": lambda w, a: exports.export_worklist(
        w.db, w.new_path(".doc"), "doc", a
    ),
    "reports.report.export_dashboard_report": lambda w, a: _core(
        "reports.report"
    ).export_dashboard_report(w.db, a, w.new_path(".pdf"), language="xx"),
    "post.settings.update_post_settings": lambda w, a: post_settings.update_post_settings(
        w.db, "not a post!", {}, a
    ),
    "post.registry.set_tier": lambda w, a: registry.set_tier(w.db, w.institution_id, "golden", a),
    "post.registry.add_institution": lambda w, a: registry.add_institution(w.db, " ", "QQ", a),
    "post.registry.merge_institutions": lambda w, a: registry.merge_institutions(
        w.db, w.institution_id, w.institution_id, a
    ),
    "post.institution_aliases.add_alias": lambda w, a: institution_aliases.add_alias(
        w.db, w.institution_id, "   ", a
    ),
    "accounts.audit_view.events_page": lambda w, a: audit_view.events_page(
        w.db, a, NO_FILTER, limit=0
    ),
    "reports.audit_checkpoint.write_checkpoint": lambda w, a: _core(
        "reports.audit_checkpoint"
    ).write_checkpoint(w.db, a, Path(w.db_file)),
    "post.db_roles.set_up_roles": lambda w, a: _core("post.db_roles").set_up_roles(
        w.db, a, "Not A Role!"
    ),
    "post.backup.backup_database": lambda w, a: backup.backup_database(w.db, a, Path(w.db_file)),
    "decisions.letter_certs.generate_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).generate_certificate(w.db, a, "not a post!"),
    "decisions.letter_certs.import_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).import_certificate(w.db, a, "not a post!", b"", b""),
    "decisions.letter_certs.remove_certificate": lambda w, a: _core(
        "decisions.letter_certs"
    ).remove_certificate(w.db, a, "not a post!"),
    "exchange.inbox.run_inbox_pass": lambda w, a: _core("exchange.inbox").run_inbox_pass(
        w.db, a, w.new_path("-no-such-inbox")
    ),
    "exchange.outbox.export_batch": lambda w, a: _core("exchange.outbox").export_batch(
        w.db, a, w.new_path("-out"), post="not a post!"
    ),
    "exchange.outbox.rewrite_batch": lambda w, a: _core("exchange.outbox").rewrite_batch(
        w.db, a, w.new_path("-out"), 1, post="not a post!"
    ),
}


@pytest.mark.parametrize("service", list(BAD_ARGUMENTS))
def test_permission_is_checked_before_the_arguments(world: World, service: str) -> None:
    for column, username in ACCOUNTS.items():
        if EXPECTED[service][column]:
            # The probe's arguments really are refused, for an account that may do this.
            with pytest.raises((ServiceError, FileRefused)) as said:
                BAD_ARGUMENTS[service](world, username)
            assert not isinstance(said.value, PermissionRefused), f"{service} as {column}"
        else:
            with pytest.raises(PermissionRefused):
                BAD_ARGUMENTS[service](world, username)


def _path_with_lp(folder: Path, installed: bool) -> str:
    """A PATH holding only a stand-in for CUPS's `lp` (accepting every job), or nothing."""
    folder.mkdir()
    if installed:
        lp = folder / "lp"
        lp.write_text('#!/bin/sh\ncat >/dev/null\necho "request id is Matrix-1 (1 file(s))"\n')
        lp.chmod(0o755)
    return str(folder)


@pytest.mark.parametrize("lp", ["installed", "missing"])
def test_printing_is_refused_the_same_whether_or_not_lp_is_installed(
    world: World, lp: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", _path_with_lp(tmp_path / "bin", lp == "installed"))
    expected = EXPECTED["decisions.issued_letters.print_to_queue"]
    for column, username in ACCOUNTS.items():
        if expected[column]:
            if lp == "installed":
                assert letters.print_to_queue(world.db, username, world.letter.letter_id, "Q")
            else:
                with pytest.raises(ServiceError, match="needs CUPS's `lp` command"):
                    letters.print_to_queue(world.db, username, world.letter.letter_id, "Q")
        else:
            with pytest.raises(PermissionRefused):
                letters.print_to_queue(world.db, username, world.letter.letter_id, "Q")


# The command line asks first too: a refused account gets exit 3 however wrong the rest of
# its command is (a missing file, an output that exists, options that do not fit together).
CLI_REFUSED: dict[str, tuple[str, list[str]]] = {
    "import": ("test.admin", ["import", "{missing}"]),
    "check": ("test.admin", ["check"]),
    "decide": ("test.admin", ["decide", "C1", "--sign-off", "agree", "--entries", "1"]),
    "letter": ("test.admin", ["letter", "C1", "--out", "{existing}"]),
    "reprint-letter": ("test.admin", ["reprint-letter", "X-K-1", "--out", "{existing}"]),
    "verify-letter": ("test.admin", ["verify-letter", "{missing}"]),
    "attach": ("test.admin", ["attach", "C1", "{missing}", "--type", "photo"]),
    "documents sweep": ("officer.a", ["documents", "sweep", "--grace-hours", "-1"]),
    "export": ("test.admin", ["export", "--out", "{existing}"]),
    "report": ("test.admin", ["report", "--out", "{existing}"]),
    "summary": ("test.admin", ["summary", "C1", "--out", "{existing}"]),
    "bundle": ("test.admin", ["bundle", "C1", "--out", "{existing}", "--redact", "nonsense"]),
    "settings set": ("officer.a", ["settings", "set", "--post", "LON", "no-equals-sign"]),
    "user add": ("officer.a", ["user", "add", "someone"]),
    "user reset": ("officer.a", ["user", "reset", "someone"]),
    "letters-cert import": ("officer.a", ["letters-cert", "import", "{missing}"]),
    "audit verify": ("officer.a", ["audit", "verify", "--against", "{missing}"]),
    "audit checkpoint": ("officer.a", ["audit", "checkpoint", "--out", "{existing}"]),
    "db roles": ("officer.a", ["db", "roles", "--passwords-stdin", "--owner", "Not A Role!"]),
    "inbox run": ("test.admin", ["inbox", "run"]),  # no folder named, none recorded
    "outbox export": ("test.admin", ["outbox", "export", "--batch", "0", "--out", "{existing}"]),
}


@pytest.mark.parametrize("command", list(CLI_REFUSED))
def test_the_command_line_refuses_before_it_looks_at_anything_else(
    world: World, command: str, tmp_path: Path
) -> None:
    from kvisa_desk.cli.context import CliContext
    from kvisa_desk.cli.main import build_parser, dispatch

    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"%PDF-")
    user, argv = CLI_REFUSED[command]
    names = {"{missing}": str(tmp_path / "missing.json"), "{existing}": str(existing)}
    args = build_parser().parse_args(
        ["--db", str(world.db_file), "--user", user, *(names.get(a, a) for a in argv)]
    )
    out, err = io.StringIO(), io.StringIO()
    assert dispatch(CliContext(args, out=out, err=err)) == 3, err.getvalue()
    assert f"{user} (" in err.getvalue() and "may not" in err.getvalue()


def test_nobody_signs_off_their_own_recommendation(world: World) -> None:
    own = _recommended(world, recommender="supervisor.s")
    with pytest.raises(PermissionRefused, match="another supervisor must"):
        decisions.sign_off(world.db, "supervisor.s", own, "agree")
    assert all(v.case_id != own for v in decisions.awaiting_sign_off(world.db, "supervisor.s"))
    # The recommendation still waits, and a different supervisor may sign it off.
    assert decisions.sign_off(world.db, "supervisor.t", own, "agree").signed_off_by == (
        "supervisor.t"
    )


def test_refusal_rates_are_shown_to_supervisors_only(world: World) -> None:
    shown = {c: dashboard.sees_refusal_rates(world.db, u) for c, u in ACCOUNTS.items()}
    assert shown == {
        "officer": False,
        "supervisor": True,
        "admin": False,
        "inactive": False,
        "forced": False,
    }


# The packages of services that act for someone: core, and the demo generator above it.
# Names are relative to kvisa_desk.core (core's rooms) or to kvisa_desk (demo.*).
SERVICE_PACKAGES = ("kvisa_desk.core", "kvisa_desk.demo")


def _public_functions_taking_actor() -> set[str]:
    found = set()
    for package in SERVICE_PACKAGES:
        path = importlib.import_module(package).__path__
        for info in pkgutil.walk_packages(path, f"{package}."):
            module = importlib.import_module(info.name)
            for name, obj in vars(module).items():
                if name.startswith("_") or not inspect.isfunction(obj):
                    continue
                if obj.__module__ != module.__name__:
                    continue  # imported from elsewhere: counted where it is defined
                if "actor" in inspect.signature(obj).parameters:
                    relative = info.name.removeprefix("kvisa_desk.core.")
                    found.add(f"{relative.removeprefix('kvisa_desk.')}.{name}")
    return found


def test_every_core_function_taking_an_actor_is_in_the_matrix() -> None:
    found = _public_functions_taking_actor()
    listed = (set(EXPECTED) - {"cases.cases.case_as_json"}) | set(EXEMPT)
    assert sorted(found - listed) == [], "add these to MATRIX (or to EXEMPT, saying why)"
    assert sorted(listed - found) == [], "these are gone or renamed: update MATRIX/EXEMPT"
    assert set(PROBES) == set(EXPECTED)


def test_doing_nothing_is_refused_all_the_same(world: World) -> None:
    # An empty purge plan or batch must not be a way to probe what the role may do.
    with pytest.raises(PermissionRefused, match="may not purge cases past retention"):
        retention.purge(world.db, "officer.a", retention.PurgePlan(()))
    assert retention.purge(world.db, "test.admin", retention.PurgePlan(())) == 0
    with pytest.raises(PermissionRefused, match="may not run the eligibility checks"):
        check_report.check_many(world.db, [], "test.admin")
    assert check_report.check_many(world.db, [], "officer.a").checked == 0
