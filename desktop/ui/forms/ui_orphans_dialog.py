# Generated from forms/orphans_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'orphans_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_OrphansDialog(object):
    def setupUi(self, OrphansDialog):
        if not OrphansDialog.objectName():
            OrphansDialog.setObjectName(u"OrphansDialog")
        OrphansDialog.resize(760, 440)
        self.layout = QVBoxLayout(OrphansDialog)
        self.layout.setObjectName(u"layout")
        self.infoLabel = QLabel(OrphansDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.orphanTree = QTreeWidget(OrphansDialog)
        self.orphanTree.setObjectName(u"orphanTree")
        self.orphanTree.setUniformRowHeights(True)
        self.orphanTree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.layout.addWidget(self.orphanTree)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.moveButton = QPushButton(OrphansDialog)
        self.moveButton.setObjectName(u"moveButton")

        self.buttonsLayout.addWidget(self.moveButton)

        self.copyButton = QPushButton(OrphansDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.buttonsSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(OrphansDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(OrphansDialog)

        QMetaObject.connectSlotsByName(OrphansDialog)
    # setupUi

    def retranslateUi(self, OrphansDialog):
        OrphansDialog.setWindowTitle(QCoreApplication.translate("OrphansDialog", u"\u76ee\u5f55\u5916\u8d44\u6599", None))
        self.infoLabel.setText(QCoreApplication.translate("OrphansDialog", u"\u76ee\u5f55\u66f4\u65b0\u540e\uff0c\u65b0\u76ee\u5f55\u4e2d\u6ca1\u6709\u7684\u6750\u6599\u6761\u76ee\uff0c\u5176\u8d44\u6599\u4ecd\u4fdd\u5b58\u5728\u5de5\u4f5c\u533a\uff0c\u4f46\u4e0d\u4f1a\u663e\u793a\u5728\u4efb\u4f55\u6307\u6807\u4e0b\uff0c\u4e5f\u4e0d\u4f1a\u5bfc\u51fa\u3002\u8bf7\u628a\u4ecd\u7136\u9700\u8981\u7684\u6587\u4ef6\u79fb\u5230\u65b0\u76ee\u5f55\u7684\u6761\u76ee\u4e2d\uff1b\u60c5\u51b5\u8bf4\u660e\u548c\u7f51\u5740\u53ef\u4ee5\u590d\u5236\u540e\u586b\u5230\u65b0\u6761\u76ee\u3002", None))
        ___qtreewidgetitem = self.orphanTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OrphansDialog", u"\u5927\u5c0f", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OrphansDialog", u"\u8d44\u6599", None));
        self.moveButton.setText(QCoreApplication.translate("OrphansDialog", u"\u79fb\u5230\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("OrphansDialog", u"\u590d\u5236\u6587\u5b57", None))
    # retranslateUi

