"""The rule-of-law office's side: receive and verify every unit's bundles, the matrix, reviews and review files.

``OfficeWorkspace`` owns an office folder (see workspace.py); docs/office.md describes
the API, the review-file format and the reasons behind them.
"""

import importlib
from typing import TYPE_CHECKING

from desktop.core.office.detect import is_office_workspace

# Names load on first use: the launcher asks ``is_office_workspace`` at every start, and importing the
# receive/feedback/report code (printing, pypdf, sqlite-utils) for that would add half a second.
_WHERE = {
    **dict.fromkeys(["Feedback", "FeedbackError", "read_feedback"], "feedback"),
    **dict.fromkeys(["CELL_STATES", "COMPLETE", "NOT_APPLICABLE", "NOT_RESPONSIBLE", "NOTHING", "ONSITE", "PARTIAL",
                     "PASS", "REVISE", "STATE_LABELS", "VERDICT_LABELS", "Cell", "Counts", "EvidenceFile",
                     "EvidenceItem", "Matrix", "MatrixRow", "QuarantinedPart", "RegisteredKey", "Rejection", "Review",
                     "SubmissionInfo"], "model"),
    "ReceiveCancelled": "receive",
    **dict.fromkeys(["Note", "Outcome", "ReceiveReport"], "report"),
    "FeedbackResult": "reviews",
    **dict.fromkeys(["RosterEntry", "TrustImport", "normalize_fingerprint", "parse_key"], "roster"),
    "OfficeWorkspace": "workspace",
}
__all__ = sorted([*_WHERE, "is_office_workspace"])


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
    from desktop.core.office.feedback import Feedback, FeedbackError, read_feedback  # noqa: F401
    from desktop.core.office.model import (  # noqa: F401
        CELL_STATES, COMPLETE, NOT_APPLICABLE, NOT_RESPONSIBLE, NOTHING, ONSITE, PARTIAL, PASS, REVISE, STATE_LABELS,
        VERDICT_LABELS, Cell, Counts, EvidenceFile, EvidenceItem, Matrix, MatrixRow, QuarantinedPart, RegisteredKey,
        Rejection, Review, SubmissionInfo,
    )
    from desktop.core.office.receive import ReceiveCancelled  # noqa: F401
    from desktop.core.office.report import Note, Outcome, ReceiveReport  # noqa: F401
    from desktop.core.office.reviews import FeedbackResult  # noqa: F401
    from desktop.core.office.roster import RosterEntry, TrustImport, normalize_fingerprint, parse_key  # noqa: F401
    from desktop.core.office.workspace import OfficeWorkspace  # noqa: F401
