"""Questions and error messages to the officer, replaceable so tests never block on a modal.

Messages are plain text: an error may quote a name or a path, and a QMessageBox would
otherwise guess that text with `<` in it is HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Ask = Callable[[QWidget | None, str, str], bool]  # (parent, title, question) -> yes?
Tell = Callable[[QWidget | None, str, str], None]  # (parent, title, message)
# (parent, title, question) -> "save", "discard" or "cancel": closing with unsaved edits.
Choose = Callable[[QWidget | None, str, str], str]


def question_box(
    parent: QWidget | None, title: str, question: str, *, default_yes: bool = True
) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    box.setDefaultButton(default)
    return box


def ask_question(parent: QWidget | None, title: str, question: str) -> bool:
    return question_box(parent, title, question).exec() == QMessageBox.StandardButton.Yes


def ask_question_default_no(parent: QWidget | None, title: str, question: str) -> bool:
    """A question whose Yes is hard to take back: Enter answers No."""
    box = question_box(parent, title, question, default_yes=False)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def save_discard_cancel(parent: QWidget | None, title: str, question: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return "save"
    return "discard" if answer == buttons.Discard else "cancel"


@dataclass(frozen=True)
class Prompts:
    ask: Ask = ask_question
    error: Tell = show_error
    choose: Choose = save_discard_cancel

    def ask_carefully(self, parent: QWidget | None, title: str, question: str) -> bool:
        """ask(), but the real box's default button is No (a test's own ask answers)."""
        if self.ask is ask_question:
            return ask_question_default_no(parent, title, question)
        return self.ask(parent, title, question)
