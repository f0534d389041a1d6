"""The files of one material item as a small table: name, pages, size, date — reordered, renamed and dated in place.

Edits are not applied here: the list says what the user asked for
(``orderChanged``, ``renamed``, ``dated``) and shows the workspace's answer
when the card is refreshed, so a refused edit (a date it cannot read) simply
springs back.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem

from desktop.ui import icons
from desktop.ui.evidence import Attachment
from desktop.ui.i18n import translate

COL_NAME, COL_PAGES, COL_SIZE, COL_DATE = range(4)
AttachmentRole = Qt.ItemDataRole.UserRole
MAX_VISIBLE_ROWS = 8


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


def kind_icon(att: Attachment):
    if att.warnings:
        return icons.icon("warning")
    if att.is_pdf:
        return icons.icon("file-pdf")
    if att.kind == "image":
        return icons.icon("file-image")
    return icons.icon("file")


class _Delegate(QStyledItemDelegate):
    """Only the name and the date can be edited; the date editor shows what it accepts."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        if index.column() not in (COL_NAME, COL_DATE):
            return None
        editor = super().createEditor(parent, option, index)
        if index.column() == COL_DATE and hasattr(editor, "setPlaceholderText"):
            editor.setPlaceholderText(translate("AttachmentList", "如 2021-05-08 或 2021年5月"))
        return editor


class AttachmentList(QTreeWidget):
    orderChanged = Signal(list)  # attachment ids in the new order
    renamed = Signal(object, str)  # Attachment, new name ("" = back to the original name)
    dated = Signal(object, str)  # Attachment, the date as typed ("" clears it)
    removeRequested = Signal(object)  # Attachment
    attachmentActivated = Signal(object)  # Attachment (double-click, Enter)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setColumnCount(4)
        self.setHeaderLabels([translate("AttachmentList", "文件"), translate("AttachmentList", "页数"),
                              translate("AttachmentList", "大小"), translate("AttachmentList", "成文日期")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegate(_Delegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_PAGES, COL_SIZE, COL_DATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setIconSize(QSize(16, 16))
        self._filling = False
        self._writable = False
        self._deferred: tuple[Attachment, ...] | None = None
        self.itemChanged.connect(self._item_changed)
        self.itemActivated.connect(lambda it, _col: self.attachmentActivated.emit(it.data(COL_NAME, AttachmentRole)))
        self.set_writable(False)

    # ------------------------------------------------------------ content
    def set_attachments(self, attachments: tuple[Attachment, ...] | list[Attachment]) -> None:
        """Show these files; the selected one stays selected (found by its id) across a refresh.

        While the user is renaming or dating a file in place, a refresh (another write finishing) waits
        until the editor closes: rebuilding the rows now would throw the half-typed name away.
        """
        if self.state() == QAbstractItemView.State.EditingState:
            self._deferred = tuple(attachments)
            return
        self._deferred = None
        selected = self.current_attachment()
        keep = selected.id if selected is not None else None
        self._filling = True
        try:
            self.clear()
            for att in attachments:
                it = QTreeWidgetItem(self)
                self._fill_item(it, att)
                if keep is not None and att.id == keep:
                    self.setCurrentItem(it)
        finally:
            self._filling = False
        self._fit_height()

    def _fill_item(self, it: QTreeWidgetItem, att: Attachment) -> None:
        it.setData(COL_NAME, AttachmentRole, att)
        it.setText(COL_NAME, att.name)
        it.setIcon(COL_NAME, kind_icon(att))
        tip = [att.name]
        if att.original_name and att.original_name != att.name:
            tip.append(translate("AttachmentList", "原文件名：%1").replace("%1", att.original_name))
        tip += [f"⚠ {w}" for w in att.warnings]
        it.setToolTip(COL_NAME, "\n".join(tip))
        it.setText(COL_PAGES, translate("AttachmentList", "%n 页", None, att.pages) if att.pages else "–")
        it.setText(COL_SIZE, size_text(att.size) if att.size else "")
        it.setText(COL_DATE, att.evidence_date or "")
        it.setToolTip(COL_DATE, translate("AttachmentList", "文件上的成文日期（按 F2 或点“日期”填写）"))
        for col in (COL_PAGES, COL_SIZE):
            it.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # no ItemIsDropEnabled: no nesting
        if self._writable:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        it.setFlags(flags)

    def attachments(self) -> list[Attachment]:
        return [self.topLevelItem(i).data(COL_NAME, AttachmentRole) for i in range(self.topLevelItemCount())]

    def count(self) -> int:
        return self.topLevelItemCount()

    def current_attachment(self) -> Attachment | None:
        it = self.currentItem()
        return it.data(COL_NAME, AttachmentRole) if it is not None else None

    def select_row(self, row: int) -> None:
        it = self.topLevelItem(row)
        if it is not None:
            self.setCurrentItem(it)

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if writable
                             else QAbstractItemView.DragDropMode.NoDragDrop)
        self.setDragEnabled(writable)
        self.setAcceptDrops(writable)
        self.setDropIndicatorShown(writable)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def _fit_height(self) -> None:
        """As tall as its rows (up to MAX_VISIBLE_ROWS): a card never hides a file behind a scroll bar it need not."""
        rows = min(max(self.count(), 1), MAX_VISIBLE_ROWS)
        row_h = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        height = self.header().sizeHint().height() + rows * max(row_h, 1) + 2 * self.frameWidth() + 2
        self.setFixedHeight(height)

    # ------------------------------------------------------------ editing in place
    def start_rename(self) -> None:
        it = self.currentItem()
        if it is not None and self._writable:
            self.editItem(it, COL_NAME)

    def start_date(self) -> None:
        it = self.currentItem()
        if it is not None and self._writable:
            self.editItem(it, COL_DATE)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt API
        super().closeEditor(editor, hint)
        if self._deferred is not None and self.state() != QAbstractItemView.State.EditingState:
            self.set_attachments(self._deferred)

    def _item_changed(self, it: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        att: Attachment = it.data(COL_NAME, AttachmentRole)
        if column == COL_NAME:
            text = it.text(COL_NAME).strip()
            if text != att.name:
                self.renamed.emit(att, "" if text == att.original_name else text)
        elif column == COL_DATE:
            text = it.text(COL_DATE).strip()
            if text != (att.evidence_date or ""):
                self.dated.emit(att, text)

    # ------------------------------------------------------------ keys and drags
    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        att = self.current_attachment()
        if att is not None and self._writable and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.removeRequested.emit(att)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.attachmentActivated.emit(att)
                return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if event.source() is self:
            super().dragEnterEvent(event)
        else:
            event.ignore()  # files from the file manager: the card's drop area below takes them

    def dragMoveEvent(self, event):  # noqa: N802 - Qt API
        if event.source() is self:
            super().dragMoveEvent(event)
        else:
            event.ignore()

    def dropEvent(self, event):  # noqa: N802 - Qt API
        if event.source() is not self:
            event.ignore()
            return
        before = [a.id for a in self.attachments()]
        self._filling = True
        try:
            super().dropEvent(event)
        finally:
            self._filling = False
        after = [a.id for a in self.attachments()]
        if after != before and sorted(after) == sorted(before):
            self.orderChanged.emit(after)
