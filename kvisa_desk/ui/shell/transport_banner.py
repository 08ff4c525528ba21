"""A banner over the window when the database URL turns TLS off on purpose (sslmode=disable):
everything the officers read and type crosses the network in the clear (trust.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kvisa_desk.core.database import Database, unencrypted_connection


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportBanner", text)


def with_transport_banner(db: Database, content: QWidget) -> QWidget:
    """CONTENT as it is, or under a banner when the connection is not encrypted."""
    if not unencrypted_connection(db):
        return content
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = QLabel(
        _tr(
            "The connection to the database server is not encrypted (sslmode=disable): "
            "applicants' data crosses the network in the clear. Ask the administrator to "
            "use sslmode=require."
        ),
        holder,
    )
    banner.setObjectName("transport_banner")
    banner.setTextFormat(Qt.TextFormat.PlainText)
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #fff3cd; color: #5c4200; padding: 6px;")
    banner.setAccessibleName(_tr("Unencrypted connection"))
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
