"""Icons drawn as SVG in resources/icons, loaded by name and cached.

Loaded from files rather than a compiled .qrc: resources/ is already collected
into the frozen build, and one generated module fewer keeps the build simple.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.core import paths


@cache
def icon(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def status_icon(status) -> QIcon:
    """The mark shown beside an indicator for its status (a ``desktop.ui.evidence.Status``)."""
    return icon(f"status-{status.name.lower().replace('_', '-')}")
