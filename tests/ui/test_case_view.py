"""The read-only case view, built from core's CaseDetail of an imported application."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from kvisa_desk.core.cases.cases import case_detail
from kvisa_desk.core.cases.editing import EDITABLE_FIELDS
from kvisa_desk.store.engine import Database
from kvisa_desk.ui.case.view import CaseView
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.labels import code_label, event_sentence
from kvisa_desk.ui.widgets.operations import OperationRunner
from kvisa_desk.ui.widgets.read_only_table import ReadOnlyTable
from tests.samples import application
from tests.ui.conftest import import_applications

MRZ = (
    "P<NGAOKAFOR<<CHIAMAKA<ADAEZE<<<<<<<<<<<<<<<<",
    "A077612349NGA9602290F3105318<<<<<<<<<<<<<<02",
)


def open_view(qtbot: Any, db: Database, record: dict[str, Any]) -> CaseView:
    report = import_applications(db, [record])
    assert report.first_case_id is not None
    runner = OperationRunner()
    view = CaseView(DeskContext(db, "test.officer", runner), case_detail(db, report.first_case_id))
    qtbot.addWidget(view)
    view.show()
    return view


def shown(view: CaseView, name: str) -> str:
    """A field's text, or the choice a combo box shows (level, activity, screening answers)."""
    view.build_tab_of(name)  # a tab is built on its first show
    box = view.findChild(QComboBox, name)
    return box.currentText() if box is not None else view.field(name).text()


def show_every_tab(qtbot: Any, view: CaseView) -> None:
    """Go to each tab once, as an officer would (each is built on its first show), and wait
    for what they read off the GUI thread."""
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    view.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not view.context.changes.reading.busy and not view.context.runner.busy)


def test_every_section_of_the_application_is_shown(qtbot: Any, db: Database) -> None:
    view = open_view(qtbot, db, application("KV-CV-1", passport__mrz=list(MRZ)))
    tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert tabs == [
        "&Applicant",
        "&Passport",
        "&Education && posts",
        "&Travel && purpose",
        "&Documents",
        "Chec&ks",
        "&Notes",
        "De&cision",
        "&Letters",
        "&History",
    ]
    assert view.header.case_label.text().startswith("Case C0000001 · application KV-CV-1 at LON")
    assert view.header.status_label.text().startswith("Status: Received · ")
    assert view.header.status_label.text().endswith(" days open")
    values = {
        "applicant.sex": "Female",  # a choice in words, not the code "F"
        "applicant.date_of_birth": "1996-02-29",
        "applicant.nationality": "NGA",
        "applicant.native_name": "",
        "passport.expiry_date": "2031-05-31",
        "passport.mrz.1": MRZ[1],
        "education.0.level": "Master's degree",
        "employment.0.position": "Research Fellow",
        "employment.0.end_date": "",  # editable: empty while the post lasts
        "purpose.activity": "Science and technology",
        "purpose.host_institution": "",
        "travel.stay_days": "90",
        "screening.fraud_found": "No",
    }
    assert {name: shown(view, name) for name in values} == values
    assert view.field("purpose.host_institution").placeholderText() == "not given"
    for path in ("applicant.nationality", "passport.issuing_state"):  # the code, and its name
        words = view.findChild(QLabel, f"{path}.words")
        assert words is not None and words.text() == "Nigeria (NGA)", path
    address = view.findChild(QPlainTextEdit, "applicant.address")
    assert address is not None
    assert address.toPlainText() == "12 Marina Road, Lagos, Nigeria"


def test_documents_and_history_are_listed(qtbot: Any, db: Database) -> None:
    view = open_view(qtbot, db, application("KV-CV-2"))
    show_every_tab(qtbot, view)
    documents = view.findChild(ReadOnlyTable, "documents")
    assert documents is not None
    assert [documents.cell_text(r, 0) for r in range(documents.rowCount())] == [
        "Passport scan",
        "Photo",
    ]
    assert documents.cell_text(0, 1) == "passport.pdf"
    assert documents.cell_text(0, 2) == "Not verified"
    history = view.findChild(ReadOnlyTable, "history")
    assert history is not None
    assert history.rowCount() == 1
    assert history.cell_text(0, 1) == "test.officer"  # the account has no other name
    assert history.horizontalHeaderItem(1).text() == "Done by"
    assert history.columnCount() == 3
    assert history.cell_text(0, 2) == "test.officer imported the application from ui-tests.json"


