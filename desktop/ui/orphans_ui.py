"""目录外资料: evidence of items a catalog update dropped, kept by the workspace, shown here so it can be moved on.

Such evidence belongs to no indicator of the current catalog, so the tree never shows it and an export leaves it
out. This dialog lists it by its old item (as the earlier catalog described it); files move to a current item with
the usual move dialog (on the write lane, like every write); statements and web addresses are copied, since they
are rewritten for the new item's request anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem

from desktop.ui import icons
from desktop.ui.attachment_list import size_text
from desktop.ui.forms.ui_orphans_dialog import Ui_OrphansDialog
from desktop.ui.i18n import fmt, translate

AttachmentRole = Qt.ItemDataRole.UserRole  # (attachment id, name, item id) on file rows
TextRole = Qt.ItemDataRole.UserRole + 1  # the text the 复制文字 button copies


class OrphansDialog(QDialog):
    moveRequested = Signal(object, str, str)  # attachment id, its name, the orphaned item id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_OrphansDialog()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.orphanTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.orphanTree.currentItemChanged.connect(lambda *_: self._update_buttons())
        ui.orphanTree.itemDoubleClicked.connect(lambda *_: self.move_selected())
        ui.moveButton.clicked.connect(self.move_selected)
        ui.copyButton.clicked.connect(self.copy_selected)
        ui.buttonBox.rejected.connect(self.reject)
        self._update_buttons()

    def set_evidence(self, entries) -> None:
        """``entries``: the workspace's ``orphaned_evidence()`` (``ItemEvidence`` of items outside the catalog)."""
        tree = self.ui.orphanTree
        tree.clear()
        for ev in entries:
            top = QTreeWidgetItem(tree, [fmt(translate("OrphansDialog", "%1（原条目）%2"), ev.item.id, ev.item.text), ""])
            top.setToolTip(0, ev.item.text)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for att in ev.attachments:
                row = QTreeWidgetItem(top, [att.display_name, size_text(att.size)])
                row.setIcon(0, icons.icon("file-pdf" if att.kind == "pdf" else "file-image" if att.kind == "image" else "file"))
                row.setData(0, AttachmentRole, (att.id, att.display_name, ev.item.id))
                row.setToolTip(0, att.original_name)
            for url in ev.urls:
                row = QTreeWidgetItem(top, [fmt(translate("OrphansDialog", "网址：%1"), url.url), ""])
                row.setData(0, TextRole, url.url)
            for caption, text in ((translate("OrphansDialog", "情况说明：%1"), ev.notes.statement),
                                  (translate("OrphansDialog", "实地核查准备：%1"), ev.notes.onsite_notes)):
                if text:
                    row = QTreeWidgetItem(top, [fmt(caption, " ".join(text.split())), ""])
                    row.setData(0, TextRole, text)
                    row.setToolTip(0, text)
        tree.expandAll()
        if not entries:
            QTreeWidgetItem(tree, [translate("OrphansDialog", "没有目录外资料。"), ""]).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def _selected(self) -> QTreeWidgetItem | None:
        return self.ui.orphanTree.currentItem()

    def _update_buttons(self) -> None:
        it = self._selected()
        self.ui.moveButton.setEnabled(bool(it is not None and it.data(0, AttachmentRole)))
        self.ui.copyButton.setEnabled(bool(it is not None and it.data(0, TextRole)))

    def move_selected(self) -> None:
        it = self._selected()
        found = it.data(0, AttachmentRole) if it is not None else None
        if found:
            self.moveRequested.emit(*found)

    def copy_selected(self) -> str:
        it = self._selected()
        text = (it.data(0, TextRole) if it is not None else None) or ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def attachment_names(self) -> list[str]:
        tree, out = self.ui.orphanTree, []
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            out += [top.child(j).text(0) for j in range(top.childCount()) if top.child(j).data(0, AttachmentRole)]
        return out


def open_dialog(session) -> OrphansDialog:
    """编辑 → 目录外资料…: list what a catalog update left outside, and move files into the current catalog."""
    from desktop.ui.evidence_dialogs import MoveDialog

    ws, window = session.ws, session.window
    dialog = OrphansDialog(window)

    def fill(_result=None) -> None:
        dialog.set_evidence(ws.orphaned_evidence())

    def move(attachment_id, name: str, item_id: str) -> None:
        mine = [i.key for i in ws.my_indicators()]
        chooser = MoveDialog(ws.catalog, session.source.items, item_id, name, mine, dialog)
        chooser.accepted.connect(lambda: session.write(
            lambda w: w.move_attachment(attachment_id, chooser.chosen_item()), keys=session.keys_of(chooser.chosen_item()),
            then=lambda _r: (fill(), window.show_status(fmt(translate("OrphansDialog", "已把“%1”移到%2。"), name,
                                                            ws.describe_item(chooser.chosen_item()))))))
        session._keep(chooser)
        chooser.open()
        session.move_dialog = chooser

    dialog.moveRequested.connect(move)
    fill()
    session._keep(dialog)
    dialog.open()
    session.orphans_dialog = dialog
    return dialog
