"""The settings dialog: interface language, the office's deadline, and the unit profile."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDialog

from desktop.core.catalog import Catalog
from desktop.ui import i18n
from desktop.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.overview import parse_deadline
from desktop.ui.profile import Profile, phone_problem
from desktop.ui.settings import Settings
from desktop.ui.wizard import FirstRunWizard, phone_message


class SettingsDialog(QDialog):
    def __init__(self, store: Settings, catalog: Catalog, profile: Profile | None, parent=None, *,
                 catalog_fixed: bool = False):
        """``catalog_fixed``: a workspace is open, whose catalog changes only through a catalog update."""
        super().__init__(parent)
        self.catalog_fixed = catalog_fixed
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.store, self.catalog, self.profile = store, catalog, profile
        self.wizard: FirstRunWizard | None = None
        ui = self.ui
        for code, name in i18n.LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(i18n.normalize(store.language))))
        catalog_deadline = parse_deadline((catalog.submission or {}).get("deadline"))
        ui.catalogDeadlineLabel.setText(
            fmt(translate("SettingsDialog", "目录中规定的截止时间：%1"), QLocale().toString(QDateTime(catalog_deadline), translate("SettingsDialog", "yyyy年M月d日 HH:mm")))
            if catalog_deadline else translate("SettingsDialog", "目录中没有规定截止时间。")
        )
        own = parse_deadline(store.deadline)
        ui.deadlineCheck.setChecked(own is not None)
        ui.deadlineEdit.setEnabled(own is not None)
        ui.deadlineEdit.setDateTime(QDateTime(own or catalog_deadline) if (own or catalog_deadline)
                                    else QDateTime.currentDateTime())
        ui.phoneErrorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        ui.phoneEdit.textChanged.connect(lambda t: ui.phoneErrorLabel.setText(phone_message(phone_problem(t))))
        ui.buttonBox.accepted.connect(self.accept)
        ui.changeUnitButton.clicked.connect(self.change_unit)
        self._show_profile(profile)

    def _show_profile(self, profile: Profile | None) -> None:
        ui = self.ui
        ui.catalogValue.setText(self.catalog.title if not profile or profile.catalog_id == self.catalog.id
                                else profile.catalog_id)
        ui.unitValue.setText(profile.unit if profile else translate("SettingsDialog", "（未选择）"))
        ui.groupsValue.setText(translate("SettingsDialog", "、").join(profile.groups) if profile and profile.groups else translate("SettingsDialog", "（无）"))
        for edit, value in ((ui.staffEdit, profile.staff if profile else ""),
                            (ui.contactEdit, profile.contact if profile else ""),
                            (ui.phoneEdit, profile.phone if profile else "")):
            edit.setText(value)
        for w in (ui.staffEdit, ui.contactEdit, ui.phoneEdit):
            w.setEnabled(profile is not None)

    def change_unit(self) -> FirstRunWizard:
        self.wizard = (FirstRunWizard(self.profile, self, create=False, catalog=self.catalog) if self.catalog_fixed
                       else FirstRunWizard(self.profile, self, create=False))
        self.wizard.profileChosen.connect(self._wizard_done)
        self.wizard.open()
        return self.wizard

    def _wizard_done(self, profile: Profile) -> None:
        self.profile = profile
        self._show_profile(profile)

    def result_profile(self) -> Profile | None:
        if self.profile is None:
            return None
        ui = self.ui
        return replace(self.profile, staff=ui.staffEdit.text().strip(), contact=ui.contactEdit.text().strip(),
                       phone=ui.phoneEdit.text().strip())

    def accept(self) -> None:
        ui = self.ui
        if phone_problem(ui.phoneEdit.text()):
            ui.tabs.setCurrentWidget(ui.profileTab)
            ui.phoneEdit.setFocus()
            return
        self.store.language = ui.languageCombo.currentData()
        self.store.deadline = (ui.deadlineEdit.dateTime().toString("yyyy-MM-ddTHH:mm")
                               if ui.deadlineCheck.isChecked() else "")
        self.store.sync()
        super().accept()
