"""The first-run wizard driven to completion without exec(): catalog, unit by alias, groups, contact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.ui.profile import Profile
from desktop.ui.wizard import FirstRunWizard
from tests.test_ui_helpers import OFFSCREEN_NOISE, sifa_profile, type_text, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def wizard(qtbot, ui_app):
    w = FirstRunWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def visible_units(page) -> list[str]:
    lst = page.ui.unitList
    return [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count()) if not lst.item(r).isHidden()]


def test_wizard_produces_a_profile(qtbot, wizard):
    assert wizard.currentPage() is wizard.catalog_page
    assert wizard.catalog_page.selected_id() == "jincheng-2022"  # the built-in catalog is the default
    importer = wizard.catalog_page.ui.importButton
    assert not importer.isEnabled() and "catalog import" in importer.toolTip()
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page and wizard.catalog.id == "jincheng-2022"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no unit chosen yet

    type_text(wizard.unit_page.ui.unitSearchEdit, "市场管理局")  # an alias, not the canonical name
    assert visible_units(wizard.unit_page) == ["市市场监管局"]
    assert wizard.unit_page.selected_unit() == "市市场监管局"
    assert "又称：市市场管理局" in wizard.unit_page.ui.unitList.currentItem().text()
    assert wizard.unit_page.select("市司法局")  # hidden by the search: selecting it clears the search
    assert wizard.unit_page.ui.unitSearchEdit.text() == "" and wizard.unit_page.selected_unit() == "市司法局"
    type_text(wizard.unit_page.ui.unitSearchEdit, "司法")
    assert "市司法局" in visible_units(wizard.unit_page)
    wizard.unit_page.select("市司法局")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()

    groups = wizard.groups_page
    tree = groups.ui.groupTree
    assert tree.topLevelItemCount() == 7
    first = tree.topLevelItem(0)
    assert first.text(0) == "各行政执法单位" and "行政执法职能" in first.text(1)  # each group explained
    before = groups.ui.countLabel.text()
    first.setCheckState(0, Qt.CheckState.Checked)
    assert groups.checked_groups() == ["各行政执法单位"]
    assert groups.ui.countLabel.text() != before and "59" in groups.ui.countLabel.text()
    wizard.next()

    contact = wizard.contact_page
    assert "市司法局" in contact.ui.summaryLabel.text() and "各行政执法单位" in contact.ui.summaryLabel.text()
    type_text(contact.ui.staffEdit, "张三")
    type_text(contact.ui.contactEdit, "李四")
    type_text(contact.ui.phoneEdit, "电话号")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "只能包含数字" in contact.ui.phoneErrorLabel.text()
    contact.ui.phoneEdit.clear()
    type_text(contact.ui.phoneEdit, "0356-1234567")
    assert contact.ui.phoneErrorLabel.text() == ""
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wizard.profileChosen) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert blocker.args[0] == sifa_profile()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_profile() == sifa_profile()


def test_unknown_unit_says_so(wizard):
    wizard.next()
    assert wizard.unit_page.filter("没有这个单位") == 0
    assert "没有找到" in wizard.unit_page.ui.unitInfoLabel.text()
    assert not wizard.unit_page.isComplete()


def test_wizard_starts_from_an_existing_profile(qtbot, ui_app):
    w = FirstRunWizard(sifa_profile())
    qtbot.addWidget(w)
    w.show()
    w.next()
    assert w.unit_page.selected_unit() == "市司法局"
    w.next()
    assert w.groups_page.checked_groups() == ["各行政执法单位"]
    w.next()
    assert w.contact_page.ui.phoneEdit.text() == "0356-1234567"
    w.accept()
    assert w.result_profile() == sifa_profile()


def test_accept_before_completion_does_nothing(qtbot, wizard):
    wizard.accept()
    assert wizard.result_profile() is None and wizard.isVisible()
    assert isinstance(sifa_profile(), Profile)
