"""The office's window: receive bundles by drag and drop, the indicators × units matrix, one cell's evidence, reviews.

``OfficeWindow(office_workspace)`` is what the first-run wizard opens for 依法治市办.
"""

from desktop.ui.office.window import OfficeWindow

__all__ = ["OfficeWindow"]
