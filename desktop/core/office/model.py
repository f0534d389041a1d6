"""The plain, immutable records the office workspace hands out (to the CLI, the reports and the window)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core.errors import UserError

# ---------------------------------------------------------------- cell states (what a unit has sent for an indicator)
NOT_RESPONSIBLE = "not_responsible"
NOTHING = "nothing"
PARTIAL = "partial"
COMPLETE = "complete"
ONSITE = "onsite"
NOT_APPLICABLE = "not_applicable"
CELL_STATES = (COMPLETE, PARTIAL, NOTHING, ONSITE, NOT_APPLICABLE, NOT_RESPONSIBLE)
STATE_LABELS = {
    COMPLETE: "已齐全", PARTIAL: "部分报送", NOTHING: "未报送", ONSITE: "实地核查",
    NOT_APPLICABLE: "不适用", NOT_RESPONSIBLE: "不负责",
}
STATE_LABELS_EN = {
    COMPLETE: "complete", PARTIAL: "partial", NOTHING: "nothing", ONSITE: "on-site",
    NOT_APPLICABLE: "not applicable", NOT_RESPONSIBLE: "not responsible",
}

# ---------------------------------------------------------------- reviews
PASS = "pass"
REVISE = "revise"
VERDICT_LABELS = {PASS: "通过", REVISE: "需补充"}
VERDICT_LABELS_EN = {PASS: "passed", REVISE: "needs more"}
# the review state of a cell: no review, the verdict in force, or the evidence changed since it was given
REVIEW_NONE = "none"
REVIEW_CHANGED = "changed"
REVIEW_STATE_LABELS = {REVIEW_NONE: "未审核", PASS: "通过", REVISE: "需补充", REVIEW_CHANGED: "有更新，待复核"}


def parse_verdict(value: str) -> str:
    v = (value or "").strip().lower()
    for code, label in VERDICT_LABELS.items():
        if v in (code, label, VERDICT_LABELS_EN[code]):
            return code
    if v in ("ok", "passed", "approve"):
        return PASS
    if v in ("needs_revision", "needs more", "more", "补充"):
        return REVISE
    raise UserError(f"审核结论“{value}”无效，应为“通过”或“需补充”。", en=f"Invalid verdict {value!r}; use pass or revise.")


@dataclass(frozen=True)
class RegisteredKey:
    fingerprint: str
    unit: str
    public_key: str  # "ssh-ed25519 AAAA…"
    registered_at: str
    source: str
    registered_by: str | None = None
    retired_at: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class QuarantinedPart:
    """A part signed by a key nobody registered: kept aside until its fingerprint is confirmed."""

    id: int
    unit: str
    fingerprint: str
    public_key: str
    file_name: str
    size: int
    submission_id: str | None
    part: int | None
    parts: int | None
    received_at: str
    path: Path

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = str(self.path)
        return d


@dataclass(frozen=True)
class Rejection:
    id: int
    file_name: str
    path: str
    size: int
    unit: str | None
    submission_id: str | None
    part: int | None
    code: str
    reason: str
    reason_en: str
    first_at: str
    last_at: str
    times: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SubmissionInfo:
    """One submission as the office holds it: which parts arrived, how it chains, whether it is in force."""

    submission_id: str
    unit: str
    sequence: int
    record_status: str
    created: str
    previous_id: str | None
    signer_fingerprint: str
    parts_total: int
    parts_received: tuple[int, ...]
    first_received_at: str
    completed_at: str | None
    chain: str  # first | ok | unchecked | broken
    chain_note: str | None
    in_force: bool
    has_index: bool

    @property
    def complete(self) -> bool:
        return len(self.parts_received) == self.parts_total

    def to_dict(self) -> dict:
        d = asdict(self)
        d["parts_received"] = list(self.parts_received)
        d["complete"] = self.complete
        return d


@dataclass(frozen=True)
class Review:
    """A verdict on one unit's evidence for one indicator (通过 / 需补充), as given and as sent back."""

    verdict: str  # pass | revise
    comment: str
    score: float | None
    reviewed_at: str
    reviewer: str | None
    submission_id: str | None  # the unit's submission in force when the review was given
    unit: str = ""
    key: str = ""
    evidence_digest: str = ""
    number: int = 0  # the office's running review number: a later review has a higher one

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    def to_dict(self) -> dict:
        return {"unit": self.unit, "key": self.key, "verdict": self.verdict, "verdict_label": self.verdict_label,
                "comment": self.comment, "score": self.score, "reviewed_at": self.reviewed_at,
                "reviewer": self.reviewer, "submission_id": self.submission_id}


