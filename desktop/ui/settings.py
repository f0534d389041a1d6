"""Typed settings declared in one place, stored in an ini file, plus window geometry and recent workspaces.

Each option is declared once with its key, type and default (``Option``); code
reads ``settings.language`` and gets a ``str``, never a QVariant that is
"true" on one platform and True on another. The file is
``desktop.core.paths.settings_file()``, so tests (which redirect
EVIDENCE_DESK_HOME) never touch the user's real settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.core import paths

T = TypeVar("T")


class Option(Generic[T]):
    """A typed setting: a descriptor on ``Settings`` that converts what QSettings hands back."""

    def __init__(self, key: str, default: T, kind: type):
        self.key, self.default, self.kind = key, default, kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj: "Settings | None", owner=None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.qsettings.value(self.key, None)
        if raw is None:
            return self.default
        try:
            return self._convert(raw)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or damaged value must not stop the program

    def __set__(self, obj: "Settings", value: T) -> None:
        if self.kind is list or self.kind is dict:
            obj.qsettings.setValue(self.key, json.dumps(value, ensure_ascii=False))
        elif self.kind is bool:
            obj.qsettings.setValue(self.key, "true" if value else "false")
        else:
            obj.qsettings.setValue(self.key, value)

    def _convert(self, raw: Any):
        if self.kind is bool:
            return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "on")
        if self.kind is int:
            return int(raw)
        if self.kind is str:
            return str(raw)
        if self.kind in (list, dict):
            value = json.loads(raw) if isinstance(raw, str) else raw
            if not isinstance(value, self.kind):
                raise ValueError(self.key)
            return value
        if self.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        return raw


class Settings:
    """The program's settings. Declare new ones here, with a default that works on first start."""

    language = Option("ui/language", "zh_CN", str)
    deadline = Option("submission/deadline", "", str)  # ISO date-time; "" = the catalog's deadline
    profile = Option("profile/current", {}, dict)  # from before workspaces: pre-fills the first-run wizard
    recent_workspaces = Option("workspaces/recent", [], list)
    my_indicators_only = Option("view/my_indicators_only", True, bool)
    last_open_dir = Option("paths/last_open_dir", "", str)
    export_dir = Option("export/folder", "", str)  # "" = the workspace's exports folder
    export_part_mb = Option("export/part_mb", 0, int)  # 0 = the default preset

    RECENT_MAX = 8

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else paths.settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self.qsettings.sync()

    # ------------------------------------------------------------ raw values (geometry blobs)
    def value(self, key: str, default=None):
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)

    # ------------------------------------------------------------ recent workspaces
    def add_recent_workspace(self, folder: Path | str) -> list[str]:
        """Most recent first, no duplicates, at most RECENT_MAX."""
        folder = str(Path(folder))
        items = [p for p in self.recent_workspaces if p != folder]
        items.insert(0, folder)
        self.recent_workspaces = items[: self.RECENT_MAX]
        return self.recent_workspaces

    def remove_recent_workspace(self, folder: Path | str) -> None:
        self.recent_workspaces = [p for p in self.recent_workspaces if p != str(Path(folder))]

    def existing_recent_workspaces(self) -> list[str]:
        """The list as shown in the menu: folders that no longer exist are skipped (a USB stick may be out)."""
        return [p for p in self.recent_workspaces if Path(p).is_dir()]


_instances: dict[Path, Settings] = {}


def settings() -> Settings:
    """The settings for the current data folder (one object per file, so every window sees the same values)."""
    path = paths.settings_file()
    if path not in _instances:
        _instances[path] = Settings(path)
    return _instances[path]


class GeometryMixin:
    """Remember a window's size and position and every named splitter's sizes across runs.

    Call ``restore_geometry()`` at the end of ``__init__`` and ``save_geometry()``
    from ``closeEvent`` (``closeEvent`` here does it for you). The key is the
    widget's objectName, so each kind of window remembers its own.
    """

    def _geometry_key(self: QWidget, what: str) -> str:
        return f"geometry/{self.objectName() or type(self).__name__}/{what}"

    def restore_geometry(self: QWidget, store: Settings | None = None) -> bool:
        store = store or settings()
        restored = False
        geo = store.value(self._geometry_key("window"))
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            restored = bool(self.restoreGeometry(geo))
        for splitter in self.findChildren(QSplitter):
            state = store.value(self._geometry_key(f"splitter/{splitter.objectName()}"))
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        return restored

    def save_geometry(self: QWidget, store: Settings | None = None) -> None:
        store = store or settings()
        store.set_value(self._geometry_key("window"), self.saveGeometry())
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.set_value(self._geometry_key(f"splitter/{splitter.objectName()}"), splitter.saveState())
        store.sync()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.save_geometry()
        super().closeEvent(event)
