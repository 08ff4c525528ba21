"""Administration ▸ Post key…: generate, export and import a server's post key in the window."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kvisa_desk.store.models import CaseEvent
from kvisa_desk.ui.admin.post_key_dialog import PostKeyDialog
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.roles import ACTION_NEEDS, Roles
from tests.conftest import ON_POSTGRES
from tests.ui.conftest import FakePrompts

pytestmark = pytest.mark.backend


def _dialog(qtbot: Any, desk: DeskContext) -> PostKeyDialog:
    dialog = PostKeyDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, dialog)
    return dialog


def _settle(qtbot: Any, dialog: PostKeyDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._context.runner.busy, timeout=10_000)


def test_only_administrators_get_the_menu_entry(desk: DeskContext) -> None:
    need = ACTION_NEEDS["action_post_key"]
    assert Roles.of(desk.db, "test.admin").may(need)
    assert not Roles.of(desk.db, "officer.a").may(need)
    assert not Roles.of(desk.db, "supervisor.s").may(need)


def test_a_sqlite_file_needs_no_post_key(qtbot: Any, desk: DeskContext) -> None:
    if ON_POSTGRES:
        pytest.skip("a SQLite file's own key seals its documents")
    dialog = _dialog(qtbot, replace(desk, actor="test.admin"))
    assert "file on this computer" in dialog.state_label.text()
    buttons = (dialog.generate_button, dialog.import_button, dialog.export_button)
    assert not any(b.isEnabled() for b in buttons)


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL server's post key")
def test_generate_export_and_import_on_another_computer(
    qtbot: Any,
    desk: DeskContext,
    prompts: FakePrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = replace(desk, actor="test.admin")
    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "first-computer"))
    dialog = _dialog(qtbot, admin)
    assert "no post key yet" in dialog.state_label.text()
    assert dialog.generate_button.isEnabled() and not dialog.export_button.isEnabled()

    prompts.answers = [False]  # the confirmation declined: nothing made
    dialog.generate_button.click()
    _settle(qtbot, dialog)
    assert "no post key yet" in dialog.state_label.text()
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: "has the post key" in dialog.state_label.text(), timeout=10_000)
    assert not dialog.generate_button.isEnabled() and dialog.export_button.isEnabled()

    target = tmp_path / "usb" / "post.key"
    target.parent.mkdir()
    dialog.choose_export = lambda _parent: target
    prompts.answers = [False]  # export asks first
    dialog.export_button.click()
    _settle(qtbot, dialog)
    assert not target.exists()
    dialog.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert os.stat(target).st_mode & 0o077 == 0  # the owner's alone
    assert "Whoever holds the file" in prompts.questions[-1]

    monkeypatch.setenv("KVISA_DATA_DIR", str(tmp_path / "second-computer"))
    dialog.refresh()
    qtbot.waitUntil(lambda: "does not have the post key" in dialog.state_label.text())
    assert dialog.import_button.isEnabled() and not dialog.generate_button.isEnabled()
    dialog.choose_import = lambda _parent: target
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "has the post key" in dialog.state_label.text(), timeout=10_000)
    assert "imported" in dialog.outcome.text()
    with desk.db.read() as session:
        kinds = session.scalars(
            select(CaseEvent.kind).where(CaseEvent.kind.like("post_key_%")).order_by(CaseEvent.id)
        ).all()
    assert kinds == ["post_key_generated", "post_key_exported", "post_key_imported"]


def test_the_post_key_refusals_read_in_chinese(qtbot: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from kvisa_desk.content.sealed_blob import PostKeyNeeded
    from kvisa_desk.core.documents.records import AttachmentRefused
    from kvisa_desk.ui.imports.reasons import reason_words
    from kvisa_desk.ui.widgets.error_text import error_text
    from kvisa_desk.ui.widgets.translations import install_translations

    refused = AttachmentRefused.said("documents.post_key_needed", name="scan.pdf")
    install_translations(QCoreApplication.instance(), "zh_CN")
    try:
        reason = reason_words(f"cannot attach documents/scan.pdf: {PostKeyNeeded()}")
        assert reason.startswith("无法附加 documents/scan.pdf：") and "驻外机构密钥" in reason
        shown = error_text(refused)
        assert shown.startswith("scan.pdf：") and "管理 ▸ 驻外机构密钥…" in shown
    finally:
        install_translations(QCoreApplication.instance(), "en")
    assert "Administration ▸ Post key…" in error_text(refused)