@dataclass(frozen=True)
class Cell:
    """One unit × indicator: responsibility, what arrived, and the review."""

    key: str
    unit: str
    state: str  # one of CELL_STATES
    responsible_by: str | None  # the token naming the unit (its name, a group), "submitted", or None
    items_done: int = 0
    items_total: int = 0
    files: int = 0  # files available in the store
    pending_files: int = 0  # declared but not arrived yet (a missing part, an earlier submission not received)
    onsite: bool = False  # the indicator asks for an on-site check (实地核查)
    missing: tuple[str, ...] = ()  # what is still missing, item by item (Chinese)
    review: Review | None = None
    review_state: str = REVIEW_NONE
    digest: str = ""

    @property
    def responsible(self) -> bool:
        return self.state != NOT_RESPONSIBLE

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    def to_dict(self) -> dict:
        return {
            "key": self.key, "unit": self.unit, "state": self.state, "state_label": self.state_label,
            "responsible_by": self.responsible_by, "items_done": self.items_done, "items_total": self.items_total,
            "files": self.files, "pending_files": self.pending_files, "onsite": self.onsite,
            "missing": list(self.missing), "review_state": self.review_state,
            "review": self.review.to_dict() if self.review else None,
        }


@dataclass(frozen=True)
class Counts:
    """How many cells of a row (an indicator) or column (a unit) are in each state."""

    responsible: int = 0
    complete: int = 0
    partial: int = 0
    nothing: int = 0
    onsite: int = 0
    not_applicable: int = 0
    passed: int = 0
    revise: int = 0
    changed: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class MatrixRow:
    key: str
    label: str
    area: str
    text: str
    onsite: bool


@dataclass(frozen=True)
class Matrix:
    """Indicators × units: a plain structure the CLI prints, the reports tabulate and the window's model wraps."""

    rows: tuple[MatrixRow, ...]
    units: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]  # (key, unit) → cell
    row_counts: dict[str, Counts]
    column_counts: dict[str, Counts]
    total: Counts
    submissions: dict[str, str] = field(default_factory=dict)  # unit → submission in force

    def cell(self, key: str, unit: str) -> Cell:
        return self.cells[(key, unit)]

    def to_dict(self) -> dict:
        return {
            "units": list(self.units),
            "indicators": [
                {"key": r.key, "label": r.label, "area": r.area, "text": r.text, "onsite": r.onsite,
                 "counts": self.row_counts[r.key].to_dict(),
                 "cells": {u: self.cells[(r.key, u)].to_dict() for u in self.units
                           if self.cells[(r.key, u)].responsible}}
                for r in self.rows
            ],
            "unit_counts": {u: self.column_counts[u].to_dict() for u in self.units},
            "total": self.total.to_dict(),
            "submissions": dict(self.submissions),
        }


@dataclass(frozen=True)
class EvidenceFile:
    label: str
    path: str  # inside the bag: data/…
    sha256: str
    size: int
    role: str
    available: bool
    blob_path: Path | None  # where to open it (read-only); None while it has not arrived
    sent_in: str  # the submission that carried it
    pages: int | None = None

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["blob_path"] = str(self.blob_path) if self.blob_path else None
        return d


@dataclass(frozen=True)
class EvidenceItem:
    """One material item of a cell: the catalog's request and what the unit declared for it."""

    item_id: str
    text: str  # the catalog's wording of the item
    status: str  # as the unit marked it (未开始/进行中/已完成/不适用), "" when not declared
    statement: str
    urls: tuple[str, ...]
    reason: str
    files: tuple[EvidenceFile, ...]
    complete: bool
    missing: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"item_id": self.item_id, "text": self.text, "status": self.status, "statement": self.statement,
                "urls": list(self.urls), "reason": self.reason, "complete": self.complete,
                "missing": list(self.missing), "files": [f.to_dict() for f in self.files]}
