"""Handing files to the operating system: open with the default program, show in the file manager.

"Show in folder" has no Qt API; each platform has its own way of selecting a
file in its file manager, and where none is known the folder is opened.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal_command(path: Path, platform: str | None = None) -> list[str] | None:
    """The command that selects ``path`` in the platform's file manager, or None to just open the folder."""
    platform = platform or sys.platform
    path = Path(path)
    if platform.startswith("win"):
        return ["explorer", f"/select,{path}"]
    if platform == "darwin":
        return ["open", "-R", str(path)]
    # UOS/Kylin and other Linux desktops: the freedesktop FileManager1 interface selects the file.
    if shutil.which("dbus-send"):
        return [
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.FileManager1",
            "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1.ShowItems",
            f"array:string:{QUrl.fromLocalFile(str(path)).toString()}", "string:",
        ]
    return None


def show_in_folder(path: Path) -> bool:
    cmd = reveal_command(path)
    if cmd is not None:
        try:
            result = subprocess.run(cmd, capture_output=True, timeout=5, check=False)
            # explorer /select returns 1 even when it worked
            if result.returncode == 0 or sys.platform.startswith("win"):
                return True
        except (OSError, subprocess.TimeoutExpired):
            pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
