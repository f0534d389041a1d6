# Generated from forms/catalog_update_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_update_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CatalogUpdateDialog(object):
    def setupUi(self, CatalogUpdateDialog):
        if not CatalogUpdateDialog.objectName():
            CatalogUpdateDialog.setObjectName(u"CatalogUpdateDialog")
        CatalogUpdateDialog.resize(780, 620)
        self.dialogLayout = QVBoxLayout(CatalogUpdateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogUpdateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.currentLabel = QLabel(CatalogUpdateDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.currentLabel)

        self.chooseBox = QGroupBox(CatalogUpdateDialog)
        self.chooseBox.setObjectName(u"chooseBox")
        self.chooseLayout = QVBoxLayout(self.chooseBox)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.catalogList = QListWidget(self.chooseBox)
        self.catalogList.setObjectName(u"catalogList")
        self.catalogList.setMaximumSize(QSize(16777215, 110))
        self.catalogList.setWordWrap(True)

        self.chooseLayout.addWidget(self.catalogList)

        self.importLayout = QHBoxLayout()
        self.importLayout.setObjectName(u"importLayout")
        self.importHint = QLabel(self.chooseBox)
        self.importHint.setObjectName(u"importHint")
        self.importHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.importHint.sizePolicy().hasHeightForWidth())
        self.importHint.setSizePolicy(sizePolicy)

        self.importLayout.addWidget(self.importHint)

        self.importButton = QPushButton(self.chooseBox)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)


        self.chooseLayout.addLayout(self.importLayout)


        self.dialogLayout.addWidget(self.chooseBox)

        self.previewBox = QGroupBox(CatalogUpdateDialog)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)

        self.previewTree = QTreeWidget(self.previewBox)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTree.setUniformRowHeights(True)
        self.previewTree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.previewLayout.addWidget(self.previewTree)


        self.dialogLayout.addWidget(self.previewBox)

        self.warningLabel = QLabel(CatalogUpdateDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.buttonBox = QDialogButtonBox(CatalogUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogUpdateDialog)

        QMetaObject.connectSlotsByName(CatalogUpdateDialog)
    # setupUi

    def retranslateUi(self, CatalogUpdateDialog):
        CatalogUpdateDialog.setWindowTitle(QCoreApplication.translate("CatalogUpdateDialog", u"\u66f4\u65b0\u76ee\u5f55", None))
        self.introLabel.setText(QCoreApplication.translate("CatalogUpdateDialog", u"\u4f9d\u6cd5\u6cbb\u5e02\u529e\u4e0b\u53d1\u65b0\u7248\u76ee\u5f55\u540e\uff0c\u53ef\u4ee5\u628a\u672c\u5de5\u4f5c\u533a\u6362\u5230\u65b0\u76ee\u5f55\u3002\u5df2\u6709\u8d44\u6599\u6309\u6750\u6599\u6761\u76ee\u4fdd\u7559\uff1b\u65b0\u76ee\u5f55\u4e2d\u6ca1\u6709\u7684\u6761\u76ee\uff0c\u5176\u8d44\u6599\u4e0d\u4f1a\u5220\u9664\uff0c\u4f1a\u4fdd\u7559\u4e3a\u201c\u76ee\u5f55\u5916\u8d44\u6599\u201d\u3002\u5148\u9009\u62e9\u65b0\u76ee\u5f55\uff0c\u67e5\u770b\u9884\u89c8\uff0c\u786e\u8ba4\u65e0\u8bef\u540e\u518d\u66f4\u65b0\u3002", None))
        self.currentLabel.setText("")
        self.chooseBox.setTitle(QCoreApplication.translate("CatalogUpdateDialog", u"\u65b0\u76ee\u5f55", None))
        self.importHint.setText(QCoreApplication.translate("CatalogUpdateDialog", u"\u65b0\u76ee\u5f55\u4e0d\u5728\u5217\u8868\u4e2d\uff1f\u53ef\u5bfc\u5165\u4f9d\u6cd5\u6cbb\u5e02\u529e\u4e0b\u53d1\u7684\u76ee\u5f55\u6587\u4ef6\uff08.json\uff09\u6216\u6307\u6807\u8868\uff08Word\u3001Excel\u3001CSV\u3001\u7eaf\u6587\u672c\uff09\u3002", None))
        self.importButton.setText(QCoreApplication.translate("CatalogUpdateDialog", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("CatalogUpdateDialog", u"\u66f4\u65b0\u9884\u89c8\uff08\u5c1a\u672a\u66f4\u6539\u4efb\u4f55\u5185\u5bb9\uff09", None))
        self.summaryLabel.setText(QCoreApplication.translate("CatalogUpdateDialog", u"\u8bf7\u5148\u5728\u4e0a\u9762\u9009\u62e9\u65b0\u76ee\u5f55\u3002", None))
        ___qtreewidgetitem = self.previewTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CatalogUpdateDialog", u"\u5df2\u6709\u8d44\u6599", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CatalogUpdateDialog", u"\u6750\u6599\u6761\u76ee", None));
        self.warningLabel.setText("")
    # retranslateUi

