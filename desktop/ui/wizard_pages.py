"""The pages of the first-run wizard: role, catalog (built-in or imported from a file), unit, groups, contact.

Each page is a Designer form used by composition. Pages read the wizard's
shared state (``wizard.catalog``, ``wizard.initial``) and never create anything
themselves; the wizard does that when the last page is accepted.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QTreeWidgetItem, QWizardPage

from desktop.core.catalog import Catalog, library
from desktop.core.errors import UserError
from desktop.ui.forms.ui_wizard_catalog_page import Ui_CatalogPage
from desktop.ui.forms.ui_wizard_contact_page import Ui_ContactPage
from desktop.ui.forms.ui_wizard_groups_page import Ui_GroupsPage
from desktop.ui.forms.ui_wizard_office_page import Ui_OfficePage
from desktop.ui.forms.ui_wizard_role_page import Ui_RolePage
from desktop.ui.forms.ui_wizard_unit_page import Ui_UnitPage
from desktop.ui.i18n import fmt, translate
from desktop.ui.launcher import office_available
from desktop.ui.operations import Operation
from desktop.ui.profile import phone_problem

NAME_ROLE = Qt.ItemDataRole.UserRole
IMPORTED = "\x00imported"  # the list entry of a catalog imported in this wizard (not in the library)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


def phone_message(problem: str | None) -> str:
    return {
        None: "",
        "chars": translate("FirstRunWizard", "电话号码只能包含数字、空格、“-”、括号、“+”和“转”。"),
        "short": translate("FirstRunWizard", "电话号码太短：至少 7 位数字（座机请带区号）。"),
        "long": translate("FirstRunWizard", "电话号码太长，请检查是否多输入了数字。"),
    }[problem]


class RolePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_RolePage()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (ui.unitDesc, ui.officeDesc, ui.officeNote):
            label.setStyleSheet("QLabel { color: #4a5563; } QLabel:disabled { color: #9aa4b2; }")
        for radio in (ui.unitRadio, ui.officeRadio):
            font = radio.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            radio.setFont(font)
        if not office_available():
            why = translate("FirstRunWizard", "这个版本没有安装依法治市办使用的部分。")
            ui.officeRadio.setEnabled(False)
            ui.officeRadio.setToolTip(why)
            ui.officeDesc.setEnabled(False)
            ui.officeNote.setText(why)
        ui.officeNote.setVisible(bool(ui.officeNote.text()))

    def role(self) -> str:
        return "office" if self.ui.officeRadio.isChecked() else "unit"


class CatalogPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CatalogPage()
        self.ui.setupUi(self)
        self.imported = None  # ImportResult of a file imported on this page
        self.import_op: Operation | None = None
        self.ui.importButton.clicked.connect(self.choose_file)
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

    # ------------------------------------------------------------ importing the office's table
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("FirstRunWizard", "选择依法治市办下发的指标表或实施方案"), str(Path.home()),
            translate("FirstRunWizard", "指标表 (*.docx *.xlsx *.csv *.tsv *.txt);;所有文件 (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, pool=None) -> Operation:
        """Read the file in the background; on success it joins the list, selected, with a summary below."""
        from desktop.core.catalog.importers import import_file

        self.ui.catalogInfoLabel.setStyleSheet("")
        self.ui.catalogInfoLabel.setText(fmt(translate("FirstRunWizard", "正在读取“%1”…"), path.name))
        op = Operation(lambda _p, _c: import_file(path), parent=self, cancellable=False, pool=pool,
                       title=fmt(translate("FirstRunWizard", "正在导入“%1”…"), path.name))
        op.succeeded.connect(lambda result: self._imported(result, path))
        op.failure(self._import_failed)
        self.import_op = op
        return op.start()

    def _imported(self, result, path: Path) -> None:
        self.imported = result
        lst = self.ui.catalogList
        for row in range(lst.count()):
            if lst.item(row).data(NAME_ROLE) == IMPORTED:
                lst.takeItem(row)
                break
        cat = result.catalog
        it = QListWidgetItem(fmt(translate("FirstRunWizard", "%1\n从“%2”导入 · %3 项"), cat.title, path.name, len(cat)))
        it.setData(NAME_ROLE, IMPORTED)
        lst.insertItem(0, it)
        lst.setCurrentItem(it)
        lines = [fmt(translate("FirstRunWizard", "已读取《%1》：%2"), cat.title, result.summary_line()),
                 fmt(translate("FirstRunWizard", "单位名单 %1 个，类别 %2 个。"), len(cat.units), len(cat.groups))]
        if result.warnings:
            lines.append(translate("FirstRunWizard", "提示（%n 条）：", None, len(result.warnings)))
            lines += [f"• {w}" for w in result.warnings[:5]]
            if len(result.warnings) > 5:
                lines.append(translate("FirstRunWizard", "…另有 %n 条", None, len(result.warnings) - 5))
        self.ui.catalogInfoLabel.setText("\n".join(lines))
        self.completeChanged.emit()

    def _import_failed(self, exc: BaseException) -> None:
        from desktop.ui.errors import message_for

        self.ui.catalogInfoLabel.setStyleSheet("QLabel { color: #b3261e; }")
        self.ui.catalogInfoLabel.setText(message_for(exc)[0])

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard = self.wizard()
        if self.selected_id() == IMPORTED and self.imported is not None:
            wizard.catalog = self.imported.catalog
            return True
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
        wizard = self.wizard()
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
        wizard = self.wizard()
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
        self.ui.folderErrorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        self.ui.phoneEdit.textChanged.connect(self._phone_changed)
        self.ui.folderButton.clicked.connect(lambda: choose_folder(self, self.ui.folderEdit))
        self.ui.folderEdit.textChanged.connect(lambda _t: self.ui.folderErrorLabel.setText(""))
        for edit in (self.ui.staffEdit, self.ui.contactEdit):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard = self.wizard()
        self.ui.folderBox.setVisible(wizard.creates_workspace)
        if not self.ui.folderEdit.text():
            self.ui.folderEdit.setText(str(wizard.folder))
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

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """The workspace is created here, so a folder that cannot take it is said on this page."""
        wizard = self.wizard()
        if not wizard.creates_workspace:
            return True
        try:
            wizard.create_workspace(Path(self.ui.folderEdit.text().strip()))
        except UserError as e:
            self.ui.folderErrorLabel.setText(str(e))
            return False
        return True


class OfficePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_OfficePage()
        self.ui.setupUi(self)
        self.ui.officeErrorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        self.ui.officeFolderButton.clicked.connect(lambda: choose_folder(self, self.ui.officeFolderEdit))
        self.ui.officeFolderEdit.textChanged.connect(lambda _t: self.ui.officeErrorLabel.setText(""))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard = self.wizard()
        if not self.ui.officeFolderEdit.text():
            self.ui.officeFolderEdit.setText(str(wizard.folder))
        self.ui.officeSummary.setText(fmt(translate("FirstRunWizard", "目录：%1（%2 项）"), wizard.catalog.title,
                                          len(wizard.catalog)))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.wizard().create_office_workspace(Path(self.ui.officeFolderEdit.text().strip()))
        except UserError as e:
            self.ui.officeErrorLabel.setText(str(e))
            return False
        return True


def choose_folder(parent, edit) -> None:
    folder = QFileDialog.getExistingDirectory(parent, translate("FirstRunWizard", "选择工作区文件夹"),
                                              str(Path(edit.text()).parent) if edit.text() else str(Path.home()))
    if folder:
        edit.setText(folder)
