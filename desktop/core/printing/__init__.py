"""Printing: cover sheets, contents, spine labels, per-indicator and per-unit PDFs, the letter and the evidence list.

Everything takes a ``PrintContext`` and evidence groups (``build_groups``) — plain data, no workspace — and
writes one file atomically, returning what it made and the problems it met (see docs/printing.md).
"""

from desktop.core.printing.binder import render_binder, render_contents, render_covers, render_indicator_pdfs
from desktop.core.printing.model import (
    EnclosedFile,
    EvidenceGroup,
    PrintContext,
    Problem,
    RenderResult,
    SectionPages,
    build_groups,
    merged_components,
)
from desktop.core.printing.office import OfficeConverter
from desktop.core.printing.output import Cancelled

__all__ = [
    "Cancelled", "EnclosedFile", "EvidenceGroup", "OfficeConverter", "PrintContext", "Problem", "RenderResult",
    "SectionPages", "build_groups", "merged_components", "render_binder", "render_contents", "render_covers",
    "render_indicator_pdfs",
]
