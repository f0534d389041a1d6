# Generated from forms/wizard_office_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_office_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_OfficePage(object):
    def setupUi(self, OfficePage):
        if not OfficePage.objectName():
            OfficePage.setObjectName(u"OfficePage")
        OfficePage.resize(560, 380)
        self.pageLayout = QVBoxLayout(OfficePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.officeFolderCaption = QLabel(OfficePage)
        self.officeFolderCaption.setObjectName(u"officeFolderCaption")

        self.pageLayout.addWidget(self.officeFolderCaption)

        self.officeFolderLayout = QHBoxLayout()
        self.officeFolderLayout.setObjectName(u"officeFolderLayout")
        self.officeFolderEdit = QLineEdit(OfficePage)
        self.officeFolderEdit.setObjectName(u"officeFolderEdit")

        self.officeFolderLayout.addWidget(self.officeFolderEdit)

        self.officeFolderButton = QPushButton(OfficePage)
        self.officeFolderButton.setObjectName(u"officeFolderButton")

        self.officeFolderLayout.addWidget(self.officeFolderButton)


        self.pageLayout.addLayout(self.officeFolderLayout)

        self.officeErrorLabel = QLabel(OfficePage)
        self.officeErrorLabel.setObjectName(u"officeErrorLabel")
        self.officeErrorLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.officeErrorLabel)

        self.officeSummary = QLabel(OfficePage)
        self.officeSummary.setObjectName(u"officeSummary")
        self.officeSummary.setWordWrap(True)

        self.pageLayout.addWidget(self.officeSummary)

        self.officeSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.officeSpacer)


        self.retranslateUi(OfficePage)

        QMetaObject.connectSlotsByName(OfficePage)
    # setupUi

    def retranslateUi(self, OfficePage):
        OfficePage.setTitle(QCoreApplication.translate("OfficePage", u"\u4f9d\u6cd5\u6cbb\u5e02\u529e\u5de5\u4f5c\u533a", None))
        OfficePage.setSubTitle(QCoreApplication.translate("OfficePage", u"\u5404\u5355\u4f4d\u62a5\u9001\u7684\u8d44\u6599\u5305\u90fd\u6536\u5728\u8fd9\u4e2a\u6587\u4ef6\u5939\u4e2d\u3002\u8bf7\u9009\u62e9\u4e00\u4e2a\u7a7a\u6587\u4ef6\u5939\uff0c\u6216\u65b0\u5efa\u4e00\u4e2a\u3002", None))
        self.officeFolderCaption.setText(QCoreApplication.translate("OfficePage", u"\u5de5\u4f5c\u533a\u6587\u4ef6\u5939\uff1a", None))
        self.officeFolderButton.setText(QCoreApplication.translate("OfficePage", u"\u6d4f\u89c8\u2026", None))
        self.officeErrorLabel.setText("")
        self.officeSummary.setText("")
    # retranslateUi

