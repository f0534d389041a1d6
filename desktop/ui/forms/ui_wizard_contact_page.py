# Generated from forms/wizard_contact_page.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_contact_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ContactPage(object):
    def setupUi(self, ContactPage):
        if not ContactPage.objectName():
            ContactPage.setObjectName(u"ContactPage")
        ContactPage.resize(560, 380)
        self.pageLayout = QVBoxLayout(ContactPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.staffCaption = QLabel(ContactPage)
        self.staffCaption.setObjectName(u"staffCaption")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffCaption)

        self.staffEdit = QLineEdit(ContactPage)
        self.staffEdit.setObjectName(u"staffEdit")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffEdit)

        self.contactCaption = QLabel(ContactPage)
        self.contactCaption.setObjectName(u"contactCaption")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactEdit = QLineEdit(ContactPage)
        self.contactEdit.setObjectName(u"contactEdit")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneCaption = QLabel(ContactPage)
        self.phoneCaption.setObjectName(u"phoneCaption")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneEdit = QLineEdit(ContactPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneErrorLabel = QLabel(ContactPage)
        self.phoneErrorLabel.setObjectName(u"phoneErrorLabel")
        self.phoneErrorLabel.setWordWrap(True)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneErrorLabel)


        self.pageLayout.addLayout(self.contactForm)

        self.folderBox = QWidget(ContactPage)
        self.folderBox.setObjectName(u"folderBox")
        self.folderBoxLayout = QVBoxLayout(self.folderBox)
        self.folderBoxLayout.setObjectName(u"folderBoxLayout")
        self.folderBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.folderCaption = QLabel(self.folderBox)
        self.folderCaption.setObjectName(u"folderCaption")

        self.folderBoxLayout.addWidget(self.folderCaption)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(self.folderBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(self.folderBox)
        self.folderButton.setObjectName(u"folderButton")

        self.folderLayout.addWidget(self.folderButton)


        self.folderBoxLayout.addLayout(self.folderLayout)

        self.folderErrorLabel = QLabel(self.folderBox)
        self.folderErrorLabel.setObjectName(u"folderErrorLabel")
        self.folderErrorLabel.setWordWrap(True)

        self.folderBoxLayout.addWidget(self.folderErrorLabel)


        self.pageLayout.addWidget(self.folderBox)

        self.summaryLabel = QLabel(ContactPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.verticalSpacer = QSpacerItem(1, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.staffCaption.setBuddy(self.staffEdit)
        self.contactCaption.setBuddy(self.contactEdit)
        self.phoneCaption.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactPage)

        QMetaObject.connectSlotsByName(ContactPage)
    # setupUi

    def retranslateUi(self, ContactPage):
        ContactPage.setTitle(QCoreApplication.translate("ContactPage", u"\u586b\u62a5\u4eba\u548c\u8054\u7cfb\u65b9\u5f0f", None))
        ContactPage.setSubTitle(QCoreApplication.translate("ContactPage", u"\u8fd9\u4e9b\u4fe1\u606f\u5370\u5728\u5c01\u9762\u4e0a\uff0c\u4f9d\u6cd5\u6cbb\u5e02\u529e\u5ba1\u6838\u65f6\u7528\u6765\u8054\u7cfb\u672c\u5355\u4f4d\u3002\u4ee5\u540e\u53ef\u4ee5\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.staffCaption.setText(QCoreApplication.translate("ContactPage", u"\u586b\u62a5\u4eba\uff1a", None))
        self.staffEdit.setPlaceholderText(QCoreApplication.translate("ContactPage", u"\u6574\u7406\u8d44\u6599\u7684\u5de5\u4f5c\u4eba\u5458\u59d3\u540d", None))
        self.contactCaption.setText(QCoreApplication.translate("ContactPage", u"\u8054\u7cfb\u4eba\uff1a", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("ContactPage", u"\u4f9d\u6cd5\u6cbb\u5e02\u529e\u8054\u7cfb\u672c\u5355\u4f4d\u65f6\u627e\u8c01", None))
        self.phoneCaption.setText(QCoreApplication.translate("ContactPage", u"\u8054\u7cfb\u7535\u8bdd\uff1a", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ContactPage", u"\u624b\u673a\u6216\u5ea7\u673a\uff0c\u5982 0356-1234567", None))
        self.phoneErrorLabel.setText("")
        self.folderCaption.setText(QCoreApplication.translate("ContactPage", u"\u8d44\u6599\u4fdd\u5b58\u5728\uff08\u5de5\u4f5c\u533a\u6587\u4ef6\u5939\uff09\uff1a", None))
        self.folderButton.setText(QCoreApplication.translate("ContactPage", u"\u6d4f\u89c8\u2026", None))
        self.folderErrorLabel.setText("")
        self.summaryLabel.setText("")
    # retranslateUi

