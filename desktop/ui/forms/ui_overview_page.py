# Generated from forms/overview_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_OverviewPage(object):
    def setupUi(self, OverviewPage):
        if not OverviewPage.objectName():
            OverviewPage.setObjectName(u"OverviewPage")
        OverviewPage.resize(820, 600)
        self.pageLayout = QVBoxLayout(OverviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.headingLabel = QLabel(OverviewPage)
        self.headingLabel.setObjectName(u"headingLabel")

        self.pageLayout.addWidget(self.headingLabel)

        self.profileLabel = QLabel(OverviewPage)
        self.profileLabel.setObjectName(u"profileLabel")
        self.profileLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.profileLabel)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.progressBox = QGroupBox(OverviewPage)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QVBoxLayout(self.progressBox)
        self.progressLayout.setObjectName(u"progressLayout")
        self.overallBar = QProgressBar(self.progressBox)
        self.overallBar.setObjectName(u"overallBar")
        self.overallBar.setValue(0)

        self.progressLayout.addWidget(self.overallBar)

        self.overallLabel = QLabel(self.progressBox)
        self.overallLabel.setObjectName(u"overallLabel")
        self.overallLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.overallLabel)

        self.reviewLabel = QLabel(self.progressBox)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.reviewLabel)

        self.orphanLabel = QLabel(self.progressBox)
        self.orphanLabel.setObjectName(u"orphanLabel")
        self.orphanLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.orphanLabel)


        self.summaryLayout.addWidget(self.progressBox)

        self.deadlineBox = QGroupBox(OverviewPage)
        self.deadlineBox.setObjectName(u"deadlineBox")
        self.deadlineLayout = QVBoxLayout(self.deadlineBox)
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.countdownLabel = QLabel(self.deadlineBox)
        self.countdownLabel.setObjectName(u"countdownLabel")

        self.deadlineLayout.addWidget(self.countdownLabel)

        self.deadlineLabel = QLabel(self.deadlineBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.deadlineLayout.addWidget(self.deadlineLabel)


        self.summaryLayout.addWidget(self.deadlineBox)


        self.pageLayout.addLayout(self.summaryLayout)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.areasBox = QGroupBox(OverviewPage)
        self.areasBox.setObjectName(u"areasBox")
        self.areasLayout = QVBoxLayout(self.areasBox)
        self.areasLayout.setObjectName(u"areasLayout")
        self.areaTable = QTreeWidget(self.areasBox)
        self.areaTable.setObjectName(u"areaTable")
        self.areaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areaTable.setRootIsDecorated(False)
        self.areaTable.setUniformRowHeights(True)
        self.areaTable.header().setStretchLastSection(False)

        self.areasLayout.addWidget(self.areaTable)


        self.listsLayout.addWidget(self.areasBox)

        self.missingBox = QGroupBox(OverviewPage)
        self.missingBox.setObjectName(u"missingBox")
        self.missingLayout = QVBoxLayout(self.missingBox)
        self.missingLayout.setObjectName(u"missingLayout")
        self.missingList = QTreeWidget(self.missingBox)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1");
        self.missingList.setHeaderItem(__qtreewidgetitem)
        self.missingList.setObjectName(u"missingList")
        self.missingList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missingList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.missingList.setRootIsDecorated(False)
        self.missingList.setUniformRowHeights(True)
        self.missingList.header().setVisible(False)

        self.missingLayout.addWidget(self.missingList)


        self.listsLayout.addWidget(self.missingBox)

        self.listsLayout.setStretch(0, 3)
        self.listsLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.listsLayout)


        self.retranslateUi(OverviewPage)

        QMetaObject.connectSlotsByName(OverviewPage)
    # setupUi

    def retranslateUi(self, OverviewPage):
        self.headingLabel.setText(QCoreApplication.translate("OverviewPage", u"\u603b\u89c8", None))
        self.profileLabel.setText("")
        self.progressBox.setTitle(QCoreApplication.translate("OverviewPage", u"\u603b\u4f53\u8fdb\u5ea6", None))
        self.overallLabel.setText("")
        self.reviewLabel.setText("")
        self.orphanLabel.setText("")
        self.deadlineBox.setTitle(QCoreApplication.translate("OverviewPage", u"\u62a5\u9001\u622a\u6b62", None))
        self.countdownLabel.setText("")
        self.deadlineLabel.setText("")
        self.areasBox.setTitle(QCoreApplication.translate("OverviewPage", u"\u5404\u4e00\u7ea7\u6307\u6807\u8fdb\u5ea6", None))
        ___qtreewidgetitem = self.areaTable.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OverviewPage", u"\u8fdb\u5ea6", None));
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OverviewPage", u"\u5df2\u5b8c\u6210", None));
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OverviewPage", u"\u4e00\u7ea7\u6307\u6807", None));
        self.missingBox.setTitle(QCoreApplication.translate("OverviewPage", u"\u5c1a\u672a\u5b8c\u6210", None))
#if QT_CONFIG(tooltip)
        self.missingList.setToolTip(QCoreApplication.translate("OverviewPage", u"\u53cc\u51fb\u8f6c\u5230\u8be5\u6307\u6807", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

