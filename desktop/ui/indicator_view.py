"""The right-hand page: one indicator with its text, responsible units, the original request and material cards."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.catalog import Catalog, Indicator
from desktop.ui import fonts
from desktop.ui.evidence import CatalogOnly, EvidenceSource
from desktop.ui.forms.ui_indicator_view import Ui_IndicatorView
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label, key_range, status_label
from desktop.ui.material_card import MaterialCard
from desktop.ui.profile import Profile

LINK_PREFIX = "indicator:"
MINE = "#1f5fa8"


class IndicatorView(QWidget):
    """Shows one indicator. Emits what the user asks for; the window (later the workspace) acts on it."""

    indicatorLinkActivated = Signal(str)  # key of another indicator
    filesDropped = Signal(str, str, list)  # indicator key, item id, [Path]
    addFilesRequested = Signal(str, str)  # indicator key, item id
    attachmentActivated = Signal(str, object)  # item id, Attachment
    statementEdited = Signal(str, str)  # indicator key, text (debounced: saved as you type, no Save button)

    STATEMENT_DELAY_MS = 500

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
        self._statement_timer = QTimer(self)
        self._statement_timer.setSingleShot(True)
        self._statement_timer.setInterval(self.STATEMENT_DELAY_MS)
        self._statement_timer.timeout.connect(self._emit_statement)
        self._loading = False
        ui.statementEdit.textChanged.connect(self._statement_changed)

    def set_context(self, catalog: Catalog, profile: Profile | None, evidence: EvidenceSource) -> None:
        self.catalog, self.profile, self.evidence = catalog, profile, evidence

    # ------------------------------------------------------------ showing an indicator
    def show_indicator(self, ind: Indicator) -> None:
        self.flush_statement()
        self.indicator = ind
        ui = self.ui
        state = self.evidence.indicator_state(ind)
        ui.titleLabel.setText(indicator_label(ind))
        ui.statusLabel.setText(f"［{status_label(state.status)}］")
        ui.progressLabel.setText(fmt(translate("IndicatorView", "材料条目 %1/%2 已齐"), state.items_ready, state.items_total)
                                 if state.items_total else "")
        ui.textLabel.setText(ind.text)
        ui.areaLabel.setText(ind.area)
        ui.groupLabel.setText(ind.group or translate("IndicatorView", "（原表未列二级指标名称）"))
        ui.unitsLabel.setText(self._units_html(ind))
        merged = self._merged_html(ind)
        ui.mergedLabel.setText(merged)
        ui.mergedLabel.setVisible(bool(merged))
        ui.materialsLabel.setText(ind.materials or translate("IndicatorView", "（原表未写具体资料报送要求。）"))
        self._rebuild_cards(ind)
        self._load_statement(ind)
        ui.scrollArea.verticalScrollBar().setValue(0)

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
        groups = list(dict.fromkeys(item.request for item in ind.items))
        current = object()
        for item in ind.items:
            if len(groups) > 1 and item.request != current:
                current = item.request
                self._add_heading(item.request)
            card = MaterialCard(item, self.evidence.item_state(item), writable=self.evidence.writable,
                                parent=self.ui.cardsContainer)
            card.filesDropped.connect(lambda item_id, paths: self.filesDropped.emit(self.indicator.key, item_id, paths))
            card.addFilesRequested.connect(lambda item_id: self.addFilesRequested.emit(self.indicator.key, item_id))
            card.attachmentActivated.connect(self.attachmentActivated)
            layout.addWidget(card)
            self.cards.append(card)
        self.ui.itemsHeading.setText(
            fmt(translate("IndicatorView", "材料条目（%1 条）"), len(ind.items)) if ind.items
            else translate("IndicatorView", "材料条目：原表没有列出可拆分的材料条目")
        )

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
        state = self.evidence.indicator_state(self.indicator)
        self.ui.statusLabel.setText(f"［{status_label(state.status)}］")
        self.ui.progressLabel.setText(fmt(translate("IndicatorView", "材料条目 %1/%2 已齐"), state.items_ready, state.items_total)
                                      if state.items_total else "")

    def card(self, item_id: str) -> MaterialCard | None:
        return next((c for c in self.cards if c.item.id == item_id), None)

    # ------------------------------------------------------------ statement
    def _load_statement(self, ind: Indicator) -> None:
        edit = self.ui.statementEdit
        self._loading = True
        edit.setPlainText(self.evidence.statement(ind))
        self._loading = False
        writable = self.evidence.writable
        edit.setReadOnly(not writable)
        edit.setPlaceholderText(
            translate("IndicatorView", "写明本项工作的开展情况。输入即自动保存，不需要点“保存”。") if writable
            else translate("IndicatorView", "打开工作区后，可在这里填写情况说明（输入即自动保存）。")
        )
        self.ui.statementHint.setText("" if writable else translate("IndicatorView", "当前只显示目录内容：尚未打开工作区。"))

    def _statement_changed(self) -> None:
        if not self._loading and self.evidence.writable:
            self._statement_timer.start()

    def _emit_statement(self) -> None:
        if self.indicator is not None:
            self.statementEdited.emit(self.indicator.key, self.ui.statementEdit.toPlainText())

    def flush_statement(self) -> None:
        """Save a pending edit now (before switching indicator or closing): no keystroke is lost."""
        if self._statement_timer.isActive():
            self._statement_timer.stop()
            self._emit_statement()

    def _link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.indicatorLinkActivated.emit(href[len(LINK_PREFIX):])
