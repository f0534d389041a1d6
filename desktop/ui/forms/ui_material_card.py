# Generated from forms/material_card.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'material_card.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.ui.attachment_list import AttachmentList
from desktop.ui.drop_area import DropArea

class Ui_MaterialCard(object):
    def setupUi(self, MaterialCard):
        if not MaterialCard.objectName():
            MaterialCard.setObjectName(u"MaterialCard")
        MaterialCard.resize(640, 360)
        MaterialCard.setFrameShape(QFrame.Shape.StyledPanel)
        MaterialCard.setFrameShadow(QFrame.Shadow.Raised)
        self.cardLayout = QVBoxLayout(MaterialCard)
        self.cardLayout.setSpacing(6)
        self.cardLayout.setObjectName(u"cardLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.numberLabel = QLabel(MaterialCard)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerLayout.addWidget(self.numberLabel, 0, Qt.AlignmentFlag.AlignTop)

        self.textLabel = QLabel(MaterialCard)
        self.textLabel.setObjectName(u"textLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.textLabel.sizePolicy().hasHeightForWidth())
        self.textLabel.setSizePolicy(sizePolicy)
        self.textLabel.setWordWrap(True)
        self.textLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.textLabel)

        self.progressLabel = QLabel(MaterialCard)
        self.progressLabel.setObjectName(u"progressLabel")

        self.headerLayout.addWidget(self.progressLabel, 0, Qt.AlignmentFlag.AlignTop)


        self.cardLayout.addLayout(self.headerLayout)

        self.badgesLayout = QHBoxLayout()
        self.badgesLayout.setSpacing(4)
        self.badgesLayout.setObjectName(u"badgesLayout")
        self.badgesSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.badgesLayout.addItem(self.badgesSpacer)


        self.cardLayout.addLayout(self.badgesLayout)

        self.dropArea = DropArea(MaterialCard)
        self.dropArea.setObjectName(u"dropArea")
        self.dropArea.setFrameShape(QFrame.Shape.StyledPanel)
        self.dropArea.setFrameShadow(QFrame.Shadow.Sunken)
        self.dropLayout = QVBoxLayout(self.dropArea)
        self.dropLayout.setSpacing(4)
        self.dropLayout.setObjectName(u"dropLayout")
        self.attachmentList = AttachmentList(self.dropArea)
        self.attachmentList.setObjectName(u"attachmentList")

        self.dropLayout.addWidget(self.attachmentList)

        self.fileTools = QWidget(self.dropArea)
        self.fileTools.setObjectName(u"fileTools")
        self.fileToolsOuter = QHBoxLayout(self.fileTools)
        self.fileToolsOuter.setObjectName(u"fileToolsOuter")
        self.fileToolsOuter.setContentsMargins(0, 0, 0, 0)
        self.fileToolsLayout = QHBoxLayout()
        self.fileToolsLayout.setSpacing(2)
        self.fileToolsLayout.setObjectName(u"fileToolsLayout")
        self.upButton = QToolButton(self.fileTools)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.upButton)

        self.downButton = QToolButton(self.fileTools)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.downButton)

        self.previewButton = QToolButton(self.fileTools)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.previewButton)

        self.openButton = QToolButton(self.fileTools)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.openButton)

        self.revealButton = QToolButton(self.fileTools)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.revealButton)

        self.renameButton = QToolButton(self.fileTools)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.renameButton)

        self.dateButton = QToolButton(self.fileTools)
        self.dateButton.setObjectName(u"dateButton")
        self.dateButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.dateButton)

        self.moveButton = QToolButton(self.fileTools)
        self.moveButton.setObjectName(u"moveButton")
        self.moveButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.moveButton)

        self.removeButton = QToolButton(self.fileTools)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoRaise(True)

        self.fileToolsLayout.addWidget(self.removeButton)

        self.toolsSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileToolsLayout.addItem(self.toolsSpacer)


        self.fileToolsOuter.addLayout(self.fileToolsLayout)


        self.dropLayout.addWidget(self.fileTools)

        self.dropHintLayout = QHBoxLayout()
        self.dropHintLayout.setObjectName(u"dropHintLayout")
        self.dropHint = QLabel(self.dropArea)
        self.dropHint.setObjectName(u"dropHint")

        self.dropHintLayout.addWidget(self.dropHint)

        self.addButton = QPushButton(self.dropArea)
        self.addButton.setObjectName(u"addButton")

        self.dropHintLayout.addWidget(self.addButton)

        self.dropSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dropHintLayout.addItem(self.dropSpacer)


        self.dropLayout.addLayout(self.dropHintLayout)


        self.cardLayout.addWidget(self.dropArea)

        self.urlBox = QWidget(MaterialCard)
        self.urlBox.setObjectName(u"urlBox")
        self.urlLayout = QVBoxLayout(self.urlBox)
        self.urlLayout.setSpacing(4)
        self.urlLayout.setObjectName(u"urlLayout")
        self.urlLayout.setContentsMargins(0, 0, 0, 0)
        self.urlCaption = QLabel(self.urlBox)
        self.urlCaption.setObjectName(u"urlCaption")

        self.urlLayout.addWidget(self.urlCaption)

        self.urlRows = QWidget(self.urlBox)
        self.urlRows.setObjectName(u"urlRows")
        self.urlRowsLayout = QVBoxLayout(self.urlRows)
        self.urlRowsLayout.setSpacing(2)
        self.urlRowsLayout.setObjectName(u"urlRowsLayout")
        self.urlRowsLayout.setContentsMargins(0, 0, 0, 0)

        self.urlLayout.addWidget(self.urlRows)

        self.urlEntryLayout = QHBoxLayout()
        self.urlEntryLayout.setObjectName(u"urlEntryLayout")
        self.urlEdit = QLineEdit(self.urlBox)
        self.urlEdit.setObjectName(u"urlEdit")

        self.urlEntryLayout.addWidget(self.urlEdit)

        self.urlAddButton = QPushButton(self.urlBox)
        self.urlAddButton.setObjectName(u"urlAddButton")

        self.urlEntryLayout.addWidget(self.urlAddButton)


        self.urlLayout.addLayout(self.urlEntryLayout)

        self.urlErrorLabel = QLabel(self.urlBox)
        self.urlErrorLabel.setObjectName(u"urlErrorLabel")
        self.urlErrorLabel.setWordWrap(True)

        self.urlLayout.addWidget(self.urlErrorLabel)


        self.cardLayout.addWidget(self.urlBox)

        self.statementCaptionLayout = QHBoxLayout()
        self.statementCaptionLayout.setObjectName(u"statementCaptionLayout")
        self.statementCaption = QLabel(MaterialCard)
        self.statementCaption.setObjectName(u"statementCaption")

        self.statementCaptionLayout.addWidget(self.statementCaption)

        self.statementState = QLabel(MaterialCard)
        self.statementState.setObjectName(u"statementState")

        self.statementCaptionLayout.addWidget(self.statementState)

        self.statementSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statementCaptionLayout.addItem(self.statementSpacer)

        self.showUrlButton = QToolButton(MaterialCard)
        self.showUrlButton.setObjectName(u"showUrlButton")
        self.showUrlButton.setAutoRaise(True)

        self.statementCaptionLayout.addWidget(self.showUrlButton)


        self.cardLayout.addLayout(self.statementCaptionLayout)

        self.statementEdit = QPlainTextEdit(MaterialCard)
        self.statementEdit.setObjectName(u"statementEdit")
        self.statementEdit.setTabChangesFocus(True)

        self.cardLayout.addWidget(self.statementEdit)

        self.onsiteBox = QGroupBox(MaterialCard)
        self.onsiteBox.setObjectName(u"onsiteBox")
        self.onsiteLayout = QVBoxLayout(self.onsiteBox)
        self.onsiteLayout.setSpacing(4)
        self.onsiteLayout.setObjectName(u"onsiteLayout")
        self.onsiteHint = QLabel(self.onsiteBox)
        self.onsiteHint.setObjectName(u"onsiteHint")
        self.onsiteHint.setWordWrap(True)

        self.onsiteLayout.addWidget(self.onsiteHint)

        self.onsiteNotesEdit = QPlainTextEdit(self.onsiteBox)
        self.onsiteNotesEdit.setObjectName(u"onsiteNotesEdit")
        self.onsiteNotesEdit.setTabChangesFocus(True)

        self.onsiteLayout.addWidget(self.onsiteNotesEdit)

        self.onsiteReadyCheck = QCheckBox(self.onsiteBox)
        self.onsiteReadyCheck.setObjectName(u"onsiteReadyCheck")

        self.onsiteLayout.addWidget(self.onsiteReadyCheck)


        self.cardLayout.addWidget(self.onsiteBox)


        self.retranslateUi(MaterialCard)

        QMetaObject.connectSlotsByName(MaterialCard)
    # setupUi

    def retranslateUi(self, MaterialCard):
        self.numberLabel.setText("")
        self.textLabel.setText("")
