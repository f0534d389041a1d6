"""The first-run wizard driven to completion without exec(): role, catalog (incl. an imported table), unit by
alias, groups, contact — ending with a real workspace on disk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.core.workspace import Workspace
from desktop.ui.operations import InlinePool
from desktop.ui.profile import Profile
from desktop.ui.wizard import CATALOG, CONTACT, UNIT, FirstRunWizard
from tests.importfiles import catalog_to_docx
from tests.test_ui_helpers import OFFSCREEN_NOISE, catalog, sifa_profile, type_text, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def wizard(qtbot, ui_app, tmp_path):
    w = FirstRunWizard(folder=tmp_path / "我的工作区")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.workspace is not None:
        w.workspace.close()


def visible_units(page) -> list[str]:
    lst = page.ui.unitList
    return [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count()) if not lst.item(r).isHidden()]


def test_wizard_creates_the_workspace(qtbot, wizard, tmp_path):
    assert wizard.currentPage() is wizard.role_page
    assert wizard.role_page.role() == "unit"
    assert "报送包" in wizard.role_page.ui.unitDesc.text() and "核验" in wizard.role_page.ui.officeDesc.text()
    wizard.next()
    assert wizard.currentPage() is wizard.catalog_page
    assert wizard.catalog_page.selected_id() == "jincheng-2022"  # the built-in catalog is the default
    assert wizard.catalog_page.ui.importButton.isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page and wizard.catalog.id == "jincheng-2022"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no unit chosen yet

    type_text(wizard.unit_page.ui.unitSearchEdit, "市场管理局")  # an alias, not the canonical name
    assert visible_units(wizard.unit_page) == ["市市场监管局"]
    assert wizard.unit_page.selected_unit() == "市市场监管局"
    assert "又称：市市场管理局" in wizard.unit_page.ui.unitList.currentItem().text()
    assert wizard.unit_page.select("市司法局")  # hidden by the search: selecting it clears the search
    assert wizard.unit_page.ui.unitSearchEdit.text() == "" and wizard.unit_page.selected_unit() == "市司法局"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()

    groups = wizard.groups_page
    tree = groups.ui.groupTree
    assert tree.topLevelItemCount() == 7
    first = tree.topLevelItem(0)
    assert first.text(0) == "各行政执法单位" and "行政执法职能" in first.text(1)  # each group explained
    first.setCheckState(0, Qt.CheckState.Checked)
    assert groups.checked_groups() == ["各行政执法单位"]
    assert "59" in groups.ui.countLabel.text()
    wizard.next()

    contact = wizard.contact_page
    assert contact.ui.folderBox.isVisibleTo(contact)
    assert contact.ui.folderEdit.text() == str(tmp_path / "我的工作区")  # --workspace / the default, editable
    assert "市司法局" in contact.ui.summaryLabel.text() and "各行政执法单位" in contact.ui.summaryLabel.text()
    type_text(contact.ui.staffEdit, "张三")
    type_text(contact.ui.contactEdit, "李四")
    type_text(contact.ui.phoneEdit, "电话号")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "只能包含数字" in contact.ui.phoneErrorLabel.text()
    contact.ui.phoneEdit.clear()
    type_text(contact.ui.phoneEdit, "0356-1234567")
    with qtbot.waitSignal(wizard.profileChosen) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert blocker.args[0] == sifa_profile()
    assert wizard.result() == QWizard.DialogCode.Accepted
    ws = wizard.workspace
    assert ws is not None and ws.path == tmp_path / "我的工作区"
    assert ws.profile.unit == "市司法局" and ws.profile.groups == ("各行政执法单位",)
    assert ws.profile.staff == ("张三",) and ws.profile.phone == "0356-1234567"
    assert ws.catalog.id == "jincheng-2022"


def test_a_folder_that_cannot_hold_a_workspace_is_said_on_the_last_page(qtbot, ui_app, tmp_path):
    busy = tmp_path / "别的文件"
    busy.mkdir()
    (busy / "报告.docx").write_bytes(b"x")
    w = FirstRunWizard(sifa_profile(), folder=busy)
    qtbot.addWidget(w)
    w.show()
    while w.currentId() != CONTACT:
        w.next()
    w.accept()
    assert w.isVisible() and w.workspace is None
    assert "不是空的" in w.contact_page.ui.folderErrorLabel.text()
    w.contact_page.ui.folderEdit.setText(str(tmp_path / "新文件夹"))
    w.accept()
    assert not w.isVisible() and w.workspace is not None
    w.workspace.close()


def test_importing_the_offices_table_previews_it_and_uses_it(qtbot, wizard, catalog, tmp_path):
    table = tmp_path / "指标任务分解表.docx"
    catalog_to_docx(catalog, table)
    wizard.next()
    page = wizard.catalog_page
    page.import_file(table, pool=InlinePool())
    assert page.selected_id() is not None and page.imported is not None
    info = page.ui.catalogInfoLabel.text()
    assert "已读取" in info and "项指标" in info and "单位名单" in info
    wizard.next()
    assert wizard.currentId() == UNIT
    assert wizard.catalog is page.imported.catalog and len(wizard.catalog) == len(catalog)


def test_a_file_that_is_not_a_table_gives_the_chinese_reason(qtbot, wizard, tmp_path):
    bad = tmp_path / "通知.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF\n")
    wizard.next()
    page = wizard.catalog_page
    page.import_file(bad, pool=InlinePool())
    assert page.imported is None
    assert "PDF" in page.ui.catalogInfoLabel.text()
    assert page.selected_id() == "jincheng-2022"  # the list is unchanged; the wizard can go on
    assert wizard.currentId() == CATALOG


def test_the_office_choice_is_off_until_the_office_part_is_installed(wizard):
    from desktop.ui.wizard_pages import office_available

    assert wizard.role_page.ui.officeRadio.isEnabled() == office_available()
    if not office_available():
        assert "没有安装" in wizard.role_page.ui.officeRadio.toolTip()


def test_wizard_starts_from_an_existing_profile(qtbot, ui_app, tmp_path):
    w = FirstRunWizard(sifa_profile(), folder=tmp_path / "ws")
    qtbot.addWidget(w)
    w.show()
    w.next()
    w.next()
    assert w.unit_page.selected_unit() == "市司法局"
    w.next()
    assert w.groups_page.checked_groups() == ["各行政执法单位"]
    w.next()
    assert w.contact_page.ui.phoneEdit.text() == "0356-1234567"
    w.accept()
    assert w.result_profile() == sifa_profile()
    w.workspace.close()
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.profile.contact == "李四"


def test_profile_only_mode_skips_role_and_catalog_and_creates_nothing(qtbot, ui_app, catalog, tmp_path):
    w = FirstRunWizard(sifa_profile(), create=False, catalog=catalog, folder=tmp_path / "never")
    qtbot.addWidget(w)
    w.show()
    assert w.currentPage() is w.unit_page
    w.unit_page.select("市应急局")
    w.next()
    w.next()
    assert not w.contact_page.ui.folderBox.isVisibleTo(w.contact_page)
    w.accept()
    assert w.result_profile().unit == "市应急管理局" and w.workspace is None  # the canonical name
    assert not (tmp_path / "never").exists()


def test_accept_before_completion_does_nothing(qtbot, wizard):
    wizard.accept()
    assert wizard.result_profile() is None and wizard.isVisible()
    assert isinstance(sifa_profile(), Profile)
