"""Long work off the UI thread: a progress dialog with a working Cancel, results back on the UI thread.

    Operation(import_table, parent=window, title=translate("Operations", "正在导入…")) \\
        .success(show_result).start()

The function runs on a worker thread and receives two callbacks:
``progress(done, total, text="")`` and ``cancelled() -> bool``; it checks
``cancelled()`` between steps and stops (returning or raising ``Cancelled``),
leaving nothing half-written. Its return value arrives on the UI thread through
``succeeded``; an exception through ``failed``, shown by default as one plain
message for a ``UserError`` or an apology plus a crash log for a bug. A running
operation keeps a reference to itself until it finishes, so callers need not.

Database writes go through ``write_lane()``: one thread that never expires, so
SQLite has one writer and a connection made on that thread stays usable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.ui import errors
from desktop.ui.i18n import translate
from desktop.ui.forms.ui_progress_dialog import Ui_ProgressDialog

Progress = Callable[..., None]
IsCancelled = Callable[[], bool]
Job = Callable[[Progress, IsCancelled], Any]


class Cancelled(Exception):
    """Raised by a job that stops because the user pressed Cancel."""


def is_cancellation(exc: BaseException) -> bool:
    """Our ``Cancelled``, or one of the core's (workspace, printing, bundle): a ``UserError`` with exit code 130."""
    from desktop.core.errors import UserError

    return isinstance(exc, Cancelled) or (isinstance(exc, UserError) and getattr(exc, "exit_code", None) == 130)


# ---------------------------------------------------------------- pools
_write_lane: QThreadPool | None = None


def write_lane() -> QThreadPool:
    """The single serial lane for database writes (FIFO, one thread, never expires)."""
    global _write_lane
    if _write_lane is None:
        _write_lane = QThreadPool()
        _write_lane.setObjectName("write-lane")
        _write_lane.setMaxThreadCount(1)
        _write_lane.setExpiryTimeout(-1)
    return _write_lane


def background_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class InlinePool:
    """Runs each job at once on the calling thread: deterministic tests, same code path otherwise."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


def drain(timeout_ms: int = 30000) -> bool:
    """Wait for queued writes before quitting, so closing the window never drops one."""
    return write_lane().waitForDone(timeout_ms) if _write_lane is not None else True


# ---------------------------------------------------------------- the progress dialog
class ProgressDialog(QDialog):
    """Title, bar, current step and Cancel. Closing the dialog (Esc, ×) means Cancel too."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None, title: str = "", cancellable: bool = True):
        super().__init__(parent)
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title or translate("Operations", "请稍候"))
        self.ui.titleLabel.setText(title or translate("Operations", "正在处理…"))
        self._cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setEnabled(cancellable)
        self.ui.buttonBox.rejected.connect(self.request_cancel)
        self._allow_close = False

    def set_progress(self, done: int, total: int, text: str = "") -> None:
        bar = self.ui.progressBar
        if total > 0:
            bar.setMaximum(total)
            bar.setValue(min(done, total))
        else:
            bar.setMaximum(0)  # busy indicator: the job cannot say how far it is
        if text:
            self.ui.detailLabel.setText(text)

    def request_cancel(self) -> None:
        if not self._cancel.isEnabled():
            return
        self._cancel.setEnabled(False)
        self.ui.titleLabel.setText(translate("Operations", "正在取消，请稍候…"))
        self.cancelRequested.emit()

    def reject(self) -> None:  # Esc or the window's close button
        if self._allow_close:
            super().reject()
        else:
            self.request_cancel()

    def finish(self) -> None:
        self._allow_close = True
        self.close()
        self.deleteLater()


# ---------------------------------------------------------------- the operation
class _Runnable(QRunnable):
    def __init__(self, op: "Operation"):
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        self.op._execute()


