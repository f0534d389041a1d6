# Generated from forms/feedback_fingerprint.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_fingerprint.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FingerprintDialog(object):
    def setupUi(self, FingerprintDialog):
        if not FingerprintDialog.objectName():
            FingerprintDialog.setObjectName(u"FingerprintDialog")
        FingerprintDialog.resize(640, 360)
        self.dialogLayout = QVBoxLayout(FingerprintDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FingerprintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileCaption = QLabel(FingerprintDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(FingerprintDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.officeCaption = QLabel(FingerprintDialog)
        self.officeCaption.setObjectName(u"officeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeCaption)

        self.officeLabel = QLabel(FingerprintDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeLabel)

        self.fingerprintCaption = QLabel(FingerprintDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintLabel = QLabel(FingerprintDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setText(u"\u2014")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintLabel)

        self.confirmCaption = QLabel(FingerprintDialog)
        self.confirmCaption.setObjectName(u"confirmCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmCaption)

        self.confirmEdit = QLineEdit(FingerprintDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.comparedCheck = QCheckBox(FingerprintDialog)
        self.comparedCheck.setObjectName(u"comparedCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.comparedCheck)

        self.matchLabel = QLabel(FingerprintDialog)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.matchLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(FingerprintDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.bottomSpacer = QSpacerItem(1, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FingerprintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.confirmCaption.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FingerprintDialog)

        QMetaObject.connectSlotsByName(FingerprintDialog)
    # setupUi

    def retranslateUi(self, FingerprintDialog):
        FingerprintDialog.setWindowTitle(QCoreApplication.translate("FingerprintDialog", u"\u786e\u8ba4\u4f9d\u6cd5\u6cbb\u5e02\u529e\u7684\u516c\u94a5", None))
        self.introLabel.setText("")
        self.fileCaption.setText(QCoreApplication.translate("FingerprintDialog", u"\u5ba1\u6838\u610f\u89c1\u6587\u4ef6\uff1a", None))
        self.fileLabel.setText("")
        self.officeCaption.setText(QCoreApplication.translate("FingerprintDialog", u"\u6587\u4ef6\u4e2d\u5199\u7684\u7b7e\u53d1\u5355\u4f4d\uff1a", None))
        self.officeLabel.setText("")
        self.fingerprintCaption.setText(QCoreApplication.translate("FingerprintDialog", u"\u7b7e\u540d\u5bc6\u94a5\u7684\u6307\u7eb9\uff1a", None))
        self.confirmCaption.setText(QCoreApplication.translate("FingerprintDialog", u"\u4f9d\u6cd5\u6cbb\u5e02\u529e\u63d0\u4f9b\u7684\u6307\u7eb9\uff1a", None))
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("FingerprintDialog", u"\u7167\u901a\u77e5\u6216\u7535\u8bdd\u4e2d\u7ed9\u51fa\u7684\u6307\u7eb9\u9010\u5b57\u8f93\u5165\uff0c\u5982 SHA256:\u2026", None))
        self.comparedCheck.setText(QCoreApplication.translate("FingerprintDialog", u"\u4e0d\u8f93\u5165\uff0c\u6211\u5df2\u9010\u5b57\u6838\u5bf9\u8fc7\uff1a\u4e0e\u4f9d\u6cd5\u6cbb\u5e02\u529e\u63d0\u4f9b\u7684\u6307\u7eb9\u5b8c\u5168\u4e00\u81f4", None))
        self.matchLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("FingerprintDialog", u"\u786e\u8ba4\u540e\uff0c\u672c\u5de5\u4f5c\u533a\u4ece\u6b64\u4fe1\u4efb\u8fd9\u628a\u516c\u94a5\uff1a\u4ee5\u540e\u7684\u5ba1\u6838\u610f\u89c1\u53ea\u6709\u5b83\u7b7e\u540d\u7684\u624d\u4f1a\u5bfc\u5165\u3002", None))
    # retranslateUi

