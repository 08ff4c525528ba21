"""The one catalogue of labels (resources/vocab/labels.toml): complete, in both languages,
and covering every code the application stores."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kvisa_desk import labels
from kvisa_desk.vocab import (
    ACTIVITIES,
    DEGREE_LEVELS,
    EMPLOYMENT_KINDS,
    CaseStatus,
    DocumentType,
    Role,
    Verification,
)

PACKAGE = Path(labels.__file__).parent
_KIND = re.compile(r"^[a-z]+(?:_[a-z]+)+$")


def test_every_entry_has_english_and_chinese() -> None:
    for table, entries in labels.catalogue().items():
        for code, entry in entries.items():
            assert set(entry) == {"en", "zh"}, f"[{table}] {code}: {sorted(entry)}"
            assert entry["en"].strip() and entry["zh"].strip(), f"[{table}] {code} is empty"
            words = re.sub(r"\{[^}]*\}", "", entry["zh"])
            assert not words or re.search(r"[\u4e00-\u9fff]", words), f"[{table}] {code}"
            for _, through in re.findall(r"\{([A-Za-z_]+)(?:\|([a-z_]+))?\}", entry["en"]):
                assert (
                    not through
                    or through in ("subject", "field")
                    or (through in labels.catalogue())
                ), f"[{table}] {code} reads through a table that is not there: {through}"


@pytest.mark.parametrize(
    ("table", "codes"),
    [
        ("status", [s.value for s in CaseStatus]),
        ("document", [d.value for d in DocumentType]),
        ("verification", [v.value for v in Verification]),
        ("role", [r.value for r in Role]),
        ("level", list(DEGREE_LEVELS)),
        ("kind", list(EMPLOYMENT_KINDS)),
        ("activity", list(ACTIVITIES)),
        ("outcome", ["pass", "review", "fail", "unchecked"]),
        ("screening", ["reentry_ban", "security_concern", "fraud_found", "insufficient_funds"]),
    ],
)
def test_every_code_of_a_vocabulary_has_a_label(table: str, codes: list[str]) -> None:
    assert [c for c in codes if not labels.has_label(table, c)] == []


def _recorded_kinds() -> set[str]:
    """Every event kind the code records: the kind given to record_event(s), written out or
    as a module-level constant (EXPORTED_EVENT = "exchange_exported") of any module."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]
    constants: dict[str, set[str]] = {}  # a name may stand for a different kind per module
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                node.value, ast.Constant
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        constants.setdefault(target.id, set()).add(node.value.value)
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if getattr(node.func, "id", "") not in ("record_event", "record_events"):
                continue
            for arg in node.args[2:3]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
                elif isinstance(arg, ast.Name):
                    found |= constants.get(arg.id, set())
    return {k for k in found if _KIND.match(k)}


def test_every_recorded_event_kind_has_a_name_and_a_sentence() -> None:
    kinds = _recorded_kinds()
    assert {"status_changed", "checks_run", "worklist_exported", "letter_issued"} <= kinds
    assert sorted(k for k in kinds if not labels.has_label("event", k)) == []
    assert sorted(k for k in kinds if not labels.has_label("history", k)) == []


def test_history_sentences_fill_their_details_in_the_officers_words() -> None:
    verified = {"doc_type": "passport_scan", "before": "unverified", "after": "verified"}
    assert labels.sentence("document_verification_set", verified) == "Passport scan verified"
    assert labels.sentence("document_verification_set", verified, "zh") == "护照扫描件已核验"
    checks = {"run_id": 3, "pack": "K-2025.10", "outcome": "review", "effective_outcome": "pass"}
    assert labels.sentence("checks_run", checks, "zh_CN") == "已运行核查：通过"
    moved = {"from": "ready_for_decision", "to": "awaiting_sign_off", "version": 4}
    assert labels.sentence("status_changed", moved) == (
        "Status changed from Ready for decision to Awaiting sign-off"
    )
    override = {"rule_id": "K-EDU-02", "subject": "education[0]", "to_outcome": "pass",
                "reason": "seen the original"}  # fmt: skip
    assert labels.sentence("rule_overridden", override, "zh") == (
        "K-EDU-02（学位1）改判为通过：seen the original"
    )
    edited = {"fields": ["applicant.surname", "education[1].level"]}
    assert labels.sentence("case_edited", edited) == (
        "Case record edited: Surname, Degree 2 · Level"
    )


def test_subjects_read_as_degree_or_post_with_the_name_on_file() -> None:
    record = {"education": [{"institution": "University of Lagos"}], "employment": []}
    assert labels.subject("education[0]", "en", record) == "Degree 1 · University of Lagos"
    assert labels.subject("education[0]", "zh", record) == "学位1 · University of Lagos"
    assert labels.subject("employment[1]", "en") == "Post 2"
    assert labels.subject(None, "zh") == "整个案件"
    assert labels.subjects_in("see education[0]", "en", record) == (
        "see Degree 1 · University of Lagos"
    )


def test_the_pseudo_language_wraps_every_label() -> None:
    assert labels.label("status", "received", "pseudo") == "⟦Received⟧"
    assert labels.outcome(None, "pseudo") == "⟦Not checked⟧"


def test_an_unknown_code_shows_as_stored_so_a_gap_is_seen() -> None:
    assert labels.label("status", "on_the_moon") == "on_the_moon"
    assert labels.label("status", None) == ""


def test_every_detail_given_to_record_event_has_a_name() -> None:
    """The audit viewer shows an event's recorded details by name, in words."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "record_event":
                found |= {k.arg for k in node.keywords if k.arg and k.arg != "details"}
    assert {"doc_type", "reason"} <= found
    assert sorted(k for k in found if not labels.has_label("detail", k)) == []


def test_where_applications_came_from_reads_in_words_and_a_file_keeps_its_name() -> None:
    demo = {"source": "demo", "at": "[0]"}
    assert labels.sentence("case_imported", demo, "zh") == "从演示数据导入申请"  # not "从demo"
    assert labels.sentence("case_imported", demo, "en") == "Application imported from demo data"
    named = {"source": "a.json", "imported": 3}
    assert labels.sentence("applications_imported", named, "zh") == "从a.json导入3份申请"


def test_the_demo_officers_are_named_as_a_post_names_its_own_in_both_languages() -> None:
    from kvisa_desk.demo.status import DEMO_OFFICERS

    for _, name, _ in DEMO_OFFICERS:
        # "王芳 Wang Fang" style, with the demo mark readable in either window
        assert re.search(r"[\u4e00-\u9fff]", name) and "演示" in name and "demo" in name, name
        assert "(demo)" not in name, name


def test_history_names_the_program_s_own_actors_in_words_and_officers_by_name() -> None:
    from datetime import UTC, datetime

    from kvisa_desk.core.cases.cases import HistoryEntry

    now = datetime.now(UTC)
    assert HistoryEntry(now, "demo", "case_imported", {}).who_in("zh") == "演示数据"
    assert HistoryEntry(now, "recovery-key", "password_reset", {}).who_in("en") == (
        "Recovery key holder"
    )
    named = HistoryEntry(now, "wangfang", "note_added", {}, "王芳 Wang Fang")
    assert named.who_in("zh") == named.who == "王芳 Wang Fang"
    assert HistoryEntry(now, "demo", "note_added", {}, "Demo Account").who == "Demo Account"
