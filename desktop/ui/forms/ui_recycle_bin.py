# Generated from forms/recycle_bin.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_bin.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RecycleBinDialog(object):
    def setupUi(self, RecycleBinDialog):
        if not RecycleBinDialog.objectName():
            RecycleBinDialog.setObjectName(u"RecycleBinDialog")
        RecycleBinDialog.resize(760, 440)
        self.layout = QVBoxLayout(RecycleBinDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(RecycleBinDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.binTree = QTreeWidget(RecycleBinDialog)
        self.binTree.setObjectName(u"binTree")
        self.binTree.setRootIsDecorated(False)
        self.binTree.setUniformRowHeights(True)
        self.binTree.setAlternatingRowColors(True)
        self.binTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.layout.addWidget(self.binTree)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.restoreButton = QPushButton(RecycleBinDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsLayout.addWidget(self.restoreButton)

        self.deleteButton = QPushButton(RecycleBinDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonsLayout.addWidget(self.deleteButton)

        self.emptyButton = QPushButton(RecycleBinDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.buttonsLayout.addWidget(self.emptyButton)

        self.buttonsSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(RecycleBinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(RecycleBinDialog)

        QMetaObject.connectSlotsByName(RecycleBinDialog)
    # setupUi

    def retranslateUi(self, RecycleBinDialog):
        RecycleBinDialog.setWindowTitle(QCoreApplication.translate("RecycleBinDialog", u"\u56de\u6536\u7ad9", None))
        self.infoLabel.setText(QCoreApplication.translate("RecycleBinDialog", u"\u79fb\u9664\u7684\u6587\u4ef6\u5148\u653e\u5728\u56de\u6536\u7ad9\u91cc\uff0c\u53ef\u4ee5\u6062\u590d\u5230\u539f\u6765\u7684\u4f4d\u7f6e\u3002\u5f7b\u5e95\u5220\u9664\u540e\u4e0d\u80fd\u6062\u590d\u3002", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleBinDialog", u"\u6062\u590d", None))
        self.deleteButton.setText(QCoreApplication.translate("RecycleBinDialog", u"\u5f7b\u5e95\u5220\u9664\u2026", None))
        self.emptyButton.setText(QCoreApplication.translate("RecycleBinDialog", u"\u6e05\u7a7a\u56de\u6536\u7ad9\u2026", None))
    # retranslateUi

