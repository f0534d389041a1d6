"""The overview page: overall and per-area progress, what is still missing, and the deadline countdown.

Indicators the office sent back (需补充, not yet answered by an export) are counted on their own and lead the
尚未完成 list, whatever the unit's own status says: until they are answered, the office is waiting for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QProgressBar, QTreeWidgetItem, QWidget

from desktop.core.catalog import Catalog
from desktop.ui import fonts, icons
from desktop.ui.evidence import CatalogOnly, EvidenceSource, ReviewStatus, summarize
from desktop.ui.forms.ui_overview_page import Ui_OverviewPage
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label, review_status_label
from desktop.ui.profile import Profile


def parse_deadline(text: str | None) -> datetime | None:
    """'2022-09-30T18:00' or '2022-09-30' → datetime; anything unreadable → None (no countdown, no crash)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text).strip())
    except ValueError:
        return None


def countdown_text(deadline: datetime, now: datetime) -> str:
    delta = deadline - now
    seconds = int(delta.total_seconds())
    if seconds < 0:
        return translate("OverviewPage", "已过截止时间 %n 天", None, max(1, (-seconds) // 86400))
    days, rest = divmod(seconds, 86400)
    if days >= 1:
        return translate("OverviewPage", "距截止还有 %n 天", None, days)
    return translate("OverviewPage", "今天截止，还剩 %n 小时", None, max(1, rest // 3600))


class OverviewPage(QWidget):
    indicatorActivated = Signal(str)
    orphansRequested = Signal()  # the link to 目录外资料

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.catalog: Catalog | None = None
        self.profile: Profile | None = None
        self.evidence: EvidenceSource = CatalogOnly()
        self.scope: set[str] | None = None
        self.deadline: datetime | None = None
        self.now: Callable[[], datetime] = datetime.now
        ui = self.ui
        ui.headingLabel.setFont(fonts.scaled(self.font(), 1.35, bold=True))
        ui.countdownLabel.setFont(fonts.scaled(self.font(), 1.2, bold=True))
        header = ui.areaTable.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 110)
        ui.missingList.itemActivated.connect(self._activated)
        ui.missingList.itemClicked.connect(self._activated)
        ui.orphanLabel.linkActivated.connect(lambda _href: self.orphansRequested.emit())

    def set_context(self, catalog: Catalog, profile: Profile | None, evidence: EvidenceSource,
                    scope: set[str] | None, deadline: datetime | None) -> None:
        self.catalog, self.profile, self.evidence, self.scope, self.deadline = catalog, profile, evidence, scope, deadline
        self.refresh()

    def indicators(self):
        if self.catalog is None:
            return []
        return [i for i in self.catalog.indicators if self.scope is None or i.key in self.scope]

    def refresh(self) -> None:
        if self.catalog is None:
            return
        ui = self.ui
        inds = self.indicators()
        states = {i.key: self.evidence.indicator_state(i) for i in inds}
        if self.profile:
            groups = "、".join(self.profile.groups)
            who = self.profile.unit + (f"（{groups}）" if groups else "")
            ui.profileLabel.setText(fmt(translate("OverviewPage", "%1 负责 %2 项指标。目录：《%3》"), who, len(inds), self.catalog.title))
        else:
            ui.profileLabel.setText(fmt(translate("OverviewPage", "尚未选择单位，显示全部 %1 项指标。目录：《%2》"), len(inds), self.catalog.title))
        # the workspace computes progress itself (ws.progress): distinct items, areas, the unit's own rules
        unit_progress = getattr(self.evidence, "unit_progress", None)
        prog = unit_progress([i.key for i in inds]) if unit_progress is not None else None
        if prog is not None:
            finished, total, fraction = prog.done, prog.total, prog.fraction
        else:
            finished, total, fraction = summarize(states.values())
        ui.overallBar.setValue(round(fraction * 100))
        text = fmt(translate("OverviewPage", "已完成 %1/%2 项指标，材料整体完成 %3%。"), finished, total, round(fraction * 100))
        if prog is not None and prog.items_total:
            text += fmt(translate("OverviewPage", "材料条目 %1/%2 已齐（合并提供的只算一次）。"), prog.items_done, prog.items_total)
        ui.overallLabel.setText(text)
        self._fill_reviews(states)
        self._fill_orphans()
        self._fill_deadline()
        if prog is not None:
            self._fill_area_rows([(a.area, a.done, a.total, a.fraction) for a in prog.areas])
        else:
            self._fill_areas(inds, states)
        self._fill_missing(inds, states)

    def review_counts(self, states) -> dict[ReviewStatus, int]:
        counts = {s: 0 for s in ReviewStatus}
        for st in states.values():
            if st.review is not None:
                counts[st.review.status] += 1
        return counts

    def _fill_reviews(self, states) -> None:
        ui = self.ui
        counts = self.review_counts(states)
        if not any(counts.values()):
            ui.reviewLabel.hide()
            return
        parts = [fmt(translate("OverviewPage", "%1 %2 项"), review_status_label(s), n) for s, n in counts.items() if n]
        text = fmt(translate("OverviewPage", "依法治市办审核意见：%1。"), translate("OverviewPage", "，").join(parts))
        revise = counts[ReviewStatus.NEEDS_REVISION]
        if revise:
            text += translate("OverviewPage", "需补充的 %n 项排在下方“尚未完成”的最前面。", None, revise)
        ui.reviewLabel.setText(text)
        ui.reviewLabel.setStyleSheet("QLabel { color: #b93a0b; font-weight: bold; }" if revise else "")
        ui.reviewLabel.show()

    def _fill_orphans(self) -> None:
        from html import escape

        count = getattr(self.evidence, "orphaned_count", lambda: 0)()
        label = self.ui.orphanLabel
        label.setVisible(bool(count))
        if count:
            text = translate("OverviewPage", "目录更新后，%n 条材料的资料不在当前目录中，不会导出。", None, count)
            link = translate("OverviewPage", "查看并移到新条目…")
            label.setText(f'<span style="color:#b93a0b">{escape(text)}</span> <a href="orphans">{escape(link)}</a>')

    def _fill_deadline(self) -> None:
        ui = self.ui
        if self.deadline is None:
            ui.countdownLabel.setText(translate("OverviewPage", "未设截止时间"))
            ui.deadlineLabel.setText(translate("OverviewPage", "依法治市办通知截止时间后，可在“设置”中填写。"))
            return
        when = QLocale().toString(QDateTime(self.deadline), translate("OverviewPage", "yyyy年M月d日 HH:mm"))
        ui.countdownLabel.setText(countdown_text(self.deadline, self.now()))
        office = (self.catalog.submission or {}).get("office", "") if self.catalog else ""
        text = fmt(translate("OverviewPage", "截止时间：%1"), when)
        if office:
            text += "\n" + fmt(translate("OverviewPage", "报送至：%1"), office)
        ui.deadlineLabel.setText(text)

    def _fill_areas(self, inds, states) -> None:
        by_area: dict[str, list] = {}
        for ind in inds:
            by_area.setdefault(ind.area, []).append(states[ind.key])
        self._fill_area_rows([(area, *summarize(sts)) for area, sts in by_area.items()])

    def _fill_area_rows(self, rows) -> None:
        table = self.ui.areaTable
        table.clear()
        for area, finished, total, fraction in rows:
            row = QTreeWidgetItem([area, f"{finished}/{total}", ""])
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, area)
            table.addTopLevelItem(row)
            bar = QProgressBar(table)
            bar.setValue(round(fraction * 100))
            bar.setMaximumHeight(table.fontMetrics().height() + 4)
            table.setItemWidget(row, 2, bar)

    def _fill_missing(self, inds, states) -> None:
        lst = self.ui.missingList
        lst.clear()
        revise = [i for i in inds if states[i.key].needs_revision]
        missing = revise + [i for i in inds if not states[i.key].status.finished and not states[i.key].needs_revision]
        self.ui.missingBox.setTitle(
            translate("OverviewPage", "尚未完成（%n 项）", None, len(missing)) if not revise else
            fmt(translate("OverviewPage", "尚未完成（%1 项，其中需补充 %2 项）"), len(missing), len(revise)))
        tag = review_status_label(ReviewStatus.NEEDS_REVISION)
        for ind in missing:
            st = states[ind.key]
            text = f"{indicator_label(ind)}  {ind.text}"
            it = QTreeWidgetItem([fmt(translate("OverviewPage", "［%1］%2"), tag, text) if st.needs_revision else text])
            it.setIcon(0, icons.icon("review-needs-revision") if st.needs_revision else icons.status_icon(st.status))
            it.setData(0, Qt.ItemDataRole.UserRole, ind.key)
            it.setToolTip(0, self._missing_tip(ind))
            lst.addTopLevelItem(it)

    def _missing_tip(self, ind) -> str:
        """The indicator's text, then what each of its items still lacks."""
        lines = [f"{indicator_label(ind)}  {ind.text}"]
        review = self.evidence.indicator_state(ind).review
        if review is not None and review.needs_revision and review.comment:
            lines.append(fmt(translate("OverviewPage", "依法治市办审核意见：%1"), review.comment))
        item_missing = getattr(self.evidence, "item_missing", None)  # cached by the workspace source
        for item in self.evidence.items(ind):
            missing = item_missing(item.id) if item_missing is not None else self.evidence.item_state(item).missing
            if missing:
                number = fmt(translate("OverviewPage", "第%1条"), item.no) if item.no is not None else "•"
                lines.append(fmt(translate("OverviewPage", "%1：%2"), number, translate("OverviewPage", "；").join(missing)))
        return "\n".join(lines)

    def missing_keys(self) -> list[str]:
        lst = self.ui.missingList
        return [lst.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(lst.topLevelItemCount())]

    def _activated(self, it: QTreeWidgetItem, _column: int = 0) -> None:
        self.indicatorActivated.emit(it.data(0, Qt.ItemDataRole.UserRole))
