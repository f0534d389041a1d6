"""Showing failures to the user: a plain message for UserError, an apology and a crash log for bugs.

Message boxes are opened window-modal with ``open()`` (never ``exec()``) so
the event loop keeps running and tests can find and close them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.crashlog import log_crash
from desktop.core.errors import UserError
from desktop.ui import i18n
from desktop.ui.i18n import translate

_open_boxes: list[QMessageBox] = []


def message_for(exc: BaseException) -> tuple[str, Path | None]:
    """The text the user sees, and the crash log written for a bug (None for a UserError)."""
    if isinstance(exc, UserError):
        return exc.localized(i18n.current()), None
    log = log_crash(exc)
    text = translate("Errors", "程序内部出错（%1），您的数据没有受到影响。").replace("%1", type(exc).__name__)
    if log:
        text += "\n" + translate("Errors", "详细信息已记录在：%1\n请把这个文件发给技术支持。").replace("%1", str(log))
    return text, log


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """Tell the user what went wrong, without blocking; returns the (open) message box."""
    text, _log = message_for(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, UserError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or translate("Errors", "出错了"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.remove(b) if b in _open_boxes else None)
    box.open()
    return box


def install_excepthook(parent_getter=lambda: None) -> None:
    """Exceptions escaping a slot (outside any operation) get the same treatment instead of a silent stderr dump."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            show_error(parent_getter(), exc)
        except Exception:  # the last line of defence must not raise
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
