"""Signed submission bundles: BagIt bags in deterministic ZIP parts, a signed index, and their verification.

The export command calls :func:`build_submission`; ``verify`` and the office call
:func:`verify_paths`. The format is described in docs/bundle.md.

Names are imported on first use (PEP 562), so ``import desktop.core.bundle.presets`` (the
command line's help text) does not pull in the writer, the reader and the cryptography.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_WHERE = {
    "evidence_parts": "bagpath",
    "PartResult": "build", "SubmissionResult": "build", "build_submission": "build",
    "NEW": "model", "REPLACEMENT": "model", "SUPPLEMENT": "model", "BundleError": "model", "ItemRecord": "model",
    "PayloadEntry": "model", "PreviousSubmission": "model", "SubmissionMeta": "model", "new_submission_id": "model",
    "check_part": "partcheck",
    "DEFAULT_PART_MB": "presets", "PRESETS": "presets",
    "VerifyReport": "verify", "verify_paths": "verify",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


if TYPE_CHECKING:  # for readers and type checkers: what the names above are
    from desktop.core.bundle.bagpath import evidence_parts
    from desktop.core.bundle.build import PartResult, SubmissionResult, build_submission
    from desktop.core.bundle.model import (
        NEW, REPLACEMENT, SUPPLEMENT, BundleError, ItemRecord, PayloadEntry, PreviousSubmission, SubmissionMeta,
        new_submission_id,
    )
    from desktop.core.bundle.partcheck import check_part
    from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS
    from desktop.core.bundle.verify import VerifyReport, verify_paths
