"""The window on a real workspace: drops of real files, autosave, remove/undo, reorder, rename, dates, moves, web
addresses, on-site preparation, status, progress and a cancelled attach — all through the real write lane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.core.workspace import Workspace
from desktop.ui.evidence import ItemAction, Status
from desktop.ui.launcher import Launcher
from desktop.ui.operations import Operation
from desktop.ui.settings import Settings
from tests.test_ui_helpers import OFFSCREEN_NOISE, make_pdf, type_text, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def idle(qtbot) -> None:
    """Every background job (the write lane included) finished and its result delivered."""
    qtbot.waitUntil(lambda: not Operation.running_operations(), timeout=20000)


def open_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def drop_files(widget, paths) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def folder(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "jincheng-2022", unit="市司法局", groups=["各行政执法单位"], staff=["张三"],
                          contact="李四", phone="0356-1234567")
    ws.close()
    return tmp_path / "ws"


@pytest.fixture
def pdfs(tmp_path):
    out = tmp_path / "files"
    out.mkdir()
    return [make_pdf(out / name, pages) for name, pages in
            (("执法记录台账（一季度）.pdf", 3), ("执法记录台账（二季度）.pdf", 2), ("执法记录仪管理办法.pdf", 1))]


@pytest.fixture
def window(qtbot, ui_app, folder, tmp_path):
    launcher = Launcher(Settings(tmp_path / "settings.ini"), restore_geometry=False)
    w = launcher.open_folder(folder)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.launcher = launcher
    yield w
    w.close()
    idle(qtbot)


def ws_of(window) -> Workspace:
    return window.session.ws


def attach_now(window, qtbot, item_id, paths):
    window.session.attach_files("", item_id, paths)
    idle(qtbot)


# ---------------------------------------------------------------------------- reading the workspace
def test_the_window_shows_the_workspace_profile_and_progress(window):
    ws = ws_of(window)
    assert "市司法局" in window.windowTitle()
    mine = [i.key for i in ws.my_indicators()]
    assert window.proxy.visible_keys() == mine
    assert window.ui.overviewPage.missing_keys() == mine
    assert window.ui.actionPrint.isEnabled() and window.ui.actionExport.isEnabled()
    assert window.ui.actionRecycleBin.isEnabled() and not window.ui.actionUndo.isEnabled()


def test_a_real_drop_of_real_files_ends_with_attachments_in_the_workspace(qtbot, window, pdfs):
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    drop_files(card.ui.dropArea, pdfs[:2])
    qtbot.waitUntil(lambda: len(ws_of(window).attachments("55.1")) == 2, timeout=20000)
    idle(qtbot)
    card = window.ui.indicatorPage.card("55.1")
    assert [a.name for a in card.ui.attachmentList.attachments()] == [p.name for p in pdfs[:2]]
    assert card.ui.attachmentList.topLevelItem(0).text(1) == "3 页"
    assert card.ui.progressLabel.text() == "2/5件"
    assert window.model.index_for_key("55", 1).data() == "0/1"
    assert window.ui.indicatorPage.ui.statusLabel.text() == "［进行中］"
    assert "已添加 2 个文件" in window.ui.statusBar.currentMessage()


def test_files_dropped_on_the_file_list_reach_the_card(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:1])
    window.select_indicator("55")
    lst = window.ui.indicatorPage.card("55.1").ui.attachmentList
    drop_files(lst.viewport(), pdfs[1:2])  # the list passes outside drags on to the drop area around it
    qtbot.waitUntil(lambda: len(ws_of(window).attachments("55.1")) == 2, timeout=20000)


def test_a_merged_item_is_filed_once_and_shows_on_every_member(qtbot, window, pdfs):
    window.select_indicator("27")
    drop_files(window.ui.indicatorPage.card("M26-29.1").ui.dropArea, pdfs[:1])
    qtbot.waitUntil(lambda: len(ws_of(window).attachments("M26-29.1")) == 1, timeout=20000)
    idle(qtbot)
    window.select_indicator("29")
    card = window.ui.indicatorPage.card("M26-29.1")
    assert [a.name for a in card.ui.attachmentList.attachments()] == [pdfs[0].name]
    for key in ("26", "27", "28"):
        assert window.model.index_for_key(key, 1).data() == "0/1"  # started, shown on every member


def test_refusals_and_warnings_come_in_one_summary(qtbot, window, pdfs, tmp_path):
    empty = tmp_path / "空文件.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "网页另存.pdf"
    fake.write_text("<html>不是PDF</html>", encoding="utf-8")
    attach_now(window, qtbot, "55.1", [pdfs[0], empty, fake, pdfs[0]])
    box = window.session.last_report
    assert box.isVisible()
    assert "已添加 1 个文件" in box.text()
    details = box.informativeText()
    assert "以下文件没有添加" in details and "空文件.pdf" in details and "网页另存.pdf" in details
    assert "请注意" in details  # the second copy of the same file was skipped, with a note
    box.close()
    assert len(ws_of(window).attachments("55.1")) == 1


def test_cancelling_an_attach_keeps_finished_files_and_leaves_nothing_of_the_rest(qtbot, window, pdfs, tmp_path):
    big = tmp_path / "大文件.pdf"
    with open(make_pdf(big, 1), "ab") as f:
        f.write(b"\0" * (160 * 1024 * 1024))  # long enough that the cancel lands while it is copied
    op = window.session.attach_files("55", "55.1", [pdfs[0], big])
    seen = []

    def cancel_on_the_big_file(done, total, text):
        if "大文件" in text:
            seen.append(done)
            if len(seen) == 3:  # some of it is copied already: the cancel lands mid-file
                op.cancel()

    op.progressed.connect(cancel_on_the_big_file)
    idle(qtbot)
    ws = ws_of(window)
    assert [a.original_name for a in ws.attachments("55.1")] == [pdfs[0].name]  # the finished file is kept
    assert list((ws.path / "blobs" / ".partial").iterdir()) == []  # nothing half-copied
    stored = [p for p in (ws.path / "blobs").rglob("*") if p.is_file() and ".partial" not in p.parts]
    assert len(stored) == 1
    box = window.session.last_report
    assert "已取消" in box.text()
    box.close()


def test_cancelling_a_single_file_attach_adds_nothing(qtbot, window, tmp_path):
    big = tmp_path / "扫描件.pdf"
    with open(make_pdf(big, 1), "ab") as f:
        f.write(b"\0" * (160 * 1024 * 1024))
    op = window.session.attach_files("55", "55.1", [big])
    seen = []
    op.progressed.connect(lambda *_: (seen.append(1), op.cancel() if len(seen) == 3 else None))
    idle(qtbot)
    ws = ws_of(window)
    assert ws.attachments("55.1") == [] and ws.recycle_bin() == []
    assert [p for p in (ws.path / "blobs").rglob("*") if p.is_file()] == []


# ---------------------------------------------------------------------------- typing is never lost
def test_statements_autosave_on_pause_switch_and_close(qtbot, window, folder):
    window.select_indicator("55")
    edit = window.ui.indicatorPage.card("55.1").ui.statementEdit
    type_text(edit, "已建立执法记录台账")
    qtbot.waitUntil(lambda: ws_of(window).notes("55.1").statement == "已建立执法记录台账", timeout=5000)
    type_text(edit, "，按季度归档")
    window.select_indicator("29")  # switching saves at once, without waiting for the pause
    type_text(window.ui.indicatorPage.card("M26-29.1").ui.statementEdit, "共审核28件")
    window.close()  # closing saves the pending text and waits for the write before the workspace closes
    assert window.session.ws.closed
    with Workspace.open(folder) as ws:
        assert ws.notes("55.1").statement == "已建立执法记录台账，按季度归档"
        assert ws.notes("M26-29.1").statement == "共审核28件"


def test_typing_is_not_overwritten_by_a_refresh(qtbot, window, pdfs):
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    type_text(card.ui.statementEdit, "第一句")
    attach_now(window, qtbot, "55.1", pdfs[:1])  # refreshes the card while text is pending
    type_text(card.ui.statementEdit, "第二句")
    assert card.ui.statementEdit.toPlainText() == "第一句第二句"


# ---------------------------------------------------------------------------- editing files
def test_remove_with_undo_from_the_bar_and_ctrl_z(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:2])
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    card.ui.attachmentList.select_row(0)
    qtbot.mouseClick(card.ui.removeButton, Qt.MouseButton.LeftButton)
    idle(qtbot)
    ws = ws_of(window)
    assert [a.original_name for a in ws.attachments("55.1")] == [pdfs[1].name]
    assert [a.original_name for a in ws.recycle_bin()] == [pdfs[0].name]
    assert window.ui.undoBar.isVisible() and "回收站" in window.ui.undoLabel.text()
    assert window.ui.actionUndo.isEnabled() and pdfs[0].name in window.ui.actionUndo.text()
    qtbot.mouseClick(window.ui.undoButton, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert [a.original_name for a in ws.attachments("55.1")] == [p.name for p in pdfs[:2]]  # back in its place
    assert not window.ui.undoBar.isVisible()
    # again, undone with Ctrl+Z this time (the list has focus, not a text editor)
    card = window.ui.indicatorPage.card("55.1")
    card.ui.attachmentList.select_row(1)
    card.ui.attachmentList.setFocus()
    qtbot.keyClick(card.ui.attachmentList, Qt.Key.Key_Delete)
    idle(qtbot)
    assert len(ws.attachments("55.1")) == 1
    window.activateWindow()
    qtbot.keyClick(window.ui.indicatorTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot)
    assert len(ws.attachments("55.1")) == 2 and ws.recycle_bin() == []


def test_recycle_bin_restores_and_deletes_for_good(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:2])
    ws = ws_of(window)
    a, b = ws.attachments("55.1")
    ws.remove_attachment(a.id)
    ws.remove_attachment(b.id)
    dialog = window.session.open_recycle_bin()
    assert dialog.ui.binTree.topLevelItemCount() == 2
    dialog.restoreRequested.emit([a.id])
    idle(qtbot)
    assert [x.id for x in ws.attachments("55.1")] == [a.id]
    assert dialog.ui.binTree.topLevelItemCount() == 1
    dialog.ui.binTree.topLevelItem(0).setSelected(True)
    dialog.ui.deleteButton.click()
    box = dialog._question
    box.button(QMessageBox.StandardButton.Yes).click()
    idle(qtbot)
    assert ws.recycle_bin() == [] and dialog.ui.binTree.topLevelItemCount() == 0
    dialog.close()


def test_reorder_with_the_buttons(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs)
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    card.ui.attachmentList.select_row(0)
    assert not card.ui.upButton.isEnabled() and card.ui.downButton.isEnabled()
    qtbot.mouseClick(card.ui.downButton, Qt.MouseButton.LeftButton)
    idle(qtbot)
    names = [a.original_name for a in ws_of(window).attachments("55.1")]
    assert names == [pdfs[1].name, pdfs[0].name, pdfs[2].name]
    card = window.ui.indicatorPage.card("55.1")
    assert card.ui.attachmentList.current_attachment().original_name == pdfs[0].name  # the selection followed
    window.session.undo()
    idle(qtbot)
    assert [a.original_name for a in ws_of(window).attachments("55.1")] == [p.name for p in pdfs]


def test_rename_and_date_in_place(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:1])
    window.select_indicator("55")
    lst = window.ui.indicatorPage.card("55.1").ui.attachmentList
    lst.topLevelItem(0).setText(0, "2021年一季度台账")  # what committing the in-place editor does
    idle(qtbot)
    att = ws_of(window).attachments("55.1")[0]
    assert att.label == "2021年一季度台账" and att.original_name == pdfs[0].name
    lst = window.ui.indicatorPage.card("55.1").ui.attachmentList
    lst.topLevelItem(0).setText(3, "2021年4月")
    idle(qtbot)
    assert ws_of(window).attachments("55.1")[0].evidence_date == "2021-04"
    lst = window.ui.indicatorPage.card("55.1").ui.attachmentList
    assert lst.topLevelItem(0).text(3) == "2021-04"
    lst.topLevelItem(0).setText(3, "去年春天")  # refused in Chinese, and the cell springs back
    idle(qtbot)
    boxes = open_boxes()
    assert boxes and "看不懂" in boxes[0].text()
    for box in boxes:
        box.close()
    assert window.ui.indicatorPage.card("55.1").ui.attachmentList.topLevelItem(0).text(3) == "2021-04"


def test_move_to_another_item_and_back(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:1])
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    card.ui.attachmentList.select_row(0)
    qtbot.mouseClick(card.ui.moveButton, Qt.MouseButton.LeftButton)
    dialog = window.session.move_dialog
    dialog.ui.filterEdit.setText("29")
    assert dialog.choose("M26-29.1")
    dialog.accept()
    idle(qtbot)
    ws = ws_of(window)
    assert ws.attachments("55.1") == [] and len(ws.attachments("M26-29.1")) == 1
    assert "M26-29.1" not in [c.item.id for c in window.ui.indicatorPage.cards]
    window.session.undo()
    idle(qtbot)
    assert len(ws.attachments("55.1")) == 1 and ws.attachments("M26-29.1") == []


def test_preview_opens_a_named_copy_of_the_stored_file(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:1])
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    att = card.ui.attachmentList.attachments()[0]
    card.attachmentActivated.emit("55.1", att)  # a double-click
    idle(qtbot)
    previews = list(window._dialogs)
    assert previews and previews[-1].preview.page_count() == 3
    path = previews[-1].preview.path
    assert path.name == pdfs[0].name and path.read_bytes() == pdfs[0].read_bytes()
    assert pdfs[0].name in previews[-1].windowTitle()
    previews[-1].close()


# ---------------------------------------------------------------------------- web addresses, on-site, status
def test_web_addresses_are_added_loosely_checked_and_removed(qtbot, window):
    window.select_indicator("52")
    card = window.ui.indicatorPage.card("M52-54.1")
    assert card.ui.urlBox.isVisibleTo(card)  # the item asks for 网址
    card.ui.urlEdit.setText("不是网址")
    qtbot.mouseClick(card.ui.urlAddButton, Qt.MouseButton.LeftButton)
    assert "不像网址" in card.ui.urlErrorLabel.text()
    card.ui.urlEdit.setText("sfj.example.gov.cn/zfxxgk/")
    qtbot.keyClick(card.ui.urlEdit, Qt.Key.Key_Return)
    idle(qtbot)
    ws = ws_of(window)
    assert [u.url for u in ws.urls("M52-54.1")] == ["sfj.example.gov.cn/zfxxgk/"]
    card = window.ui.indicatorPage.card("M52-54.1")
    assert len(card._url_rows) == 1
    window.select_indicator("55")  # an item that does not ask for one still allows it
    card = window.ui.indicatorPage.card("55.1")
    assert not card.ui.urlBox.isVisibleTo(card) and card.ui.showUrlButton.isVisibleTo(card)
    window.select_indicator("53")
    card = window.ui.indicatorPage.card("M52-54.1")
    card._url_rows[0].findChild(type(card.ui.showUrlButton), "urlRemoveButton").click()
    idle(qtbot)
    assert ws.urls("M52-54.1") == []


def test_on_site_preparation_checklist(qtbot, window):
    window.select_indicator("57")
    card = window.ui.indicatorPage.card("M57-58.1")
    assert card.ui.onsiteBox.isVisibleTo(card)
    type_text(card.ui.onsiteNotesEdit, "原件在档案室")
    card.ui.onsiteReadyCheck.setChecked(True)
    card.flush()
    idle(qtbot)
    notes = ws_of(window).notes("M57-58.1")
    assert notes.onsite_notes == "原件在档案室" and notes.onsite_ready
    assert window.model.index_for_key("58", 1).data() == "已完成"
    window.select_indicator("55")
    assert not window.ui.indicatorPage.card("55.1").ui.onsiteBox.isVisibleTo(window.ui.indicatorPage)


def test_not_applicable_needs_a_reason(qtbot, window):
    window.select_indicator("20")
    page = window.ui.indicatorPage
    page.status_actions["NOT_APPLICABLE"].trigger()
    dialog = window.session.reason_dialog
    dialog.accept()
    assert dialog.isVisible() and "理由" in dialog.ui.errorLabel.text()
    type_text(dialog.ui.reasonEdit, "本单位没有此项职能")
    dialog.accept()
    idle(qtbot)
    ip = ws_of(window).indicator_progress("20")
    assert ip.status.value == "not_applicable" and ip.reason == "本单位没有此项职能"
    assert window.model.index_for_key("20", 1).data() == "不适用"
    assert "本单位没有此项职能" in page.ui.reasonLabel.text()
    page.status_actions["auto"].trigger()
    idle(qtbot)
    assert not ws_of(window).indicator_progress("20").manual
    assert window.evidence.indicator_state(window.catalog.indicator("20")).status is Status.NOT_STARTED


# ---------------------------------------------------------------------------- search and progress
def test_search_finds_attachment_names_and_statements(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[2:3])
    window.handle = window.session.handle
    window.session.handle(ItemAction("statement", "29.1", key="29", value="本年度没有被撤销的规范性文件"))
    idle(qtbot)
    window.ui.searchEdit.setText("执法记录仪管理")
    window.apply_search()
    assert window.proxy.visible_keys() == ["55"]
    window.ui.searchEdit.setText("撤销的规范性")
    window.apply_search()
    assert window.proxy.visible_keys() == ["29"]


def test_the_progress_display_follows_the_evidence(qtbot, window, pdfs):
    window.show_overview()
    overview = window.ui.overviewPage
    before = overview.ui.overallLabel.text()
    assert "已完成 0/59" in before
    window.session.handle(ItemAction("status", key="20", value=Status.DONE))
    attach_now(window, qtbot, "24.1", pdfs[:1])
    window.session.handle(ItemAction("url_add", "24.1", key="24", value="http://www.example.gov.cn/zqyj/"))
    idle(qtbot)
    assert "已完成 2/59" in overview.ui.overallLabel.text()
    assert "材料条目 1/" in overview.ui.overallLabel.text()
    assert overview.ui.overallBar.value() > 0
    row = next(overview.ui.missingList.topLevelItem(i) for i in range(overview.ui.missingList.topLevelItemCount())
               if overview.ui.missingList.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "55")
    assert "文件 0 个，要求 5件" in row.toolTip(0)  # what is missing, item by item
    overview.ui.missingList.itemClicked.emit(row, 0)  # a click goes there
    assert window.current_key() == "55"
    assert "24" not in overview.missing_keys() and "20" not in overview.missing_keys()


# ---------------------------------------------------------------------------- workspaces
def test_a_locked_workspace_is_refused_in_chinese(qtbot, window, folder):
    again = window.launcher.open_and_show(folder, window)
    assert again is None
    boxes = open_boxes()
    assert boxes and "已被另一个印证资料报送程序打开" in boxes[-1].text()
    for box in boxes:
        box.close()


def test_opening_another_workspace_replaces_the_window(qtbot, window, tmp_path):
    other = Workspace.create(tmp_path / "ws2", "jincheng-2022", unit="市应急局")
    other.close()
    new = window.launcher.switch_to(str(tmp_path / "ws2"), window)
    qtbot.addWidget(new)
    assert new is not window and not window.isVisible() and window.session.ws.closed
    assert "市应急管理局" in new.windowTitle()
    assert window.launcher.store.recent_workspaces[:2] == [str(tmp_path / "ws2"), str(tmp_path / "ws")]
    new.close()


def test_settings_dialog_changes_the_workspace_profile(qtbot, window):
    dialog = window.open_settings()
    dialog.ui.phoneEdit.setText("13800138000")
    dialog.accept()
    idle(qtbot)
    assert ws_of(window).profile.phone == "13800138000"
    wizard = window.open_settings().change_unit()
    assert wizard.currentPage() is wizard.unit_page  # the workspace's catalog is fixed
    wizard.close()


def test_shortcuts_open_print_export_and_add_files(qtbot, window, pdfs, monkeypatch):
    from desktop.ui.export_dialog import ExportDialog
    from desktop.ui.print_dialog import PrintDialog

    window.select_indicator("55")
    window.activateWindow()
    qtbot.keyClick(window.ui.indicatorTree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printing = [d for d in window.session._dialogs if isinstance(d, PrintDialog)]
    assert printing and printing[0].isVisible() and printing[0].cover_keys() == ["55"]
    printing[0].close()
    qtbot.keyClick(window.ui.indicatorTree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    exporting = [d for d in window.session._dialogs if isinstance(d, ExportDialog)]
    assert exporting and exporting[0].isVisible()
    exporting[0].close()
    # Ctrl+O: the file dialog (replaced here: a native dialog cannot be driven) → the focused card's item
    monkeypatch.setattr("desktop.ui.main_window.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in pdfs[:2]], ""))
    window.ui.indicatorPage.card("55.1").ui.statementEdit.setFocus()
    qtbot.keyClick(window.ui.indicatorTree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot)
    assert [a.original_name for a in ws_of(window).attachments("55.1")] == [p.name for p in pdfs[:2]]


def test_a_refresh_waits_while_a_file_is_being_renamed(qtbot, window, pdfs):
    attach_now(window, qtbot, "55.1", pdfs[:2])
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    lst = card.ui.attachmentList
    lst.select_row(0)
    lst.setFocus()
    lst.start_rename()
    assert lst.state() == lst.State.EditingState
    editor = lst.findChild(QLineEdit)
    editor.setText("一季度台账（半截")
    attach_now(window, qtbot, "55.1", pdfs[2:3])  # another write finishes while the editor is open
    assert lst.state() == lst.State.EditingState and editor.text() == "一季度台账（半截"
    assert lst.count() == 2  # not rebuilt yet
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: lst.state() != lst.State.EditingState)
    idle(qtbot)
    assert ws_of(window).attachments("55.1")[0].label == "一季度台账（半截"
    assert window.ui.indicatorPage.card("55.1").ui.attachmentList.count() == 3


def test_files_dropped_on_the_statement_go_to_the_item_not_into_the_text(qtbot, window, pdfs):
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    drop_files(card.ui.statementEdit.viewport(), pdfs[:1])
    qtbot.waitUntil(lambda: len(ws_of(window).attachments("55.1")) == 1, timeout=20000)
    assert window.ui.indicatorPage.card("55.1").ui.statementEdit.toPlainText() == ""
