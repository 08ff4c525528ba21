"""Administration ▸ Post key…: the key that seals a PostgreSQL database's documents.

The same three steps as `kvisa-desk db post-key generate|export|import`, through the same
core services (administrators only, each recorded in the trail with the key's fingerprint).
A computer without the key can neither attach nor open the database's documents, so the
dialog says first whether this computer has it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.post.post_keys import (
    PostKey,
    PostKeyState,
    export_post_key,
    generate_post_key,
    import_post_key,
    post_key_state,
)
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

ChooseFile = Callable[[QWidget], Path | None]


class PostKeyDialog(QDialog):
    """Whether this computer has the post key, and the buttons to make, import or export it."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # Replaceable so tests never block on a native file dialog.
        self.choose_import: ChooseFile = self._choose_key_to_import
        self.choose_export: ChooseFile = self._choose_export_target
        self.setWindowTitle(self.tr("Post key"))
        self.setMinimumWidth(560)

        about = QLabel(
            self.tr(
                "On a PostgreSQL server every document is stored sealed with the post key. "
                "The key is kept on each computer, never in the database: a computer "
                "without it can neither attach nor open documents. Export it to every "
                "computer of the post and keep a copy with the database backups."
            )
        )
        about.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generate_button = QPushButton(self.tr("&Generate the post key…"))
        self.import_button = QPushButton(self.tr("&Import from a file…"))
        self.export_button = QPushButton(self.tr("&Export to a file…"))
        self.generate_button.clicked.connect(self.generate)
        self.import_button.clicked.connect(self.import_key)
        self.export_button.clicked.connect(self.export_key)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addSpacing(6)
        layout.addWidget(self.state_label)
        for button in (self.generate_button, self.import_button, self.export_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(close)
        self._set_buttons(None)
        self.refresh()

    # The state

    def refresh(self) -> Operation[PostKeyState]:
        db, actor = self._context.db, self._context.actor

        def work(_report: ReportProgress) -> PostKeyState:
            return post_key_state(db, actor)

        operation = Operation(self._context.runner, work, self.tr("Reading the post key…"))
        return operation.success(self._show_state).failure(self._failed).run()

    def _show_state(self, state: PostKeyState) -> None:
        self.state = state
        self.state_label.setText(self._state_text(state))
        self._set_buttons(state)

    def _state_text(self, state: PostKeyState) -> str:
        if not state.server:
            return self.tr(
                "This database is a file on this computer: its own key seals its documents. "
                "The post key is only for a PostgreSQL server."
            )
        if state.unreadable:
            return self.tr(
                "The file in the post key's place on this computer is not a post key. "
                "Import the post key again from a computer that has it."
            )
        if state.here is not None:
            return self.tr("This computer has the post key (fingerprint {fingerprint}).").format(
                fingerprint=state.here
            )
        if state.given is not None:
            return self.tr(
                "This computer does not have the post key (fingerprint {fingerprint}), so "
                "documents cannot be attached or opened here. Export it on a computer that "
                "has it, then import that file here."
            ).format(fingerprint=state.given)
        return self.tr(
            "This database has no post key yet, so no document can be attached. Generate "
            "it once for the post, then export it to the other computers."
        )

    @staticmethod
    def _choose_key_to_import(parent: QWidget) -> Path | None:
        title = parent.tr("Import the post key")
        pattern = parent.tr("Post key files (*.key);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
        return Path(name) if name else None

    @staticmethod
    def _choose_export_target(parent: QWidget) -> Path | None:
        title = parent.tr("Export the post key")
        pattern = parent.tr("Post key files (*.key)")
        # Core refuses a file that exists: no overwrite question here that it would contradict.
        options = QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(parent, title, "post.key", pattern, "", options)
        return Path(name) if name else None

    def _set_buttons(self, state: PostKeyState | None) -> None:
        server = state is not None and state.server
        here = server and state is not None and state.here is not None
        given = state is not None and state.given is not None
        self.generate_button.setEnabled(server and not given and not here)
        self.import_button.setEnabled(server and not here)
        self.export_button.setEnabled(here)

    # The steps

    def generate(self) -> Operation[PostKey] | None:
        question = self.tr(
            "Generate the post key for this database? Documents attached from now on are "
            "sealed with it; export it to every computer of the post and to the backups, "
            "since without it they cannot be read."
        )
        if not self._context.prompts.ask(self, self.tr("Generate the post key"), question):
            return None
        db, actor = self._context.db, self._context.actor
        return self._run(
            lambda _r: generate_post_key(db, actor),
            self.tr("Post key {fingerprint} generated and kept on this computer."),
        )

    def import_key(self) -> Operation[PostKey] | None:
        source = self.choose_import(self)
        if source is None:
            return None
        db, actor = self._context.db, self._context.actor
        return self._run(
            lambda _r: import_post_key(db, actor, source),
            self.tr("Post key {fingerprint} imported: documents can be attached and opened here."),
        )

    def export_key(self) -> Operation[PostKey] | None:
        question = self.tr(
            "Export the post key to a file? Whoever holds the file and a copy of the "
            "database can read every document: keep it as safe as the database itself "
            "(only your account can read the file)."
        )
        if not self._context.prompts.ask(self, self.tr("Export the post key"), question):
            return None
        target = self.choose_export(self)
        if target is None:
            return None
        db, actor = self._context.db, self._context.actor
        return self._run(
            lambda _r: export_post_key(db, actor, target),
            self.tr("Post key {fingerprint} written to {path}."),
        )

    def _run(self, work: Callable[[ReportProgress], PostKey], said: str) -> Operation[PostKey]:
        def done(made: PostKey) -> None:
            self.outcome.setText(said.format(fingerprint=made.fingerprint, path=made.path))
            self.refresh()

        operation = Operation(self._context.runner, work, self.tr("Post key…"))
        return operation.success(done).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.outcome.setText(error_text(error))
