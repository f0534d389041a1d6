"""The operations layer: background jobs with progress, a working Cancel, results and failures on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.core import paths
from desktop.core.errors import UserError
from desktop.ui.operations import Cancelled, InlinePool, Operation, run_write, write_lane
from tests.test_ui_helpers import OFFSCREEN_NOISE, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def open_message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_result_and_progress_arrive_on_the_ui_thread(qtbot, ui_app):
    ui_thread = threading.get_ident()
    progress, threads = [], []

    def job(report, cancelled):
        for n in range(1, 4):
            report(n, 3, f"第 {n} 个文件")
        return threading.get_ident()

    op = Operation(job, title="正在添加文件…", dialog_delay_ms=0)
    op.progressed.connect(lambda d, t, s: (progress.append((d, t, s)), threads.append(threading.get_ident())))
    with qtbot.waitSignal(op.succeeded, timeout=5000) as blocker:
        op.start()
        assert op in Operation.running_operations()  # kept alive while it runs, without the caller holding it
    assert blocker.args[0] != ui_thread  # the job itself ran elsewhere
    assert progress == [(1, 3, "第 1 个文件"), (2, 3, "第 2 个文件"), (3, 3, "第 3 个文件")]
    assert set(threads) == {ui_thread}
    assert op not in Operation.running_operations()
    assert op.dialog is None


def test_cancel_button_stops_the_job(qtbot, ui_app):
    started = threading.Event()
    steps = []

    def job(report, cancelled):
        for n in range(1000):
            if cancelled():
                raise Cancelled
            steps.append(n)
            report(n, 1000)
            started.set()
            time.sleep(0.005)
        return "finished"

    op = Operation(job, title="正在导出…", dialog_delay_ms=0)
    results = []
    op.succeeded.connect(results.append)
    with qtbot.waitSignal(op.cancelled, timeout=10000):
        op.start()
        qtbot.waitUntil(lambda: started.is_set() and op.dialog is not None and op.dialog.isVisible())
        qtbot.waitUntil(lambda: op.dialog.ui.progressBar.value() > 0)
        cancel = op.dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "取消"  # Qt's own button follows the language
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert results == []
    assert 0 < len(steps) < 1000
    assert op.dialog is None and not op.running


def test_a_job_that_returns_after_cancel_counts_as_cancelled(qtbot, ui_app):
    op = Operation(lambda report, cancelled: "done anyway", show_progress=False, pool=InlinePool())
    op.cancel()
    with qtbot.waitSignal(op.cancelled, timeout=1000):
        op.start()


def test_user_error_shows_its_chinese_message(qtbot, ui_app):
    def job(report, cancelled):
        raise UserError("文件“a.pdf”已被其他程序占用。请关闭该程序后再试。", en="a.pdf is locked.")

    op = Operation(job, show_progress=False)
    with qtbot.waitSignal(op.failed, timeout=5000):
        op.start()
    boxes = open_message_boxes()
    assert len(boxes) == 1
    assert boxes[0].text() == "文件“a.pdf”已被其他程序占用。请关闭该程序后再试。"
    assert not paths.log_dir().exists() or not list(paths.log_dir().glob("crash-*.log"))
    boxes[0].close()


def test_a_bug_gets_an_apology_and_a_crash_log(qtbot, ui_app):
    def job(report, cancelled):
        return {}["missing"]

    op = Operation(job, show_progress=False)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        op.start()
    assert isinstance(blocker.args[0], KeyError)
    logs = list(paths.log_dir().glob("crash-*.log"))
    assert len(logs) == 1 and "KeyError" in logs[0].read_text(encoding="utf-8")
    box = open_message_boxes()[0]
    assert "程序内部出错" in box.text() and str(logs[0]) in box.text()
    assert "Traceback" not in box.text()
    box.close()


def test_custom_failure_handler_replaces_the_default_message(qtbot, ui_app):
    handled = []
    op = Operation(lambda r, c: 1 / 0, show_progress=False, pool=InlinePool()).failure(handled.append)
    op.start()
    assert isinstance(handled[0], ZeroDivisionError)
    assert open_message_boxes() == []


def test_writes_run_one_at_a_time_in_order_on_one_thread(qtbot, ui_app):
    order, threads, active, peak = [], set(), [0], [0]
    lock = threading.Lock()

    def write(n):
        def fn():
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
            time.sleep(0.01)
            order.append(n)
            threads.add(threading.get_ident())
            with lock:
                active[0] -= 1
            return n
        return fn

    ops = [run_write(write(n)) for n in range(8)]
    with qtbot.waitSignal(ops[-1].finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: all(not op.running for op in ops))
    assert order == list(range(8))
    assert peak[0] == 1 and len(threads) == 1
    assert write_lane().maxThreadCount() == 1 and write_lane().expiryTimeout() == -1


def test_inline_pool_runs_at_once(qtbot, ui_app):
    got = []
    op = run_write(lambda: 42, on_success=got.append, pool=InlinePool())
    assert got == [42] and not op.running


def test_a_window_closed_while_its_job_runs_does_not_break_the_result(qtbot, ui_app):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    release = threading.Event()

    def job(report, cancelled):
        release.wait(5)
        raise UserError("磁盘已满。请清理磁盘后再试。")

    op = Operation(job, parent=parent, dialog_delay_ms=0)
    op.start()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent))
    with qtbot.waitSignal(op.failed, timeout=5000):
        release.set()
    box = open_message_boxes()[0]
    assert box.text() == "磁盘已满。请清理磁盘后再试。" and box.parent() is None
    box.close()
