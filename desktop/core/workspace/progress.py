"""How far the evidence has come: per item, indicator, area and overall, as plain dataclasses.

The rules, per material item:
- files: "5件" needs five attachments; an item with no quantity needs one —
  or a written 情况说明, which is then the evidence; an item that is only a
  实地核查 (on-site inspection) needs no file;
- a web address where the item asks for one (网址);
- for 实地核查 items, the preparation marked done.
An indicator is 已完成 when all its items are complete, 进行中 once anything is
there, 未开始 otherwise — unless a status was set by hand (不适用 needs a reason).
The office's review, when one was imported, rides along (``review``): a 需补充 not yet
answered by an export shows as the review status, beside the unit's own status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.catalog import Catalog, Indicator, MaterialItem
from desktop.core.catalog.text import squash
from desktop.core.workspace.items import ItemIndex
from desktop.core.workspace.model import ItemNotes, Status
from desktop.core.workspace.reviews import Review

_ONSITE_ONLY = {"实地核查"}


@dataclass(frozen=True)
class ItemFacts:
    """What the database knows about one item, fetched in bulk before progress is computed."""

    files: int = 0
    urls: int = 0
    notes: ItemNotes = ItemNotes()
    dates: tuple[str, ...] = ()  # evidence dates of the live attachments that have one


@dataclass(frozen=True)
class ItemProgress:
    item_id: str
    files: int
    files_needed: int  # 0: the item needs no file (an on-site check only)
    quantity: str | None  # "5件" as the catalog asks, None when no number is asked
    urls: int
    url_needed: bool
    has_statement: bool
    onsite: bool
    onsite_ready: bool
    too_old: int  # attachments dated before the "2020年以来" the item asks for
    started: bool
    complete: bool
    missing: tuple[str, ...]  # what is still missing, in Chinese

    @property
    def fraction(self) -> float:
        parts: list[float] = []
        if self.files_needed:
            parts.append(1.0 if self.complete_files else min(self.files / self.files_needed, 1.0))
        if self.url_needed:
            parts.append(1.0 if self.urls else 0.0)
        if self.onsite:
            parts.append(1.0 if self.onsite_ready else 0.0)
        return sum(parts) / len(parts) if parts else 1.0

    @property
    def complete_files(self) -> bool:
        return self.files >= self.files_needed or (self.quantity is None and self.has_statement)

    def to_dict(self) -> dict:
        return {
            "item_id": self.item_id, "files": self.files, "files_needed": self.files_needed,
            "quantity": self.quantity, "urls": self.urls, "url_needed": self.url_needed,
            "has_statement": self.has_statement, "onsite": self.onsite, "onsite_ready": self.onsite_ready,
            "too_old": self.too_old, "started": self.started, "complete": self.complete,
            "missing": list(self.missing), "fraction": round(self.fraction, 4),
        }


@dataclass(frozen=True)
class IndicatorProgress:
    key: str
    label: str  # 第55项 / 加分项1
    area: str
    items: tuple[ItemProgress, ...]
    status: Status  # what counts: the hand-set status if any, else the computed one
    computed: Status
    manual: bool  # the status was set by hand
    reason: str | None  # why 不适用 (or a note on a hand-set status)
    review: Review | None = None  # the office's verdict, if a review file was imported

    @property
    def review_status(self) -> str | None:
        """passed | needs_revision (需补充, not yet answered by an export) | answered | None."""
        return self.review.status if self.review else None

    @property
    def items_done(self) -> int:
        return sum(1 for i in self.items if i.complete)

    @property
    def settled(self) -> bool:
        return self.status in (Status.DONE, Status.NOT_APPLICABLE)

    @property
    def fraction(self) -> float:
        if self.settled:
            return 1.0
        return sum(i.fraction for i in self.items) / len(self.items) if self.items else 0.0

    def to_dict(self) -> dict:
        return {
            "key": self.key, "label": self.label, "area": self.area, "status": self.status.value,
            "status_label": self.status.label, "computed_status": self.computed.value, "manual": self.manual,
            "reason": self.reason, "items_done": self.items_done, "items_total": len(self.items),
            "fraction": round(self.fraction, 4), "items": [i.to_dict() for i in self.items],
            "review_status": self.review_status,
            "review_status_label": self.review.status_label if self.review else None,
            "review": self.review.to_dict() if self.review else None,
        }


@dataclass(frozen=True)
class AreaProgress:
    area: str
    indicators: tuple[IndicatorProgress, ...]

    @property
    def done(self) -> int:
        return sum(1 for i in self.indicators if i.settled)

    @property
    def total(self) -> int:
        return len(self.indicators)

    @property
    def fraction(self) -> float:
        return sum(i.fraction for i in self.indicators) / self.total if self.total else 1.0


@dataclass(frozen=True)
class Progress:
    """Overall progress over a set of indicators (by default the unit's own)."""

    areas: tuple[AreaProgress, ...]
    items_done: int  # distinct items: a merged item counts once however many indicators show it
    items_total: int
    by_key: Mapping[str, IndicatorProgress] = field(default_factory=dict)

    @property
    def indicators(self) -> tuple[IndicatorProgress, ...]:
        return tuple(i for a in self.areas for i in a.indicators)

    @property
    def done(self) -> int:
        return sum(a.done for a in self.areas)

    @property
    def total(self) -> int:
        return sum(a.total for a in self.areas)

    @property
    def fraction(self) -> float:
        inds = self.indicators
        return sum(i.fraction for i in inds) / len(inds) if inds else 1.0

    @property
    def needs_revision(self) -> int:
        """Indicators the office sent back (需补充) that no export has answered yet."""
        return sum(1 for i in self.indicators if i.review_status == "needs_revision")

    def to_dict(self) -> dict:
        return {
            "indicators_done": self.done, "indicators_total": self.total, "needs_revision": self.needs_revision,
            "items_done": self.items_done, "items_total": self.items_total,
            "fraction": round(self.fraction, 4),
            "areas": [
                {"area": a.area, "done": a.done, "total": a.total, "fraction": round(a.fraction, 4)} for a in self.areas
            ],
        }


def _onsite_only(item: MaterialItem) -> bool:
    return item.onsite and squash(item.text) in _ONSITE_ONLY


def item_progress(item: MaterialItem, facts: ItemFacts) -> ItemProgress:
    q = item.quantity
    needed = 0 if _onsite_only(item) else (q.count if q else 1)
    has_statement = bool(facts.notes.statement.strip())
    since = item.period.since if item.period else None
    too_old = sum(1 for d in facts.dates if since and d[:4].isdigit() and int(d[:4]) < since)
    missing: list[str] = []
    files_ok = facts.files >= needed or (q is None and has_statement)
    if not files_ok:
        if q:
            missing.append(f"还差 {needed - facts.files} {q.unit}（已有 {facts.files}/{q.label()}）")
        else:
            missing.append("尚未添加材料或填写情况说明")
    url_ok = not item.asks_url or facts.urls > 0
    if not url_ok:
        missing.append("需要填写网址")
    onsite_ok = not item.onsite or facts.notes.onsite_ready
    if not onsite_ok:
        missing.append("实地核查准备尚未完成")
    started = bool(
        facts.files or facts.urls or has_statement or facts.notes.onsite_notes.strip() or facts.notes.onsite_ready
    )
    return ItemProgress(
        item_id=item.id, files=facts.files, files_needed=needed, quantity=q.label() if q else None,
        urls=facts.urls, url_needed=item.asks_url, has_statement=has_statement, onsite=item.onsite,
        onsite_ready=facts.notes.onsite_ready, too_old=too_old, started=started,
        complete=files_ok and url_ok and onsite_ok, missing=tuple(missing),
    )


def indicator_progress(
    ind: Indicator,
    index: ItemIndex,
    facts: Mapping[str, ItemFacts],
    manual: tuple[Status, str | None] | None,
    review: Review | None = None,
) -> IndicatorProgress:
    items = tuple(item_progress(it, facts.get(it.id, ItemFacts())) for it in index.items(ind.key))
    if items and all(i.complete for i in items):
        computed = Status.DONE
    elif any(i.started for i in items):
        computed = Status.IN_PROGRESS
    else:
        computed = Status.NOT_STARTED
    status, reason = manual if manual else (computed, None)
    return IndicatorProgress(
        key=ind.key, label=ind.label(), area=ind.area, items=items, status=status, computed=computed,
        manual=manual is not None, reason=reason, review=review,
    )


def overall_progress(
    catalog: Catalog,
    index: ItemIndex,
    keys: Iterable[str],
    facts: Mapping[str, ItemFacts],
    statuses: Mapping[str, tuple[Status, str | None]],
    reviews: Mapping[str, Review] | None = None,
) -> Progress:
    wanted = set(keys)
    areas: dict[str, list[IndicatorProgress]] = {}
    by_key: dict[str, IndicatorProgress] = {}
    distinct: dict[str, bool] = {}
    for ind in catalog.indicators:  # catalog order, so areas come out in the order of the table
        if ind.key not in wanted:
            continue
        ip = indicator_progress(ind, index, facts, statuses.get(ind.key), (reviews or {}).get(ind.key))
        by_key[ind.key] = ip
        areas.setdefault(ind.area, []).append(ip)
        if ip.status is not Status.NOT_APPLICABLE:
            for it in ip.items:
                distinct[it.item_id] = distinct.get(it.item_id, False) or it.complete
    return Progress(
        areas=tuple(AreaProgress(a, tuple(inds)) for a, inds in areas.items()),
        items_done=sum(distinct.values()), items_total=len(distinct), by_key=by_key,
    )
