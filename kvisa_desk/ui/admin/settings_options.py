"""Declarative settings options, in the manner of Picard's option pages.

Each option knows its name, how to show itself, and has `load(value)` and `save()`;
a page is a list of options, and the dialog is built from the pages. The options hold
no database code: the dialog reads the post's settings and saves through core.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

Value = Any


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsOptions", text)


def shown(value: Value) -> str:
    """A setting's value as the dialog writes it (lists comma-separated, booleans yes/no)."""
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass
class Option:
    """One setting: its stored name, the words shown for it, and its default."""

    name: str
    description: str
    default: Value
    assumption: bool = False
    editable: bool = True
    caption: str = ""  # the setting's name in words; the stored name only if it has none
    widget: QWidget | None = field(default=None, init=False)

    @property
    def title(self) -> str:
        return self.caption or self.name

    def shown_value(self, value: Value) -> str:
        return shown(value)

    def create(self, parent: QWidget) -> QWidget:
        """Make the editing widget (once) and return it."""
        self.widget = self._make(parent)
        self.widget.setObjectName(f"setting.{self.name}")
        self.widget.setAccessibleName(self.title)
        self.widget.setAccessibleDescription(self.description)
        self.widget.setEnabled(self.editable)
        self.widget.setToolTip(
            _tr("{description}\nDefault: {default}").format(
                description=self.description, default=self.shown_value(self.default)
            )
        )
        return self.widget

    def _make(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def load(self, value: Value) -> None:
        raise NotImplementedError

    def save(self) -> Value:
        raise NotImplementedError

    def reset(self) -> None:
        self.load(self.default)

    def is_default(self) -> bool:
        return bool(self.save() == self.default)


@dataclass
class IntOption(Option):
    minimum: int = 0
    maximum: int = 1_000_000

    def _make(self, parent: QWidget) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(self.minimum, self.maximum)
        return box

    def _box(self) -> QSpinBox:
        assert isinstance(self.widget, QSpinBox)
        return self.widget

    def load(self, value: Value) -> None:
        self._box().setValue(int(value))

    def save(self) -> Value:
        return self._box().value()


@dataclass
class ChoiceOption(Option):
    choices: tuple[str, ...] = ()
    words: dict[str, str] = field(default_factory=dict)  # each choice in words, by its code

    def shown_value(self, value: Value) -> str:
        return self.words.get(str(value), shown(value))

    def _make(self, parent: QWidget) -> QWidget:
        combo = QComboBox(parent)
        for choice in self.choices:
            combo.addItem(self.shown_value(choice), choice)
        return combo

    def _combo(self) -> QComboBox:
        assert isinstance(self.widget, QComboBox)
        return self.widget

    def load(self, value: Value) -> None:
        index = self._combo().findData(value)
        self._combo().setCurrentIndex(max(index, 0))

    def save(self) -> Value:
        return self._combo().currentData()


@dataclass
class BoolOption(Option):
    def _make(self, parent: QWidget) -> QWidget:
        return QCheckBox(_tr("Yes"), parent)

    def _check(self) -> QCheckBox:
        assert isinstance(self.widget, QCheckBox)
        return self.widget

    def load(self, value: Value) -> None:
        self._check().setChecked(bool(value))

    def save(self) -> Value:
        return self._check().isChecked()


@dataclass
class TextOption(Option):
    """Free text (a letterhead line); core checks it on save."""

    def _make(self, parent: QWidget) -> QWidget:
        return QLineEdit(parent)

    def _edit(self) -> QLineEdit:
        assert isinstance(self.widget, QLineEdit)
        return self.widget

    def load(self, value: Value) -> None:
        self._edit().setText(str(value))
        self._edit().setCursorPosition(0)

    def save(self) -> Value:
        return self._edit().text()


@dataclass
class ListOption(Option):
    """A list of short codes written comma-separated (`05, 06, 07`)."""

    def _make(self, parent: QWidget) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(
            _tr("comma-separated, e.g. {example}").format(example=shown(self.default))
        )
        return edit

    def _edit(self) -> QLineEdit:
        assert isinstance(self.widget, QLineEdit)
        return self.widget

    def load(self, value: Value) -> None:
        self._edit().setText(shown(value))

    def save(self) -> Value:
        parts = [p.strip() for p in self._edit().text().split(",")]
        return [p for p in parts if p]

    def is_default(self) -> bool:
        return list(self.save()) == list(self.default)


@dataclass
class FixedOption(Option):
    """Shown, not changed: a parameter the pack declares not overridable."""

    editable: bool = False

    def _make(self, parent: QWidget) -> QWidget:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def load(self, value: Value) -> None:
        assert isinstance(self.widget, QLabel)
        self.widget.setText(_tr("{value} (fixed by the rule pack)").format(value=shown(value)))

    def save(self) -> Value:
        return self.default

    def create(self, parent: QWidget) -> QWidget:
        widget = super().create(parent)
        widget.setEnabled(True)  # readable and selectable, though not changeable
        return widget


@dataclass
class SettingsPage:
    """A titled list of options; `changes(stored)` compares them with the post's values."""

    title: str
    intro: str
    options: list[Option]

    def load(self, stored: dict[str, Value]) -> None:
        for option in self.options:
            option.load(stored.get(option.name, option.default))

    def changes(self, stored: dict[str, Value]) -> tuple[dict[str, Value], list[str]]:
        """(values to set, names to reset to the default) for what the officer changed."""
        changed: dict[str, Value] = {}
        reset: list[str] = []
        for option in self.options:
            if not option.editable:
                continue
            if option.is_default():
                if option.name in stored:
                    reset.append(option.name)
                continue
            value = option.save()
            if stored.get(option.name) != value:
                changed[option.name] = value
        return changed, reset
