# Generated from forms/export_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(680, 640)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(ExportDialog)
        self.pages.setObjectName(u"pages")
        self.settingsPage = QWidget()
        self.settingsPage.setObjectName(u"settingsPage")
        self.settingsLayout = QVBoxLayout(self.settingsPage)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeBox = QGroupBox(self.settingsPage)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QVBoxLayout(self.scopeBox)
        self.scopeLayout.setSpacing(4)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.allRadio = QRadioButton(self.scopeBox)
        self.allRadio.setObjectName(u"allRadio")
        self.allRadio.setChecked(True)

        self.scopeLayout.addWidget(self.allRadio)

        self.completedRadio = QRadioButton(self.scopeBox)
        self.completedRadio.setObjectName(u"completedRadio")

        self.scopeLayout.addWidget(self.completedRadio)

        self.selectedRadio = QRadioButton(self.scopeBox)
        self.selectedRadio.setObjectName(u"selectedRadio")

        self.scopeLayout.addWidget(self.selectedRadio)

        self.changesRadio = QRadioButton(self.scopeBox)
        self.changesRadio.setObjectName(u"changesRadio")

        self.scopeLayout.addWidget(self.changesRadio)

        self.lastLabel = QLabel(self.scopeBox)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)

        self.scopeLayout.addWidget(self.lastLabel)

        self.coversCheck = QCheckBox(self.scopeBox)
        self.coversCheck.setObjectName(u"coversCheck")
        self.coversCheck.setChecked(True)

        self.scopeLayout.addWidget(self.coversCheck)


        self.settingsLayout.addWidget(self.scopeBox)

        self.partsBox = QGroupBox(self.settingsPage)
        self.partsBox.setObjectName(u"partsBox")
        self.partsLayout = QHBoxLayout(self.partsBox)
        self.partsLayout.setObjectName(u"partsLayout")
        self.presetCombo = QComboBox(self.partsBox)
        self.presetCombo.setObjectName(u"presetCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.presetCombo.sizePolicy().hasHeightForWidth())
        self.presetCombo.setSizePolicy(sizePolicy)

        self.partsLayout.addWidget(self.presetCombo)

        self.partSpin = QSpinBox(self.partsBox)
        self.partSpin.setObjectName(u"partSpin")
        self.partSpin.setMinimum(1)
        self.partSpin.setMaximum(4000)
        self.partSpin.setValue(20)

        self.partsLayout.addWidget(self.partSpin)


        self.settingsLayout.addWidget(self.partsBox)

        self.destBox = QGroupBox(self.settingsPage)
        self.destBox.setObjectName(u"destBox")
        self.destLayout = QGridLayout(self.destBox)
        self.destLayout.setObjectName(u"destLayout")
        self.folderRadio = QRadioButton(self.destBox)
        self.folderRadio.setObjectName(u"folderRadio")
        self.folderRadio.setChecked(True)

        self.destLayout.addWidget(self.folderRadio, 0, 0, 1, 1)

        self.folderEdit = QLineEdit(self.destBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.destLayout.addWidget(self.folderEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(self.destBox)
        self.browseButton.setObjectName(u"browseButton")

        self.destLayout.addWidget(self.browseButton, 0, 2, 1, 1)

        self.driveRadio = QRadioButton(self.destBox)
        self.driveRadio.setObjectName(u"driveRadio")

        self.destLayout.addWidget(self.driveRadio, 1, 0, 1, 1)

        self.driveCombo = QComboBox(self.destBox)
        self.driveCombo.setObjectName(u"driveCombo")

        self.destLayout.addWidget(self.driveCombo, 1, 1, 1, 1)

        self.refreshButton = QPushButton(self.destBox)
        self.refreshButton.setObjectName(u"refreshButton")

        self.destLayout.addWidget(self.refreshButton, 1, 2, 1, 1)


        self.settingsLayout.addWidget(self.destBox)

        self.signBox = QGroupBox(self.settingsPage)
        self.signBox.setObjectName(u"signBox")
        self.signLayout = QGridLayout(self.signBox)
        self.signLayout.setObjectName(u"signLayout")
        self.keyLabel = QLabel(self.signBox)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setWordWrap(True)

        self.signLayout.addWidget(self.keyLabel, 0, 0, 1, 2)

        self.keyButton = QPushButton(self.signBox)
        self.keyButton.setObjectName(u"keyButton")

        self.signLayout.addWidget(self.keyButton, 0, 2, 1, 1)

        self.passCaption = QLabel(self.signBox)
        self.passCaption.setObjectName(u"passCaption")

        self.signLayout.addWidget(self.passCaption, 1, 0, 1, 1)

        self.passEdit = QLineEdit(self.signBox)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.signLayout.addWidget(self.passEdit, 1, 1, 1, 2)


        self.settingsLayout.addWidget(self.signBox)

        self.errorLabel = QLabel(self.settingsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.errorLabel)

        self.settingsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.pages.addWidget(self.settingsPage)
        self.checkPage = QWidget()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkLayout.setContentsMargins(0, 0, 0, 0)
        self.checkSummary = QLabel(self.checkPage)
        self.checkSummary.setObjectName(u"checkSummary")
        self.checkSummary.setWordWrap(True)

        self.checkLayout.addWidget(self.checkSummary)

        self.findingsTree = QTreeWidget(self.checkPage)
        self.findingsTree.setObjectName(u"findingsTree")
        self.findingsTree.setRootIsDecorated(False)
        self.findingsTree.setUniformRowHeights(False)
        self.findingsTree.setWordWrap(True)
        self.findingsTree.setAlternatingRowColors(True)

        self.checkLayout.addWidget(self.findingsTree)

        self.checkHint = QLabel(self.checkPage)
        self.checkHint.setObjectName(u"checkHint")
        self.checkHint.setWordWrap(True)

        self.checkLayout.addWidget(self.checkHint)

        self.pages.addWidget(self.checkPage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(0, 0, 0, 0)
        self.progressTop = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressTop)

        self.stageLabel = QLabel(self.progressPage)
        self.stageLabel.setObjectName(u"stageLabel")
        self.stageLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.stageLabel)

        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.detailLabel = QLabel(self.progressPage)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.detailLabel)

        self.progressBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressBottom)

        self.pages.addWidget(self.progressPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 0, 0, 0)
        self.resultLabel = QLabel(self.resultPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.resultLabel)

        self.partsTree = QTreeWidget(self.resultPage)
        self.partsTree.setObjectName(u"partsTree")
        self.partsTree.setRootIsDecorated(False)
        self.partsTree.setUniformRowHeights(True)
        self.partsTree.setAlternatingRowColors(True)

        self.resultLayout.addWidget(self.partsTree)

        self.fingerprintLabel = QLabel(self.resultPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setWordWrap(True)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.fingerprintLabel)

        self.sendLabel = QLabel(self.resultPage)
        self.sendLabel.setObjectName(u"sendLabel")
        self.sendLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.sendLabel)

        self.warningsLabel = QLabel(self.resultPage)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.warningsLabel)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.openFolderButton = QPushButton(self.resultPage)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.resultButtons.addWidget(self.openFolderButton)

        self.resultSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultSpacer)


        self.resultLayout.addLayout(self.resultButtons)

        self.pages.addWidget(self.resultPage)

        self.layout.addWidget(self.pages)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.backButton = QPushButton(ExportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonsLayout.addWidget(self.backButton)

        self.nextButton = QPushButton(ExportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonsLayout.addWidget(self.nextButton)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u5bfc\u51fa\u62a5\u9001\u5305", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ExportDialog", u"\u62a5\u9001\u54ea\u4e9b\u8d44\u6599", None))
        self.allRadio.setText(QCoreApplication.translate("ExportDialog", u"\u672c\u5355\u4f4d\u5168\u90e8\u8d44\u6599", None))
        self.completedRadio.setText(QCoreApplication.translate("ExportDialog", u"\u53ea\u542b\u5df2\u5b8c\u6210\u7684\u6307\u6807", None))
        self.selectedRadio.setText(QCoreApplication.translate("ExportDialog", u"\u5217\u8868\u4e2d\u663e\u793a\u7684\u6307\u6807", None))
        self.changesRadio.setText(QCoreApplication.translate("ExportDialog", u"\u81ea\u4e0a\u6b21\u62a5\u9001\u4ee5\u6765\u7684\u53d8\u5316\uff08\u8865\u5145\u62a5\u9001\uff09", None))
        self.lastLabel.setText("")
        self.coversCheck.setText(QCoreApplication.translate("ExportDialog", u"\u9644\u4e0a\u5c01\u9762\uff08\u4f9d\u6cd5\u6cbb\u5e02\u529e\u6253\u5370\u88c5\u8ba2\u65f6\u7528\uff09", None))
        self.partsBox.setTitle(QCoreApplication.translate("ExportDialog", u"\u5206\u5377\uff08\u6bcf\u4e2a\u6587\u4ef6\u7684\u5927\u5c0f\u4e0a\u9650\uff09", None))
        self.partSpin.setSuffix(QCoreApplication.translate("ExportDialog", u" MB", None))
        self.destBox.setTitle(QCoreApplication.translate("ExportDialog", u"\u4fdd\u5b58\u5230", None))
        self.folderRadio.setText(QCoreApplication.translate("ExportDialog", u"\u6587\u4ef6\u5939\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u6d4f\u89c8\u2026", None))
        self.driveRadio.setText(QCoreApplication.translate("ExportDialog", u"U \u76d8\uff1a", None))
        self.refreshButton.setText(QCoreApplication.translate("ExportDialog", u"\u5237\u65b0", None))
        self.signBox.setTitle(QCoreApplication.translate("ExportDialog", u"\u7b7e\u540d", None))
        self.keyLabel.setText("")
        self.keyButton.setText(QCoreApplication.translate("ExportDialog", u"\u751f\u6210\u7b7e\u540d\u5bc6\u94a5\u2026", None))
        self.passCaption.setText(QCoreApplication.translate("ExportDialog", u"\u5bc6\u94a5\u53e3\u4ee4\uff1a", None))
        self.passEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"\u751f\u6210\u5bc6\u94a5\u65f6\u8bbe\u5b9a\u7684\u53e3\u4ee4", None))
        self.errorLabel.setText("")
        self.checkSummary.setText("")
        self.checkHint.setText(QCoreApplication.translate("ExportDialog", u"\u53ef\u4ee5\u8fd4\u56de\u53bb\u8865\u9f50\u6750\u6599\uff0c\u4e5f\u53ef\u4ee5\u5148\u62a5\u9001\u73b0\u6709\u7684\u8d44\u6599\uff0c\u4ee5\u540e\u518d\u8865\u5145\u62a5\u9001\u3002", None))
        self.stageLabel.setText(QCoreApplication.translate("ExportDialog", u"\u6b63\u5728\u51c6\u5907\u2026", None))
        self.detailLabel.setText("")
        self.resultLabel.setText("")
        self.fingerprintLabel.setText("")
        self.sendLabel.setText("")
        self.warningsLabel.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("ExportDialog", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939", None))
        self.backButton.setText(QCoreApplication.translate("ExportDialog", u"\u8fd4\u56de", None))
        self.nextButton.setText(QCoreApplication.translate("ExportDialog", u"\u4e0b\u4e00\u6b65", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"\u53d6\u6d88", None))
    # retranslateUi

