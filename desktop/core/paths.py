"""Where things live: bundled resources, the per-user data folder, the default workspace.

One module so that tests (and the portable build) can redirect every location
through environment variables instead of patching call sites.

Environment overrides, strongest first:
  EVIDENCE_DESK_WORKSPACE  the workspace folder (the CLI's --workspace beats it)
  EVIDENCE_DESK_HOME       the per-user data folder (settings, catalog library, logs)
  EVIDENCE_DESK_PORTABLE   "1": keep everything beside the program (USB-stick use)
A file named ``portable.txt`` beside the program also turns portable mode on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "EvidenceDesk"
PORTABLE_MARKER = "portable.txt"


def is_frozen() -> bool:
    """True inside the PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder holding the program (the executable when frozen, the checkout otherwise)."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """Bundled read-only data: catalogs, fonts, translations, icons."""
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", program_dir()))
        return base / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def is_portable() -> bool:
    if os.environ.get("EVIDENCE_DESK_PORTABLE", "").strip() in {"1", "true", "yes"}:
        return True
    return is_frozen() and (program_dir() / PORTABLE_MARKER).exists()


def _platform_data_root() -> Path:
    if sys.platform.startswith("win"):
        root = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(root)
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME")
    return Path(xdg) if xdg else Path.home() / ".local" / "share"


def data_dir() -> Path:
    """Per-user writable data: settings, the user's catalog library, logs."""
    env = os.environ.get("EVIDENCE_DESK_HOME")
    if env:
        return Path(env)
    if is_portable():
        return program_dir() / "data"
    return _platform_data_root() / APP_DIR_NAME


def default_workspace() -> Path:
    env = os.environ.get("EVIDENCE_DESK_WORKSPACE")
    if env:
        return Path(env)
    if is_portable():
        return program_dir() / "workspace"
    return data_dir() / "workspace"


def catalog_library_dir() -> Path:
    """Catalogs the user imported and saved (``catalog import --save``)."""
    return data_dir() / "catalogs"


def log_dir() -> Path:
    return data_dir() / "logs"


def settings_file() -> Path:
    return data_dir() / "settings.ini"
