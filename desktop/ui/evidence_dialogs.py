"""Small dialogs around evidence: move a file to another item, the recycle bin, the reason for 不适用.

All are opened with ``open()`` (never ``exec()``) and report through
``accepted``/signals, so tests drive them by setting fields and calling
``accept()``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem

from desktop.core.catalog import Catalog
from desktop.ui import icons
from desktop.ui.forms.ui_move_dialog import Ui_MoveDialog
from desktop.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from desktop.ui.forms.ui_recycle_bin import Ui_RecycleBinDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label
from desktop.ui.tree_model import fold

ItemRole = Qt.ItemDataRole.UserRole


class MoveDialog(QDialog):
    """Choose the material item a file should move to: indicators as headings, their items below."""

    def __init__(self, catalog: Catalog, items_of, current_item: str, file_name: str,
                 mine: Iterable[str] | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)
        self.catalog, self.items_of, self.current_item = catalog, items_of, current_item
        self.mine = set(mine) if mine is not None else None
        ui = self.ui
        ui.headingLabel.setText(fmt(translate("MoveDialog", "把“%1”移到哪一条材料下？"), file_name))
        ui.allCheck.setVisible(self.mine is not None)
        ui.allCheck.toggled.connect(lambda _on: self._fill())
        ui.filterEdit.textChanged.connect(lambda _t: self._fill())
        ui.itemTree.currentItemChanged.connect(lambda *_: self._update_ok())
        ui.itemTree.itemDoubleClicked.connect(lambda it, _c: self.accept() if it.data(0, ItemRole) else None)
        self._fill()

    def _fill(self) -> None:
        tree = self.ui.itemTree
        tree.clear()
        terms = [fold(t) for t in self.ui.filterEdit.text().split()]
        show_all = self.mine is None or self.ui.allCheck.isChecked()
        for ind in self.catalog.indicators:
            if not show_all and ind.key not in self.mine:
                continue
            head = f"{indicator_label(ind)}  {ind.text}"
            items = self.items_of(ind)
            hay = fold(head + "\n" + "\n".join(i.text for i in items))
            if terms and not all(t in hay for t in terms):
                continue
            top = QTreeWidgetItem(tree, [head])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setToolTip(0, ind.text)
            for item in items:
                number = f"{item.no}. " if item.no is not None else ""
                child = QTreeWidgetItem(top, [number + item.text])
                child.setData(0, ItemRole, item.id)
                child.setToolTip(0, item.text)
                if item.id == self.current_item:
                    child.setFlags(Qt.ItemFlag.NoItemFlags)
                    child.setText(0, child.text(0) + translate("MoveDialog", "（当前位置）"))
        tree.expandAll()
        self._update_ok()

    def chosen_item(self) -> str | None:
        it = self.ui.itemTree.currentItem()
        return it.data(0, ItemRole) if it is not None else None

    def choose(self, item_id: str) -> bool:
        for i in range(self.ui.itemTree.topLevelItemCount()):
            top = self.ui.itemTree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ItemRole) == item_id and top.child(j).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.ui.itemTree.setCurrentItem(top.child(j))
                    return True
        return False

    def _update_ok(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_item()))

    def accept(self) -> None:
        if self.chosen_item():
            super().accept()


class ReasonDialog(QDialog):
    """不适用 needs a reason: the office will ask why; OK stays refused until one is written."""

    def __init__(self, label: str, previous: str = "", parent=None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.ui.questionLabel.setText(fmt(translate("ReasonDialog", "为什么%1对本单位不适用？请写明理由，依法治市办审核时会看到。"), label))
        self.ui.errorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        self.ui.reasonEdit.setPlainText(previous)
        self.ui.reasonEdit.textChanged.connect(lambda: self.ui.errorLabel.setText(""))

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.ui.errorLabel.setText(translate("ReasonDialog", "请写明理由后再确定。"))
            self.ui.reasonEdit.setFocus()
            return
        super().accept()


class RecycleBinDialog(QDialog):
    """Removed files: restore them to their place, or delete them for good (after a question)."""

    restoreRequested = Signal(list)  # attachment ids
    deleteRequested = Signal(list)  # attachment ids; [] with everything=True means empty the bin
    emptyRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_RecycleBinDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowIcon(icons.icon("recycle-bin"))
        ui.binTree.setHeaderLabels([translate("RecycleBinDialog", "文件"), translate("RecycleBinDialog", "原来在"),
                                    translate("RecycleBinDialog", "移除时间"), translate("RecycleBinDialog", "移除人")])
        header = ui.binTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ui.buttonBox.rejected.connect(self.reject)
        ui.restoreButton.setIcon(icons.icon("undo"))
        ui.restoreButton.clicked.connect(lambda: self.restoreRequested.emit(self.selected_ids()))
        ui.deleteButton.clicked.connect(self._ask_delete)
        ui.emptyButton.clicked.connect(self._ask_empty)
        ui.binTree.itemSelectionChanged.connect(self._update_buttons)
        self._question = None

    def set_entries(self, entries: list[tuple[object, str, str, str, str]]) -> None:
        """(attachment id, name, where, removed at, removed by), most recently removed first."""
        tree = self.ui.binTree
        tree.clear()
        for att_id, name, where, at, by in entries:
            it = QTreeWidgetItem(tree, [name, where, at.replace("T", " ")[:16], by or ""])
            it.setData(0, ItemRole, att_id)
            it.setToolTip(0, name)
        self.ui.infoLabel.setText(
            translate("RecycleBinDialog", "移除的文件先放在回收站里，可以恢复到原来的位置。彻底删除后不能恢复。") if entries
            else translate("RecycleBinDialog", "回收站是空的。"))
        self._update_buttons()

    def selected_ids(self) -> list:
        return [it.data(0, ItemRole) for it in self.ui.binTree.selectedItems()]

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        self.ui.restoreButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)
        self.ui.emptyButton.setEnabled(self.ui.binTree.topLevelItemCount() > 0)

    def _confirm(self, text: str, then) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, translate("RecycleBinDialog", "彻底删除"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: then() if box.standardButton(b) == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(lambda _r: setattr(self, "_question", None))
        self._question = box
        box.open()

    def _ask_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._confirm(translate("RecycleBinDialog", "彻底删除选中的 %n 个文件？删除后不能恢复。", None, len(ids)),
                          lambda: self.deleteRequested.emit(ids))

    def _ask_empty(self) -> None:
        self._confirm(translate("RecycleBinDialog", "清空回收站？其中的文件将被彻底删除，不能恢复。"), self.emptyRequested.emit)
