# Generated from forms/main_window.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QStatusBar, QToolBar,
    QTreeView, QVBoxLayout, QWidget)

from desktop.ui.indicator_view import IndicatorView
from desktop.ui.overview import OverviewPage

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionAddFiles = QAction(MainWindow)
        self.actionAddFiles.setObjectName(u"actionAddFiles")
#if QT_CONFIG(shortcut)
        self.actionAddFiles.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionPreviewPdf = QAction(MainWindow)
        self.actionPreviewPdf.setObjectName(u"actionPreviewPdf")
        self.actionPrint = QAction(MainWindow)
        self.actionPrint.setObjectName(u"actionPrint")
#if QT_CONFIG(shortcut)
        self.actionPrint.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionOverview = QAction(MainWindow)
        self.actionOverview.setObjectName(u"actionOverview")
#if QT_CONFIG(shortcut)
        self.actionOverview.setShortcut(u"Ctrl+1")
#endif // QT_CONFIG(shortcut)
        self.actionMyIndicators = QAction(MainWindow)
        self.actionMyIndicators.setObjectName(u"actionMyIndicators")
        self.actionMyIndicators.setCheckable(True)
        self.actionMyIndicators.setChecked(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAboutQt = QAction(MainWindow)
        self.actionAboutQt.setObjectName(u"actionAboutQt")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.treePanel = QWidget(self.mainSplitter)
        self.treePanel.setObjectName(u"treePanel")
        self.treePanelLayout = QVBoxLayout(self.treePanel)
        self.treePanelLayout.setObjectName(u"treePanelLayout")
        self.treePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.treePanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.treePanelLayout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.scopeCombo = QComboBox(self.treePanel)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.scopeCombo)

        self.statusCombo = QComboBox(self.treePanel)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.filterSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.treePanelLayout.addLayout(self.filterLayout)

        self.indicatorTree = QTreeView(self.treePanel)
        self.indicatorTree.setObjectName(u"indicatorTree")
        self.indicatorTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicatorTree.setAlternatingRowColors(True)
        self.indicatorTree.setUniformRowHeights(True)
        self.indicatorTree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.indicatorTree.header().setStretchLastSection(False)

        self.treePanelLayout.addWidget(self.indicatorTree)

        self.countLabel = QLabel(self.treePanel)
        self.countLabel.setObjectName(u"countLabel")

        self.treePanelLayout.addWidget(self.countLabel)

        self.mainSplitter.addWidget(self.treePanel)
        self.contentStack = QStackedWidget(self.mainSplitter)
        self.contentStack.setObjectName(u"contentStack")
        self.overviewPage = OverviewPage()
        self.overviewPage.setObjectName(u"overviewPage")
        self.contentStack.addWidget(self.overviewPage)
        self.indicatorPage = IndicatorView()
        self.indicatorPage.setObjectName(u"indicatorPage")
        self.contentStack.addWidget(self.indicatorPage)
        self.mainSplitter.addWidget(self.contentStack)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuBar.setGeometry(QRect(0, 0, 1280, 24))
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionAddFiles)
        self.menuFile.addAction(self.actionPreviewPdf)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionPrint)
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionSettings)
        self.menuView.addAction(self.actionOverview)
        self.menuView.addAction(self.actionMyIndicators)
        self.menuHelp.addAction(self.actionAbout)
        self.menuHelp.addAction(self.actionAboutQt)
        self.mainToolBar.addAction(self.actionOverview)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionAddFiles)
        self.mainToolBar.addAction(self.actionPrint)
        self.mainToolBar.addAction(self.actionExport)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5370\u8bc1\u8d44\u6599\u62a5\u9001", None))
        self.actionAddFiles.setText(QCoreApplication.translate("MainWindow", u"\u6dfb\u52a0\u6587\u4ef6(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionAddFiles.setToolTip(QCoreApplication.translate("MainWindow", u"\u628a\u6587\u4ef6\u6dfb\u52a0\u5230\u6240\u9009\u6750\u6599\u6761\u76ee\uff08Ctrl+O\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionPreviewPdf.setText(QCoreApplication.translate("MainWindow", u"\u9884\u89c8 PDF \u6587\u4ef6(&V)\u2026", None))
        self.actionPrint.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionPrint.setToolTip(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u5c01\u9762\u3001\u76ee\u5f55\u548c\u5370\u8bc1\u8d44\u6599\uff08Ctrl+P\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u62a5\u9001\u5305(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u62a5\u9001\u7ed9\u4f9d\u6cd5\u6cbb\u5e02\u529e\u7684\u8d44\u6599\u5305\uff08Ctrl+E\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"\u67e5\u627e(&F)", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
        self.actionOverview.setText(QCoreApplication.translate("MainWindow", u"\u603b\u89c8(&O)", None))
#if QT_CONFIG(tooltip)
        self.actionOverview.setToolTip(QCoreApplication.translate("MainWindow", u"\u67e5\u770b\u603b\u4f53\u8fdb\u5ea6\u548c\u622a\u6b62\u65f6\u95f4\uff08Ctrl+1\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionMyIndicators.setText(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u672c\u5355\u4f4d\u7684\u6307\u6807(&M)", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u5370\u8bc1\u8d44\u6599\u62a5\u9001(&A)", None))
        self.actionAboutQt.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e Qt", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"\u641c\u7d22\u6307\u6807\u5185\u5bb9\u3001\u6750\u6599\u8981\u6c42\u2026\uff08Ctrl+F\uff09", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u53ea\u770b\u672c\u5355\u4f4d\u8d1f\u8d23\u7684\u6307\u6807\uff0c\u6216\u67e5\u770b\u5168\u90e8\u6307\u6807", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u6309\u5b8c\u6210\u60c5\u51b5\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"\u6700\u8fd1\u7684\u5de5\u4f5c\u533a(&R)", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u67e5\u770b(&V)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5de5\u5177\u680f", None))
    # retranslateUi

