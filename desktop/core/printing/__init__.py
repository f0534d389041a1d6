"""Printing: cover sheets, contents, spine labels, per-indicator and per-unit PDFs, the letter and the evidence list.

Everything takes a ``PrintContext`` and evidence groups (``build_groups``) — plain data, no workspace — and
writes one file atomically, returning what it made and the problems it met (see docs/printing.md).
"""

from desktop.core.printing.binder import (
    measure_pages,
    render_binder,
    render_contents,
    render_covers,
    render_indicator_pdfs,
)
from desktop.core.printing.evidence_list import write_evidence_list
from desktop.core.printing.letter import write_letter
from desktop.core.printing.model import (
    EnclosedFile,
    EvidenceGroup,
    ItemNote,
    PrintContext,
    Problem,
    RenderResult,
    SectionPages,
    build_groups,
    merged_components,
)
from desktop.core.printing.office import OfficeConverter
from desktop.core.printing.output import Cancelled
from desktop.core.printing.spine import COMMON_WIDTHS_CM, SpineLabel, render_spine_labels, spine_labels_for

__all__ = [
    "COMMON_WIDTHS_CM", "Cancelled", "EnclosedFile", "EvidenceGroup", "ItemNote", "OfficeConverter", "PrintContext", "Problem",
    "RenderResult", "SectionPages", "SpineLabel", "build_groups", "measure_pages", "merged_components",
    "render_binder", "render_contents", "render_covers", "render_indicator_pdfs", "render_spine_labels",
    "spine_labels_for", "write_evidence_list", "write_letter",
]
