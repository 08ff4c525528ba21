"""A shared database server that stops answering: the window says so plainly, keeps what
the officer typed (nothing is reloaded or thrown away), retries on its own, and says when the
server is back so the officer saves again. Nothing is queued to be saved behind their back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from kvisa_desk.core.database import Database
from kvisa_desk.core.errors import ServerUnreachable
from kvisa_desk.ui.shell.read_only_banner import add_banner
from kvisa_desk.ui.widgets.error_text import error_text
from kvisa_desk.ui.widgets.operations import Operation, OperationRunner, ReportProgress

RETRY_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerWatch", text)


class ServerWatch(QObject):
    """Hears every failed operation; after a lost server, asks it again until it answers."""

    went_offline = Signal(str)  # the plain message
    back_online = Signal()

    def __init__(
        self,
        db: Database,
        runners: list[OperationRunner],
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.offline = False
        self.attempts = 0
        # Its own worker: a probe never waits behind (or delays) the officer's work.
        self._probes = OperationRunner(self)
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.retry)
        for runner in runners:
            runner.failed.connect(self._heard_failure)

    def _heard_failure(self, error: BaseException) -> None:
        if isinstance(error, ServerUnreachable) and not self.offline:
            self.offline = True
            self.timer.start()
            self.went_offline.emit(error_text(error))

    def retry(self) -> None:
        if self._probing:
            return
        self._probing = True
        self.attempts += 1
        db = self._db

        def probe(_report: ReportProgress) -> None:
            db.ping()

        Operation(self._probes, probe).success(self._answered).failure(self._no_answer).run()

    def _answered(self, _result: object) -> None:
        self._probing = False
        if self.offline:
            self.offline = False
            self.timer.stop()
            self.back_online.emit()

    def _no_answer(self, _error: BaseException) -> None:
        self._probing = False

    def stop(self) -> None:
        self.timer.stop()
        self._probes.wait()


class ServerOfflineBanner(QFrame):
    """The strip across the top of the window while the server does not answer."""

    def __init__(self, watch: ServerWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverOfflineBanner")
        self.setStyleSheet(
            "#serverOfflineBanner { background: #f8d7da; border: 1px solid #d9534f; }"
            " #serverOfflineBanner QLabel { color: #6b1a1a; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        seconds = max(1, watch.timer.interval() // 1000)
        self.label.setText(
            _tr(
                "The database server cannot be reached. Nothing was saved since it went away, "
                "and nothing is queued: what you typed stays in the open windows. Trying "
                "again every {seconds} s; save again when the server answers."
            ).format(seconds=seconds)
        )
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(_tr("&Retry now"), self)
        self.retry_button.clicked.connect(watch.retry)
        layout.addWidget(self.retry_button)
        self.hide()


def watch_the_server(
    window: QMainWindow,
    db: Database,
    runners: list[OperationRunner],
    refresh: Callable[[], object] | None = None,
) -> ServerWatch | None:
    """For a shared server: the watch, its banner above the window's content, the status line;
    `refresh` reads again, when the server answers, what was left blank meanwhile."""
    if db.is_sqlite:
        return None
    watch = ServerWatch(db, runners, parent=window)
    banner = ServerOfflineBanner(watch)
    add_banner(window, banner)

    def offline(_message: str) -> None:
        banner.show()

    def online() -> None:
        banner.hide()
        if refresh is not None:  # rows left blank while the server was away
            refresh()
        window.statusBar().showMessage(
            _tr("The database server answers again: save what you were working on.")
        )

    watch.went_offline.connect(offline)
    watch.back_online.connect(online)
    window.destroyed.connect(watch.stop)
    return watch
