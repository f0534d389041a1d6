"""The main window: selection and detail, merged-request links, filters and search, statement autosave, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui.evidence import Attachment, ItemAction, Status
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.tree_model import KeyRole
from tests.test_ui_helpers import OFFSCREEN_NOISE, FakeEvidence, catalog, sifa_profile, type_text, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def window(qtbot, ui_app, catalog):
    w = MainWindow(catalog, sifa_profile())
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_starts_on_the_overview_with_the_units_indicators(window, catalog):
    mine = [i.key for i in catalog.indicators_for("市司法局", ["各行政执法单位"])]
    assert window.ui.contentStack.currentWidget() is window.ui.overviewPage
    assert window.proxy.visible_keys() == mine
    assert window.ui.scopeCombo.currentText() == f"本单位的指标（{len(mine)}）"
    assert window.ui.overviewPage.missing_keys() == mine
    assert "市司法局" in window.windowTitle()
    assert "已过截止时间" in window.ui.overviewPage.ui.countdownLabel.text()  # the 2022 deadline has passed


def test_selecting_in_the_tree_shows_the_indicator(qtbot, window, catalog):
    tree = window.ui.indicatorTree
    index = window.proxy.mapFromSource(window.model.index_for_key("55"))
    tree.setCurrentIndex(index)
    page = window.ui.indicatorPage
    assert window.ui.contentStack.currentWidget() is page
    ind = catalog.indicator("55")
    assert page.ui.titleLabel.text() == "第55项"
    assert page.ui.textLabel.text() == ind.text
    assert page.ui.materialsLabel.text() == ind.materials
    assert page.ui.areaLabel.text() == ind.area and page.ui.groupLabel.text() == ind.group
    assert "各行政执法单位" in page.ui.unitsLabel.text() and "本单位所属类别" in page.ui.unitsLabel.text()
    assert [c.item.id for c in page.cards] == ["55.1"]
    assert page.cards[0].ui.progressLabel.text() == "0/5件"
    assert not page.ui.mergedLabel.isVisibleTo(page)
    assert window.current_key() == "55"


def test_merged_request_note_links_to_the_other_indicators(qtbot, window):
    assert window.select_indicator("27")
    page = window.ui.indicatorPage
    note = page.ui.mergedLabel.text()
    assert "与第26–29项合并提供" in note
    for other in ("26", "28", "29"):
        assert f'href="indicator:{other}"' in note
    assert 'href="indicator:27"' not in note
    assert [c.item.id for c in page.cards] == ["M26-29.1"]
    page.ui.mergedLabel.linkActivated.emit("indicator:29")
    assert window.current_key() == "29"
    assert window.ui.indicatorTree.currentIndex().data(KeyRole) == "29"
    # 29 has its own item and the merged one; the merged item's id is shared, so evidence shows on both
    assert [c.item.id for c in page.cards] == ["29.1", "M26-29.1"]
    assert page.card_headings() == ["本项单独报送的材料", "第26–29项合并报送的材料"]


def test_overlapping_merged_requests_are_numbered_under_their_own_headings(window):
    window.select_indicator("43")
    page = window.ui.indicatorPage
    assert page.card_headings() == ["第34–46项合并报送的材料", "第43–46项合并报送的材料"]
    assert [c.ui.numberLabel.text() for c in page.cards] == ["1.", "2.", "3.", "1.", "2."]
    note = page.ui.mergedLabel.text()
    assert "与第34–46项合并提供" in note and "与第43–46项合并提供" in note
    old_cards = list(page.cards)
    window.select_indicator("55")
    assert page.card_headings() == []  # one group only: no heading needed
    assert not any(c.isVisible() for c in old_cards)  # replaced cards leave the screen at once


def test_selecting_an_indicator_outside_the_scope_widens_the_filter(window, catalog):
    not_mine = next(i.key for i in catalog.indicators
                    if i.key not in {x.key for x in catalog.indicators_for("市司法局", ["各行政执法单位"])})
    window.ui.searchEdit.setText("行政执法")
    window.apply_search()
    assert window.select_indicator(not_mine)
    assert window.ui.scopeCombo.currentData() == "all"
    assert window.ui.searchEdit.text() == ""
    assert window.current_key() == not_mine


def test_typing_in_the_search_box_filters_the_tree(qtbot, window):
    type_text(window.ui.searchEdit, "执法记录台账")
    qtbot.waitUntil(lambda: window.proxy.visible_keys() == ["55"])
    assert window.ui.countLabel.text().startswith("显示 1 项")
    window.ui.searchEdit.clear()
    window.apply_search()
    assert len(window.proxy.visible_keys()) > 1


def test_scope_and_status_filters(window, catalog):
    window.ui.scopeCombo.setCurrentIndex(window.ui.scopeCombo.findData("all"))
    assert len(window.proxy.visible_keys()) == len(catalog)
    assert window.store.my_indicators_only is False
    assert not window.ui.actionMyIndicators.isChecked()
    window.ui.actionMyIndicators.setChecked(True)
    assert window.ui.scopeCombo.currentData() == "mine"
    window.set_evidence(FakeEvidence(statuses={"55": Status.DONE}))
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("DONE"))
    assert window.proxy.visible_keys() == ["55"]
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("unfinished"))
    assert "55" not in window.proxy.visible_keys()


def test_without_a_profile_everything_is_shown(qtbot, ui_app, catalog):
    w = MainWindow(catalog, None)
    qtbot.addWidget(w)
    assert len(w.proxy.visible_keys()) == len(catalog)
    assert not w.ui.scopeCombo.isEnabled()
    assert "未选择单位" in w.windowTitle()


def test_shortcuts_are_bound_and_ctrl_f_focuses_search(qtbot, window):
    ui = window.ui
    assert ui.actionFind.shortcut() == QKeySequence("Ctrl+F")
    assert ui.actionAddFiles.shortcut() == QKeySequence("Ctrl+O")
    assert ui.actionPrint.shortcut() == QKeySequence("Ctrl+P")
    assert ui.actionExport.shortcut() == QKeySequence("Ctrl+E")
    assert not ui.actionPrint.isEnabled() and not ui.actionExport.isEnabled()  # until a workspace is open
    window.activateWindow()
    window.ui.indicatorTree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.searchEdit.hasFocus())


def test_evidence_changes_update_tree_cards_and_overview(qtbot, window):
    fake = FakeEvidence()
    window.set_evidence(fake)
    window.select_indicator("55")
    card = window.ui.indicatorPage.card("55.1")
    assert card.ui.progressLabel.text() == "0/5件"
    fake.attachments["55.1"] = [Attachment(f"执法记录{n}.pdf") for n in range(3)]
    window.evidence_changed(["55"])
    assert card.ui.progressLabel.text() == "3/5件"
    assert card.ui.attachmentList.count() == 3
    assert window.ui.indicatorPage.ui.statusLabel.text() == "［进行中］"
    fake.attachments["55.1"] += [Attachment("执法记录3.pdf"), Attachment("执法记录4.pdf")]
    fake.statuses["55"] = Status.DONE
    window.evidence_changed(["55"])
    assert window.model.index_for_key("55", 1).data() == "已完成"
    assert "55" not in window.ui.overviewPage.missing_keys()


def test_statement_is_saved_as_you_type_and_flushed_on_switch(qtbot, window):
    fake = FakeEvidence()
    window.set_evidence(fake)
    window.select_indicator("55")
    edit = window.ui.indicatorPage.card("55.1").ui.statementEdit  # statements are kept per material item
    assert not edit.isReadOnly()
    with qtbot.waitSignal(window.actionRequested, timeout=3000) as blocker:
        type_text(edit, "已建立执法记录台账")
    assert blocker.args == [ItemAction("statement", "55.1", key="55", value="已建立执法记录台账")]
    seen = []
    window.actionRequested.connect(seen.append)
    type_text(edit, "。")
    window.select_indicator("56")  # switching away saves the pending edit at once
    assert seen == [ItemAction("statement", "55.1", key="55", value="已建立执法记录台账。")]


def test_statement_is_read_only_without_a_workspace(window):
    window.select_indicator("55")
    edit = window.ui.indicatorPage.card("55.1").ui.statementEdit
    assert edit.isReadOnly() and "工作区" in edit.placeholderText()
    assert "尚未打开工作区" in window.ui.indicatorPage.ui.statementHint.text()


def test_a_real_drop_on_a_card_asks_the_window_to_attach(qtbot, window, tmp_path):
    window.set_evidence(FakeEvidence())
    window.select_indicator("27")
    files = [tmp_path / "审核意见书1.pdf", tmp_path / "审核意见书2.pdf"]
    for f in files:
        f.write_bytes(b"%PDF-1.4\n%%EOF\n")
    area = window.ui.indicatorPage.card("M26-29.1").ui.dropArea
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(area.width() / 2, area.height() / 2)
    with qtbot.waitSignal(window.attachRequested) as blocker:
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(area, enter)
        assert enter.isAccepted()
        QApplication.sendEvent(area, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))
    assert blocker.args == ["27", "M26-29.1", files]
    assert window.ui.actionAddFiles.isEnabled()


def test_window_size_and_splitter_are_remembered(qtbot, ui_app, catalog):
    store = Settings()
    first = MainWindow(catalog, sifa_profile(), store=store)
    qtbot.addWidget(first)
    first.resize(760, 560)  # inside the offscreen screen (800×600): restoring clamps to the screen
    first.show()
    qtbot.waitExposed(first)
    first.ui.mainSplitter.setSizes([260, 480])
    sizes = first.ui.mainSplitter.sizes()
    first.close()
    second = MainWindow(catalog, sifa_profile(), store=Settings(store.path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.ui.mainSplitter.sizes() == sizes


def test_about_and_settings_dialogs(qtbot, window):
    about = window.open_about()
    assert "0." in about.ui.versionLabel.text()
    assert window.catalog.title in about.ui.catalogLabel.text()
    about.close()
    dialog = window.open_settings()
    ui = dialog.ui
    assert ui.unitValue.text() == "市司法局"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.deadlineCheck.setChecked(True)
    ui.deadlineEdit.setDateTime(ui.deadlineEdit.dateTime().fromString("2099-06-30T17:00", Qt.DateFormat.ISODate))
    ui.phoneEdit.setText("电话")
    dialog.accept()
    assert dialog.isVisible() and "电话号码" in ui.phoneErrorLabel.text()  # refused: bad phone
    ui.phoneEdit.setText("13800138000")
    changed = []
    window.profileChanged.connect(changed.append)
    dialog.accept()
    assert window.store.language == "en"
    assert window.store.deadline == "2099-06-30T17:00"
    assert "距截止还有" in window.ui.overviewPage.ui.countdownLabel.text()
    assert changed and changed[0].phone == "13800138000" and window.profile.phone == "13800138000"
