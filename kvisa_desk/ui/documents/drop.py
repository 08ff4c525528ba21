"""Files dropped on a case: which of them can be offered for attaching, and a first guess at
what kind of document each is (from the name in English or Chinese, then the content).

The guess only preselects the choice the officer confirms; core still decides from the
content whether the file is accepted at all.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from kvisa_desk.content import IMAGE_MEDIA_TYPES, sniff_media_type
from kvisa_desk.vocab import DocumentType

SNIFF_BYTES = 64  # enough for every magic number core accepts
EXIF_ORIENTATION = 0x0112
TURNED_ORIENTATIONS = (5, 6, 7, 8)  # a camera held sideways: width and height swap

# First match wins: "passport photo" is a photo, "employment certificate" a proof of post.
_NAME_HINTS: tuple[tuple[str, DocumentType], ...] = (
    (r"photo|portrait|headshot|照片|相片|证件照", DocumentType.PHOTO),
    (r"transcript|grades|marks|成绩", DocumentType.TRANSCRIPT),
    (r"passport|护照", DocumentType.PASSPORT_SCAN),
    (
        r"employ|contract|post|position|job|appointment|work|聘|工作|任职",
        DocumentType.PROOF_OF_POST,
    ),
    (r"application|\bform\b|申请", DocumentType.APPLICATION_FORM),
    (r"degree|diploma|certificate|学位|毕业", DocumentType.DEGREE_CERTIFICATE),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentDrop", text)


def _by_name(name: str) -> str | None:
    lowered = name.lower()
    for pattern, kind in _NAME_HINTS:
        if re.search(pattern, lowered):
            return kind.value
    return None


def _image_is_upright(path: Path) -> bool:
    """Taller than wide, as passport photos are (passport scans lie on their side)."""
    from PIL import Image

    try:
        with Image.open(path) as image:  # reads the header only
            width, height = image.size
            turned = image.getexif().get(EXIF_ORIENTATION) in TURNED_ORIENTATIONS
    except Exception:  # not Pillow's to decide here: core checks the content when attaching
        return False
    return (width > height) if turned else (height > width)


def guess_document_type(path: Path) -> str:
    """The likeliest document type for a dropped file; `other` when nothing hints."""
    by_name = _by_name(path.stem)
    if by_name is not None:
        return by_name
    try:
        with path.open("rb") as handle:
            media_type = sniff_media_type(handle.read(SNIFF_BYTES))
    except OSError:
        return DocumentType.OTHER.value
    if media_type in IMAGE_MEDIA_TYPES:
        upright = _image_is_upright(path)
        return (DocumentType.PHOTO if upright else DocumentType.PASSPORT_SCAN).value
    return DocumentType.OTHER.value


def dropped_files(mime: QMimeData) -> tuple[list[Path], list[str]]:
    """The regular local files among dropped URLs, and why each other one is not offered."""
    files: list[Path] = []
    problems: list[str] = []
    for url in mime.urls():
        if not url.isLocalFile():
            problems.append(
                _tr("Not attached: {url} is not a file on this computer; save it first.").format(
                    url=url.toDisplayString()
                )
            )
            continue
        path = Path(url.toLocalFile())
        try:
            mode = path.stat().st_mode
        except OSError:
            problems.append(_tr("Not attached: {name} cannot be read.").format(name=path.name))
            continue
        if stat.S_ISDIR(mode):
            problems.append(
                _tr("Not attached: {name} is a folder; drop the files in it.").format(
                    name=path.name
                )
            )
        elif not stat.S_ISREG(mode):
            problems.append(_tr("Not attached: {name} is not a file.").format(name=path.name))
        else:
            files.append(path)
    return files, problems


class FileDropTarget(QObject):
    """Lets a widget take dropped files: installed as an event filter on each drop zone."""

    def __init__(self, dropped: Callable[[QMimeData], object], parent: QObject) -> None:
        super().__init__(parent)
        self._dropped = dropped
        self._intercepted: set[QWidget] = set()

    def watch(self, *widgets: object) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)  # type: ignore[attr-defined]
            widget.installEventFilter(self)  # type: ignore[attr-defined]

    def intercept(self, root: QWidget) -> None:
        """Files dropped on any widget under `root` that takes drops (a text field) come
        here too; dropped text still goes to the field."""
        for widget in root.findChildren(QWidget):
            if widget.acceptDrops() and widget not in self._intercepted:
                self._intercepted.add(widget)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if not event.mimeData().hasUrls():
                return False
            event.acceptProposedAction()
            self._dropped(event.mimeData())
            return True
        return super().eventFilter(watched, event)
