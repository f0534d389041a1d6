"""更新目录… in the window: choose a catalog (library or a file through the importer), see what keeps its evidence,
what would be orphaned and what is new, apply only from the dialog, and the window follows the new catalog."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.catalog import Catalog, library
from desktop.core.workspace import Workspace
from desktop.ui.launcher import Launcher
from desktop.ui.settings import Settings
from tests.test_ui_helpers import OFFSCREEN_NOISE, make_pdf, ui_app  # noqa: F401
from tests.test_ui_workspace import idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SIFA = "市司法局"
NEW_55 = "提供2022年执法记录台账及5件执法全过程记录电子档案"


def revised_catalog(catalog_id: str = "jincheng-2023", *, drop_unit: bool = False) -> Catalog:
    """The built-in catalog, saved to the library under a new id: 55.1's text changed, indicator 20 removed."""
    d = copy.deepcopy(library.load().to_dict(full=True))
    d.update(id=catalog_id, version="2023-03-01", title="晋城市法治政府建设示范创建任务分解表（2023年修订）")
    next(i for i in d["indicators"] if i["key"] == "55")["items"][0]["text"] = NEW_55
    d["indicators"] = [i for i in d["indicators"] if i["key"] != "20"]
    if drop_unit:
        d["units"] = [u for u in d["units"] if u["name"] != SIFA]
    cat = Catalog.from_dict(d)
    library.save_to_library(cat)
    return cat


@pytest.fixture
def window(qtbot, ui_app, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "jincheng-2022", unit=SIFA, groups=["各行政执法单位"], staff=["张三"])
    ws.attach("55", [make_pdf(tmp_path / "执法记录台账.pdf", 2)])
    ws.attach("20", [make_pdf(tmp_path / "热线转办台账.pdf", 1)])
    ws.set_statement("20.1", "热线转办台账见附件。")
    ws.set_statement("4.1", "证明事项清单已在网上公开。")
    ws.close()
    launcher = Launcher(Settings(tmp_path / "settings.ini"), restore_geometry=False)
    w = launcher.open_folder(tmp_path / "ws")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.launcher = launcher
    yield w
    for box in [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]:
        box.close()
    w.close()
    idle(qtbot)


def open_dialog(window, qtbot):
    window.ui.actionUpdateCatalog.trigger()
    dialog = window.session.catalog_dialog
    assert dialog.isVisible()
    return dialog


def test_preview_then_apply_keeps_evidence_and_orphans_what_the_new_catalog_lacks(qtbot, window):
    revised_catalog()
    ws = window.session.ws
    window.select_indicator("55")
    dialog = open_dialog(window, qtbot)
    assert "当前目录：《" in dialog.ui.currentLabel.text() and "jincheng-2022" in dialog.ui.currentLabel.text()
    assert not dialog.apply_button.isEnabled()
    dialog.choose("jincheng-2023")
    idle(qtbot)
    text = dialog.summary_text()
    assert "目录将从 jincheng-2022（版本 2022-04-19）更新为 jincheng-2023（版本 2023-03-01）" in text
    assert "已有资料的材料条目 3 条：2 条保留，1 条在新目录中已没有。" in text
    assert "1 条的要求文字有改动" in text and "保留为“目录外资料”" in text
    assert "本单位负责的指标：59 项 → 58 项" in text
    assert dialog.section_ids("将成为目录外资料") == ["20.1"]
    assert dialog.section_ids("保留资料的条目") == ["4.1", "55.1"]
    changed = dialog.ui.previewTree.topLevelItem(1).child(1)
    assert changed.text(0).endswith("（要求文字有改动）") and changed.text(1) == "1 个文件"
    assert NEW_55 in changed.toolTip(0)
    assert dialog.section_ids("删除的指标") == [None]  # indicator 20 listed (indicators carry no item id)
    assert "1 条材料的资料将成为目录外资料（不会删除）" in dialog.ui.warningLabel.text()
    assert ws.catalog.id == "jincheng-2022" and ws.audit_log()[0].action != "catalog_update"  # a preview changes nothing
    # apply, from the dialog only
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert not dialog.isVisible()
    assert (ws.catalog.id, ws.catalog.version) == ("jincheng-2023", "2023-03-01")
    assert ws.orphaned_item_ids() == ["20.1"] and len(ws.attachments("20.1")) == 1  # kept, outside the catalog
    assert [a.original_name for a in ws.attachments("55.1")] == ["执法记录台账.pdf"]
    assert ws.notes("4.1").statement == "证明事项清单已在网上公开。"
    # the window follows: the tree is the new catalog's, the indicator shown keeps its place and its evidence
    assert window.catalog is ws.catalog
    assert not window.model.index_for_key("20").isValid()
    assert "20" not in window.proxy.visible_keys() and len(window.proxy.visible_keys()) == 58
    assert window.current_key() == "55"
    card = window.ui.indicatorPage.card("55.1")
    assert card.item.text == NEW_55 and [a.name for a in card.ui.attachmentList.attachments()] == ["执法记录台账.pdf"]
    assert "jincheng-2023" in window.status_label.text()
    assert "目录已更新" in window.ui.statusBar.currentMessage() and "目录外资料" in window.ui.statusBar.currentMessage()


