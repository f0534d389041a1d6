# Generated from forms/wizard_role_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_role_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_RolePage(object):
    def setupUi(self, RolePage):
        if not RolePage.objectName():
            RolePage.setObjectName(u"RolePage")
        RolePage.resize(560, 380)
        self.pageLayout = QVBoxLayout(RolePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.unitRadio = QRadioButton(RolePage)
        self.unitRadio.setObjectName(u"unitRadio")
        self.unitRadio.setChecked(True)

        self.pageLayout.addWidget(self.unitRadio)

        self.unitDesc = QLabel(RolePage)
        self.unitDesc.setObjectName(u"unitDesc")
        self.unitDesc.setWordWrap(True)
        self.unitDesc.setIndent(24)

        self.pageLayout.addWidget(self.unitDesc)

        self.officeRadio = QRadioButton(RolePage)
        self.officeRadio.setObjectName(u"officeRadio")

        self.pageLayout.addWidget(self.officeRadio)

        self.officeDesc = QLabel(RolePage)
        self.officeDesc.setObjectName(u"officeDesc")
        self.officeDesc.setWordWrap(True)
        self.officeDesc.setIndent(24)

        self.pageLayout.addWidget(self.officeDesc)

        self.officeNote = QLabel(RolePage)
        self.officeNote.setObjectName(u"officeNote")
        self.officeNote.setWordWrap(True)
        self.officeNote.setIndent(24)

        self.pageLayout.addWidget(self.officeNote)

        self.roleSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.roleSpacer)


        self.retranslateUi(RolePage)

        QMetaObject.connectSlotsByName(RolePage)
    # setupUi

    def retranslateUi(self, RolePage):
        RolePage.setTitle(QCoreApplication.translate("RolePage", u"\u8c01\u5728\u4f7f\u7528\u672c\u7a0b\u5e8f\uff1f", None))
        RolePage.setSubTitle(QCoreApplication.translate("RolePage", u"\u8bf7\u9009\u62e9\u672c\u5355\u4f4d\u7684\u89d2\u8272\u3002\u9009\u9519\u4e86\u4e5f\u6ca1\u5173\u7cfb\uff1a\u8fd9\u4e00\u6b65\u53ea\u51b3\u5b9a\u65b0\u5efa\u54ea\u4e00\u79cd\u5de5\u4f5c\u533a\u3002", None))
        self.unitRadio.setText(QCoreApplication.translate("RolePage", u"\u586b\u62a5\u5355\u4f4d", None))
        self.unitDesc.setText(QCoreApplication.translate("RolePage", u"\u5e02\u76f4\u90e8\u95e8\u3001\u533a\u53bf\u653f\u5e9c\u548c\u5176\u4ed6\u8d23\u4efb\u5355\u4f4d\uff1a\u6536\u96c6\u672c\u5355\u4f4d\u8d1f\u8d23\u6307\u6807\u7684\u5370\u8bc1\u8d44\u6599\uff0c\u6253\u5370\u5c01\u9762\uff0c\u5bfc\u51fa\u62a5\u9001\u5305\u53d1\u7ed9\u4f9d\u6cd5\u6cbb\u5e02\u529e\u3002", None))
        self.officeRadio.setText(QCoreApplication.translate("RolePage", u"\u4f9d\u6cd5\u6cbb\u5e02\u529e", None))
        self.officeDesc.setText(QCoreApplication.translate("RolePage", u"\u7275\u5934\u90e8\u95e8\uff08\u5e02\u59d4\u4f9d\u6cd5\u6cbb\u5e02\u529e\uff09\uff1a\u63a5\u6536\u5404\u5355\u4f4d\u7684\u62a5\u9001\u5305\uff0c\u6838\u9a8c\u7b7e\u540d\u3001\u6c47\u603b\u8fdb\u5ea6\u3001\u5ba1\u9605\u8d44\u6599\u3002", None))
        self.officeNote.setText("")
    # retranslateUi

