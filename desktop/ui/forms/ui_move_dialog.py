# Generated from forms/move_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        MoveDialog.resize(560, 480)
        self.layout = QVBoxLayout(MoveDialog)
        self.layout.setObjectName(u"layout")
        self.headingLabel = QLabel(MoveDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.layout.addWidget(self.headingLabel)

        self.filterEdit = QLineEdit(MoveDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.filterEdit)

        self.itemTree = QTreeWidget(MoveDialog)
        self.itemTree.setObjectName(u"itemTree")
        self.itemTree.setHeaderHidden(True)
        self.itemTree.setUniformRowHeights(True)
        self.itemTree.setWordWrap(False)

        self.layout.addWidget(self.itemTree)

        self.allCheck = QCheckBox(MoveDialog)
        self.allCheck.setObjectName(u"allCheck")

        self.layout.addWidget(self.allCheck)

        self.buttonBox = QDialogButtonBox(MoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(MoveDialog)

        QMetaObject.connectSlotsByName(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"\u79fb\u5230\u53e6\u4e00\u6761\u6750\u6599", None))
        self.headingLabel.setText("")
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MoveDialog", u"\u8f93\u5165\u6307\u6807\u5e8f\u53f7\u6216\u6587\u5b57\u7b5b\u9009\uff0c\u5982 55\u3001\u53f0\u8d26", None))
        self.allCheck.setText(QCoreApplication.translate("MoveDialog", u"\u663e\u793a\u5168\u90e8\u6307\u6807\uff08\u4e0d\u53ea\u672c\u5355\u4f4d\u7684\uff09", None))
    # retranslateUi

