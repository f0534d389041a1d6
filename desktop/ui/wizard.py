"""First-run wizard: role, catalog (built-in or imported), unit (search by name or alias), groups, staff and contact.

For a unit it ends by creating the workspace (``workspace``, open); for the
office (依法治市办) it creates the office workspace (``office_workspace``). In
``profile_only`` mode (settings → 更换单位…) it skips role and catalog, creates
nothing and only produces a ``Profile``. Tests drive it without ``exec()``:
construct, fill, ``next()``, ``accept()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from desktop.core import paths
from desktop.core.catalog import Catalog
from desktop.ui import icons
from desktop.ui.i18n import translate
from desktop.ui.profile import Profile
from desktop.ui.wizard_pages import (  # noqa: F401 - phone_message is used by the settings dialog
    CatalogPage, ContactPage, GroupsPage, OfficePage, RolePage, UnitPage, phone_message,
)

ROLE, CATALOG, UNIT, GROUPS, CONTACT, OFFICE = range(6)


class FirstRunWizard(QWizard):
    profileChosen = Signal(object)  # Profile

    def __init__(self, initial: Profile | None = None, parent=None, *, folder: Path | None = None,
                 create: bool = True, catalog: Catalog | None = None):
        """``create``: make the workspace at the end (first run); ``catalog``: fixed, skip role and catalog pages."""
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.initial = initial
        self.catalog: Catalog | None = catalog
        self.profile: Profile | None = None
        self.folder = Path(folder) if folder else paths.default_workspace()
        self.creates_workspace = create
        self.workspace = None  # the unit's Workspace, open, once created
        self.office_workspace = None
        self.setWindowTitle(translate("FirstRunWizard", "设置本单位信息"))
        self.setWindowIcon(icons.icon("app"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage(self)
        self.catalog_page = CatalogPage(self)
        self.unit_page = UnitPage(self)
        self.groups_page = GroupsPage(self)
        self.contact_page = ContactPage(self)
        self.office_page = OfficePage(self)
        if catalog is None:
            self.setPage(ROLE, self.role_page)
            self.setPage(CATALOG, self.catalog_page)
        else:
            self.role_page.hide()
            self.catalog_page.hide()
        for page_id, page in ((UNIT, self.unit_page), (GROUPS, self.groups_page), (CONTACT, self.contact_page)):
            self.setPage(page_id, page)
        if catalog is None:
            self.setPage(OFFICE, self.office_page)
        else:
            self.office_page.hide()
        self.setStartId(ROLE if catalog is None else UNIT)
        if initial:
            self.catalog_page.select(initial.catalog_id)
        self.resize(680, 520)

    def nextId(self) -> int:  # noqa: N802 - Qt API
        current = self.currentId()
        if current == ROLE:
            return CATALOG
        if current == CATALOG:
            return OFFICE if self.role_page.role() == "office" else UNIT
        if current == UNIT:
            return GROUPS
        if current == GROUPS:
            return CONTACT
        return -1

    # ------------------------------------------------------------ creating what was chosen
    def create_workspace(self, folder: Path):
        """The unit's workspace with this profile (kept open in ``workspace``); a UserError says why not."""
        from desktop.core.workspace import Workspace

        if self.workspace is not None:
            return self.workspace
        p = self.build_profile()
        staff = [s for s in p.staff.replace("，", "、").replace(",", "、").split("、") if s.strip()]
        self.workspace = Workspace.create(folder, self.catalog, unit=p.unit, groups=list(p.groups), staff=staff,
                                          contact=p.contact, phone=p.phone)
        self.folder = Path(folder)
        return self.workspace

    def create_office_workspace(self, folder: Path):
        from desktop.core.office import OfficeWorkspace

        if self.office_workspace is None:
            self.office_workspace = OfficeWorkspace.create(folder, self.catalog)
            self.folder = Path(folder)
        return self.office_workspace

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
        if self.currentId() == OFFICE:
            if self.office_workspace is None and not self.office_page.validatePage():
                return
            super().accept()
            return
        if self.catalog is None or not self.unit_page.selected_unit() or not self.contact_page.isComplete():
            return  # Finish is only enabled on a complete last page; this guards programmatic calls
        if self.creates_workspace and self.workspace is None and not self.contact_page.validatePage():
            return  # QWizard validates the page on Finish; a direct accept() must too
        self.profile = self.build_profile()
        super().accept()
        self.profileChosen.emit(self.profile)
