"""The post-settings dialog: pages on the left, their options on the right, one post at a time.

Saving goes through core (`update_post_settings`), which validates, versions and records the
change; a refused value is explained inside the dialog and nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvisa_desk.core.cases.worklist import known_posts
from kvisa_desk.core.checks.report import pack_in_force
from kvisa_desk.core.post.settings import PostSettingsView, load_post_settings, update_post_settings
from kvisa_desk.ui.admin.settings_options import Option, SettingsPage
from kvisa_desk.ui.admin.settings_pages import post_settings_pages
from kvisa_desk.ui.widgets.context import DeskContext
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.icons import icon
from kvisa_desk.ui.widgets.operations import Operation, ReportProgress

FALLBACK_POST = "HQ"


def _plain(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


class PostSettingsDialog(QDialog):
    saved = Signal(object)  # the new PostSettingsView

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Post settings"))
        self.pages: list[SettingsPage] = post_settings_pages(pack_in_force())
        self.view: PostSettingsView | None = None

        self.post = QComboBox(self)
        self.post.setObjectName("settings.post")
        self.post.setEditable(True)
        self.post.setAccessibleName(self.tr("Post"))
        self.post.addItems(known_posts(context.db) or [FALLBACK_POST])
        self.post.currentTextChanged.connect(self._post_changed)
        post_label = QLabel(self.tr("&Post:"), self)
        post_label.setBuddy(self.post)
        self.version = _plain("", self, "settings.version")

        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.page_list.addItem(page.title)
            self.stack.addWidget(self._page_widget(page))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.page_list.setMaximumWidth(self.page_list.sizeHintForColumn(0) + 24)

        self.error = _plain("", self, "settings.error")
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(post_label)
        top.addWidget(self.post)
        top.addWidget(self.version, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.page_list)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 600)
        self._post_changed(self.post.currentText())

    @property
    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def option(self, name: str) -> Option:
        for page in self.pages:
            for option in page.options:
                if option.name == name:
                    return option
        raise KeyError(name)

    def _page_widget(self, page: SettingsPage) -> QWidget:
        body = QWidget(self)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_plain(page.intro, body))
        for option in page.options:
            caption = QLabel(option.title, body)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            if option.assumption:
                caption.setText(self.tr("{name}  [ASSUMPTION]").format(name=option.title))
                caption.setToolTip(self.tr("The published sources do not settle this value."))
            field = QWidget(body)
            row = QHBoxLayout(field)
            row.setContentsMargins(0, 0, 0, 0)
            editor = option.create(field)
            caption.setBuddy(editor)
            row.addWidget(editor, 1)
            if option.editable:
                reset = QPushButton(self.tr("Default"), field)
                reset.setToolTip(
                    self.tr("Back to {value}").format(value=option.shown_value(option.default))
                )
                reset.clicked.connect(option.reset)
                row.addWidget(reset)
            column = QVBoxLayout()
            column.addWidget(field)
            hint = _plain(option.description, body)
            hint.setStyleSheet("color: palette(placeholder-text)")
            column.addWidget(hint)
            if option.assumption:
                mark = QLabel(body)
                mark.setTextFormat(Qt.TextFormat.PlainText)
                mark.setPixmap(icon("assumption").pixmap(14, 14))
                row.insertWidget(0, mark)
            form.addRow(caption, column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _post_changed(self, post: str) -> None:
        post = post.strip()
        if not post:
            return
        self.view = load_post_settings(self._context.db, post)
        for page in self.pages:
            page.load(self.view.values)
        self._show_version()

    def _show_version(self) -> None:
        assert self.view is not None
        if self.view.version == 0:
            text = self.tr("Version 0: the rule pack's defaults, never changed at this post")
        else:
            text = self.tr("Version {version}").format(version=self.view.version)
        self.version.setText(text)

    def pending(self) -> tuple[dict[str, Any], list[str]]:
        assert self.view is not None
        changes: dict[str, Any] = {}
        reset: list[str] = []
        for page in self.pages:
            changed, cleared = page.changes(self.view.values)
            changes.update(changed)
            reset.extend(cleared)
        return changes, reset

    def save(self) -> Operation[PostSettingsView] | None:
        changes, reset = self.pending()
        post = self.post.currentText().strip()
        if not changes and not reset:
            self.error.setVisible(False)
            return None
        db, actor = self._context.db, self._context.actor

        def work(_report: ReportProgress) -> PostSettingsView:
            return update_post_settings(db, post, changes, actor, tuple(reset))

        self.save_button.setEnabled(False)
        operation = Operation(self._context.runner, work, self.tr("Saving the post settings…"))
        return operation.success(self._saved).failure(self._refused).run()

    def _saved(self, view: PostSettingsView) -> None:
        self.save_button.setEnabled(True)
        self.error.setVisible(False)
        self.view = view
        for page in self.pages:
            page.load(view.values)
        self._show_version()
        self.saved.emit(view)

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        message = error_text(error)
        self.error.setText(self.tr("Not saved: {reason}").format(reason=message))
        self.error.setVisible(True)
