"""What the window knows about a unit's evidence: the hook the workspace plugs into.

The window never asks SQLite directly. It asks an ``EvidenceSource`` for the
status and progress of an indicator, the attachments of a material item and
extra text to search. ``CatalogOnly`` answers from the catalog alone (nothing
attached, everything 未开始); the workspace supplies its own source and calls
``MainWindow.evidence_changed(keys)`` after each write so the tree, cards and
overview refresh. Plain Python: no Qt here, so the workspace side can be tested
headless.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol, runtime_checkable

from desktop.core.catalog import Indicator, MaterialItem


class Status(str, Enum):
    """An indicator's state, named as the office names it (the workspace stores these words)."""

    NOT_STARTED = "未开始"
    IN_PROGRESS = "进行中"
    DONE = "已完成"
    NOT_APPLICABLE = "不适用"

    @classmethod
    def parse(cls, value: "str | Status") -> "Status":
        if isinstance(value, Status):
            return value
        for s in cls:
            if value in (s.value, s.name, s.name.lower()):
                return s
        raise ValueError(f"unknown status {value!r}")

    @property
    def finished(self) -> bool:
        """Counts as done for progress: completed, or declared not applicable (with a reason)."""
        return self in (Status.DONE, Status.NOT_APPLICABLE)


@dataclass(frozen=True)
class Attachment:
    """One file attached to a material item, as the card lists it."""

    name: str  # what the card shows: the label the user gave, else the original file name
    size: int = 0
    pages: int | None = None
    path: Path | None = None  # where the bytes can be read (the stored copy; it has no file-name extension)
    id: object = ""  # the workspace's identifier, passed back on remove/reorder/rename
    original_name: str = ""
    evidence_date: str | None = None  # the date the document bears: YYYY, YYYY-MM or YYYY-MM-DD
    kind: str = ""  # pdf | image | office | other
    warnings: tuple[str, ...] = ()  # what the user should know about this file (shown as a mark and a tooltip)

    @property
    def is_pdf(self) -> bool:
        return self.kind == "pdf" or (not self.kind and (self.original_name or self.name).lower().endswith(".pdf"))


@dataclass(frozen=True)
class WebLink:
    """A web address recorded for an item (网址)."""

    id: object
    url: str
    label: str | None = None


@dataclass(frozen=True)
class ItemState:
    """What has been gathered for one material item."""

    attachments: tuple[Attachment, ...] = ()
    required: int | None = None  # from the item's quantity ("5件" → 5); None when the source names no number
    ready: bool = False
    urls: tuple[WebLink, ...] = ()
    statement: str = ""  # 情况说明, kept per material item
    onsite_notes: str = ""  # 实地核查 preparation notes
    onsite_ready: bool = False
    missing: tuple[str, ...] = ()  # what is still missing, in words for the overview

    @property
    def count(self) -> int:
        return len(self.attachments)


class ReviewStatus(str, Enum):
    """What the office's last review means for the unit now (the workspace's ``review_status`` codes)."""

    NEEDS_REVISION = "needs_revision"  # 需补充, not yet answered by an export
    ANSWERED = "answered"  # 已补充，待复核: an export after the import answered it
    PASSED = "passed"  # 通过


@dataclass(frozen=True)
class ReviewNote:
    """The office's verdict on an indicator, as the last imported review file said; shown beside the unit's status."""

    status: ReviewStatus
    comment: str = ""
    score: float | None = None
    reviewed: str = ""  # the date of the review, YYYY-MM-DD
    reviewer: str | None = None
    office: str = ""  # who reviewed: the office's name as registered with its key

    @property
    def needs_revision(self) -> bool:
        return self.status is ReviewStatus.NEEDS_REVISION


@dataclass(frozen=True)
class IndicatorState:
    status: Status = Status.NOT_STARTED
    items_ready: int = 0
    items_total: int = 0
    manual: bool = False  # the status was set by hand rather than computed from the evidence
    reason: str | None = None  # why 不适用
    review: ReviewNote | None = None  # the office's review, once a review file was imported

    @property
    def needs_revision(self) -> bool:
        """The office asked for more (需补充) and no export has answered it yet."""
        return self.review is not None and self.review.needs_revision

    @property
    def fraction(self) -> float:
        if self.status.finished:
            return 1.0
        return self.items_ready / self.items_total if self.items_total else 0.0


@runtime_checkable
class EvidenceSource(Protocol):
    """Answers the window's questions about evidence. The workspace implements this."""

    writable: bool  # False: attach, statements and status changes are disabled in the window

    def items(self, ind: Indicator) -> tuple[MaterialItem, ...]:
        """The cards to show: the catalog's items, or one catch-all item where the table lists none."""
        ...

    def indicator_state(self, ind: Indicator) -> IndicatorState: ...

    def item_state(self, item: MaterialItem) -> ItemState: ...

    def search_text(self, ind: Indicator) -> str:
        """Extra text the search box matches for this indicator: attachment names, statements, notes."""
        ...

    def statement(self, ind: Indicator) -> str:
        """The indicator's statements (one per item), joined: for callers that want one text."""
        ...


@dataclass(frozen=True)
class ItemAction:
    """Something the user asked to do with an item's evidence; the workspace session carries it out.

    ``action`` is one of ACTIONS; ``attachment`` is set for actions on one file, ``value`` carries the new
    text, date, order (a list of attachment ids), target item id or status.
    """

    action: str
    item_id: str | None = None
    key: str | None = None  # the indicator shown when the user asked (for status changes and messages)
    attachment: Attachment | None = None
    value: object = None


ACTIONS = frozenset({
    "statement", "onsite_notes", "onsite_ready", "url_add", "url_remove", "status",  # writes
    "rename", "date", "reorder", "move", "remove",  # writes on one file / the order
    "preview", "open", "reveal",  # reading: look at a file
})


@dataclass
class CatalogOnly:
    """The source used before a workspace is open: nothing attached, everything 未开始, no review."""

    writable: bool = False
    _cache: dict = field(default_factory=dict, repr=False)

    def items(self, ind: Indicator) -> tuple[MaterialItem, ...]:
        return tuple(ind.items)

    def indicator_state(self, ind: Indicator) -> IndicatorState:
        return IndicatorState(Status.NOT_STARTED, 0, len(ind.items))

    def item_state(self, item: MaterialItem) -> ItemState:
        return ItemState((), item.quantity.count if item.quantity else None, False)

    def search_text(self, ind: Indicator) -> str:
        return ""

    def statement(self, ind: Indicator) -> str:
        return ""


def summarize(states: Iterable[IndicatorState]) -> tuple[int, int, float]:
    """(finished, total, mean fraction) over indicators: what the overview and the tree's area rows show."""
    states = list(states)
    if not states:
        return 0, 0, 0.0
    finished = sum(1 for s in states if s.status.finished)
    return finished, len(states), sum(s.fraction for s in states) / len(states)
