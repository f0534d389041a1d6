# Generated from forms/wizard_groups_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_groups_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_GroupsPage(object):
    def setupUi(self, GroupsPage):
        if not GroupsPage.objectName():
            GroupsPage.setObjectName(u"GroupsPage")
        GroupsPage.resize(560, 380)
        self.pageLayout = QVBoxLayout(GroupsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.groupTree = QTreeWidget(GroupsPage)
        self.groupTree.setObjectName(u"groupTree")
        self.groupTree.setRootIsDecorated(False)
        self.groupTree.setWordWrap(True)

        self.pageLayout.addWidget(self.groupTree)

        self.countLabel = QLabel(GroupsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.countLabel)


        self.retranslateUi(GroupsPage)

        QMetaObject.connectSlotsByName(GroupsPage)
    # setupUi

    def retranslateUi(self, GroupsPage):
        GroupsPage.setTitle(QCoreApplication.translate("GroupsPage", u"\u672c\u5355\u4f4d\u5c5e\u4e8e\u54ea\u4e9b\u7c7b\u522b", None))
        GroupsPage.setSubTitle(QCoreApplication.translate("GroupsPage", u"\u8868\u4e2d\u6709\u4e9b\u6307\u6807\u7684\u8d23\u4efb\u5355\u4f4d\u5199\u7684\u662f\u7c7b\u522b\uff08\u5982\u201c\u5404\u884c\u653f\u6267\u6cd5\u5355\u4f4d\u201d\uff09\u3002\u52fe\u9009\u672c\u5355\u4f4d\u6240\u5c5e\u7684\u7c7b\u522b\uff0c\u8fd9\u4e9b\u6307\u6807\u4e5f\u4f1a\u5217\u4e3a\u672c\u5355\u4f4d\u7684\u6307\u6807\u3002", None))
        ___qtreewidgetitem = self.groupTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("GroupsPage", u"\u8bf4\u660e", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("GroupsPage", u"\u7c7b\u522b", None));
        self.countLabel.setText("")
    # retranslateUi

