# Generated from forms/pdf_preview.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        PdfPreview.resize(720, 560)
        self.verticalLayout = QVBoxLayout(PdfPreview)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.prevButton = QToolButton(PdfPreview)
        self.prevButton.setObjectName(u"prevButton")

        self.toolbarLayout.addWidget(self.prevButton)

        self.pageSpin = QSpinBox(PdfPreview)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.toolbarLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(PdfPreview)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"/ 0")

        self.toolbarLayout.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(PdfPreview)
        self.nextButton.setObjectName(u"nextButton")

        self.toolbarLayout.addWidget(self.nextButton)

        self.spacerNav = QSpacerItem(12, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.spacerNav)

        self.zoomOutButton = QToolButton(PdfPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setText(u"100%")
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(PdfPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(PdfPreview)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)

        self.toolbarLayout.addWidget(self.fitWidthButton)

        self.spacerTools = QSpacerItem(20, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.spacerTools)

        self.openExternalButton = QToolButton(PdfPreview)
        self.openExternalButton.setObjectName(u"openExternalButton")

        self.toolbarLayout.addWidget(self.openExternalButton)

        self.showInFolderButton = QToolButton(PdfPreview)
        self.showInFolderButton.setObjectName(u"showInFolderButton")

        self.toolbarLayout.addWidget(self.showInFolderButton)


        self.verticalLayout.addLayout(self.toolbarLayout)

        self.pdfView = QPdfView(PdfPreview)
        self.pdfView.setObjectName(u"pdfView")

        self.verticalLayout.addWidget(self.pdfView)

        self.statusLabel = QLabel(PdfPreview)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.statusLabel)


        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
        PdfPreview.setWindowTitle(QCoreApplication.translate("PdfPreview", u"PDF \u9884\u89c8", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u4e0a\u4e00\u9875\uff08PgUp\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.prevButton.setText(QCoreApplication.translate("PdfPreview", u"\u4e0a\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.pageSpin.setToolTip(QCoreApplication.translate("PdfPreview", u"\u5f53\u524d\u9875", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u4e0b\u4e00\u9875\uff08PgDown\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("PdfPreview", u"\u4e0b\u4e00\u9875", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u7f29\u5c0f\uff08Ctrl+-\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreview", u"\u7f29\u5c0f", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u653e\u5927\uff08Ctrl++\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreview", u"\u653e\u5927", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u6309\u9875\u5bbd\u663e\u793a", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreview", u"\u9002\u5408\u5bbd\u5ea6", None))
        self.openExternalButton.setText(QCoreApplication.translate("PdfPreview", u"\u7528\u7cfb\u7edf\u7a0b\u5e8f\u6253\u5f00", None))
        self.showInFolderButton.setText(QCoreApplication.translate("PdfPreview", u"\u5728\u6587\u4ef6\u5939\u4e2d\u663e\u793a", None))
        self.statusLabel.setText("")
    # retranslateUi

