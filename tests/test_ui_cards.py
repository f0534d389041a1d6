"""Material cards and the drop target: badges, progress, and a real drop of real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.drop_area import DropArea
from desktop.ui.evidence import Attachment, ItemState
from desktop.ui.material_card import MaterialCard
from tests.test_ui_helpers import OFFSCREEN_NOISE, catalog, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def mime_with(*paths_or_urls) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths_or_urls])
    return mime


def drop(widget, mime: QMimeData) -> tuple[bool, bool]:
    """Send the events a real drag sends: enter, then drop. Returns (enter accepted, drop accepted)."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    ev = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)
    return enter.isAccepted(), ev.isAccepted()


@pytest.fixture
def files(tmp_path) -> list[Path]:
    out = []
    for name in ("执法记录台账 2021.pdf", "案卷 扫描件.pdf"):
        p = tmp_path / name
        p.write_bytes(b"%PDF-1.4\n%%EOF\n")
        out.append(p)
    return out


def test_drop_area_receives_a_real_drop(qtbot, ui_app, files):
    area = DropArea()
    qtbot.addWidget(area)
    area.resize(300, 120)
    area.show()
    with qtbot.waitSignal(area.filesDropped) as blocker:
        entered, dropped = drop(area, mime_with(*files))
    assert entered and dropped
    assert blocker.args[0] == files
    assert area.property("dragActive") is False  # highlight removed after the drop


def test_drop_area_ignores_web_links_and_refuses_when_disabled(qtbot, ui_app, files):
    area = DropArea()
    qtbot.addWidget(area)
    area.resize(300, 120)
    area.show()
    received = []
    area.filesDropped.connect(received.append)
    entered, dropped = drop(area, mime_with(QUrl("https://example.org/a.pdf")))
    assert not entered and not dropped
    area.setEnabled(False)
    entered, dropped = drop(area, mime_with(*files))
    assert not entered and not dropped
    assert received == []


def test_card_shows_item_badges_and_progress(qtbot, ui_app, catalog):
    item = catalog.indicator("55").items[0]
    card = MaterialCard(item, ItemState((), 5))
    qtbot.addWidget(card)
    assert card.ui.textLabel.text() == item.text
    assert card.badges() == ["数量 5件", "2021年"]
    assert card.ui.progressLabel.text() == "0/5件"
    assert not card.ui.addButton.isEnabled() and "工作区" in card.ui.addButton.toolTip()
    assert not card.ui.attachmentList.isVisibleTo(card)
    card.set_state(ItemState(tuple(Attachment(f"{n}.pdf", size=2_000_000, pages=3) for n in range(3)), 5))
    assert card.ui.progressLabel.text() == "3/5件"
    assert card.ui.attachmentList.count() == 3
    assert card.ui.attachmentList.topLevelItem(0).text(1) == "3 页"
    assert card.ui.attachmentList.topLevelItem(0).text(2) == "1.9 MB"


def test_card_badges_for_url_onsite_and_merged_items(qtbot, ui_app, catalog):
    url_item = next(i for i in catalog.indicator("34").items if i.asks_url)
    onsite = next(i for ind in catalog.indicators for i in ind.items if i.onsite)
    for item, expected in ((url_item, {"需填网址", "合并提供", "2021年"}), (onsite, {"实地核查"})):
        card = MaterialCard(item, ItemState())
        qtbot.addWidget(card)
        assert expected <= set(card.badges())
        assert card.ui.progressLabel.text() == "0 个文件"


def test_writable_card_forwards_drops_with_its_item_id(qtbot, ui_app, catalog, files):
    item = catalog.indicator("55").items[0]
    card = MaterialCard(item, ItemState((), 5), writable=True)
    qtbot.addWidget(card)
    card.resize(600, 200)
    card.show()
    with qtbot.waitSignal(card.filesDropped) as blocker:
        drop(card.ui.dropArea, mime_with(*files))
    assert blocker.args == ["55.1", files]
    with qtbot.waitSignal(card.addFilesRequested) as blocker:
        qtbot.mouseClick(card.ui.addButton, Qt.MouseButton.LeftButton)
    assert blocker.args == ["55.1"]
