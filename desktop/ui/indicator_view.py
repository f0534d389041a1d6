"""The right-hand page: one indicator with its text, responsible units, the original request and material cards.

The office's review, once a review file was imported, sits right under the title: a 需补充 in a warning
colour with the office's comment (the first thing the unit must see), 已补充，待复核 after an export answered
it, a quiet 通过 otherwise.

Statements are kept per material item (an item of a merged request is shared by several indicators), so each
card has its own editor; the page flushes them all before it shows another indicator.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from desktop.core.catalog import Catalog, Indicator
from desktop.ui import fonts, icons
from desktop.ui.evidence import CatalogOnly, EvidenceSource, IndicatorState, ItemAction, ReviewNote, ReviewStatus, Status
from desktop.ui.forms.ui_indicator_view import Ui_IndicatorView
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label, key_range, review_details, review_status_label, status_label
from desktop.ui.material_card import MaterialCard
from desktop.ui.profile import Profile

LINK_PREFIX = "indicator:"
MINE = "#1f5fa8"
# (frame, title colour, icon) per review status: 需补充 must stand out, 通过 must not
REVIEW_LOOK = {
    ReviewStatus.NEEDS_REVISION: ("QFrame#reviewBanner { background: #fff4e5; border: 1px solid #e8a257; border-radius: 4px; }",
                                  "#b93a0b", "review-needs-revision"),
    ReviewStatus.ANSWERED: ("QFrame#reviewBanner { background: #eef4fb; border: 1px solid #a9c4e6; border-radius: 4px; }",
                            "#1f5fa8", "status-in-progress"),
    ReviewStatus.PASSED: ("QFrame#reviewBanner { border: none; }", "#2e7d32", "status-done"),
}


class IndicatorView(QWidget):
    """Shows one indicator. Emits what the user asks for; the window (later the workspace) acts on it."""

    indicatorLinkActivated = Signal(str)  # key of another indicator
    filesDropped = Signal(str, str, list)  # indicator key, item id, [Path]
    addFilesRequested = Signal(str, str)  # indicator key, item id
    attachmentActivated = Signal(str, object)  # item id, Attachment
    actionRequested = Signal(object)  # ItemAction, with the indicator's key filled in

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_IndicatorView()
        self.ui.setupUi(self)
        self.catalog: Catalog | None = None
        self.profile: Profile | None = None
        self.evidence: EvidenceSource = CatalogOnly()
        self.indicator: Indicator | None = None
        self.cards: list[MaterialCard] = []
        self._headings: list[QLabel] = []
        ui = self.ui
        ui.titleLabel.setFont(fonts.scaled(self.font(), 1.35, bold=True))
        ui.itemsHeading.setFont(fonts.scaled(self.font(), 1.1, bold=True))
        ui.mergedLabel.linkActivated.connect(self._link)
        ui.reasonLabel.setStyleSheet("QLabel { color: #6b7280; }")
        ui.reviewDetailsLabel.setStyleSheet("QLabel { color: #6b7280; }")
        ui.reviewHintLabel.setStyleSheet("QLabel { color: #6b7280; }")
        ui.reviewBanner.hide()
        ui.statementHint.setStyleSheet("QLabel { color: #6b7280; }")
        self._setup_status_menu()

    def _setup_status_menu(self) -> None:
        menu = QMenu(self)
        group = QActionGroup(self)
        self.status_actions = {}
        for key, text in (("auto", translate("IndicatorView", "按材料自动判断")),
                          (Status.DONE.name, translate("IndicatorView", "标为已完成")),
                          (Status.NOT_APPLICABLE.name, translate("IndicatorView", "标为不适用…"))):
            action = menu.addAction(text)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, k=key: self._status_chosen(k))
            self.status_actions[key] = action
        self.ui.statusButton.setMenu(menu)
        self.ui.statusButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def set_context(self, catalog: Catalog, profile: Profile | None, evidence: EvidenceSource) -> None:
        self.catalog, self.profile, self.evidence = catalog, profile, evidence

    # ------------------------------------------------------------ showing an indicator
    def show_indicator(self, ind: Indicator) -> None:
        self.flush_statement()
        self.indicator = ind
        ui = self.ui
        ui.titleLabel.setText(indicator_label(ind))
        self._show_state(self.evidence.indicator_state(ind))
        ui.textLabel.setText(ind.text)
        ui.areaLabel.setText(ind.area)
        ui.groupLabel.setText(ind.group or translate("IndicatorView", "（原表未列二级指标名称）"))
        ui.unitsLabel.setText(self._units_html(ind))
        merged = self._merged_html(ind)
        ui.mergedLabel.setText(merged)
        ui.mergedLabel.setVisible(bool(merged))
        ui.materialsLabel.setText(ind.materials or translate("IndicatorView", "（原表未写具体资料报送要求。）"))
        self._rebuild_cards(ind)
        ui.statementHint.setText("" if self.evidence.writable else
                                 translate("IndicatorView", "当前只显示目录内容：尚未打开工作区，不能添加文件或填写情况说明。"))
        ui.statementHint.setVisible(not self.evidence.writable)
        ui.scrollArea.verticalScrollBar().setValue(0)

    def _show_state(self, state: IndicatorState) -> None:
        ui = self.ui
        ui.statusLabel.setText(f"［{status_label(state.status)}］")
        ui.progressLabel.setText(fmt(translate("IndicatorView", "材料条目 %1/%2 已齐"), state.items_ready, state.items_total)
                                 if state.items_total else "")
        ui.statusButton.setVisible(self.evidence.writable)
        ui.statusButton.setIcon(icons.status_icon(state.status))
        ui.statusButton.setText(translate("IndicatorView", "手动设定") if state.manual else translate("IndicatorView", "自动"))
        chosen = state.status.name if state.manual else "auto"
        for key, action in self.status_actions.items():
            action.setChecked(key == chosen)
        if state.status is Status.NOT_APPLICABLE and state.reason:
            ui.reasonLabel.setText(fmt(translate("IndicatorView", "不适用的理由：%1"), state.reason))
        elif state.manual:
            ui.reasonLabel.setText(translate("IndicatorView", "状态是手动设定的；选“按材料自动判断”可恢复按材料计算。"))
        else:
            ui.reasonLabel.setText("")
        ui.reasonLabel.setVisible(bool(ui.reasonLabel.text()))
        self._show_review(state.review)

    def _show_review(self, review: ReviewNote | None) -> None:
        ui = self.ui
        ui.reviewBanner.setVisible(review is not None)
        if review is None:
            return
        frame, colour, icon = REVIEW_LOOK[review.status]
        loud = review.status is not ReviewStatus.PASSED
        ui.reviewBanner.setStyleSheet(frame)
        size = ui.reviewTitleLabel.fontMetrics().height()
        ui.reviewIconLabel.setPixmap(icons.icon(icon).pixmap(size, size))
        title = fmt(translate("IndicatorView", "依法治市办审核意见：%1"), review_status_label(review.status))
        ui.reviewTitleLabel.setText(title)
        ui.reviewTitleLabel.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: {'bold' if loud else 'normal'}; }}")
        ui.reviewDetailsLabel.setText(review_details(review))
        comment = review.comment
        if comment and review.status is ReviewStatus.ANSWERED:
            comment = fmt(translate("IndicatorView", "审核意见：%1"), comment)
        ui.reviewCommentLabel.setText(comment)
        ui.reviewCommentLabel.setVisible(bool(comment))
        ui.reviewCommentLabel.setStyleSheet("" if review.status is ReviewStatus.NEEDS_REVISION else "QLabel { color: #4a5563; }")
        hint = {
            ReviewStatus.NEEDS_REVISION: translate(
                "IndicatorView", "请按意见补充资料，然后重新导出报送包（增量报送即可）；导出后这里显示“已补充，待复核”。"),
            ReviewStatus.ANSWERED: translate("IndicatorView", "补充的资料已随报送包导出，等待依法治市办复核。"),
            ReviewStatus.PASSED: "",
        }[review.status]
        ui.reviewHintLabel.setText(hint)
        ui.reviewHintLabel.setVisible(bool(hint))

    def review_banner_text(self) -> str:
        """What the banner says, line by line (empty when hidden): for tests and accessibility."""
        ui = self.ui
        if ui.reviewBanner.isHidden():
            return ""
        parts = (ui.reviewTitleLabel, ui.reviewDetailsLabel, ui.reviewCommentLabel, ui.reviewHintLabel)
        return "\n".join(lbl.text() for lbl in parts if lbl.text() and not lbl.isHidden())

    def _status_chosen(self, key: str) -> None:
        if self.indicator is None:
            return
        value = None if key == "auto" else Status[key]
        self.actionRequested.emit(ItemAction("status", None, key=self.indicator.key, value=value))
        # the menu shows the stored state again once the session has it (a cancelled 不适用 changes nothing)
        self._show_state(self.evidence.indicator_state(self.indicator))

    def _units_html(self, ind: Indicator) -> str:
        if not ind.all_units:
            return escape(translate("IndicatorView", "（原表未列明责任单位）"))
        cat, prof = self.catalog, self.profile
        mine_unit = cat.find_unit(prof.unit) if (cat and prof) else None
        mine_names = set(mine_unit.names) if mine_unit else set()
        my_groups = set()
        if cat and prof:
            for g in prof.groups:
                found = cat.find_group(g)
                if found:
                    my_groups |= set(found.names)

        mine_note = escape(translate("IndicatorView", "（本单位）"))
        group_note = escape(translate("IndicatorView", "（本单位所属类别）"))

        def one(token: str) -> str:
            if token in mine_names:
                return f'<b style="color:{MINE}">{escape(token)}</b>{mine_note}'
            if token in my_groups:
                return f'<b style="color:{MINE}">{escape(token)}</b>{group_note}'
            return escape(token)

        sep = escape(translate("IndicatorView", "、"))
        if ind.lead_units or ind.assist_units:
            parts = []
            if ind.lead_units:
                parts.append(escape(translate("IndicatorView", "牵头：")) + sep.join(one(t) for t in ind.lead_units))
            if ind.assist_units:
                parts.append(escape(translate("IndicatorView", "配合：")) + sep.join(one(t) for t in ind.assist_units))
            rest = [t for t in ind.units if t not in ind.lead_units and t not in ind.assist_units]
            if rest:
                parts.append(sep.join(one(t) for t in rest))
            return "<br>".join(parts)
        return sep.join(one(t) for t in ind.units)

    def _merged_html(self, ind: Indicator) -> str:
        if not self.catalog or not ind.shares_materials_with:
            return ""
        lines = []
        for req in self.catalog.requests:
            if ind.key not in req.keys:
                continue
            others = []
            for k in req.keys:
                if k == ind.key:
                    continue
                other = self.catalog.get(k)
                label = indicator_label(other) if other else k
                others.append(f'<a href="{LINK_PREFIX}{escape(k)}">{escape(label)}</a>')
            head = escape(fmt(translate("IndicatorView", "与第%1项合并提供"), key_range(list(req.keys))))
            colon = escape(translate("IndicatorView", "："))
            lines.append(f"<b>{head}</b>{colon}" + escape(translate("IndicatorView", "、")).join(others))
        if not lines:  # shares materials without a recorded request: still link them
            others = [f'<a href="{LINK_PREFIX}{escape(k)}">{escape(indicator_label(o))}</a>'
                      for k in ind.shares_materials_with if (o := self.catalog.get(k))]
            lines.append(escape(translate("IndicatorView", "与以下指标共用材料：")) + escape(translate("IndicatorView", "、")).join(others))
        hint = escape(translate("IndicatorView", "合并提供的材料只需添加一次，会同时显示在这些指标下。"))
        return "<br>".join(lines) + f"<br><span style='color:#6b7280'>{hint}</span>"

    def _rebuild_cards(self, ind: Indicator) -> None:
        layout = self.ui.cardsLayout
        for widget in self.cards + self._headings:
            layout.removeWidget(widget)
            widget.hide()  # gone from the screen now, not at the next deferred delete
            widget.deleteLater()
        self.cards, self._headings = [], []
        items = self.evidence.items(ind)
        groups = list(dict.fromkeys(item.request for item in items))
        current = object()
        for item in items:
            if len(groups) > 1 and item.request != current:
                current = item.request
                self._add_heading(item.request)
            card = MaterialCard(item, self.evidence.item_state(item), writable=self.evidence.writable,
                                parent=self.ui.cardsContainer)
            card.filesDropped.connect(lambda item_id, paths: self.filesDropped.emit(self.indicator.key, item_id, paths))
            card.addFilesRequested.connect(lambda item_id: self.addFilesRequested.emit(self.indicator.key, item_id))
            card.attachmentActivated.connect(self.attachmentActivated)
            card.actionRequested.connect(self._card_action)
            layout.addWidget(card)
            self.cards.append(card)
        self.ui.itemsHeading.setText(
            fmt(translate("IndicatorView", "材料条目（%1 条）"), len(ind.items)) if ind.items
            else translate("IndicatorView", "材料条目：原表没有列出可拆分的材料条目")
        )

    def _card_action(self, action: ItemAction) -> None:
        self.actionRequested.emit(replace(action, key=self.indicator.key if self.indicator else None))

    def _add_heading(self, request_id: str | None) -> None:
        """Items of the indicator's own cell and of each merged request are numbered separately: say whose."""
        request = self.catalog.request(request_id) if (self.catalog and request_id) else None
        if request is None:
            text = translate("IndicatorView", "本项单独报送的材料")
        else:
            text = fmt(translate("IndicatorView", "第%1项合并报送的材料"), key_range(list(request.keys)))
        heading = QLabel(text, self.ui.cardsContainer)
        heading.setObjectName("cardsHeading")
        heading.setStyleSheet("QLabel { color: #5b3a9c; font-weight: bold; padding-top: 4px; }")
        self.ui.cardsLayout.addWidget(heading)
        self._headings.append(heading)

    def card_headings(self) -> list[str]:
        return [h.text() for h in self._headings]

    def refresh(self) -> None:
        """Re-read states after the workspace changed something about this indicator."""
        if self.indicator is None:
            return
        for card in self.cards:
            card.set_state(self.evidence.item_state(card.item))
        self._show_state(self.evidence.indicator_state(self.indicator))

    def card(self, item_id: str) -> MaterialCard | None:
        return next((c for c in self.cards if c.item.id == item_id), None)

    # ------------------------------------------------------------ typed text
    def flush_statement(self) -> None:
        """Send every card's pending typing now (before switching indicator or closing): no keystroke is lost."""
        for card in self.cards:
            card.flush()

    def pending_edits(self) -> bool:
        return any(card.pending() for card in self.cards)

    def _link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.indicatorLinkActivated.emit(href[len(LINK_PREFIX):])
