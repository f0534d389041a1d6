"""Start-up to a usable window: Evidence Desk on a workspace of 1,000 attachments vs a bare PySide6 QMainWindow.

All run in a fresh ``python`` on the offscreen platform, are shown at 1366×768
and have their first events processed; the wall time of the whole process is
measured (interpreter start, imports, opening the workspace, progress over the
catalog, building the window, closing the workspace, exit), so the numbers
differ only by what the program itself adds. The workspace is filled through
the real ``attach`` beforehand (not timed).
"""

from __future__ import annotations

import os
import sys
import tempfile

from benchlib import Context, python, table

TITLE = "GUI start-up"

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
app.processEvents()
"""

BARE_CHINESE = """
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
QFontDatabase.addApplicationFont("resources/fonts/wqy-microhei.ttc")
w = QMainWindow()
w.setCentralWidget(QLabel("印证资料报送：第55项 行政执法全过程记录"))
w.resize(1366, 768)
w.show()
app.processEvents()
"""

OURS = """
from desktop.ui import app as gui
from desktop.core.catalog import library
from desktop.ui.profile import Profile
qapp = gui.create_application(lang="zh_CN")
catalog = library.load()
profile = Profile(catalog.id, "市司法局", ("各行政执法单位",))
w = gui.build_main_window(catalog, profile, restore_geometry=False)
w.resize(1366, 768)
w.show()
qapp.processEvents()
"""

OURS_SELECTED = OURS + """
w.select_indicator("43")
qapp.processEvents()
"""

# What `evidence-desk --workspace DIR gui` does, minus the event loop: open, build, show, first paint.
WORKSPACE = """
import sys
from desktop.ui import app as gui
from desktop.ui.launcher import Launcher
from desktop.ui.settings import Settings
qapp = gui.create_application(lang="zh_CN")
w = Launcher(Settings(sys.argv[2]), restore_geometry=False).open_folder(sys.argv[1])
w.resize(1366, 768)
w.show()
qapp.processEvents()
"""

# The floor under ours: a bare window plus opening the workspace and computing its progress (no widgets of ours).
BARE_WORKSPACE = BARE + """
import sys
from desktop.core.workspace import Workspace
ws = Workspace.open(sys.argv[1])
ws.progress()
"""

WORKSPACE_SELECTED = WORKSPACE + """
w.select_indicator("55")
qapp.processEvents()
"""

WORKSPACE_CLOSED = WORKSPACE + """
w.close()
"""
ATTACHMENTS = 1000


def gui_python(root: str) -> str:
    """This Python if it has PySide6, else the project's .venv (bench/run may be started by the system python3)."""
    import importlib.util

    if importlib.util.find_spec("PySide6") is not None:
        return python()
    for candidate in (os.path.join(root, ".venv", "bin", "python"), os.path.join(root, ".venv", "Scripts", "python.exe")):
        if os.path.exists(candidate):
            return candidate
    raise RuntimeError("PySide6 is not installed for this Python; run packaging/dev test once to create .venv")


def run(ctx: Context) -> str:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    home = tempfile.mkdtemp(prefix="ed-bench-home-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EVIDENCE_DESK_HOME=home, EVIDENCE_DESK_LANG="zh_CN",
               PYTHONPATH=root)
    repeats = 3 if ctx.quick else 9
    py = gui_python(root)
    from bench_open import build

    ws_dir = build(ctx.tmpdir("startup"), ATTACHMENTS)
    ini = os.path.join(home, "bench-settings.ini")
    timings = [
        ctx.time_cmd("python -c pass", [py, "-c", "pass"], repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("bare PySide6 QMainWindow", [py, "-c", BARE], repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("bare QMainWindow + bundled CJK font + one Chinese label", [py, "-c", BARE_CHINESE],
                     repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("Evidence Desk main window (built-in catalog, 104 indicators)", [py, "-c", OURS],
                     repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("… and an indicator with 5 material cards selected", [py, "-c", OURS_SELECTED],
                     repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("bare QMainWindow + Workspace.open + progress() (the core's share)",
                     [py, "-c", BARE_WORKSPACE, str(ws_dir)], repeats=repeats, env=env, cwd=root),
        ctx.time_cmd(f"Evidence Desk on a workspace of {ATTACHMENTS:,} attachments (overview)",
                     [py, "-c", WORKSPACE, str(ws_dir), ini], repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("… and indicator 55 with its files selected", [py, "-c", WORKSPACE_SELECTED, str(ws_dir), ini],
                     repeats=repeats, env=env, cwd=root),
        ctx.time_cmd("… and the window closed (writes drained, workspace closed)",
                     [py, "-c", WORKSPACE_CLOSED, str(ws_dir), ini], repeats=repeats, env=env, cwd=root),
    ]
    note = (
        "\nWhole-process wall time on the offscreen platform (no window manager, no GPU), median of "
        f"{repeats} runs. Goal: the workspace window under 1 s and within 2× of the bare window. The workspace "
        f"holds {ATTACHMENTS:,} attachments spread over the unit's items (filled through attach, not timed).\n"
    )
    return table(timings, baseline="bare PySide6 QMainWindow") + note


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    print(run(Context(quick="--quick" in sys.argv)))
