"""Signed submission bundles: BagIt bags in deterministic ZIP parts, a signed index, and their verification.

The export command calls :func:`build_submission`; ``verify`` and the office call
:func:`verify_paths`. The format is described in docs/bundle.md.
"""

from desktop.core.bundle.bagpath import evidence_parts
from desktop.core.bundle.build import PartResult, SubmissionResult, build_submission
from desktop.core.bundle.model import (
    NEW, REPLACEMENT, SUPPLEMENT, BundleError, ItemRecord, PayloadEntry, PreviousSubmission, SubmissionMeta,
    new_submission_id,
)
from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS
from desktop.core.bundle.verify import VerifyReport, verify_paths

__all__ = [
    "DEFAULT_PART_MB", "NEW", "PRESETS", "REPLACEMENT", "SUPPLEMENT", "BundleError", "ItemRecord", "PartResult",
    "PayloadEntry", "PreviousSubmission", "SubmissionMeta", "SubmissionResult", "build_submission", "evidence_parts",
    "VerifyReport", "check_part", "new_submission_id", "verify_paths",
]
