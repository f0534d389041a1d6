"""Exporting the workspace as a signed submission bundle: the pre-export check, the export, the record of it.

The GUI's export dialog and the ``export`` command both call these; the format
itself is built by ``desktop.core.bundle`` (docs/bundle.md), the choices made
here are explained in docs/export.md.
"""

from desktop.core.bundle.plan import BundleWarning
from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS
from desktop.core.bundle.zipwrite import Cancelled
from desktop.core.export.layout import item_folder_label
from desktop.core.export.precheck import SCOPES, Finding, precheck, scope_keys
from desktop.core.export.records import Submission, last_submission, submissions
from desktop.core.export.run import ExportResult, export

__all__ = [
    "DEFAULT_PART_MB", "PRESETS", "SCOPES", "BundleWarning", "Cancelled", "ExportResult", "Finding", "Submission",
    "export", "item_folder_label", "last_submission", "precheck", "scope_keys", "submissions",
]
