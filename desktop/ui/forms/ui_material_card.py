# Generated from forms/material_card.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'material_card.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop.ui.drop_area import DropArea

class Ui_MaterialCard(object):
    def setupUi(self, MaterialCard):
        if not MaterialCard.objectName():
            MaterialCard.setObjectName(u"MaterialCard")
        MaterialCard.resize(640, 180)
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
        self.attachmentList = QListWidget(self.dropArea)
        self.attachmentList.setObjectName(u"attachmentList")
        self.attachmentList.setMaximumSize(QSize(16777215, 140))
        self.attachmentList.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

        self.dropLayout.addWidget(self.attachmentList)

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
        self.dropHint.setText(QCoreApplication.translate("MaterialCard", u"\u5c1a\u672a\u6dfb\u52a0\u6587\u4ef6\u3002\u628a\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\uff0c\u6216", None))
        self.addButton.setText(QCoreApplication.translate("MaterialCard", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        pass
    # retranslateUi

