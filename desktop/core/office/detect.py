"""Telling an office folder from a unit's one without loading the office code (the launcher asks at every start)."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "office.sqlite3"


def is_office_workspace(path: Path | str) -> bool:
    """True when ``path`` holds an office workspace (what the first-run wizard asks before opening one)."""
    try:
        return (Path(path) / DB_NAME).is_file()
    except OSError:
        return False
