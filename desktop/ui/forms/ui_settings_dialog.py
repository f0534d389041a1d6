# Generated from forms/settings_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 400)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.languageCaption = QLabel(self.generalTab)
        self.languageCaption.setObjectName(u"languageCaption")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(self.generalTab)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageHint)

        self.deadlineCaption = QLabel(self.generalTab)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineCheck = QCheckBox(self.generalTab)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineCheck)

        self.deadlineEdit = QDateTimeEdit(self.generalTab)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setEnabled(False)
        self.deadlineEdit.setCalendarPopup(True)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.catalogDeadlineLabel = QLabel(self.generalTab)
        self.catalogDeadlineLabel.setObjectName(u"catalogDeadlineLabel")
        self.catalogDeadlineLabel.setWordWrap(True)

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.catalogDeadlineLabel)

        self.tabs.addTab(self.generalTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileForm = QFormLayout(self.profileTab)
        self.profileForm.setObjectName(u"profileForm")
        self.catalogCaption = QLabel(self.profileTab)
        self.catalogCaption.setObjectName(u"catalogCaption")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.catalogCaption)

        self.catalogValue = QLabel(self.profileTab)
        self.catalogValue.setObjectName(u"catalogValue")
        self.catalogValue.setWordWrap(True)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.catalogValue)

        self.unitCaption = QLabel(self.profileTab)
        self.unitCaption.setObjectName(u"unitCaption")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.profileTab)
        self.unitValue.setObjectName(u"unitValue")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.groupsCaption = QLabel(self.profileTab)
        self.groupsCaption.setObjectName(u"groupsCaption")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupsCaption)

        self.groupsValue = QLabel(self.profileTab)
        self.groupsValue.setObjectName(u"groupsValue")
        self.groupsValue.setWordWrap(True)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupsValue)

        self.changeUnitButton = QPushButton(self.profileTab)
        self.changeUnitButton.setObjectName(u"changeUnitButton")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.changeUnitButton)

        self.staffCaption = QLabel(self.profileTab)
        self.staffCaption.setObjectName(u"staffCaption")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.staffCaption)

        self.staffEdit = QLineEdit(self.profileTab)
        self.staffEdit.setObjectName(u"staffEdit")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.staffEdit)

        self.contactCaption = QLabel(self.profileTab)
        self.contactCaption.setObjectName(u"contactCaption")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactEdit = QLineEdit(self.profileTab)
        self.contactEdit.setObjectName(u"contactEdit")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneCaption = QLabel(self.profileTab)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(self.profileTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneErrorLabel = QLabel(self.profileTab)
        self.phoneErrorLabel.setObjectName(u"phoneErrorLabel")
        self.phoneErrorLabel.setWordWrap(True)

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneErrorLabel)

        self.tabs.addTab(self.profileTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageCaption.setBuddy(self.languageCombo)
        self.staffCaption.setBuddy(self.staffEdit)
        self.contactCaption.setBuddy(self.contactEdit)
        self.phoneCaption.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00\uff1a", None))
        self.languageHint.setText(QCoreApplication.translate("SettingsDialog", u"\u66f4\u6539\u8bed\u8a00\u540e\uff0c\u91cd\u65b0\u542f\u52a8\u7a0b\u5e8f\u751f\u6548\u3002", None))
        self.deadlineCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u62a5\u9001\u622a\u6b62\u65f6\u95f4\uff1a", None))
        self.deadlineCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u4f7f\u7528\u4f9d\u6cd5\u6cbb\u5e02\u529e\u53e6\u884c\u901a\u77e5\u7684\u622a\u6b62\u65f6\u95f4", None))
        self.catalogDeadlineLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"\u5e38\u89c4", None))
        self.catalogCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u6307\u6807\u76ee\u5f55\uff1a", None))
        self.catalogValue.setText("")
        self.unitCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\uff1a", None))
        self.unitValue.setText("")
        self.groupsCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u6240\u5c5e\u7c7b\u522b\uff1a", None))
        self.groupsValue.setText("")
        self.changeUnitButton.setText(QCoreApplication.translate("SettingsDialog", u"\u91cd\u65b0\u9009\u62e9\u76ee\u5f55\u548c\u5355\u4f4d\u2026", None))
        self.staffCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u586b\u62a5\u4eba\uff1a", None))
        self.contactCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u4eba\uff1a", None))
        self.phoneCaption.setText(QCoreApplication.translate("SettingsDialog", u"\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.phoneErrorLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("SettingsDialog", u"\u5355\u4f4d\u4fe1\u606f", None))
    # retranslateUi

