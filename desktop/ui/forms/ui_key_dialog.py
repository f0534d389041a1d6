# Generated from forms/key_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'key_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_KeyDialog(object):
    def setupUi(self, KeyDialog):
        if not KeyDialog.objectName():
            KeyDialog.setObjectName(u"KeyDialog")
        KeyDialog.resize(560, 380)
        self.layout = QVBoxLayout(KeyDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(KeyDialog)
        self.pages.setObjectName(u"pages")
        self.createPage = QWidget()
        self.createPage.setObjectName(u"createPage")
        self.createLayout = QVBoxLayout(self.createPage)
        self.createLayout.setObjectName(u"createLayout")
        self.createLayout.setContentsMargins(0, 0, 0, 0)
        self.createInfo = QLabel(self.createPage)
        self.createInfo.setObjectName(u"createInfo")
        self.createInfo.setWordWrap(True)

        self.createLayout.addWidget(self.createInfo)

        self.createForm = QFormLayout()
        self.createForm.setObjectName(u"createForm")
        self.unitCaption = QLabel(self.createPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.createForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.createPage)
        self.unitValue.setObjectName(u"unitValue")

        self.createForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.passCaption = QLabel(self.createPage)
        self.passCaption.setObjectName(u"passCaption")

        self.createForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passCaption)

        self.passEdit = QLineEdit(self.createPage)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.repeatCaption = QLabel(self.createPage)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.createForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatEdit = QLineEdit(self.createPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.createLayout.addLayout(self.createForm)

        self.passHint = QLabel(self.createPage)
        self.passHint.setObjectName(u"passHint")
        self.passHint.setWordWrap(True)

        self.createLayout.addWidget(self.passHint)

        self.errorLabel = QLabel(self.createPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.createLayout.addWidget(self.errorLabel)

        self.createSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.createLayout.addItem(self.createSpacer)

        self.pages.addWidget(self.createPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, 0, 0, 0)
        self.doneInfo = QLabel(self.donePage)
        self.doneInfo.setObjectName(u"doneInfo")
        self.doneInfo.setWordWrap(True)

        self.doneLayout.addWidget(self.doneInfo)

        self.fingerprintCaption = QLabel(self.donePage)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.doneLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(self.donePage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.fingerprintLabel)

        self.nextSteps = QLabel(self.donePage)
        self.nextSteps.setObjectName(u"nextSteps")
        self.nextSteps.setWordWrap(True)

        self.doneLayout.addWidget(self.nextSteps)

        self.doneButtons = QHBoxLayout()
        self.doneButtons.setObjectName(u"doneButtons")
        self.formButton = QPushButton(self.donePage)
        self.formButton.setObjectName(u"formButton")

        self.doneButtons.addWidget(self.formButton)

        self.backupButton = QPushButton(self.donePage)
        self.backupButton.setObjectName(u"backupButton")

        self.doneButtons.addWidget(self.backupButton)

        self.copyButton = QPushButton(self.donePage)
        self.copyButton.setObjectName(u"copyButton")

        self.doneButtons.addWidget(self.copyButton)

        self.doneSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtons.addItem(self.doneSpacer)


        self.doneLayout.addLayout(self.doneButtons)

        self.doneStatus = QLabel(self.donePage)
        self.doneStatus.setObjectName(u"doneStatus")
        self.doneStatus.setWordWrap(True)

        self.doneLayout.addWidget(self.doneStatus)

        self.doneSpacer2 = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer2)

        self.pages.addWidget(self.donePage)

        self.layout.addWidget(self.pages)

        self.buttonBox = QDialogButtonBox(KeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(KeyDialog)

        QMetaObject.connectSlotsByName(KeyDialog)
    # setupUi

    def retranslateUi(self, KeyDialog):
        KeyDialog.setWindowTitle(QCoreApplication.translate("KeyDialog", u"\u7b7e\u540d\u5bc6\u94a5", None))
        self.createInfo.setText(QCoreApplication.translate("KeyDialog", u"\u62a5\u9001\u5305\u8981\u7528\u672c\u5355\u4f4d\u7684\u7b7e\u540d\u5bc6\u94a5\u7b7e\u540d\uff0c\u4f9d\u6cd5\u6cbb\u5e02\u529e\u636e\u6b64\u786e\u8ba4\u8d44\u6599\u786e\u5b9e\u6765\u81ea\u672c\u5355\u4f4d\u3001\u9014\u4e2d\u6ca1\u6709\u88ab\u6539\u52a8\u3002\u5bc6\u94a5\u53ea\u9700\u751f\u6210\u4e00\u6b21\uff0c\u4fdd\u5b58\u5728\u5de5\u4f5c\u533a\u4e2d\uff0c\u7528\u53e3\u4ee4\u52a0\u5bc6\u3002", None))
        self.unitCaption.setText(QCoreApplication.translate("KeyDialog", u"\u5355\u4f4d\uff1a", None))
        self.unitValue.setText("")
        self.passCaption.setText(QCoreApplication.translate("KeyDialog", u"\u53e3\u4ee4\uff1a", None))
        self.passEdit.setPlaceholderText(QCoreApplication.translate("KeyDialog", u"\u81f3\u5c11 8 \u4e2a\u5b57\u7b26\uff0c\u8bf7\u7262\u8bb0", None))
        self.repeatCaption.setText(QCoreApplication.translate("KeyDialog", u"\u518d\u8f93\u4e00\u6b21\uff1a", None))
        self.repeatEdit.setPlaceholderText(QCoreApplication.translate("KeyDialog", u"\u518d\u8f93\u5165\u4e00\u6b21\u53e3\u4ee4", None))
        self.passHint.setText(QCoreApplication.translate("KeyDialog", u"\u53e3\u4ee4\u5fd8\u8bb0\u540e\u65e0\u6cd5\u627e\u56de\uff0c\u53ea\u80fd\u91cd\u65b0\u751f\u6210\u5bc6\u94a5\u5e76\u91cd\u65b0\u767b\u8bb0\u3002\u8bf7\u628a\u53e3\u4ee4\u544a\u8bc9\u5355\u4f4d\u91cc\u53e6\u4e00\u4f4d\u8d1f\u8d23\u4eba\uff0c\u6216\u5bc6\u5c01\u4fdd\u5b58\u3002", None))
        self.errorLabel.setText("")
        self.doneInfo.setText("")
        self.fingerprintCaption.setText(QCoreApplication.translate("KeyDialog", u"\u5bc6\u94a5\u6307\u7eb9\uff08\u4f9d\u6cd5\u6cbb\u5e02\u529e\u6838\u5bf9\u7528\uff09\uff1a", None))
        self.fingerprintLabel.setText("")
        self.nextSteps.setText(QCoreApplication.translate("KeyDialog", u"\u63a5\u4e0b\u6765\uff1a\n"
"1. \u70b9\u201c\u516c\u94a5\u767b\u8bb0\u8868\u2026\u201d\uff0c\u6253\u5370\u540e\u76d6\u7ae0\uff0c\u4ea4\u4f9d\u6cd5\u6cbb\u5e02\u529e\u767b\u8bb0\uff1b\n"
"2. \u70b9\u201c\u4fdd\u5b58\u5907\u4efd\u2026\u201d\uff0c\u628a\u52a0\u5bc6\u7684\u5bc6\u94a5\u5907\u4efd\u5230U\u76d8\u5e76\u59a5\u5584\u4fdd\u7ba1\uff08\u6362\u7535\u8111\u65f6\u7528\u5b83\u6062\u590d\uff09\u3002", None))
        self.formButton.setText(QCoreApplication.translate("KeyDialog", u"\u516c\u94a5\u767b\u8bb0\u8868\u2026", None))
        self.backupButton.setText(QCoreApplication.translate("KeyDialog", u"\u4fdd\u5b58\u5907\u4efd\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("KeyDialog", u"\u590d\u5236\u767b\u8bb0\u884c", None))
        self.doneStatus.setText("")
    # retranslateUi