def test_nothing_in_a_case_view_is_read_as_markup_and_only_facts_are_editable(
    qtbot: Any, db: Database
) -> None:
    record = application(
        "KV-CV-3",
        applicant__surname="<i>Mallory</i>",
        applicant__given_names="",
        applicant__address="<img src=x onerror=alert(1)>",
        purpose__description="Tom &amp; Jerry <br> & co",
        education=[],
        employment=[],
    )
    view = open_view(qtbot, db, record)
    show_every_tab(qtbot, view)
    labels = view.findChildren(QLabel)
    assert labels
    assert all(label.textFormat().name == "PlainText" for label in labels)
    assert view.header.name_label.text() == "<i>Mallory</i>"  # one name: no comma
    editable = {
        e.objectName()
        for e in [*view.findChildren(QLineEdit), *view.findChildren(QPlainTextEdit)]
        if not e.isReadOnly() and e.objectName()
    } | {e.objectName() for e in view.findChildren(QComboBox) if e.isEnabled() and e.objectName()}
    # The Decision and Letters tabs' inputs make records of their own, never change a fact.
    work = {name for name in editable if name.startswith(("decision.", "letters."))}
    work.add("qt_spinbox_lineedit")  # inside their day counts and dates
    assert editable - work == set(EDITABLE_FIELDS) | {"notes.new"}  # the rest is read-only
    address = view.findChild(QPlainTextEdit, "applicant.address")
    description = view.findChild(QPlainTextEdit, "purpose.description")
    assert address is not None and description is not None
    assert address.toPlainText() == "<img src=x onerror=alert(1)>"
    assert description.toPlainText() == "Tom &amp; Jerry <br> & co"
    texts = [label.text() for label in labels]
    assert "The application lists no degrees and no posts." in texts


def test_history_details_read_in_officer_words() -> None:
    change = {"from": "received", "to": "in_review", "demo": True}
    assert event_sentence("status_changed", change) == ("Status changed from Received to In review")
    checks = {"run_id": 1, "outcome": "review", "effective_outcome": "pass", "pack": "K"}
    assert event_sentence("checks_run", checks) == "Checks run: Pass"
    assert code_label("event", "status_changed") == "Status changed"
    assert code_label("event", "something_new") == "something_new"  # a gap shows


def test_the_history_tab_reads_each_line_as_a_sentence_with_its_subject(
    qtbot: Any, db: Database
) -> None:
    """Not "规则结果已人工改判" alone (shot 76): who set which rule to what, and why."""
    from kvisa_desk.core.accounts.history import record_event
    from kvisa_desk.ui.widgets.translations import switch_language

    report = import_applications(db, [application("KV-HIST-1")])
    case_id = report.first_case_id
    assert case_id is not None
    with db.write() as session:
        record_event(
            session, "test.officer", "rule_overridden", case_id, run_id=3, rule_id="K-DOC-01",
            subject=None, to_outcome="review", reason="Original seen at the counter",
        )  # fmt: skip
    switch_language("zh_CN")
    try:
        view = CaseView(
            DeskContext(db, "test.officer", OperationRunner()), case_detail(db, case_id)
        )
        qtbot.addWidget(view)
        view.show()
        show_every_tab(qtbot, view)
        history = view.findChild(ReadOnlyTable, "history")
        assert history is not None
        assert history.cell_text(history.rowCount() - 1, 2) == (
            "test.officer将规则K-DOC-01（整个案件）改判为待审查，理由：Original seen at the counter"
        )
    finally:
        switch_language("en")
