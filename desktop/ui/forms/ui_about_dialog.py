# Generated from forms/about_dialog.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")

        self.bodyLayout.addWidget(self.iconLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.textLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.textLayout.addWidget(self.descriptionLabel)

        self.catalogLabel = QLabel(AboutDialog)
        self.catalogLabel.setObjectName(u"catalogLabel")
        self.catalogLabel.setWordWrap(True)
        self.catalogLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.catalogLabel)

        self.licenseLabel = QLabel(AboutDialog)
        self.licenseLabel.setObjectName(u"licenseLabel")
        self.licenseLabel.setWordWrap(True)

        self.textLayout.addWidget(self.licenseLabel)

        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")
        self.dataLabel.setWordWrap(True)
        self.dataLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.dataLabel)


        self.bodyLayout.addLayout(self.textLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.verticalSpacer = QSpacerItem(1, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e\u5370\u8bc1\u8d44\u6599\u62a5\u9001", None))
        self.iconLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"\u5370\u8bc1\u8d44\u6599\u62a5\u9001", None))
        self.versionLabel.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u793a\u8303\u521b\u5efa\u5370\u8bc1\u8d44\u6599\u7684\u6536\u96c6\u3001\u6253\u5370\u4e0e\u62a5\u9001\u3002", None))
        self.catalogLabel.setText("")
        self.licenseLabel.setText(QCoreApplication.translate("AboutDialog", u"\u672c\u7a0b\u5e8f\u6309 Apache-2.0 \u8bb8\u53ef\u8bc1\u53d1\u5e03\u3002\u754c\u9762\u5b57\u4f53\uff1a\u6587\u6cc9\u9a7f\u5fae\u7c73\u9ed1\uff08Apache-2.0\uff09\u3002\u4f7f\u7528 Qt\uff08LGPL-3.0\uff09\u548c PySide6\u3002", None))
        self.dataLabel.setText("")
    # retranslateUi