class Operation(QObject):
    """One background job. Build it, connect or pass callbacks, ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()  # after whichever of the three above

    # worker → UI thread (emitted on the worker thread; queued because this object lives on the UI thread)
    _progress_from_worker = Signal(int, int, str)
    _result_from_worker = Signal(str, object)

    _running: set["Operation"] = set()
    DIALOG_DELAY_MS = 400  # quick jobs finish before a dialog would flash up

    def __init__(
        self,
        fn: Job,
        *,
        parent: QWidget | None = None,
        title: str = "",
        cancellable: bool = True,
        show_progress: bool = True,
        lane: str = "background",
        pool=None,
        dialog_delay_ms: int | None = None,
    ):
        super().__init__()
        self._fn = fn
        self._parent = parent
        self.title = title
        self.cancellable = cancellable
        self.show_progress = show_progress
        self._pool = pool or (write_lane() if lane == "write" else background_pool())
        self._delay = self.DIALOG_DELAY_MS if dialog_delay_ms is None else dialog_delay_ms
        self._cancel_flag = threading.Event()
        self._done = False
        self._failure_handled = False
        self.dialog: ProgressDialog | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.worker_thread: int | None = None
        self._progress_from_worker.connect(self._on_progress)
        self._result_from_worker.connect(self._on_result)

    # ------------------------------------------------------------ builder
    def success(self, callback: Callable[[Any], None]) -> "Operation":
        self.succeeded.connect(callback)
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Operation":
        """Replace the default error message with your own handling."""
        self._failure_handled = True
        self.failed.connect(callback)
        return self

    def on_cancel(self, callback: Callable[[], None]) -> "Operation":
        self.cancelled.connect(callback)
        return self

    def start(self) -> "Operation":
        Operation._running.add(self)
        if self.show_progress:
            self.dialog = ProgressDialog(self._parent, self.title, self.cancellable)
            self.dialog.setModal(True)
            self.dialog.cancelRequested.connect(self.cancel)
            if self._delay <= 0:
                self.dialog.show()
            else:
                QTimer.singleShot(self._delay, self, self._show_dialog_if_running)
        self._pool.start(_Runnable(self))
        return self

    # ------------------------------------------------------------ control
    def cancel(self) -> None:
        self._cancel_flag.set()

    def is_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    @property
    def running(self) -> bool:
        return not self._done

    @classmethod
    def running_operations(cls) -> set["Operation"]:
        return set(cls._running)

    # ------------------------------------------------------------ worker side
    def _execute(self) -> None:
        self.worker_thread = threading.get_ident()

        def progress(done: int, total: int = 0, text: str = "") -> None:
            self._progress_from_worker.emit(int(done), int(total), str(text))

        try:
            value = self._fn(progress, self.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none escapes the thread
            self._result_from_worker.emit("cancelled" if is_cancellation(exc) else "failed", None if is_cancellation(exc) else exc)
        else:
            self._result_from_worker.emit("cancelled" if self.is_cancelled() else "succeeded", value)

    # ------------------------------------------------------------ UI side
    def _show_dialog_if_running(self) -> None:
        if not self._done and self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None:
            self.dialog.set_progress(done, total, text)
        self.progressed.emit(done, total, text)

    def _live_parent(self) -> QWidget | None:
        """The parent window, or None if it was closed while the job ran (its C++ object is gone)."""
        return self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None

    def _on_result(self, outcome: str, value: object) -> None:
        self._done = True
        if self.dialog is not None:
            if shiboken6.isValid(self.dialog):
                self.dialog.finish()
            self.dialog = None
        try:
            if outcome == "succeeded":
                self.result = value
                self.succeeded.emit(value)
            elif outcome == "cancelled":
                self.result = value  # what a job that stops between steps had finished (it may keep it)
                self.cancelled.emit()
            else:
                self.error = value  # type: ignore[assignment]
                if not self._failure_handled:
                    errors.show_error(self._live_parent(), value)  # type: ignore[arg-type]
                self.failed.emit(value)
            self.finished.emit()
        finally:
            Operation._running.discard(self)


def run_write(
    fn: Callable[[], Any], *, parent: QWidget | None = None, on_success: Callable[[Any], None] | None = None, pool=None
) -> Operation:
    """A database write on the serial lane, without a dialog (writes are short); failures are still shown."""
    op = Operation(lambda _p, _c: fn(), parent=parent, show_progress=False, lane="write", pool=pool)
    if on_success is not None:
        op.success(on_success)
    return op.start()
