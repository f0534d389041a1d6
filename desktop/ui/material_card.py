"""One card per requested material item: what is asked, badges, progress, its files, web addresses, statement.

The card owns no evidence: it shows an ``ItemState`` and emits ``actionRequested(ItemAction)`` for every change
the user asks for; the workspace session carries it out and refreshes the card. Typed text (statement, on-site
notes) is sent after a short pause and at once by ``flush()``, which the page calls before it changes indicator
and the window calls before it closes — no keystroke waits for a Save button.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.core.catalog import MaterialItem
from desktop.ui import icons
from desktop.ui.drop_area import files_to_attach, local_paths
from desktop.ui.evidence import Attachment, ItemAction, ItemState, WebLink
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
QLabel#urlErrorLabel { color: #b3261e; }
QLabel#statementState { color: #6b7280; }
"""

# Loose on purpose: the office pastes addresses from browsers, WeChat articles and intranet portals.
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.I)
EDIT_DELAY_MS = 500


def looks_like_url(text: str) -> bool:
    return bool(_URL_LIKE.match(text.strip()))


class MaterialCard(QFrame):
    """Signals carry the item id, which is what the workspace files evidence under."""

    filesDropped = Signal(str, list)  # item id, [Path]
    addFilesRequested = Signal(str)  # item id
    attachmentActivated = Signal(str, object)  # item id, Attachment (double-click: preview)
    actionRequested = Signal(object)  # ItemAction

    def __init__(self, item: MaterialItem, state: ItemState, *, writable: bool = False, parent=None):
        super().__init__(parent)
        self.item = item
        self.writable = writable
        self.ui = Ui_MaterialCard()
        self.ui.setupUi(self)
        self.setObjectName(f"card-{item.id}")
        self.setStyleSheet(CARD_STYLE)
        ui = self.ui
        ui.numberLabel.setText(f"{item.no}." if item.no is not None else "•")
        ui.textLabel.setText(item.text)
        for kind, text in item_badges(item):
            ui.badgesLayout.insertWidget(ui.badgesLayout.count() - 1, self._badge(kind, text))
        self._url_rows: list[QWidget] = []
        self._url_open = False
        self._typed: dict[str, bool] = {"statement": False, "onsite_notes": False}
        self._timers: dict[str, QTimer] = {}
        self._setup_files()
        self._setup_texts()
        ui.urlAddButton.clicked.connect(self._add_url)
        ui.urlEdit.returnPressed.connect(self._add_url)
        ui.urlEdit.textChanged.connect(lambda _t: self._url_error(""))
        self._url_error("")
        ui.showUrlButton.clicked.connect(self._open_url_box)
        ui.onsiteReadyCheck.toggled.connect(self._ready_toggled)
        ui.onsiteBox.setVisible(item.onsite)
        self.setAcceptDrops(True)
        self.set_state(state, load_texts=True)
        self.set_writable(writable)

    # ================================================================ set-up
    def _setup_files(self) -> None:
        ui = self.ui
        ui.addButton.setIcon(icons.icon("add-files"))
        ui.addButton.clicked.connect(lambda: self.addFilesRequested.emit(self.item.id))
        ui.dropArea.filesDropped.connect(lambda paths: self.filesDropped.emit(self.item.id, paths))
        lst = ui.attachmentList
        lst.attachmentActivated.connect(lambda att: self.attachmentActivated.emit(self.item.id, att))
        lst.orderChanged.connect(lambda ids: self._request("reorder", value=ids))
        lst.renamed.connect(lambda att, text: self._request("rename", att, text))
        lst.dated.connect(lambda att, text: self._request("date", att, text))
        lst.removeRequested.connect(lambda att: self._request("remove", att))
        lst.currentItemChanged.connect(lambda *_: self._update_tools())
        lst.customContextMenuRequested.connect(self._context_menu)
        for button, name, slot in (
            (ui.upButton, "go-up", lambda: self.move_selected(-1)),
            (ui.downButton, "go-down", lambda: self.move_selected(+1)),
            (ui.previewButton, "file-pdf", lambda: self._on_selected("preview")),
            (ui.openButton, "open-external", lambda: self._on_selected("open")),
            (ui.revealButton, "folder-open", lambda: self._on_selected("reveal")),
            (ui.renameButton, "rename", lst.start_rename),
            (ui.dateButton, "date", lst.start_date),
            (ui.moveButton, "move", lambda: self._on_selected("move")),
            (ui.removeButton, "remove", lambda: self._on_selected("remove")),
        ):
            button.setIcon(icons.icon(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(slot)

    def _setup_texts(self) -> None:
        ui = self.ui
        ui.statementEdit.setObjectName(f"statement-{self.item.id}")
        for edit in (ui.statementEdit, ui.onsiteNotesEdit):
            lines = 3 if edit is ui.statementEdit else 2
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
            # a file dropped on the text would become its file:// address in the statement; let the card take it
            edit.setAcceptDrops(False)
        for field, edit in (("statement", ui.statementEdit), ("onsite_notes", ui.onsiteNotesEdit)):
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(EDIT_DELAY_MS)
            timer.timeout.connect(lambda f=field: self._send_text(f))
            self._timers[field] = timer
            edit.textChanged.connect(lambda f=field: self._text_changed(f))
        self._loading = False

    def _badge(self, kind: str, text: str) -> QLabel:
        bg, fg = BADGE_COLOURS.get(kind, ("#eeeeee", "#333333"))
        label = QLabel(text, self)
        label.setObjectName(f"badge-{kind}")
        label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 1px 6px; }}")
        return label

    def badges(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel) if w.objectName().startswith("badge-")]

    # ================================================================ showing the state
    def set_state(self, state: ItemState, *, load_texts: bool = False) -> None:
        """Show the item's evidence. Text the user has typed into this card is never overwritten."""
        self.state = state
        ui = self.ui
        ui.progressLabel.setText(item_progress(self.item, state))
        done = state.ready or (state.required is not None and state.count >= state.required)
        colour = "#2e9d4f" if done else ("#d98a00" if state.count else "#6b7280")
        ui.progressLabel.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        ui.attachmentList.set_attachments(state.attachments)
        has = bool(state.attachments)
        ui.attachmentList.setVisible(has)
        ui.dropHint.setText(translate("MaterialCard", "把更多文件拖到这里，或") if has
                            else translate("MaterialCard", "尚未添加文件。把文件拖到这里，或"))
        self._show_urls(state.urls)
        self._load_text("statement", ui.statementEdit, state.statement, load_texts)
        self._load_text("onsite_notes", ui.onsiteNotesEdit, state.onsite_notes, load_texts)
        ui.onsiteReadyCheck.blockSignals(True)
        ui.onsiteReadyCheck.setChecked(state.onsite_ready)
        ui.onsiteReadyCheck.blockSignals(False)
        self._update_tools()

    def _load_text(self, field: str, edit, text: str, force: bool) -> None:
        if (force or not self._typed[field]) and edit.toPlainText() != text:
            self._loading = True
            edit.setPlainText(text)
            self._loading = False

    def _show_urls(self, urls: tuple[WebLink, ...]) -> None:
        ui = self.ui
        for row in self._url_rows:
            ui.urlRowsLayout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._url_rows = []
        for link in urls:
            row = QWidget(ui.urlRows)
            row.setObjectName("urlRow")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            shown = link.url if "://" in link.url else "http://" + link.url
            label = QLabel(f'<a href="{_attr(shown)}">{_text(link.label or link.url)}</a>', row)
            label.setObjectName("urlLabel")
            label.setOpenExternalLinks(True)
            label.setToolTip(link.url)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(label, 1)
            remove = QToolButton(row)
            remove.setObjectName("urlRemoveButton")
            remove.setIcon(icons.icon("remove"))
            remove.setAutoRaise(True)
            remove.setToolTip(translate("MaterialCard", "删除这个网址"))
            remove.setEnabled(self.writable)
            remove.clicked.connect(lambda _c=False, lk=link: self._request("url_remove", value=lk.id))
            layout.addWidget(remove)
            ui.urlRowsLayout.addWidget(row)
            self._url_rows.append(row)
        ui.urlRows.setVisible(bool(urls))
        self._update_url_box()

    def _update_url_box(self) -> None:
        ui = self.ui
        show = self.item.asks_url or bool(self.state.urls) or self._url_open
        ui.urlBox.setVisible(show)
        ui.urlEdit.setVisible(self.writable)
        ui.urlAddButton.setVisible(self.writable)
        ui.showUrlButton.setVisible(self.writable and not show)

    def _open_url_box(self) -> None:
        self._url_open = True
        self._update_url_box()
        self.ui.urlEdit.setFocus()

    def set_writable(self, writable: bool) -> None:
        """Attach and edit controls work only with a workspace open; otherwise they say why they are off."""
        self.writable = writable
        ui = self.ui
        ui.addButton.setEnabled(writable)
        ui.dropArea.setEnabled(writable)
        why = "" if writable else translate("MaterialCard", "打开工作区后才能添加文件。")
        ui.addButton.setToolTip(why or fmt(translate("MaterialCard", "选择文件添加到第%1条材料"), self.item.no or 1))
        ui.dropArea.setToolTip(why)
        ui.attachmentList.set_writable(writable)
        ui.attachmentList.set_attachments(self.state.attachments)
        for edit in (ui.statementEdit, ui.onsiteNotesEdit):
            edit.setReadOnly(not writable)
        ui.onsiteReadyCheck.setEnabled(writable)
        ui.statementEdit.setPlaceholderText(
            translate("MaterialCard", "写明这条材料的情况（如没有文件时说明原因）。输入即自动保存。") if writable
            else translate("MaterialCard", "打开工作区后，可在这里填写情况说明（输入即自动保存）。"))
        for row in self._url_rows:
            row.findChild(QToolButton, "urlRemoveButton").setEnabled(writable)
        self._update_url_box()
        self._update_tools()

    def _update_tools(self) -> None:
        ui = self.ui
        atts = self.state.attachments
        ui.fileTools.setVisible(bool(atts))
        att = ui.attachmentList.current_attachment()
        row = ui.attachmentList.currentIndex().row() if att is not None else -1
        on = att is not None
        w = self.writable and on
        ui.upButton.setEnabled(w and row > 0)
        ui.downButton.setEnabled(w and 0 <= row < len(atts) - 1)
        ui.previewButton.setEnabled(on and att.is_pdf)
        ui.openButton.setEnabled(on)
        ui.revealButton.setEnabled(on)
        for b in (ui.renameButton, ui.dateButton, ui.moveButton, ui.removeButton):
            b.setEnabled(w)

    # ================================================================ requests
    def _request(self, action: str, attachment: Attachment | None = None, value=None) -> None:
        self.actionRequested.emit(ItemAction(action, self.item.id, attachment=attachment, value=value))

    def _on_selected(self, action: str) -> None:
        att = self.ui.attachmentList.current_attachment()
        if att is not None:
            self._request(action, att)

    def move_selected(self, step: int) -> None:
        """Up/down: ask for the new order; the list shows it once the workspace has it."""
        lst = self.ui.attachmentList
        atts = lst.attachments()
        att = lst.current_attachment()
        if att is None or not self.writable:
            return
        row = next(i for i, a in enumerate(atts) if a.id == att.id)
        target = row + step
        if not 0 <= target < len(atts):
            return
        atts.insert(target, atts.pop(row))
        self._request("reorder", value=[a.id for a in atts])

    def _context_menu(self, pos) -> None:
        lst = self.ui.attachmentList
        it = lst.itemAt(pos)
        if it is None:
            return
        lst.setCurrentItem(it)
        menu = QMenu(self)
        ui = self.ui
        for button in (ui.previewButton, ui.openButton, ui.revealButton, None, ui.renameButton, ui.dateButton,
                       ui.upButton, ui.downButton, ui.moveButton, None, ui.removeButton):
            if button is None:
                menu.addSeparator()
                continue
            action = menu.addAction(button.icon(), button.toolTip())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.popup(lst.viewport().mapToGlobal(pos))

    def _add_url(self) -> None:
        ui = self.ui
        text = ui.urlEdit.text().strip()
        if not text:
            return
        if not looks_like_url(text):
            self._url_error(translate("MaterialCard", "这不像网址。请填写完整的网址，例如 http://www.example.gov.cn/xxgk/…"))
            return
        if any(link.url == text for link in self.state.urls):
            self._url_error(translate("MaterialCard", "这个网址已经添加过了。"))
            return
        ui.urlEdit.clear()
        self._request("url_add", value=text)

    def _url_error(self, text: str) -> None:
        self.ui.urlErrorLabel.setText(text)
        self.ui.urlErrorLabel.setVisible(bool(text))

    def _ready_toggled(self, on: bool) -> None:
        self._request("onsite_ready", value=on)

    # ================================================================ files dropped anywhere on the card
    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if self.writable and files_to_attach(event.mimeData()):  # a review file alone goes on to the window
            event.acceptProposedAction()
            self.ui.dropArea._set_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 - Qt API
        if self.writable and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event):  # noqa: N802 - Qt API
        self.ui.dropArea._set_active(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt API
        self.ui.dropArea._set_active(False)
        paths = local_paths(event.mimeData()) if self.writable else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(self.item.id, paths)

    # ================================================================ typed text: saved as you type
    def _text_changed(self, field: str) -> None:
        if self._loading or not self.writable:
            return
        self._typed[field] = True
        self._timers[field].start()
        if field == "statement":
            self.ui.statementState.setText(translate("MaterialCard", "（正在输入…）"))

    def _send_text(self, field: str) -> None:
        edit = self.ui.statementEdit if field == "statement" else self.ui.onsiteNotesEdit
        self._request(field, value=edit.toPlainText())
        if field == "statement":
            self.ui.statementState.setText("")

    def pending(self) -> bool:
        return any(t.isActive() for t in self._timers.values())

    def flush(self) -> None:
        """Send typed text now (before the card goes away): nothing waits for the timer."""
        for field, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._send_text(field)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
