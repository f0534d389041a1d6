"""The rule-of-law office's side: receive and verify every unit's bundles, the matrix, reviews and review files.

``OfficeWorkspace`` owns an office folder (see workspace.py); docs/office.md describes
the API, the review-file format and the reasons behind them.
"""

from desktop.core.office.feedback import Feedback, FeedbackError, read_feedback
from desktop.core.office.model import (
    CELL_STATES, COMPLETE, NOT_APPLICABLE, NOT_RESPONSIBLE, NOTHING, ONSITE, PARTIAL, PASS, REVISE, STATE_LABELS,
    VERDICT_LABELS, Cell, Counts, EvidenceFile, EvidenceItem, Matrix, MatrixRow, QuarantinedPart, RegisteredKey,
    Rejection, Review, SubmissionInfo,
)
from desktop.core.office.receive import ReceiveCancelled
from desktop.core.office.report import Note, Outcome, ReceiveReport
from desktop.core.office.reviews import FeedbackResult
from desktop.core.office.roster import RosterEntry, TrustImport, normalize_fingerprint, parse_key
from desktop.core.office.workspace import OfficeWorkspace, is_office_workspace

__all__ = [
    "CELL_STATES", "COMPLETE", "Cell", "Counts", "EvidenceFile", "EvidenceItem", "Feedback", "FeedbackError",
    "FeedbackResult", "Matrix", "MatrixRow", "NOTHING", "NOT_APPLICABLE", "NOT_RESPONSIBLE", "Note", "ONSITE",
    "OfficeWorkspace", "Outcome", "PARTIAL", "PASS", "QuarantinedPart", "REVISE", "ReceiveCancelled", "ReceiveReport",
    "RegisteredKey", "Rejection", "Review", "RosterEntry", "STATE_LABELS", "SubmissionInfo", "TrustImport",
    "VERDICT_LABELS", "is_office_workspace", "normalize_fingerprint", "parse_key", "read_feedback",
]
