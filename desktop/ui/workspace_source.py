"""The workspace as the window's ``EvidenceSource``: progress, files, statements and search text, read in bulk.

A repaint asks for dozens of indicator states; each answer comes from one
``ws.progress()`` over the whole catalog, computed once and kept until the
session says something changed (``invalidate``). Search text for all items is
built from three queries, not one per indicator, so typing in the search box
stays instant with thousands of files. Reads happen on the UI thread (the
workspace allows that); writes never happen here.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.core.catalog import Indicator, MaterialItem
from desktop.core.workspace import Attachment as StoredAttachment
from desktop.core.workspace import AreaProgress, ItemProgress, Progress, Workspace
from desktop.core.workspace.reviews import Review
from desktop.ui.evidence import Attachment, IndicatorState, ItemState, ReviewNote, ReviewStatus, Status, WebLink
from desktop.ui.i18n import fmt, translate


def ui_status(status) -> Status:
    """The workspace's status (a code) as the window's (the office's word)."""
    return Status.parse(status.label)


def review_note(review: Review | None) -> ReviewNote | None:
    """The workspace's ``Review`` as the window shows it (its status already says whether an export answered it)."""
    if review is None:
        return None
    return ReviewNote(ReviewStatus(review.status), review.comment or "", review.score, (review.reviewed_at or "")[:10],
                      review.reviewer, review.office)


def missing_text(ip: ItemProgress) -> tuple[str, ...]:
    """What an item still lacks, in the interface language (the workspace's own wording is Chinese only)."""
    out = []
    if ip.files_needed and not ip.complete_files:
        if ip.quantity:
            out.append(fmt(translate("WorkspaceEvidence", "文件 %1 个，要求 %2"), ip.files, ip.quantity))
        else:
            out.append(translate("WorkspaceEvidence", "尚未添加文件或填写情况说明"))
    if ip.url_needed and not ip.urls:
        out.append(translate("WorkspaceEvidence", "需要填写网址"))
    if ip.onsite and not ip.onsite_ready:
        out.append(translate("WorkspaceEvidence", "实地核查准备尚未完成"))
    return tuple(out)


class WorkspaceEvidence:
    """Answers the window from an open ``Workspace``; call ``invalidate()`` after every write."""

    writable = True

    def __init__(self, ws: Workspace):
        self.ws = ws
        self._progress: Progress | None = None
        self._item_progress: dict[str, ItemProgress] = {}
        self._states: dict[str, ItemState] = {}
        self._search: dict[str, str] | None = None
        self._places: dict[str, set[str]] | None = None  # sha256 → item ids holding that file
        self._orphans: int | None = None

    def invalidate(self) -> None:
        """Forget everything read so far (cheap: the next question reads again in bulk)."""
        self._progress = None
        self._item_progress = {}
        self._states = {}
        self._search = None
        self._places = None
        self._orphans = None

    # ------------------------------------------------------------ progress
    def progress(self) -> Progress:
        if self._progress is None:
            self._progress = self.ws.progress([i.key for i in self.ws.catalog.indicators])
            self._item_progress = {it.item_id: it for ip in self._progress.indicators for it in ip.items}
        return self._progress

    def unit_progress(self, keys) -> Progress:
        """Progress over some indicators (the overview's scope), from the same cached facts."""
        prog = self.progress()
        wanted = set(keys)
        areas = []
        for area in prog.areas:
            inds = tuple(i for i in area.indicators if i.key in wanted)
            if inds:
                areas.append(AreaProgress(area.area, inds))
        distinct: dict[str, bool] = {}
        for area in areas:
            for ip in area.indicators:
                if ip.status.value != "not_applicable":
                    for it in ip.items:
                        distinct[it.item_id] = distinct.get(it.item_id, False) or it.complete
        return Progress(tuple(areas), sum(distinct.values()), len(distinct),
                        {k: v for k, v in prog.by_key.items() if k in wanted})

    def item_missing(self, item_id: str) -> tuple[str, ...]:
        """What an item still lacks, from the cached progress (no per-item query: the overview asks for all)."""
        self.progress()
        ip = self._item_progress.get(item_id)
        return missing_text(ip) if ip is not None else ()

    def orphaned_count(self) -> int:
        """Items holding evidence the current catalog lacks (after a catalog update): the overview mentions them."""
        if self._orphans is None:
            self._orphans = len(self.ws.orphaned_item_ids())
        return self._orphans

    def items(self, ind: Indicator) -> tuple[MaterialItem, ...]:
        return self.ws.items(ind.key)

    def indicator_state(self, ind: Indicator) -> IndicatorState:
        ip = self.progress().by_key.get(ind.key)
        if ip is None:
            return IndicatorState(Status.NOT_STARTED, 0, len(self.items(ind)))
        return IndicatorState(ui_status(ip.status), ip.items_done, len(ip.items), ip.manual, ip.reason,
                              review_note(ip.review))

    # ------------------------------------------------------------ one item
    def item_state(self, item: MaterialItem) -> ItemState:
        state = self._states.get(item.id)
        if state is None:
            state = self._states[item.id] = self._read_item(item)
        return state

    def _read_item(self, item: MaterialItem) -> ItemState:
        ev = self.ws.item_evidence(item.id)
        self.progress()
        ip = self._item_progress.get(item.id)
        attachments = tuple(self.attachment(a, item) for a in ev.attachments)
        return ItemState(
            attachments=attachments,
            required=item.quantity.count if item.quantity else None,
            ready=bool(ip and ip.complete),
            urls=tuple(WebLink(u.id, u.url, u.label) for u in ev.urls),
            statement=ev.notes.statement,
            onsite_notes=ev.notes.onsite_notes,
            onsite_ready=ev.notes.onsite_ready,
            missing=missing_text(ip) if ip else (),
        )

    def attachment(self, att: StoredAttachment, item: MaterialItem | None = None) -> Attachment:
        return Attachment(
            name=att.display_name, size=att.size, pages=att.pages, path=self.ws.attachment_path(att), id=att.id,
            original_name=att.original_name, evidence_date=att.evidence_date, kind=att.kind,
            warnings=self._warnings(att, item),
        )

    def _warnings(self, att: StoredAttachment, item: MaterialItem | None) -> tuple[str, ...]:
        out = []
        if att.encrypted:
            out.append(translate("WorkspaceEvidence", "PDF 设有密码：打印和合并时可能无法处理，建议去掉密码后重新添加。"))
        if att.kind == "pdf" and not att.pages:
            out.append(translate("WorkspaceEvidence", "读不出这个 PDF 的页数，文件可能已损坏。请用 PDF 阅读器检查。"))
        if att.kind == "office":
            out.append(translate("WorkspaceEvidence", "Word/Excel/WPS 文件：打印前需要转换为 PDF，建议另存为 PDF 后添加。"))
        if att.kind == "other":
            out.append(translate("WorkspaceEvidence", "不是 PDF 或图片：不能打印，只能随报送包提交。"))
        since = item.period.since if item is not None and item.period else None
        if since and att.evidence_date and att.evidence_date[:4].isdigit() and int(att.evidence_date[:4]) < since:
            out.append(fmt(translate("WorkspaceEvidence", "成文日期早于本条要求的“%1年以来”。"), since))
        others = sorted(self._file_places().get(att.sha256, set()) - {att.item_id})
        if others:
            where = translate("WorkspaceEvidence", "、").join(self.ws.describe_item(i) for i in others[:3])
            out.append(fmt(translate("WorkspaceEvidence", "同一个文件也添加在%1。"), where))
        return tuple(out)

    def _file_places(self) -> dict[str, set[str]]:
        if self._places is None:
            self._build_index()
        return self._places  # type: ignore[return-value]

    # ------------------------------------------------------------ search
    def _build_index(self) -> None:
        texts: dict[str, list[str]] = defaultdict(list)
        places: dict[str, set[str]] = defaultdict(set)
        for att in self.ws.attachments():
            texts[att.item_id].append(att.original_name)
            if att.label:
                texts[att.item_id].append(att.label)
            places[att.sha256].add(att.item_id)
        with self.ws.read() as db:
            for item_id, statement, onsite in db.execute("SELECT item_id, statement, onsite_notes FROM item_notes"):
                texts[item_id] += [statement or "", onsite or ""]
            for item_id, url, label in db.execute("SELECT item_id, url, label FROM urls"):
                texts[item_id] += [url, label or ""]
        self._search = {k: "\n".join(v) for k, v in texts.items()}
        self._places = dict(places)

    def search_text(self, ind: Indicator) -> str:
        if self._search is None:
            self._build_index()
        return "\n".join(self._search.get(it.id, "") for it in self.items(ind))  # type: ignore[union-attr]

    def statement(self, ind: Indicator) -> str:
        return "\n".join(s for it in self.items(ind) if (s := self.item_state(it).statement))
