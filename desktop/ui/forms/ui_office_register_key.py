# Generated from forms/office_register_key.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_register_key.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RegisterKeyDialog(object):
    def setupUi(self, RegisterKeyDialog):
        if not RegisterKeyDialog.objectName():
            RegisterKeyDialog.setObjectName(u"RegisterKeyDialog")
        RegisterKeyDialog.resize(620, 380)
        self.dialogLayout = QVBoxLayout(RegisterKeyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RegisterKeyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitCaption = QLabel(RegisterKeyDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(RegisterKeyDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.keyCaption = QLabel(RegisterKeyDialog)
        self.keyCaption.setObjectName(u"keyCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyCaption)

        self.keyEdit = QPlainTextEdit(RegisterKeyDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyEdit)

        self.fingerprintCaption = QLabel(RegisterKeyDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintLabel = QLabel(RegisterKeyDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintLabel)

        self.confirmCaption = QLabel(RegisterKeyDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(RegisterKeyDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.matchLabel = QLabel(RegisterKeyDialog)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.matchLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(RegisterKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RegisterKeyDialog)

        QMetaObject.connectSlotsByName(RegisterKeyDialog)
    # setupUi

    def retranslateUi(self, RegisterKeyDialog):
        RegisterKeyDialog.setWindowTitle(QCoreApplication.translate("RegisterKeyDialog", u"\u767b\u8bb0\u5355\u4f4d\u516c\u94a5", None))
        self.introLabel.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u53ea\u6709\u767b\u8bb0\u8fc7\u516c\u94a5\u7684\u5355\u4f4d\u53d1\u6765\u7684\u8d44\u6599\u5305\u624d\u4f1a\u63a5\u6536\u3002\u8bf7\u5bf9\u7167\u5355\u4f4d\u76d6\u7ae0\u7684\u516c\u94a5\u767b\u8bb0\u8868\uff0c\u9010\u5b57\u6838\u5bf9\u6307\u7eb9\u540e\u767b\u8bb0\u3002", None))
        self.unitCaption.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u5355\u4f4d\uff1a", None))
        self.keyCaption.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u516c\u94a5\uff1a", None))
        self.keyEdit.setPlaceholderText(QCoreApplication.translate("RegisterKeyDialog", u"\u7c98\u8d34\u767b\u8bb0\u8868\u4e0a\u7684\u516c\u94a5\uff08\u4ee5 ssh-ed25519 \u5f00\u5934\u7684\u4e00\u884c\uff09\uff0c\u6216\u626b\u63cf\u4e8c\u7ef4\u7801\u5f97\u5230\u7684\u4e00\u884c", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u8fd9\u628a\u516c\u94a5\u7684\u6307\u7eb9\uff1a", None))
        self.fingerprintLabel.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u2014", None))
        self.confirmCaption.setText(QCoreApplication.translate("RegisterKeyDialog", u"\u767b\u8bb0\u8868\u4e0a\u7684\u6307\u7eb9\uff1a", None))
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("RegisterKeyDialog", u"\u7167\u767b\u8bb0\u8868\u9010\u5b57\u8f93\u5165\uff08\u6216\u7535\u8bdd\u6838\u5bf9\u540e\u8f93\u5165\uff09\uff0c\u5982 SHA256:\u2026", None))
        self.matchLabel.setText("")
    # retranslateUi

