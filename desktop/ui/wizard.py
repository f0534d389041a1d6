"""First-run wizard: catalog, unit (search by name or alias), the groups it belongs to, staff and contact.

Produces a ``Profile`` (signal ``profileChosen`` and ``result_profile()``).
Pages come from Designer forms; the wizard itself is small enough to build in
code. Tests drive it without ``exec()``: construct, fill, ``next()``, ``accept()``.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem, QWizard, QWizardPage

from desktop.core.catalog import Catalog, library
from desktop.core.errors import UserError
from desktop.ui import icons
from desktop.ui.forms.ui_wizard_catalog_page import Ui_CatalogPage
from desktop.ui.forms.ui_wizard_contact_page import Ui_ContactPage
from desktop.ui.forms.ui_wizard_groups_page import Ui_GroupsPage
from desktop.ui.forms.ui_wizard_unit_page import Ui_UnitPage
from desktop.ui.i18n import fmt, translate
from desktop.ui.profile import Profile, phone_problem

NAME_ROLE = Qt.ItemDataRole.UserRole


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


def phone_message(problem: str | None) -> str:
    return {
        None: "",
        "chars": translate("FirstRunWizard", "电话号码只能包含数字、空格、“-”、括号、“+”和“转”。"),
        "short": translate("FirstRunWizard", "电话号码太短：至少 7 位数字（座机请带区号）。"),
        "long": translate("FirstRunWizard", "电话号码太长，请检查是否多输入了数字。"),
    }[problem]


class CatalogPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CatalogPage()
        self.ui.setupUi(self)
        self.infos = library.list_catalogs()
        origin = {"builtin": translate("FirstRunWizard", "内置"), "library": translate("FirstRunWizard", "已导入")}
        for info in self.infos:
            it = QListWidgetItem(fmt(translate("FirstRunWizard", "%1\n%2 · 版本 %3 · %4 项 · %5"), info.title, info.id, info.version, info.count,
                                     origin.get(info.origin, info.origin)))
            it.setData(NAME_ROLE, info.id)
            self.ui.catalogList.addItem(it)
        if self.infos:
            self.ui.catalogList.setCurrentRow(0)
        self.ui.catalogList.currentRowChanged.connect(lambda _r: self.completeChanged.emit())

    def select(self, catalog_id: str) -> bool:
        for row in range(self.ui.catalogList.count()):
            if self.ui.catalogList.item(row).data(NAME_ROLE) == catalog_id:
                self.ui.catalogList.setCurrentRow(row)
                return True
        return False

    def selected_id(self) -> str | None:
        it = self.ui.catalogList.currentItem()
        return it.data(NAME_ROLE) if it else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.selected_id() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        try:
            wizard.catalog = library.load(self.selected_id())
        except UserError as exc:
            self.ui.catalogInfoLabel.setText(str(exc))
            return False
        return True


class UnitPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_UnitPage()
        self.ui.setupUi(self)
        self._catalog_id: str | None = None
        self.ui.unitSearchEdit.textChanged.connect(self.filter)
        self.ui.unitSearchEdit.returnPressed.connect(self._select_first_visible)
        self.ui.unitList.currentItemChanged.connect(self._selection_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        catalog: Catalog = self.wizard().catalog
        if catalog.id == self._catalog_id:
            return
        self._catalog_id = catalog.id
        lst = self.ui.unitList
        lst.clear()
        for unit in catalog.units:
            text = unit.name
            if unit.aliases:
                text += "　" + fmt(translate("FirstRunWizard", "（又称：%1）"), translate("FirstRunWizard", "、").join(unit.aliases))
            it = QListWidgetItem(text)
            it.setData(NAME_ROLE, unit.name)
            it.setData(NAME_ROLE + 1, _fold(" ".join(unit.names)))
            lst.addItem(it)
        prev = self.wizard().initial
        if prev and prev.catalog_id == catalog.id:
            self.select(prev.unit)
        self.filter(self.ui.unitSearchEdit.text())

    def filter(self, text: str) -> int:
        """Hide units whose name and aliases do not contain the text; returns how many stay visible."""
        needle = _fold(text)
        lst = self.ui.unitList
        visible = 0
        for row in range(lst.count()):
            it = lst.item(row)
            hide = bool(needle) and needle not in it.data(NAME_ROLE + 1)
            it.setHidden(hide)
            visible += not hide
        current = lst.currentItem()
        if current is not None and current.isHidden():
            lst.setCurrentItem(None)
        if visible == 1:
            self._select_first_visible()
        self.ui.unitInfoLabel.setText("" if visible else translate("FirstRunWizard", "没有找到这个单位。请换个写法，例如只输入“司法”。"))
        self.completeChanged.emit()
        return visible

    def _select_first_visible(self) -> None:
        lst = self.ui.unitList
        for row in range(lst.count()):
            if not lst.item(row).isHidden():
                lst.setCurrentRow(row)
                return

    def select(self, name: str) -> bool:
        catalog: Catalog = self.wizard().catalog
        unit = catalog.find_unit(name)
        if unit is None:
            return False
        lst = self.ui.unitList
        for row in range(lst.count()):
            if lst.item(row).data(NAME_ROLE) == unit.name:
                if lst.item(row).isHidden():  # the search text hides it: clear the search first
                    self.ui.unitSearchEdit.clear()
                lst.setCurrentRow(row)
                return True
        return False

    def selected_unit(self) -> str | None:
        it = self.ui.unitList.currentItem()
        return it.data(NAME_ROLE) if it and not it.isHidden() else None

    def _selection_changed(self, *_args) -> None:
        name = self.selected_unit()
        if name:
            catalog: Catalog = self.wizard().catalog
            count = len(catalog.indicators_for(name))
            self.ui.unitInfoLabel.setText(fmt(translate("FirstRunWizard", "%1：表中直接写明本单位的指标有 %2 项。"), name, count))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.selected_unit() is not None


class GroupsPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_GroupsPage()
        self.ui.setupUi(self)
        header = self.ui.groupTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.groupTree.itemChanged.connect(lambda *_: self._update_count())

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        catalog = wizard.catalog
        keep = set(self.checked_groups())
        if not keep and wizard.initial and wizard.initial.catalog_id == catalog.id:
            keep = set(wizard.initial.groups)
        tree = self.ui.groupTree
        tree.blockSignals(True)
        tree.clear()
        for group in catalog.groups:
            desc = group.description or ""
            it = QTreeWidgetItem([group.name, desc])
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(0, Qt.CheckState.Checked if group.name in keep else Qt.CheckState.Unchecked)
            it.setToolTip(1, desc)
            it.setData(0, NAME_ROLE, group.name)
            tree.addTopLevelItem(it)
        tree.blockSignals(False)
        self._update_count()

    def checked_groups(self) -> list[str]:
        tree = self.ui.groupTree
        return [tree.topLevelItem(i).data(0, NAME_ROLE) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, names) -> None:
        names = set(names)
        tree = self.ui.groupTree
        for i in range(tree.topLevelItemCount()):
            it = tree.topLevelItem(i)
            it.setCheckState(0, Qt.CheckState.Checked if it.data(0, NAME_ROLE) in names else Qt.CheckState.Unchecked)

    def _update_count(self) -> None:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        unit = wizard.unit_page.selected_unit()
        if not unit or wizard.catalog is None:
            return
        own = len(wizard.catalog.indicators_for(unit))
        total = len(wizard.catalog.indicators_for(unit, self.checked_groups()))
        self.ui.countLabel.setText(fmt(translate("FirstRunWizard", "按现在的选择，本单位负责 %1 项指标（直接写明本单位的 %2 项，因所属类别增加 %3 项）。"),
                                       total, own, total - own))


class ContactPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactPage()
        self.ui.setupUi(self)
        self.ui.phoneErrorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        self.ui.phoneEdit.textChanged.connect(self._phone_changed)
        for edit in (self.ui.staffEdit, self.ui.contactEdit):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        prev = wizard.initial
        if prev:
            for edit, value in ((self.ui.staffEdit, prev.staff), (self.ui.contactEdit, prev.contact),
                                (self.ui.phoneEdit, prev.phone)):
                if not edit.text():
                    edit.setText(value)
        unit = wizard.unit_page.selected_unit() or ""
        groups = wizard.groups_page.checked_groups()
        self.ui.summaryLabel.setText(fmt(translate("FirstRunWizard", "单位：%1\n所属类别：%2\n目录：%3"), unit,
                                         translate("FirstRunWizard", "、").join(groups) or translate("FirstRunWizard", "（无）"), wizard.catalog.title))

    def _phone_changed(self, text: str) -> None:
        self.ui.phoneErrorLabel.setText(phone_message(phone_problem(text)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return phone_problem(self.ui.phoneEdit.text()) is None


class FirstRunWizard(QWizard):
    profileChosen = Signal(object)  # Profile

    def __init__(self, initial: Profile | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.initial = initial
        self.catalog: Catalog | None = None
        self.profile: Profile | None = None
        self.setWindowTitle(translate("FirstRunWizard", "设置本单位信息"))
        self.setWindowIcon(icons.icon("app"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.catalog_page = CatalogPage(self)
        self.unit_page = UnitPage(self)
        self.groups_page = GroupsPage(self)
        self.contact_page = ContactPage(self)
        for page in (self.catalog_page, self.unit_page, self.groups_page, self.contact_page):
            self.addPage(page)
        if initial:
            self.catalog_page.select(initial.catalog_id)
        self.resize(640, 480)

    def result_profile(self) -> Profile | None:
        return self.profile

    def build_profile(self) -> Profile:
        ui = self.contact_page.ui
        return Profile(
            catalog_id=self.catalog.id,
            unit=self.unit_page.selected_unit() or "",
            groups=tuple(self.groups_page.checked_groups()),
            staff=ui.staffEdit.text().strip(),
            contact=ui.contactEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
        )

    def accept(self) -> None:
        if self.catalog is None or not self.unit_page.selected_unit() or not self.contact_page.isComplete():
            return  # Finish is only enabled on a complete last page; this guards programmatic calls
        self.profile = self.build_profile()
        super().accept()
        self.profileChosen.emit(self.profile)
