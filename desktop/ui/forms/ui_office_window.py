# Generated from forms/office_window.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_window.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QToolBar, QVBoxLayout, QWidget)

from desktop.ui.drop_area import DropArea
from desktop.ui.office.cell_panel import CellPanel

class Ui_OfficeWindow(object):
    def setupUi(self, OfficeWindow):
        if not OfficeWindow.objectName():
            OfficeWindow.setObjectName(u"OfficeWindow")
        OfficeWindow.resize(1366, 768)
        self.actionReceiveFiles = QAction(OfficeWindow)
        self.actionReceiveFiles.setObjectName(u"actionReceiveFiles")
        self.actionReceiveFolder = QAction(OfficeWindow)
        self.actionReceiveFolder.setObjectName(u"actionReceiveFolder")
        self.actionRegisterKey = QAction(OfficeWindow)
        self.actionRegisterKey.setObjectName(u"actionRegisterKey")
        self.actionImportSigners = QAction(OfficeWindow)
        self.actionImportSigners.setObjectName(u"actionImportSigners")
        self.actionFeedback = QAction(OfficeWindow)
        self.actionFeedback.setObjectName(u"actionFeedback")
        self.actionChase = QAction(OfficeWindow)
        self.actionChase.setObjectName(u"actionChase")
        self.actionReport = QAction(OfficeWindow)
        self.actionReport.setObjectName(u"actionReport")
        self.actionRefresh = QAction(OfficeWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionQuit = QAction(OfficeWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.centralWidget = QWidget(OfficeWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self.centralWidget)
        self.tabs.setObjectName(u"tabs")
        self.matrixTab = QWidget()
        self.matrixTab.setObjectName(u"matrixTab")
        self.matrixTabLayout = QVBoxLayout(self.matrixTab)
        self.matrixTabLayout.setObjectName(u"matrixTabLayout")
        self.dropArea = DropArea(self.matrixTab)
        self.dropArea.setObjectName(u"dropArea")
        self.dropArea.setFrameShape(QFrame.Shape.StyledPanel)
        self.dropLayout = QHBoxLayout(self.dropArea)
        self.dropLayout.setObjectName(u"dropLayout")
        self.dropLayout.setContentsMargins(6, 6, 6, 6)
        self.dropLabel = QLabel(self.dropArea)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setWordWrap(True)

        self.dropLayout.addWidget(self.dropLabel)

        self.receiveFilesButton = QPushButton(self.dropArea)
        self.receiveFilesButton.setObjectName(u"receiveFilesButton")

        self.dropLayout.addWidget(self.receiveFilesButton)

        self.receiveFolderButton = QPushButton(self.dropArea)
        self.receiveFolderButton.setObjectName(u"receiveFolderButton")

        self.dropLayout.addWidget(self.receiveFolderButton)


        self.matrixTabLayout.addWidget(self.dropArea)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.allUnitsCheck = QCheckBox(self.matrixTab)
        self.allUnitsCheck.setObjectName(u"allUnitsCheck")

        self.filterLayout.addWidget(self.allUnitsCheck)

        self.legendLabel = QLabel(self.matrixTab)
        self.legendLabel.setObjectName(u"legendLabel")

        self.filterLayout.addWidget(self.legendLabel)

        self.filterSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.summaryLabel = QLabel(self.matrixTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterLayout.addWidget(self.summaryLabel)


        self.matrixTabLayout.addLayout(self.filterLayout)

        self.matrixSplitter = QSplitter(self.matrixTab)
        self.matrixSplitter.setObjectName(u"matrixSplitter")
        self.matrixSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.matrixSplitter.setChildrenCollapsible(False)
        self.matrixView = QTableView(self.matrixSplitter)
        self.matrixView.setObjectName(u"matrixView")
        self.matrixView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixView.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.matrixView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.matrixView.setWordWrap(False)
        self.matrixSplitter.addWidget(self.matrixView)
        self.cellPanel = CellPanel(self.matrixSplitter)
        self.cellPanel.setObjectName(u"cellPanel")
        self.matrixSplitter.addWidget(self.cellPanel)

        self.matrixTabLayout.addWidget(self.matrixSplitter)

        self.tabs.addTab(self.matrixTab, "")
        self.receivedTab = QWidget()
        self.receivedTab.setObjectName(u"receivedTab")
        self.receivedTabLayout = QVBoxLayout(self.receivedTab)
        self.receivedTabLayout.setObjectName(u"receivedTabLayout")
        self.receivedSplitter = QSplitter(self.receivedTab)
        self.receivedSplitter.setObjectName(u"receivedSplitter")
        self.receivedSplitter.setOrientation(Qt.Orientation.Vertical)
        self.submissionsBox = QGroupBox(self.receivedSplitter)
        self.submissionsBox.setObjectName(u"submissionsBox")
        self.submissionsBoxLayout = QVBoxLayout(self.submissionsBox)
        self.submissionsBoxLayout.setObjectName(u"submissionsBoxLayout")
        self.submissionsTable = QTableWidget(self.submissionsBox)
        self.submissionsTable.setObjectName(u"submissionsTable")
        self.submissionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissionsTable.setAlternatingRowColors(True)
        self.submissionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.submissionsTable.setWordWrap(False)

        self.submissionsBoxLayout.addWidget(self.submissionsTable)

        self.receivedSplitter.addWidget(self.submissionsBox)
        self.waitingBox = QGroupBox(self.receivedSplitter)
        self.waitingBox.setObjectName(u"waitingBox")
        self.waitingBoxLayout = QVBoxLayout(self.waitingBox)
        self.waitingBoxLayout.setObjectName(u"waitingBoxLayout")
        self.waitingTable = QTableWidget(self.waitingBox)
        self.waitingTable.setObjectName(u"waitingTable")
        self.waitingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitingTable.setAlternatingRowColors(True)
        self.waitingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitingTable.setWordWrap(False)

        self.waitingBoxLayout.addWidget(self.waitingTable)

        self.waitingButtons = QHBoxLayout()
        self.waitingButtons.setObjectName(u"waitingButtons")
        self.registerWaitingButton = QPushButton(self.waitingBox)
        self.registerWaitingButton.setObjectName(u"registerWaitingButton")

        self.waitingButtons.addWidget(self.registerWaitingButton)

        self.discardWaitingButton = QPushButton(self.waitingBox)
        self.discardWaitingButton.setObjectName(u"discardWaitingButton")

        self.waitingButtons.addWidget(self.discardWaitingButton)

        self.waitingSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.waitingButtons.addItem(self.waitingSpacer)


        self.waitingBoxLayout.addLayout(self.waitingButtons)

        self.receivedSplitter.addWidget(self.waitingBox)
        self.rejectedBox = QGroupBox(self.receivedSplitter)
        self.rejectedBox.setObjectName(u"rejectedBox")
        self.rejectedBoxLayout = QVBoxLayout(self.rejectedBox)
        self.rejectedBoxLayout.setObjectName(u"rejectedBoxLayout")
        self.rejectedTable = QTableWidget(self.rejectedBox)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedTable.setAlternatingRowColors(True)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejectedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rejectedTable.setWordWrap(False)

        self.rejectedBoxLayout.addWidget(self.rejectedTable)

        self.rejectedButtons = QHBoxLayout()
        self.rejectedButtons.setObjectName(u"rejectedButtons")
        self.rejectedSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rejectedButtons.addItem(self.rejectedSpacer)

        self.clearRejectedButton = QPushButton(self.rejectedBox)
        self.clearRejectedButton.setObjectName(u"clearRejectedButton")

        self.rejectedButtons.addWidget(self.clearRejectedButton)


        self.rejectedBoxLayout.addLayout(self.rejectedButtons)

        self.receivedSplitter.addWidget(self.rejectedBox)

        self.receivedTabLayout.addWidget(self.receivedSplitter)

        self.tabs.addTab(self.receivedTab, "")
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsTabLayout = QVBoxLayout(self.unitsTab)
        self.unitsTabLayout.setObjectName(u"unitsTabLayout")
        self.unitsButtons = QHBoxLayout()
        self.unitsButtons.setObjectName(u"unitsButtons")
        self.registerKeyButton = QPushButton(self.unitsTab)
        self.registerKeyButton.setObjectName(u"registerKeyButton")

        self.unitsButtons.addWidget(self.registerKeyButton)

        self.importSignersButton = QPushButton(self.unitsTab)
        self.importSignersButton.setObjectName(u"importSignersButton")

        self.unitsButtons.addWidget(self.importSignersButton)

        self.unitsSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitsButtons.addItem(self.unitsSpacer)

        self.officeKeyLabel = QLabel(self.unitsTab)
        self.officeKeyLabel.setObjectName(u"officeKeyLabel")

        self.unitsButtons.addWidget(self.officeKeyLabel)


        self.unitsTabLayout.addLayout(self.unitsButtons)

        self.unitsTable = QTableWidget(self.unitsTab)
        self.unitsTable.setObjectName(u"unitsTable")
        self.unitsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitsTable.setAlternatingRowColors(True)
        self.unitsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unitsTable.setWordWrap(False)

        self.unitsTabLayout.addWidget(self.unitsTable)

        self.tabs.addTab(self.unitsTab, "")

        self.centralLayout.addWidget(self.tabs)

        OfficeWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(OfficeWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuReview = QMenu(self.menuBar)
        self.menuReview.setObjectName(u"menuReview")
        self.menuUnits = QMenu(self.menuBar)
        self.menuUnits.setObjectName(u"menuUnits")
        OfficeWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(OfficeWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        OfficeWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(OfficeWindow)
        self.statusBar.setObjectName(u"statusBar")
        OfficeWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuReview.menuAction())
        self.menuBar.addAction(self.menuUnits.menuAction())
        self.menuFile.addAction(self.actionReceiveFiles)
        self.menuFile.addAction(self.actionReceiveFolder)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuReview.addAction(self.actionFeedback)
        self.menuReview.addAction(self.actionChase)
        self.menuReview.addAction(self.actionReport)
        self.menuReview.addSeparator()
        self.menuReview.addAction(self.actionRefresh)
        self.menuUnits.addAction(self.actionRegisterKey)
        self.menuUnits.addAction(self.actionImportSigners)
        self.mainToolBar.addAction(self.actionReceiveFiles)
        self.mainToolBar.addAction(self.actionReceiveFolder)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionFeedback)
        self.mainToolBar.addAction(self.actionChase)
        self.mainToolBar.addAction(self.actionReport)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionRegisterKey)
        self.mainToolBar.addAction(self.actionRefresh)

        self.retranslateUi(OfficeWindow)

        QMetaObject.connectSlotsByName(OfficeWindow)
    # setupUi

    def retranslateUi(self, OfficeWindow):
        OfficeWindow.setWindowTitle(QCoreApplication.translate("OfficeWindow", u"\u5370\u8bc1\u8d44\u6599\u5ba1\u6838\uff08\u4f9d\u6cd5\u6cbb\u5e02\u529e\uff09", None))
        self.actionReceiveFiles.setText(QCoreApplication.translate("OfficeWindow", u"\u63a5\u6536\u8d44\u6599\u5305\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionReceiveFiles.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u9009\u62e9\u8d44\u6599\u5305\u6587\u4ef6\u63a5\u6536", None))
#endif // QT_CONFIG(tooltip)
        self.actionReceiveFolder.setText(QCoreApplication.translate("OfficeWindow", u"\u63a5\u6536\u6587\u4ef6\u5939\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionReceiveFolder.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u63a5\u6536\u4e00\u4e2a\u6587\u4ef6\u5939\uff08\u5982U\u76d8\uff09\u4e2d\u7684\u5168\u90e8\u8d44\u6599\u5305", None))
#endif // QT_CONFIG(tooltip)
        self.actionRegisterKey.setText(QCoreApplication.translate("OfficeWindow", u"\u767b\u8bb0\u516c\u94a5\u2026", None))
        self.actionImportSigners.setText(QCoreApplication.translate("OfficeWindow", u"\u5bfc\u5165 allowed_signers \u6587\u4ef6\u2026", None))
        self.actionFeedback.setText(QCoreApplication.translate("OfficeWindow", u"\u751f\u6210\u5ba1\u6838\u610f\u89c1\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionFeedback.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u4e3a\u5f53\u524d\u9009\u4e2d\u7684\u5355\u4f4d\u751f\u6210\u5ba1\u6838\u610f\u89c1\u6587\u4ef6\uff08\u672c\u529e\u7b7e\u540d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionChase.setText(QCoreApplication.translate("OfficeWindow", u"\u50ac\u62a5\u6e05\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionChase.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u4e3a\u5f53\u524d\u9009\u4e2d\u7684\u5355\u4f4d\u751f\u6210\u50ac\u62a5\u6e05\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.actionReport.setText(QCoreApplication.translate("OfficeWindow", u"\u6c47\u603b\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionReport.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u5404\u6307\u6807\u62a5\u9001\u4e0e\u5ba1\u6838\u6c47\u603b\u3001\u81ea\u8bc4\u7edf\u8ba1\uff08.xlsx\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionRefresh.setText(QCoreApplication.translate("OfficeWindow", u"\u5237\u65b0", None))
        self.actionQuit.setText(QCoreApplication.translate("OfficeWindow", u"\u9000\u51fa", None))
        self.dropLabel.setText(QCoreApplication.translate("OfficeWindow", u"\u628a\u8d44\u6599\u5305\uff08\u5206\u5377 .zip\u3001\u7d22\u5f15 .index.json\uff09\u6216\u6574\u4e2aU\u76d8\u6587\u4ef6\u5939\u62d6\u5230\u8fd9\u91cc\uff0c\u9010\u4e2a\u6838\u9a8c\u540e\u63a5\u6536\u3002", None))
        self.receiveFilesButton.setText(QCoreApplication.translate("OfficeWindow", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.receiveFolderButton.setText(QCoreApplication.translate("OfficeWindow", u"\u9009\u62e9\u6587\u4ef6\u5939\u2026", None))
        self.allUnitsCheck.setText(QCoreApplication.translate("OfficeWindow", u"\u663e\u793a\u5168\u90e8\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.allUnitsCheck.setToolTip(QCoreApplication.translate("OfficeWindow", u"\u4e0d\u52fe\u9009\u65f6\uff0c\u53ea\u663e\u793a\u8d1f\u8d23\u81f3\u5c11\u4e00\u9879\u6307\u6807\u6216\u5df2\u6709\u62a5\u9001\u7684\u5355\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.legendLabel.setText(QCoreApplication.translate("OfficeWindow", u"\u25cf \u5df2\u9f50\u5168\u3000\u25d0 \u90e8\u5206\u62a5\u9001\u3000\u25cb \u672a\u62a5\u9001\u3000\u5b9e \u5b9e\u5730\u6838\u67e5\u3000\u2014 \u4e0d\u9002\u7528\u3000\u2713 \u901a\u8fc7\u3000! \u9700\u8865\u5145\u3000\u21bb \u6709\u66f4\u65b0\u5f85\u590d\u6838", None))
        self.summaryLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.matrixTab), QCoreApplication.translate("OfficeWindow", u"\u5ba1\u6838\u77e9\u9635", None))
        self.submissionsBox.setTitle(QCoreApplication.translate("OfficeWindow", u"\u5404\u5355\u4f4d\u7684\u62a5\u9001", None))
        self.waitingBox.setTitle(QCoreApplication.translate("OfficeWindow", u"\u5f85\u786e\u8ba4\u516c\u94a5\uff08\u7b7e\u540d\u516c\u94a5\u5c1a\u672a\u767b\u8bb0\uff0c\u5df2\u6682\u5b58\uff0c\u672a\u5b58\u5165\uff09", None))
        self.registerWaitingButton.setText(QCoreApplication.translate("OfficeWindow", u"\u6838\u5bf9\u6307\u7eb9\u5e76\u767b\u8bb0\u2026", None))
        self.discardWaitingButton.setText(QCoreApplication.translate("OfficeWindow", u"\u5220\u9664", None))
        self.rejectedBox.setTitle(QCoreApplication.translate("OfficeWindow", u"\u62d2\u6536\u7684\u6587\u4ef6", None))
        self.clearRejectedButton.setText(QCoreApplication.translate("OfficeWindow", u"\u6e05\u7a7a\u5217\u8868", None))
        self.tabs.setTabText(self.tabs.indexOf(self.receivedTab), QCoreApplication.translate("OfficeWindow", u"\u63a5\u6536\u8bb0\u5f55", None))
        self.registerKeyButton.setText(QCoreApplication.translate("OfficeWindow", u"\u767b\u8bb0\u516c\u94a5\u2026", None))
        self.importSignersButton.setText(QCoreApplication.translate("OfficeWindow", u"\u5bfc\u5165 allowed_signers \u6587\u4ef6\u2026", None))
        self.officeKeyLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("OfficeWindow", u"\u5355\u4f4d\u4e0e\u516c\u94a5", None))
        self.menuFile.setTitle(QCoreApplication.translate("OfficeWindow", u"\u6587\u4ef6", None))
        self.menuReview.setTitle(QCoreApplication.translate("OfficeWindow", u"\u5ba1\u6838", None))
        self.menuUnits.setTitle(QCoreApplication.translate("OfficeWindow", u"\u5355\u4f4d", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("OfficeWindow", u"\u5de5\u5177\u680f", None))
    # retranslateUi

