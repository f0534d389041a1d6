"""The About box: version, the catalog in use, licences, where the data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop import __version__
from desktop.core import paths
from desktop.core.catalog import Catalog
from desktop.ui import fonts, icons
from desktop.ui.forms.ui_about_dialog import Ui_AboutDialog
from desktop.ui.i18n import fmt, translate


class AboutDialog(QDialog):
    def __init__(self, catalog: Catalog | None, parent=None, workspace=None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.iconLabel.setPixmap(icons.icon("app").pixmap(64, 64))
        ui.nameLabel.setFont(fonts.scaled(self.font(), 1.5, bold=True))
        ui.versionLabel.setText(fmt(translate("AboutDialog", "版本 %1"), __version__))
        if catalog is not None:
            ui.catalogLabel.setText(fmt(translate("AboutDialog", "使用的目录：《%1》（%2，版本 %3，%4 项）"),
                                        catalog.title, catalog.id, catalog.version, len(catalog)))
        else:
            ui.catalogLabel.setText(translate("AboutDialog", "尚未选择目录。"))
        text = fmt(translate("AboutDialog", "数据文件夹：%1"), paths.data_dir())
        if workspace is not None:
            text += "\n" + fmt(translate("AboutDialog", "工作区：%1"), workspace)
        ui.dataLabel.setText(text)
