"""One card per requested material item: what is asked, badges, progress, attachments and a drop target."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem

from desktop.core.catalog import MaterialItem
from desktop.ui import icons
from desktop.ui.evidence import Attachment, ItemState
from desktop.ui.forms.ui_material_card import Ui_MaterialCard
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import item_badges, item_progress

BADGE_COLOURS = {
    "quantity": ("#e8f0fb", "#1f5fa8"),
    "period": ("#eef6ee", "#2b6e36"),
    "url": ("#fff4e0", "#8a5300"),
    "contact": ("#fff4e0", "#8a5300"),
    "onsite": ("#fdeaea", "#a11d1d"),
    "merged": ("#f1ecfa", "#5b3a9c"),
}

CARD_STYLE = """
MaterialCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
DropArea { background: palette(window); border: 1px dashed palette(mid); border-radius: 4px; }
DropArea[dragActive="true"] { border: 2px solid #1f5fa8; background: #e8f0fb; }
"""


class MaterialCard(QFrame):
    """Signals carry the item id, which is what the workspace files evidence under."""

    filesDropped = Signal(str, list)  # item id, [Path]
    addFilesRequested = Signal(str)  # item id
    attachmentActivated = Signal(str, object)  # item id, Attachment

    def __init__(self, item: MaterialItem, state: ItemState, *, writable: bool = False, parent=None):
        super().__init__(parent)
        self.item = item
        self.ui = Ui_MaterialCard()
        self.ui.setupUi(self)
        self.setObjectName(f"card-{item.id}")
        self.setStyleSheet(CARD_STYLE)
        ui = self.ui
        ui.numberLabel.setText(f"{item.no}." if item.no is not None else "•")
        ui.textLabel.setText(item.text)
        for kind, text in item_badges(item):
            ui.badgesLayout.insertWidget(ui.badgesLayout.count() - 1, self._badge(kind, text))
        ui.addButton.setIcon(icons.icon("add-files"))
        ui.addButton.clicked.connect(lambda: self.addFilesRequested.emit(self.item.id))
        ui.dropArea.filesDropped.connect(lambda paths: self.filesDropped.emit(self.item.id, paths))
        ui.attachmentList.itemActivated.connect(self._activated)
        self.set_state(state)
        self.set_writable(writable)

    def _badge(self, kind: str, text: str) -> QLabel:
        bg, fg = BADGE_COLOURS.get(kind, ("#eeeeee", "#333333"))
        label = QLabel(text, self)
        label.setObjectName(f"badge-{kind}")
        label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 1px 6px; }}")
        return label

    def badges(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel) if w.objectName().startswith("badge-")]

    def set_state(self, state: ItemState) -> None:
        self.state = state
        ui = self.ui
        ui.progressLabel.setText(item_progress(self.item, state))
        done = state.ready or (state.required is not None and state.count >= state.required)
        colour = "#2e9d4f" if done else ("#d98a00" if state.count else "#6b7280")
        ui.progressLabel.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        ui.attachmentList.clear()
        for att in state.attachments:
            ui.attachmentList.addItem(self._attachment_item(att))
        has = bool(state.attachments)
        ui.attachmentList.setVisible(has)
        ui.dropHint.setText(translate("MaterialCard", "把更多文件拖到这里，或") if has else translate("MaterialCard", "尚未添加文件。把文件拖到这里，或"))

    def _attachment_item(self, att: Attachment) -> QListWidgetItem:
        detail = []
        if att.pages:
            detail.append(translate("MaterialCard", "%n 页", None, att.pages))
        if att.size:
            detail.append(f"{att.size / 1024 / 1024:.1f} MB")
        text = att.name + (f"（{'，'.join(detail)}）" if detail else "")
        it = QListWidgetItem(icons.icon("file-pdf" if att.name.lower().endswith(".pdf") else "file"), text)
        it.setData(Qt.ItemDataRole.UserRole, att)
        return it

    def _activated(self, it: QListWidgetItem) -> None:
        self.attachmentActivated.emit(self.item.id, it.data(Qt.ItemDataRole.UserRole))

    def set_writable(self, writable: bool) -> None:
        """Attach controls work only with a workspace open; otherwise they say why they are off."""
        ui = self.ui
        ui.addButton.setEnabled(writable)
        ui.dropArea.setEnabled(writable)
        why = "" if writable else translate("MaterialCard", "打开工作区后才能添加文件。")
        ui.addButton.setToolTip(why or fmt(translate("MaterialCard", "选择文件添加到第%1条材料"), self.item.no or 1))
        ui.dropArea.setToolTip(why)
