"""A frame that accepts files dragged from the file manager and says which ones arrived.

It only collects local paths; what happens to them (hashing, copying into the
workspace) is the attach operation's business, so the widget stays trivial to
test with a real ``QDropEvent``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QFrame


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag (web links and other schemes are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def files_to_attach(mime: QMimeData) -> list[Path]:
    """The dragged local files, unless the drag is the office's review file alone: the window imports that."""
    paths = local_paths(mime)
    if len(paths) == 1 and paths[0].suffix.lower() == ".zip":
        from desktop.ui.feedback_ui import looks_like_review_file

        if looks_like_review_file(paths[0]):
            return []
    return paths


class DropArea(QFrame):
    """Emits ``filesDropped([Path, …])``; highlighted while a usable drag hovers over it."""

    filesDropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setProperty("dragActive", False)

    def _set_active(self, active: bool) -> None:
        self.setProperty("dragActive", active)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if self.isEnabled() and files_to_attach(event.mimeData()):
            event.acceptProposedAction()
            self._set_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 - Qt API
        if self.isEnabled() and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event):  # noqa: N802 - Qt API
        self._set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt API
        self._set_active(False)
        paths = local_paths(event.mimeData()) if self.isEnabled() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(paths)
