"""Qt's own texts that its shipped Chinese catalogue (qtbase_zh_CN.qm) lacks, because Qt 6
changed them (a mnemonic added) or never translated them: listed here, under the context Qt
asks with, so our catalogue translates them and a Chinese window shows no English in Qt's
file dialog. Nothing imports this module; the catalogue's extractor reads it."""

from __future__ import annotations

from kvisa_desk.ui.widgets.labels import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # the Type column of a folder
)
