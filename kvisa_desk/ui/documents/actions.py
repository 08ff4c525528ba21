"""What an officer does with the selected document, on the keyboard, the buttons and the
context menu: open in full (Enter), mark verified (Ctrl+Shift+V), suspected fraudulent with a
reason (Ctrl+Shift+F), not verified (Ctrl+Shift+U), remove with a reason (Delete). Core
enforces the permissions and audits each change; it runs on the worker thread."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from kvisa_desk.core.documents.records import DocumentInfo
from kvisa_desk.core.documents.status import remove_document, set_verification
from kvisa_desk.ui.documents.dialogs import ReasonDialog
from kvisa_desk.ui.documents.render import damage_text, document_name, is_damage
from kvisa_desk.ui.documents.viewer import DocumentViewer
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.labels import action_caption, code_label
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress
from kvisa_desk.vocab import DocumentType, Verification

SelectedDocument = Callable[[], DocumentInfo | None]


def _message(error: BaseException) -> str:
    return error_text(error)


class DocumentActions(QObject):
    """The actions on the document `selected()` answers; what follows a change is the tab's,
    told by signal (the tab holds the list, the checklist and the notices)."""

    changed = Signal(str, bool)  # what to say; whether the header's photo may have changed
    damage_found = Signal(object, str)  # DocumentInfo, what the officer is told
    refused = Signal(str)  # a change core refused: why

    def __init__(
        self, context: DeskContext, case_id: int, selected: SelectedDocument, tab: QWidget
    ) -> None:
        super().__init__(tab)
        self._selected = selected
        self._context = context
        self._case_id = case_id
        self._tab = tab
        self.reason_dialog: ReasonDialog | None = None
        self.viewer: DocumentViewer | None = None

        def action(
            text: str, keys: list[str], slot: Callable[[], Any] | None, name: str
        ) -> QAction:
            made = QAction(text, tab)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the Documents tab has the focus: other tabs keep these keys.
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if keys:
                shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                made.setToolTip(f"{text.replace('&', '')} ({shown})")
            if slot is not None:
                made.triggered.connect(slot)
            tab.addAction(made)
            return made

        self.action_open = action(
            self.tr("&Open"), ["Return", "Enter"], self.open_full_view, "documents.open"
        )
        self.action_verify = action(
            self.tr("Mark &verified"),
            ["Ctrl+Shift+V"],
            lambda: self.mark(Verification.VERIFIED.value),
            "documents.verify",
        )
        self.action_suspect = action(
            self.tr("Mark &suspected fraudulent…"),
            ["Ctrl+Shift+F"],
            self.ask_suspected,
            "documents.suspect",
        )
        self.action_unverify = action(
            self.tr("Mark &not verified"),
            ["Ctrl+Shift+U"],
            lambda: self.mark(Verification.UNVERIFIED.value),
            "documents.unverify",
        )
        self.action_remove = action(
            self.tr("&Remove…"), ["Delete"], self.ask_remove, "documents.remove"
        )
        # Attaching is the tab's (a file dialog, or files dropped): it connects this action.
        self.action_attach = action(self.tr("&Attach…"), [], None, "documents.attach")
        self.action_attach.setToolTip(self.tr("Attach a document (Ctrl+Shift+A, or drop files)"))

    def toolbar_actions(self) -> list[QAction]:
        return [
            self.action_attach,
            self.action_open,
            self.action_verify,
            self.action_suspect,
            self.action_unverify,
            self.action_remove,
        ]

    def menu_actions(self) -> list[QAction | None]:
        """The context menu's entries; None is a separator."""
        return [
            self.action_open,
            None,
            self.action_verify,
            self.action_suspect,
            self.action_unverify,
            None,
            self.action_remove,
            None,
            self.action_attach,
        ]

    def update_enabled(self, damaged: Collection[int], read_only: bool) -> None:
        """Enable what the selected document allows: `damaged` documents are not verified,
        and a finished case's (`read_only`) are only opened."""
        info = self._selected()
        usable = info is not None and info.has_content
        openable = usable
        if info is not None and info.removed:
            usable = False  # a removed document is read, not changed
        status = info.verification if info is not None else None
        self.action_open.setEnabled(openable)
        intact = info is not None and info.document_id not in damaged
        changeable = not read_only
        self.action_verify.setEnabled(
            changeable and usable and intact and status != Verification.VERIFIED
        )
        self.action_suspect.setEnabled(changeable and usable)
        self.action_unverify.setEnabled(changeable and usable and status != Verification.UNVERIFIED)
        self.action_remove.setEnabled(changeable and info is not None and not info.removed)
        self.action_attach.setEnabled(changeable)

    # Opening

    def open_full_view(self) -> DocumentViewer | None:
        info = self._selected()
        if info is None or not info.has_content:
            return None
        viewer = DocumentViewer(self._context, info, self._tab.window())
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.damaged.connect(lambda text: self.damage_found.emit(info, text))
        viewer.destroyed.connect(lambda _obj=None: setattr(self, "viewer", None))
        self.viewer = viewer
        viewer.show()
        return viewer

    # Verification

    def mark(self, status: str, reason: str | None = None) -> Operation[DocumentInfo] | None:
        info = self._selected()
        if info is None:
            return None
        return self._save_status(info, status, reason, None)

    def ask_suspected(self) -> ReasonDialog | None:
        info = self._selected()
        if info is None:
            return None
        dialog = self._reason_dialog(
            self.tr("Suspected fraudulent"),
            self.tr("Why do you suspect {document} is fraudulent?").format(
                document=document_name(info)
            ),
            self.tr("&Mark suspected"),
        )
        dialog.submitted.connect(
            lambda reason: self._save_status(
                info, Verification.SUSPECTED_FRAUDULENT.value, reason, dialog
            )
        )
        dialog.open()
        return dialog

    def _save_status(
        self, info: DocumentInfo, status: str, reason: str | None, dialog: ReasonDialog | None
    ) -> Operation[DocumentInfo]:
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> DocumentInfo:
            return set_verification(db, actor, case_id, info.document_id, status, reason)

        def done(saved: DocumentInfo) -> None:
            if dialog is not None:
                dialog.succeeded()
            message = self.tr("{document}: {status}.").format(
                document=document_name(saved), status=self._status_word(status)
            )
            self.changed.emit(message, saved.doc_type == DocumentType.PHOTO)

        label = self.tr("Saving the document's status…")
        return (
            Operation(self._context.runner, work, label)
            .success(done)
            .failure(lambda error: self._refused(info, error, dialog))
            .run()
        )

    def _status_word(self, status: str) -> str:
        return code_label("verification", status).lower()

    # Removal

    def ask_remove(self) -> ReasonDialog | None:
        info = self._selected()
        if info is None:
            return None
        dialog = self._reason_dialog(
            self.tr("Remove a document"),
            self.tr(
                "Remove {document} from the case? It is kept in the store and in the case's "
                "history; say why it is removed."
            ).format(document=document_name(info)),
            self.tr("&Remove"),
        )
        dialog.submitted.connect(lambda reason: self._remove(info, reason, dialog))
        dialog.open()
        return dialog

    def _remove(self, info: DocumentInfo, reason: str, dialog: ReasonDialog) -> None:
        db, actor, case_id = self._context.db, self._context.actor, self._case_id

        def work(_report: ReportProgress) -> DocumentInfo:
            return remove_document(db, actor, case_id, info.document_id, reason)

        def done(removed: DocumentInfo) -> None:
            dialog.succeeded()
            message = self.tr("{document} removed.").format(document=document_name(removed))
            self.changed.emit(message, removed.doc_type == DocumentType.PHOTO)

        Operation(self._context.runner, work, self.tr("Removing the document…")).success(
            done
        ).failure(lambda error: self._refused(info, error, dialog)).run()

    # Shared

    def _reason_dialog(self, title: str, question: str, action_text: str) -> ReasonDialog:
        dialog = ReasonDialog(title, question, action_text, self._tab.window())
        dialog.finished.connect(lambda _result: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        return dialog

    def _refused(
        self, info: DocumentInfo, error: BaseException, dialog: ReasonDialog | None
    ) -> None:
        if is_damage(error):
            self.damage_found.emit(info, damage_text(info, error))
        if dialog is not None:
            dialog.failed(_message(error))
        else:
            self.refused.emit(_message(error))


def shortcut_rows(where: str) -> list[tuple[str, str, str]]:
    """The Documents tab's and the full view's keys, for Help → Keyboard shortcuts."""

    # Not named tr: the catalogue reads tr(...) calls as source texts; these are found
    # already where the actions are made, in the same contexts.
    def translated(context: str, text: str) -> str:
        return action_caption(QCoreApplication.translate(context, text))

    return [
        (where, translated("DocumentActions", "&Open"), "Enter"),
        (where, translated("DocumentActions", "Mark &verified"), "Ctrl+Shift+V"),
        (where, translated("DocumentActions", "Mark &suspected fraudulent…"), "Ctrl+Shift+F"),
        (where, translated("DocumentActions", "Mark &not verified"), "Ctrl+Shift+U"),
        (where, translated("DocumentActions", "&Remove…"), "Del"),
        (where, translated("DocumentViewer", "&Previous page"), "PgUp"),
        (where, translated("DocumentViewer", "&Next page"), "PgDown"),
        (where, translated("DocumentViewer", "&First page"), "Home"),
        (where, translated("DocumentViewer", "&Last page"), "End"),
        (where, translated("DocumentViewer", "Zoom &in"), "Ctrl++"),
        (where, translated("DocumentViewer", "Zoom &out"), "Ctrl+-"),
        (where, translated("DocumentViewer", "&Fit page"), "Ctrl+0"),
    ]
