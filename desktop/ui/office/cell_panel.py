"""One cell of the matrix: that unit's evidence for that indicator (items, files, statement, PDF preview) and the review.

The panel shows plain data it is given (``show_cell``) and emits what the reviewer
decides (``reviewSubmitted``); the window does the writing on the write lane.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from desktop.core.office import Cell, EvidenceFile, EvidenceItem
from desktop.core.office.model import NOT_RESPONSIBLE, PASS, REVISE
from desktop.ui import icons
from desktop.ui.forms.ui_office_cell_panel import Ui_CellPanel
from desktop.ui.i18n import fmt, translate
from desktop.ui.office.matrix_model import review_text, state_text

FileRole = Qt.ItemDataRole.UserRole + 1


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(n / 1024, 0.1):.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def is_pdf(path: Path | None) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(1024).lstrip()[:5] == b"%PDF-"
    except (OSError, TypeError):
        return False


class CellPanel(QWidget):
    reviewSubmitted = Signal(str, str, str, str, object)  # unit, key, verdict, comment, score (float or None)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CellPanel()
        self.ui.setupUi(self)
        self.unit: str | None = None
        self.key: str | None = None
        ui = self.ui
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        ui.titleLabel.setFont(bold)
        header = ui.itemsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.itemsTree.currentItemChanged.connect(self._file_chosen)
        ui.scoreCheck.toggled.connect(ui.scoreSpin.setEnabled)
        ui.scoreSpin.setEnabled(False)
        ui.saveReviewButton.clicked.connect(self.submit_review)
        ui.panelSplitter.setStretchFactor(0, 2)
        ui.panelSplitter.setStretchFactor(1, 3)
        ui.panelLayout.setStretch(2, 1)  # the evidence takes the height; with no cell chosen the hint stays on top
        ui.panelLayout.addStretch(0)
        self.clear()

    # ------------------------------------------------------------ showing a cell
    def clear(self) -> None:
        """No cell chosen: a hint instead of empty panes."""
        self.unit = self.key = None
        ui = self.ui
        ui.titleLabel.setText(translate("CellPanel", "点击矩阵中的一格，查看该单位该项指标的资料"))
        ui.indicatorLabel.setText(translate(
            "CellPanel", "第一次使用：先在“单位与公钥”中登记各单位的公钥（导入 allowed_signers 文件，或照公钥登记表逐个登记），"
                         "再把收到的资料包或U盘文件夹拖到上方。每一格的颜色表示该单位该项指标的报送情况。"))
        ui.itemsTree.clear()
        ui.statementView.clear()
        self._clear_preview("")
        ui.panelSplitter.setVisible(False)
        ui.reviewBox.setVisible(False)
        ui.reviewInfoLabel.clear()

    def _clear_preview(self, message: str) -> None:
        preview = self.ui.preview
        preview.document.close()
        preview.path = None
        preview.ui.statusLabel.setText(message)
        preview.ui.statusLabel.setVisible(bool(message))
        preview._update_controls()  # noqa: SLF001 - the preview's own refresh of its buttons

    def show_cell(self, cell: Cell, indicator_label: str, indicator_text: str, items: list[EvidenceItem]) -> None:
        ui = self.ui
        self.unit, self.key = cell.unit, cell.key
        ui.titleLabel.setText(fmt(translate("CellPanel", "%1 · %2：%3"), cell.unit, indicator_label, state_text(cell.state)))
        summary = fmt(translate("CellPanel", "%1/%2 条材料齐全，%3 个文件"), cell.items_done, cell.items_total, cell.files)
        if cell.pending_files:
            summary += translate("CellPanel", "，") + fmt(translate("CellPanel", "%1 个文件尚未收到"), cell.pending_files)
        ui.indicatorLabel.setText(f"{indicator_text}\n{summary}")
        ui.panelSplitter.setVisible(True)
        ui.reviewBox.setVisible(True)
        self._fill_items(items)
        self._fill_statement(items)
        self._fill_review(cell)
        first = self._first_file_item()
        if first is not None:
            ui.itemsTree.setCurrentItem(first)
        else:  # never leave the previous cell's document on screen
            self._clear_preview(translate("CellPanel", "这一格没有可预览的文件。"))

    def _fill_items(self, items: list[EvidenceItem]) -> None:
        tree = self.ui.itemsTree
        tree.clear()
        for n, it in enumerate(items, start=1):
            node = QTreeWidgetItem([f"{n}. {it.text}", it.status or translate("CellPanel", "未填写")])
            node.setToolTip(0, it.text + ("\n" + "\n".join(it.missing) if it.missing else ""))
            node.setIcon(0, icons.icon("status-done" if it.complete else "status-in-progress" if it.files or it.statement
                                       else "status-not-started"))
            for f in it.files:
                if f.role in ("cover", "contents", "statement"):
                    continue
                child = QTreeWidgetItem([f.label, _size(f.size) if f.available else translate("CellPanel", "尚未收到")])
                child.setData(0, FileRole, f)
                child.setIcon(0, icons.icon("file-pdf" if f.name.lower().endswith(".pdf") else "file"))
                child.setToolTip(0, fmt(translate("CellPanel", "%1\nSHA-256：%2"), f.path, f.sha256))
                if not f.available:
                    child.setForeground(0, QBrush(QColor("#888888")))
                node.addChild(child)
            tree.addTopLevelItem(node)
            node.setExpanded(True)

    def _fill_statement(self, items: list[EvidenceItem]) -> None:
        parts = []
        url_caption = translate("CellPanel", "网址：")
        for n, it in enumerate(items, start=1):
            lines = []
            if it.statement:
                lines.append(html.escape(it.statement).replace("\n", "<br>"))
            for u in it.urls:
                lines.append(f'{url_caption}<a href="{html.escape(u)}">{html.escape(u)}</a>')
            if it.reason:
                lines.append(html.escape(fmt(translate("CellPanel", "不适用的理由：%1"), it.reason)))
            for m in it.missing:
                missing = html.escape(fmt(translate("CellPanel", "还缺：%1"), m))
                lines.append(f'<span style="color:#9f1d14">{missing}</span>')
            if lines:
                parts.append(f"<p><b>{n}.</b> " + "<br>".join(lines) + "</p>")
        self.ui.statementView.setHtml("".join(parts))
        self.ui.statementView.setVisible(bool(parts))  # the room goes to the files when there is nothing to read

    def _fill_review(self, cell: Cell) -> None:
        ui = self.ui
        ui.reviewBox.setEnabled(cell.state != NOT_RESPONSIBLE)
        r = cell.review
        for w in (ui.passRadio, ui.reviseRadio):
            w.setAutoExclusive(False)
            w.setChecked(False)
            w.setAutoExclusive(True)
        if r is not None:
            (ui.passRadio if r.verdict == PASS else ui.reviseRadio).setChecked(True)
            ui.commentEdit.setPlainText(r.comment)
            ui.scoreCheck.setChecked(r.score is not None)
            ui.scoreSpin.setValue(r.score or 0)
            ui.reviewInfoLabel.setText(fmt(translate("CellPanel", "%1（%2，%3）"), review_text(cell.review_state),
                                           r.reviewer or "", r.reviewed_at[:16].replace("T", " ")))
        else:
            ui.commentEdit.clear()
            ui.scoreCheck.setChecked(False)
            ui.scoreSpin.setValue(0)
            ui.reviewInfoLabel.setText(translate("CellPanel", "尚未审核") if cell.state != NOT_RESPONSIBLE
                                       else translate("CellPanel", "该单位不负责这项指标"))

    def _first_file_item(self):
        tree = self.ui.itemsTree
        for i in range(tree.topLevelItemCount()):
            node = tree.topLevelItem(i)
            for j in range(node.childCount()):
                f = node.child(j).data(0, FileRole)
                if f is not None and f.available:
                    return node.child(j)
        return None

    # ------------------------------------------------------------ the preview
    def _file_chosen(self, current, _previous) -> None:
        f: EvidenceFile | None = current.data(0, FileRole) if current is not None else None
        if f is None or not f.available:
            return
        preview = self.ui.preview
        if is_pdf(f.blob_path):
            preview.load(f.blob_path)
        else:
            self._clear_preview(translate("CellPanel", "这个文件不是 PDF，请用“用其他程序打开”查看。"))
            preview.path = f.blob_path
            preview._update_controls()  # noqa: SLF001 - "open with another program" works on the stored file

    def current_file(self) -> EvidenceFile | None:
        item = self.ui.itemsTree.currentItem()
        return item.data(0, FileRole) if item is not None else None

    # ------------------------------------------------------------ the review
    def submit_review(self) -> None:
        ui = self.ui
        if self.unit is None or self.key is None:
            return
        if not (ui.passRadio.isChecked() or ui.reviseRadio.isChecked()):
            ui.reviewInfoLabel.setText(translate("CellPanel", "请先选择“通过”或“需补充”。"))
            return
        verdict = PASS if ui.passRadio.isChecked() else REVISE
        score = ui.scoreSpin.value() if ui.scoreCheck.isChecked() else None
        self.reviewSubmitted.emit(self.unit, self.key, verdict, ui.commentEdit.toPlainText().strip(), score)
