# Generated from forms/wizard_catalog_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_catalog_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_CatalogPage(object):
    def setupUi(self, CatalogPage):
        if not CatalogPage.objectName():
            CatalogPage.setObjectName(u"CatalogPage")
        CatalogPage.resize(560, 380)
        self.pageLayout = QVBoxLayout(CatalogPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.catalogList = QListWidget(CatalogPage)
        self.catalogList.setObjectName(u"catalogList")
        self.catalogList.setWordWrap(True)

        self.pageLayout.addWidget(self.catalogList)

        self.catalogInfoLabel = QLabel(CatalogPage)
        self.catalogInfoLabel.setObjectName(u"catalogInfoLabel")
        self.catalogInfoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.catalogInfoLabel)

        self.importLayout = QHBoxLayout()
        self.importLayout.setObjectName(u"importLayout")
        self.importButton = QPushButton(CatalogPage)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)

        self.importSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importLayout.addItem(self.importSpacer)


        self.pageLayout.addLayout(self.importLayout)


        self.retranslateUi(CatalogPage)

        QMetaObject.connectSlotsByName(CatalogPage)
    # setupUi

    def retranslateUi(self, CatalogPage):
        CatalogPage.setTitle(QCoreApplication.translate("CatalogPage", u"\u9009\u62e9\u6307\u6807\u76ee\u5f55", None))
        CatalogPage.setSubTitle(QCoreApplication.translate("CatalogPage", u"\u6307\u6807\u76ee\u5f55\u662f\u4f9d\u6cd5\u6cbb\u5e02\u529e\u4e0b\u53d1\u7684\u300a\u6307\u6807\u4f53\u7cfb\u4efb\u52a1\u5206\u89e3\u300b\u3002\u4e00\u822c\u4f7f\u7528\u5185\u7f6e\u76ee\u5f55\u5373\u53ef\u3002", None))
        self.catalogInfoLabel.setText("")
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("CatalogPage", u"\u4ece\u4f9d\u6cd5\u6cbb\u5e02\u529e\u4e0b\u53d1\u7684\u6307\u6807\u8868\uff08Word\u3001Excel\u3001CSV\uff09\u6216\u5b9e\u65bd\u65b9\u6848\uff08\u7eaf\u6587\u672c\uff09\u5bfc\u5165\u76ee\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("CatalogPage", u"\u4ece\u6587\u4ef6\u5bfc\u5165\u2026", None))
    # retranslateUi

