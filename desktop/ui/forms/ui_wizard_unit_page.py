# Generated from forms/wizard_unit_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_unit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_UnitPage(object):
    def setupUi(self, UnitPage):
        if not UnitPage.objectName():
            UnitPage.setObjectName(u"UnitPage")
        UnitPage.resize(560, 380)
        self.pageLayout = QVBoxLayout(UnitPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.unitSearchEdit = QLineEdit(UnitPage)
        self.unitSearchEdit.setObjectName(u"unitSearchEdit")
        self.unitSearchEdit.setClearButtonEnabled(True)

        self.pageLayout.addWidget(self.unitSearchEdit)

        self.unitList = QListWidget(UnitPage)
        self.unitList.setObjectName(u"unitList")

        self.pageLayout.addWidget(self.unitList)

        self.unitInfoLabel = QLabel(UnitPage)
        self.unitInfoLabel.setObjectName(u"unitInfoLabel")
        self.unitInfoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.unitInfoLabel)


        self.retranslateUi(UnitPage)

        QMetaObject.connectSlotsByName(UnitPage)
    # setupUi

    def retranslateUi(self, UnitPage):
        UnitPage.setTitle(QCoreApplication.translate("UnitPage", u"\u9009\u62e9\u672c\u5355\u4f4d", None))
        UnitPage.setSubTitle(QCoreApplication.translate("UnitPage", u"\u8f93\u5165\u5355\u4f4d\u540d\u79f0\u6216\u7b80\u79f0\u67e5\u627e\uff0c\u4f8b\u5982\u201c\u53f8\u6cd5\u5c40\u201d\u201c\u5e02\u573a\u76d1\u7ba1\u201d\u3002", None))
        self.unitSearchEdit.setPlaceholderText(QCoreApplication.translate("UnitPage", u"\u67e5\u627e\u5355\u4f4d\u2026", None))
        self.unitInfoLabel.setText("")
    # retranslateUi

