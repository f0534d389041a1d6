# Generated from forms/indicator_view.ui by pyside6-uic — do not edit; regenerate with: python -m desktop.ui.forms.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_IndicatorView(object):
    def setupUi(self, IndicatorView):
        if not IndicatorView.objectName():
            IndicatorView.setObjectName(u"IndicatorView")
        IndicatorView.resize(820, 640)
        self.outerLayout = QVBoxLayout(IndicatorView)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(IndicatorView)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(8)
        self.contentLayout.setObjectName(u"contentLayout")
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headingLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(self.scrollContents)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headingLayout.addWidget(self.statusLabel)

        self.statusButton = QToolButton(self.scrollContents)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusButton.setAutoRaise(True)

        self.headingLayout.addWidget(self.statusButton)

        self.headingSpacer = QSpacerItem(0, 1, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.progressLabel = QLabel(self.scrollContents)
        self.progressLabel.setObjectName(u"progressLabel")

        self.headingLayout.addWidget(self.progressLabel)


        self.contentLayout.addLayout(self.headingLayout)

        self.reviewBanner = QFrame(self.scrollContents)
        self.reviewBanner.setObjectName(u"reviewBanner")
        self.reviewBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.reviewBannerLayout = QVBoxLayout(self.reviewBanner)
        self.reviewBannerLayout.setSpacing(4)
        self.reviewBannerLayout.setObjectName(u"reviewBannerLayout")
        self.reviewBannerLayout.setContentsMargins(10, 6, 10, 6)
        self.reviewHeadLayout = QHBoxLayout()
        self.reviewHeadLayout.setObjectName(u"reviewHeadLayout")
        self.reviewIconLabel = QLabel(self.reviewBanner)
        self.reviewIconLabel.setObjectName(u"reviewIconLabel")

        self.reviewHeadLayout.addWidget(self.reviewIconLabel)

        self.reviewTitleLabel = QLabel(self.reviewBanner)
        self.reviewTitleLabel.setObjectName(u"reviewTitleLabel")
        self.reviewTitleLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reviewTitleLabel.sizePolicy().hasHeightForWidth())
        self.reviewTitleLabel.setSizePolicy(sizePolicy)

        self.reviewHeadLayout.addWidget(self.reviewTitleLabel)

        self.reviewDetailsLabel = QLabel(self.reviewBanner)
        self.reviewDetailsLabel.setObjectName(u"reviewDetailsLabel")

        self.reviewHeadLayout.addWidget(self.reviewDetailsLabel)


        self.reviewBannerLayout.addLayout(self.reviewHeadLayout)

        self.reviewCommentLabel = QLabel(self.reviewBanner)
        self.reviewCommentLabel.setObjectName(u"reviewCommentLabel")
        self.reviewCommentLabel.setWordWrap(True)
        self.reviewCommentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reviewBannerLayout.addWidget(self.reviewCommentLabel)

        self.reviewHintLabel = QLabel(self.reviewBanner)
        self.reviewHintLabel.setObjectName(u"reviewHintLabel")
        self.reviewHintLabel.setWordWrap(True)

        self.reviewBannerLayout.addWidget(self.reviewHintLabel)


        self.contentLayout.addWidget(self.reviewBanner)

        self.reasonLabel = QLabel(self.scrollContents)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.reasonLabel)

        self.textLabel = QLabel(self.scrollContents)
        self.textLabel.setObjectName(u"textLabel")
        self.textLabel.setWordWrap(True)
        self.textLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentLayout.addWidget(self.textLabel)

        self.metaForm = QFormLayout()
        self.metaForm.setObjectName(u"metaForm")
        self.metaForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.metaForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.areaCaption = QLabel(self.scrollContents)
        self.areaCaption.setObjectName(u"areaCaption")

        self.metaForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.areaCaption)

        self.areaLabel = QLabel(self.scrollContents)
        self.areaLabel.setObjectName(u"areaLabel")
        self.areaLabel.setWordWrap(True)

        self.metaForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.areaLabel)

        self.groupCaption = QLabel(self.scrollContents)
        self.groupCaption.setObjectName(u"groupCaption")

        self.metaForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupCaption)

        self.groupLabel = QLabel(self.scrollContents)
        self.groupLabel.setObjectName(u"groupLabel")
        self.groupLabel.setWordWrap(True)

        self.metaForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupLabel)

        self.unitsCaption = QLabel(self.scrollContents)
        self.unitsCaption.setObjectName(u"unitsCaption")

        self.metaForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitsCaption)

        self.unitsLabel = QLabel(self.scrollContents)
        self.unitsLabel.setObjectName(u"unitsLabel")
        self.unitsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.unitsLabel.setWordWrap(True)

        self.metaForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitsLabel)


        self.contentLayout.addLayout(self.metaForm)

        self.mergedLabel = QLabel(self.scrollContents)
        self.mergedLabel.setObjectName(u"mergedLabel")
        self.mergedLabel.setTextFormat(Qt.TextFormat.RichText)
        self.mergedLabel.setWordWrap(True)
        self.mergedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.contentLayout.addWidget(self.mergedLabel)

        self.materialsBox = QGroupBox(self.scrollContents)
        self.materialsBox.setObjectName(u"materialsBox")
        self.materialsLayout = QVBoxLayout(self.materialsBox)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsLabel = QLabel(self.materialsBox)
        self.materialsLabel.setObjectName(u"materialsLabel")
        self.materialsLabel.setWordWrap(True)
        self.materialsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.materialsLayout.addWidget(self.materialsLabel)


        self.contentLayout.addWidget(self.materialsBox)

        self.itemsHeading = QLabel(self.scrollContents)
        self.itemsHeading.setObjectName(u"itemsHeading")

        self.contentLayout.addWidget(self.itemsHeading)

        self.cardsContainer = QWidget(self.scrollContents)
        self.cardsContainer.setObjectName(u"cardsContainer")
        self.cardsLayout = QVBoxLayout(self.cardsContainer)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setContentsMargins(0, 0, 0, 0)

        self.contentLayout.addWidget(self.cardsContainer)

        self.statementHint = QLabel(self.scrollContents)
        self.statementHint.setObjectName(u"statementHint")
        self.statementHint.setWordWrap(True)

        self.contentLayout.addWidget(self.statementHint)

        self.bottomSpacer = QSpacerItem(1, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)


        self.retranslateUi(IndicatorView)

        QMetaObject.connectSlotsByName(IndicatorView)
    # setupUi

    def retranslateUi(self, IndicatorView):
        self.titleLabel.setText("")
        self.statusLabel.setText("")
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("IndicatorView", u"\u8bbe\u7f6e\u672c\u9879\u6307\u6807\u7684\u72b6\u6001\uff1a\u6309\u6750\u6599\u81ea\u52a8\u5224\u65ad\uff0c\u6216\u6807\u4e3a\u5df2\u5b8c\u6210\u3001\u4e0d\u9002\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("IndicatorView", u"\u72b6\u6001", None))
        self.progressLabel.setText("")
        self.reviewIconLabel.setText("")
        self.reviewTitleLabel.setText("")
        self.reviewDetailsLabel.setText("")
        self.reviewCommentLabel.setText("")
        self.reviewHintLabel.setText("")
        self.reasonLabel.setText("")
        self.textLabel.setText("")
        self.areaCaption.setText(QCoreApplication.translate("IndicatorView", u"\u4e00\u7ea7\u6307\u6807\uff1a", None))
        self.areaLabel.setText("")
        self.groupCaption.setText(QCoreApplication.translate("IndicatorView", u"\u4e8c\u7ea7\u6307\u6807\uff1a", None))
        self.groupLabel.setText("")
        self.unitsCaption.setText(QCoreApplication.translate("IndicatorView", u"\u8d23\u4efb\u5355\u4f4d\uff1a", None))
        self.unitsLabel.setText("")
        self.mergedLabel.setText("")
        self.materialsBox.setTitle(QCoreApplication.translate("IndicatorView", u"\u5177\u4f53\u8d44\u6599\u62a5\u9001\uff08\u539f\u6587\uff09", None))
        self.materialsLabel.setText("")
        self.itemsHeading.setText(QCoreApplication.translate("IndicatorView", u"\u6750\u6599\u6761\u76ee", None))
        self.statementHint.setText("")
        pass
    # retranslateUi

