# Generated from forms/print_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.resize(720, 640)
        self.layout = QVBoxLayout(PrintDialog)
        self.layout.setObjectName(u"layout")
        self.coversBox = QGroupBox(PrintDialog)
        self.coversBox.setObjectName(u"coversBox")
        self.coversLayout = QVBoxLayout(self.coversBox)
        self.coversLayout.setObjectName(u"coversLayout")
        self.currentRadio = QRadioButton(self.coversBox)
        self.currentRadio.setObjectName(u"currentRadio")

        self.coversLayout.addWidget(self.currentRadio)

        self.mineRadio = QRadioButton(self.coversBox)
        self.mineRadio.setObjectName(u"mineRadio")
        self.mineRadio.setChecked(True)

        self.coversLayout.addWidget(self.mineRadio)

        self.selectedRadio = QRadioButton(self.coversBox)
        self.selectedRadio.setObjectName(u"selectedRadio")

        self.coversLayout.addWidget(self.selectedRadio)

        self.selectLayout = QHBoxLayout()
        self.selectLayout.setObjectName(u"selectLayout")
        self.indicatorList = QListWidget(self.coversBox)
        self.indicatorList.setObjectName(u"indicatorList")
        self.indicatorList.setUniformItemSizes(True)

        self.selectLayout.addWidget(self.indicatorList)

        self.selectButtons = QVBoxLayout()
        self.selectButtons.setObjectName(u"selectButtons")
        self.checkAllButton = QPushButton(self.coversBox)
        self.checkAllButton.setObjectName(u"checkAllButton")

        self.selectButtons.addWidget(self.checkAllButton)

        self.checkNoneButton = QPushButton(self.coversBox)
        self.checkNoneButton.setObjectName(u"checkNoneButton")

        self.selectButtons.addWidget(self.checkNoneButton)

        self.selectSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.selectButtons.addItem(self.selectSpacer)


        self.selectLayout.addLayout(self.selectButtons)


        self.coversLayout.addLayout(self.selectLayout)

        self.coverButtons = QHBoxLayout()
        self.coverButtons.setObjectName(u"coverButtons")
        self.coverCountLabel = QLabel(self.coversBox)
        self.coverCountLabel.setObjectName(u"coverCountLabel")

        self.coverButtons.addWidget(self.coverCountLabel)

        self.coverSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coverButtons.addItem(self.coverSpacer)

        self.coverPdfButton = QPushButton(self.coversBox)
        self.coverPdfButton.setObjectName(u"coverPdfButton")

        self.coverButtons.addWidget(self.coverPdfButton)

        self.printCoversButton = QPushButton(self.coversBox)
        self.printCoversButton.setObjectName(u"printCoversButton")

        self.coverButtons.addWidget(self.printCoversButton)


        self.coversLayout.addLayout(self.coverButtons)


        self.layout.addWidget(self.coversBox)

        self.filesBox = QGroupBox(PrintDialog)
        self.filesBox.setObjectName(u"filesBox")
        self.filesLayout = QGridLayout(self.filesBox)
        self.filesLayout.setObjectName(u"filesLayout")
        self.binderButton = QPushButton(self.filesBox)
        self.binderButton.setObjectName(u"binderButton")

        self.filesLayout.addWidget(self.binderButton, 0, 0, 1, 1)

        self.binderHint = QLabel(self.filesBox)
        self.binderHint.setObjectName(u"binderHint")
        self.binderHint.setWordWrap(True)

        self.filesLayout.addWidget(self.binderHint, 0, 1, 1, 2)

        self.indicatorPdfsButton = QPushButton(self.filesBox)
        self.indicatorPdfsButton.setObjectName(u"indicatorPdfsButton")

        self.filesLayout.addWidget(self.indicatorPdfsButton, 1, 0, 1, 1)

        self.indicatorPdfsHint = QLabel(self.filesBox)
        self.indicatorPdfsHint.setObjectName(u"indicatorPdfsHint")
        self.indicatorPdfsHint.setWordWrap(True)

        self.filesLayout.addWidget(self.indicatorPdfsHint, 1, 1, 1, 2)

        self.contentsButton = QPushButton(self.filesBox)
        self.contentsButton.setObjectName(u"contentsButton")

        self.filesLayout.addWidget(self.contentsButton, 2, 0, 1, 1)

        self.contentsHint = QLabel(self.filesBox)
        self.contentsHint.setObjectName(u"contentsHint")
        self.contentsHint.setWordWrap(True)

        self.filesLayout.addWidget(self.contentsHint, 2, 1, 1, 2)

        self.spineButton = QPushButton(self.filesBox)
        self.spineButton.setObjectName(u"spineButton")

        self.filesLayout.addWidget(self.spineButton, 3, 0, 1, 1)

        self.spineHint = QLabel(self.filesBox)
        self.spineHint.setObjectName(u"spineHint")
        self.spineHint.setWordWrap(True)

        self.filesLayout.addWidget(self.spineHint, 3, 1, 1, 1)

        self.volumesSpin = QSpinBox(self.filesBox)
        self.volumesSpin.setObjectName(u"volumesSpin")
        self.volumesSpin.setMinimum(1)
        self.volumesSpin.setMaximum(20)
        self.volumesSpin.setValue(1)

        self.filesLayout.addWidget(self.volumesSpin, 3, 2, 1, 1)

        self.letterButton = QPushButton(self.filesBox)
        self.letterButton.setObjectName(u"letterButton")

        self.filesLayout.addWidget(self.letterButton, 4, 0, 1, 1)

        self.letterHint = QLabel(self.filesBox)
        self.letterHint.setObjectName(u"letterHint")
        self.letterHint.setWordWrap(True)

        self.filesLayout.addWidget(self.letterHint, 4, 1, 1, 2)

        self.listButton = QPushButton(self.filesBox)
        self.listButton.setObjectName(u"listButton")

        self.filesLayout.addWidget(self.listButton, 5, 0, 1, 1)

        self.listHint = QLabel(self.filesBox)
        self.listHint.setObjectName(u"listHint")
        self.listHint.setWordWrap(True)

        self.filesLayout.addWidget(self.listHint, 5, 1, 1, 2)


        self.layout.addWidget(self.filesBox)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderCaption = QLabel(PrintDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.folderLayout.addWidget(self.folderCaption)

        self.folderLabel = QLabel(PrintDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderLabel.sizePolicy().hasHeightForWidth())
        self.folderLabel.setSizePolicy(sizePolicy)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folderLayout.addWidget(self.folderLabel)

        self.changeFolderButton = QPushButton(PrintDialog)
        self.changeFolderButton.setObjectName(u"changeFolderButton")

        self.folderLayout.addWidget(self.changeFolderButton)

        self.openFolderButton = QPushButton(PrintDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.folderLayout.addWidget(self.openFolderButton)


        self.layout.addLayout(self.folderLayout)

        self.statusLabel = QLabel(PrintDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(PrintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(PrintDialog)

        QMetaObject.connectSlotsByName(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        PrintDialog.setWindowTitle(QCoreApplication.translate("PrintDialog", u"\u6253\u5370", None))
        self.coversBox.setTitle(QCoreApplication.translate("PrintDialog", u"\u5c01\u9762\uff08\u653e\u5728\u6bcf\u4efd\u7eb8\u8d28\u6750\u6599\u524d\uff09", None))
        self.currentRadio.setText(QCoreApplication.translate("PrintDialog", u"\u5f53\u524d\u6307\u6807", None))
        self.mineRadio.setText(QCoreApplication.translate("PrintDialog", u"\u672c\u5355\u4f4d\u5168\u90e8\u6307\u6807", None))
        self.selectedRadio.setText(QCoreApplication.translate("PrintDialog", u"\u9009\u5b9a\u7684\u6307\u6807\uff1a", None))
        self.checkAllButton.setText(QCoreApplication.translate("PrintDialog", u"\u5168\u9009", None))
        self.checkNoneButton.setText(QCoreApplication.translate("PrintDialog", u"\u5168\u4e0d\u9009", None))
        self.coverCountLabel.setText("")
        self.coverPdfButton.setText(QCoreApplication.translate("PrintDialog", u"\u751f\u6210 PDF \u5e76\u6253\u5f00", None))
        self.printCoversButton.setText(QCoreApplication.translate("PrintDialog", u"\u6253\u5370\u5c01\u9762\u2026", None))
        self.filesBox.setTitle(QCoreApplication.translate("PrintDialog", u"\u88c5\u8ba2\u548c\u62a5\u9001\u7528\u7684\u6587\u4ef6\uff08\u751f\u6210\u540e\u7528\u7cfb\u7edf\u7a0b\u5e8f\u6253\u5f00\uff09", None))
        self.binderButton.setText(QCoreApplication.translate("PrintDialog", u"\u88c5\u8ba2\u672c PDF", None))
        self.binderHint.setText(QCoreApplication.translate("PrintDialog", u"\u5c01\u9762\u3001\u76ee\u5f55\u548c\u5168\u90e8\u5370\u8bc1\u8d44\u6599\u5408\u6210\u4e00\u4e2a PDF\uff0c\u6309\u9875\u7801\u88c5\u8ba2", None))
        self.indicatorPdfsButton.setText(QCoreApplication.translate("PrintDialog", u"\u5206\u6307\u6807 PDF", None))
        self.indicatorPdfsHint.setText(QCoreApplication.translate("PrintDialog", u"\u6bcf\u9879\u6307\u6807\u4e00\u4e2a PDF\uff08\u7b2c55\u9879.pdf \u2026\uff09\uff0c\u653e\u5728\u4e00\u4e2a\u6587\u4ef6\u5939\u4e2d", None))
        self.contentsButton.setText(QCoreApplication.translate("PrintDialog", u"\u76ee\u5f55 PDF", None))
        self.contentsHint.setText(QCoreApplication.translate("PrintDialog", u"\u88c5\u8ba2\u672c\u7684\u76ee\u5f55\uff0c\u5355\u72ec\u6253\u5370", None))
        self.spineButton.setText(QCoreApplication.translate("PrintDialog", u"\u810a\u80cc\u6807\u7b7e PDF", None))
        self.spineHint.setText(QCoreApplication.translate("PrintDialog", u"\u8d34\u5728\u6863\u6848\u76d2\u810a\u80cc\u4e0a\u7684\u6807\u7b7e\uff0c\u76d2\u6570\uff1a", None))
        self.letterButton.setText(QCoreApplication.translate("PrintDialog", u"\u62a5\u9001\u51fd\uff08Word\uff09", None))
        self.letterHint.setText(QCoreApplication.translate("PrintDialog", u"\u53ef\u4ee5\u4fee\u6539\u540e\u76d6\u7ae0\u7684\u62a5\u9001\u51fd", None))
        self.listButton.setText(QCoreApplication.translate("PrintDialog", u"\u5370\u8bc1\u8d44\u6599\u6e05\u5355\uff08Excel\uff09", None))
        self.listHint.setText(QCoreApplication.translate("PrintDialog", u"\u6240\u6709\u6587\u4ef6\u7684\u6e05\u5355\uff1a\u6307\u6807\u3001\u6761\u76ee\u3001\u6587\u4ef6\u540d\u3001\u9875\u6570\u3001\u65e5\u671f", None))
        self.folderCaption.setText(QCoreApplication.translate("PrintDialog", u"\u4fdd\u5b58\u5230\uff1a", None))
        self.folderLabel.setText("")
        self.changeFolderButton.setText(QCoreApplication.translate("PrintDialog", u"\u66f4\u6539\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("PrintDialog", u"\u6253\u5f00\u6587\u4ef6\u5939", None))
        self.statusLabel.setText("")
    # retranslateUi

