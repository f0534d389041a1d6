# Generated from forms/office_cell_panel.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_cell_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDoubleSpinBox, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

from desktop.ui.pdf_preview import PdfPreview

class Ui_CellPanel(object):
    def setupUi(self, CellPanel):
        if not CellPanel.objectName():
            CellPanel.setObjectName(u"CellPanel")
        CellPanel.resize(560, 700)
        self.panelLayout = QVBoxLayout(CellPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 0, 0, 0)
        self.titleLabel = QLabel(CellPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.titleLabel)

        self.indicatorLabel = QLabel(CellPanel)
        self.indicatorLabel.setObjectName(u"indicatorLabel")
        self.indicatorLabel.setWordWrap(True)
        self.indicatorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.indicatorLabel)

        self.panelSplitter = QSplitter(CellPanel)
        self.panelSplitter.setObjectName(u"panelSplitter")
        self.panelSplitter.setOrientation(Qt.Orientation.Vertical)
        self.panelSplitter.setChildrenCollapsible(False)
        self.evidenceWidget = QWidget(self.panelSplitter)
        self.evidenceWidget.setObjectName(u"evidenceWidget")
        self.evidenceLayout = QVBoxLayout(self.evidenceWidget)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsTree = QTreeWidget(self.evidenceWidget)
        self.itemsTree.setObjectName(u"itemsTree")
        self.itemsTree.setAlternatingRowColors(True)
        self.itemsTree.setRootIsDecorated(True)
        self.itemsTree.setUniformRowHeights(True)

        self.evidenceLayout.addWidget(self.itemsTree)

        self.statementView = QTextBrowser(self.evidenceWidget)
        self.statementView.setObjectName(u"statementView")
        self.statementView.setMaximumSize(QSize(16777215, 96))
        self.statementView.setOpenExternalLinks(False)

        self.evidenceLayout.addWidget(self.statementView)

        self.panelSplitter.addWidget(self.evidenceWidget)
        self.preview = PdfPreview(self.panelSplitter)
        self.preview.setObjectName(u"preview")
        self.panelSplitter.addWidget(self.preview)

        self.panelLayout.addWidget(self.panelSplitter)

        self.reviewBox = QGroupBox(CellPanel)
        self.reviewBox.setObjectName(u"reviewBox")
        self.reviewLayout = QGridLayout(self.reviewBox)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.passRadio = QRadioButton(self.reviewBox)
        self.passRadio.setObjectName(u"passRadio")

        self.reviewLayout.addWidget(self.passRadio, 0, 0, 1, 1)

        self.reviseRadio = QRadioButton(self.reviewBox)
        self.reviseRadio.setObjectName(u"reviseRadio")

        self.reviewLayout.addWidget(self.reviseRadio, 0, 1, 1, 1)

        self.scoreCheck = QCheckBox(self.reviewBox)
        self.scoreCheck.setObjectName(u"scoreCheck")

        self.reviewLayout.addWidget(self.scoreCheck, 0, 2, 1, 1)

        self.scoreSpin = QDoubleSpinBox(self.reviewBox)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setDecimals(1)
        self.scoreSpin.setMaximum(1000.000000000000000)
        self.scoreSpin.setSingleStep(0.500000000000000)

        self.reviewLayout.addWidget(self.scoreSpin, 0, 3, 1, 1)

        self.reviewSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewLayout.addItem(self.reviewSpacer, 0, 4, 1, 1)

        self.saveReviewButton = QPushButton(self.reviewBox)
        self.saveReviewButton.setObjectName(u"saveReviewButton")

        self.reviewLayout.addWidget(self.saveReviewButton, 0, 5, 1, 1)

        self.commentEdit = QPlainTextEdit(self.reviewBox)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaximumSize(QSize(16777215, 64))

        self.reviewLayout.addWidget(self.commentEdit, 1, 0, 1, 6)

        self.reviewInfoLabel = QLabel(self.reviewBox)
        self.reviewInfoLabel.setObjectName(u"reviewInfoLabel")
        self.reviewInfoLabel.setWordWrap(True)

        self.reviewLayout.addWidget(self.reviewInfoLabel, 2, 0, 1, 6)


        self.panelLayout.addWidget(self.reviewBox)


        self.retranslateUi(CellPanel)

        QMetaObject.connectSlotsByName(CellPanel)
    # setupUi

    def retranslateUi(self, CellPanel):
        self.titleLabel.setText(QCoreApplication.translate("CellPanel", u"\u70b9\u51fb\u77e9\u9635\u4e2d\u7684\u4e00\u683c\uff0c\u67e5\u770b\u8be5\u5355\u4f4d\u8be5\u9879\u6307\u6807\u7684\u8d44\u6599", None))
        self.indicatorLabel.setText("")
        ___qtreewidgetitem = self.itemsTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CellPanel", u"\u60c5\u51b5", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CellPanel", u"\u6750\u6599\u4e0e\u6587\u4ef6", None));
        self.statementView.setPlaceholderText(QCoreApplication.translate("CellPanel", u"\u60c5\u51b5\u8bf4\u660e\u3001\u7f51\u5740", None))
        self.reviewBox.setTitle(QCoreApplication.translate("CellPanel", u"\u5ba1\u6838", None))
        self.passRadio.setText(QCoreApplication.translate("CellPanel", u"\u901a\u8fc7", None))
        self.reviseRadio.setText(QCoreApplication.translate("CellPanel", u"\u9700\u8865\u5145", None))
        self.scoreCheck.setText(QCoreApplication.translate("CellPanel", u"\u8bc4\u5206", None))
        self.saveReviewButton.setText(QCoreApplication.translate("CellPanel", u"\u4fdd\u5b58\u5ba1\u6838", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("CellPanel", u"\u5ba1\u6838\u610f\u89c1\uff1a\u9700\u8865\u5145\u65f6\u5199\u660e\u8fd8\u7f3a\u4ec0\u4e48\u3001\u600e\u4e48\u6539", None))
        self.reviewInfoLabel.setText("")
        pass
    # retranslateUi