def test_orphaned_evidence_is_shown_and_moved_into_the_new_catalog(qtbot, window):
    revised_catalog()
    ws = window.session.ws
    dialog = open_dialog(window, qtbot)
    dialog.choose("jincheng-2023")
    idle(qtbot)
    dialog.apply()
    idle(qtbot)
    window.show_overview()
    overview = window.ui.overviewPage.ui
    assert overview.orphanLabel.isVisible() and "1 条材料的资料不在当前目录中" in overview.orphanLabel.text()
    overview.orphanLabel.linkActivated.emit("orphans")
    orphans = window.session.orphans_dialog
    assert orphans.isVisible() and orphans.attachment_names() == ["热线转办台账.pdf"]
    top = orphans.ui.orphanTree.topLevelItem(0)
    assert top.text(0).startswith("20.1（原条目）2020年以来政务服务热线")
    orphans.ui.orphanTree.setCurrentItem(top.child(1))  # the statement: copied, not moved
    assert not orphans.ui.moveButton.isEnabled() and orphans.copy_selected() == "热线转办台账见附件。"
    assert QApplication.clipboard().text() == "热线转办台账见附件。"
    orphans.ui.orphanTree.setCurrentItem(top.child(0))
    qtbot.mouseClick(orphans.ui.moveButton, Qt.MouseButton.LeftButton)
    chooser = window.session.move_dialog
    assert chooser.choose("21.1")
    chooser.accept()
    idle(qtbot)
    assert [a.original_name for a in ws.attachments("21.1")] == ["热线转办台账.pdf"]
    assert ws.attachments("20.1") == [] and orphans.attachment_names() == []
    assert "已把“热线转办台账.pdf”移到第21项" in window.ui.statusBar.currentMessage()
    assert window.model.index_for_key("21", 1).data() == "已完成"  # the tree shows it where it went
    orphans.reject()


def test_a_catalog_without_the_unit_cannot_be_applied(qtbot, window):
    revised_catalog("no-sifa", drop_unit=True)
    dialog = open_dialog(window, qtbot)
    dialog.choose("no-sifa")
    idle(qtbot)
    assert "新目录的单位名单中没有本单位（市司法局），不能更新到这个目录" in dialog.summary_text()
    assert not dialog.apply_button.isEnabled() and dialog.apply_button.toolTip()
    dialog.apply()  # even called directly: nothing happens
    idle(qtbot)
    assert window.session.ws.catalog.id == "jincheng-2022"
    dialog.reject()


def test_a_table_file_is_imported_in_the_background_and_previewed(qtbot, window, tmp_path):
    from tests.importfiles import catalog_to_xlsx

    table = tmp_path / "新版指标表.xlsx"
    catalog_to_xlsx(library.load(), table)
    dialog = open_dialog(window, qtbot)
    op = dialog.preview(table)
    assert op.worker_thread is None or op.running  # runs off the UI thread
    idle(qtbot)
    entry = dialog.ui.catalogList.item(0)
    assert "从“新版指标表.xlsx”导入" in entry.text() and dialog.ui.catalogList.currentItem() is entry
    assert "3 条保留，0 条在新目录中已没有" in dialog.summary_text()
    assert dialog.section_ids("新增的材料条目")  # the importer numbers a few items the built-in catalog merges
    assert dialog.apply_button.isEnabled()
    dialog.choose("anning-2021-2025-plan")  # another catalog looked at, then back to the imported file
    idle(qtbot)
    assert "3 条在新目录中已没有" in dialog.summary_text()
    dialog.ui.catalogList.setCurrentRow(0)
    assert "3 条保留，0 条在新目录中已没有" in dialog.summary_text() and dialog.current.catalog.id.startswith("import-")
    dialog.reject()
    assert window.session.ws.catalog.id == "jincheng-2022"  # cancelled: nothing changed


def test_a_file_that_cannot_be_imported_says_why(qtbot, window, tmp_path, data_dir):
    dialog = open_dialog(window, qtbot)
    dialog.preview(data_dir / "jincheng-2022-plan.txt")  # a plan whose numbering repeats: the importer refuses it
    idle(qtbot)
    assert "无法导入“jincheng-2022-plan.txt”" in dialog.summary_text()
    assert not dialog.apply_button.isEnabled() and dialog.ui.previewTree.topLevelItemCount() == 0
    json_copy = tmp_path / "新目录.json"
    json_copy.write_text(library.dumps(revised_catalog("saved-copy")), encoding="utf-8")
    dialog.preview(json_copy)  # a catalog file the office sent: read as is
    idle(qtbot)
    assert dialog.section_ids("将成为目录外资料") == ["20.1"] and dialog.apply_button.isEnabled()
    dialog.reject()