#if QT_CONFIG(tooltip)
        self.progressLabel.setToolTip(QCoreApplication.translate("MaterialCard", u"\u5df2\u6dfb\u52a0\u7684\u6587\u4ef6\u6570 / \u8981\u6c42\u7684\u6570\u91cf", None))
#endif // QT_CONFIG(tooltip)
        self.progressLabel.setText("")
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u628a\u9009\u4e2d\u7684\u6587\u4ef6\u4e0a\u79fb\u4e00\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("MaterialCard", u"\u4e0a\u79fb", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u628a\u9009\u4e2d\u7684\u6587\u4ef6\u4e0b\u79fb\u4e00\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("MaterialCard", u"\u4e0b\u79fb", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u5728\u7a0b\u5e8f\u5185\u9884\u89c8\u9009\u4e2d\u7684 PDF\uff08\u53cc\u51fb\u6587\u4ef6\u4e5f\u53ef\u4ee5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("MaterialCard", u"\u9884\u89c8", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u7528\u7cfb\u7edf\u9ed8\u8ba4\u7a0b\u5e8f\u6253\u5f00\u9009\u4e2d\u7684\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("MaterialCard", u"\u6253\u5f00", None))
#if QT_CONFIG(tooltip)
        self.revealButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u5728\u6587\u4ef6\u7ba1\u7406\u5668\u4e2d\u663e\u793a\u9009\u4e2d\u7684\u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.revealButton.setText(QCoreApplication.translate("MaterialCard", u"\u6240\u5728\u6587\u4ef6\u5939", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u4fee\u6539\u663e\u793a\u7684\u6587\u4ef6\u540d\u79f0\uff08F2\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("MaterialCard", u"\u6539\u540d", None))
#if QT_CONFIG(tooltip)
        self.dateButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u586b\u5199\u6587\u4ef6\u4e0a\u7684\u6210\u6587\u65e5\u671f", None))
#endif // QT_CONFIG(tooltip)
        self.dateButton.setText(QCoreApplication.translate("MaterialCard", u"\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.moveButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u628a\u9009\u4e2d\u7684\u6587\u4ef6\u79fb\u5230\u53e6\u4e00\u6761\u6750\u6599\u4e0b", None))
#endif // QT_CONFIG(tooltip)
        self.moveButton.setText(QCoreApplication.translate("MaterialCard", u"\u79fb\u5230\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u628a\u9009\u4e2d\u7684\u6587\u4ef6\u79fb\u5230\u56de\u6536\u7ad9\uff08Delete\uff1b\u53ef\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("MaterialCard", u"\u79fb\u9664", None))
        self.dropHint.setText(QCoreApplication.translate("MaterialCard", u"\u5c1a\u672a\u6dfb\u52a0\u6587\u4ef6\u3002\u628a\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\uff0c\u6216", None))
        self.addButton.setText(QCoreApplication.translate("MaterialCard", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.urlCaption.setText(QCoreApplication.translate("MaterialCard", u"\u7f51\u5740\uff1a", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("MaterialCard", u"\u7c98\u8d34\u6216\u8f93\u5165\u7f51\u5740\uff0c\u4f8b\u5982 http://www.example.gov.cn/\u2026\uff0c\u6309\u56de\u8f66\u6dfb\u52a0", None))
        self.urlAddButton.setText(QCoreApplication.translate("MaterialCard", u"\u6dfb\u52a0\u7f51\u5740", None))
        self.urlErrorLabel.setText("")
        self.statementCaption.setText(QCoreApplication.translate("MaterialCard", u"\u60c5\u51b5\u8bf4\u660e", None))
        self.statementState.setText("")
        self.showUrlButton.setText(QCoreApplication.translate("MaterialCard", u"\uff0b \u586b\u5199\u7f51\u5740", None))
#if QT_CONFIG(tooltip)
        self.showUrlButton.setToolTip(QCoreApplication.translate("MaterialCard", u"\u4e3a\u8fd9\u6761\u6750\u6599\u8bb0\u5f55\u7f51\u5740\uff08\u5982\u653f\u5e9c\u7f51\u7ad9\u4e0a\u7684\u516c\u5f00\u9875\u9762\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.onsiteBox.setTitle(QCoreApplication.translate("MaterialCard", u"\u5b9e\u5730\u6838\u67e5\u51c6\u5907", None))
        self.onsiteHint.setText(QCoreApplication.translate("MaterialCard", u"\u5199\u660e\u73b0\u573a\u51fa\u793a\u4ec0\u4e48\u3001\u539f\u4ef6\u653e\u5728\u54ea\u91cc\u3001\u7531\u8c01\u8d1f\u8d23\uff1b\u51c6\u5907\u597d\u540e\u52fe\u9009\u3002", None))
        self.onsiteNotesEdit.setPlaceholderText(QCoreApplication.translate("MaterialCard", u"\u4f8b\u5982\uff1a\u6267\u6cd5\u8bb0\u5f55\u4eea\u53ca\u5b58\u50a8\u8bbe\u5907\u5728\u6267\u6cd5\u5927\u961f\u4e8c\u697c\u6863\u6848\u5ba4\uff0c\u7531\u738b\u67d0\u8d1f\u8d23\u73b0\u573a\u6f14\u793a\u3002", None))
        self.onsiteReadyCheck.setText(QCoreApplication.translate("MaterialCard", u"\u5df2\u51c6\u5907\u5c31\u7eea\uff08\u73b0\u573a\u53ef\u4ee5\u51fa\u793a\uff09", None))
        pass
    # retranslateUi

