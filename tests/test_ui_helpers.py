"""Shared helpers for the GUI tests: a set-up application, the built-in catalog, a stand-in evidence source.

``FakeEvidence`` stands in for the workspace (issue 4), which the window reaches
only through the ``EvidenceSource`` protocol; it is also the reference for what
that protocol promises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.core.catalog import Indicator, MaterialItem, library
from desktop.ui.evidence import Attachment, EvidenceSource, IndicatorState, ItemState, Status
from desktop.ui.profile import Profile

# The offscreen platform cannot pass size hints to a window system and says so; that is not our bug.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def ui_app(qapp):
    """The test QApplication set up like the real one (font, Chinese); language restored afterwards."""
    from desktop.ui import app, i18n

    app.create_application(lang="zh_CN")
    yield qapp
    i18n.install("zh_CN", qapp)


@pytest.fixture(scope="session")
def catalog():
    return library.load()


def sifa_profile() -> Profile:
    return Profile(catalog_id="jincheng-2022", unit="市司法局", groups=("各行政执法单位",), staff="张三",
                   contact="李四", phone="0356-1234567")


@dataclass
class FakeEvidence:
    """An in-memory evidence source: what the workspace will provide, kept minimal."""

    writable: bool = True
    statuses: dict[str, Status] = field(default_factory=dict)
    attachments: dict[str, list[Attachment]] = field(default_factory=dict)  # by item id
    statements: dict[str, str] = field(default_factory=dict)  # by item id

    def items(self, ind: Indicator) -> tuple[MaterialItem, ...]:
        return tuple(ind.items)

    def item_state(self, item: MaterialItem) -> ItemState:
        atts = tuple(self.attachments.get(item.id, ()))
        required = item.quantity.count if item.quantity else None
        return ItemState(atts, required, ready=bool(atts) and (required is None or len(atts) >= required),
                         statement=self.statements.get(item.id, ""))

    def indicator_state(self, ind: Indicator) -> IndicatorState:
        ready = sum(1 for i in ind.items if self.item_state(i).ready)
        status = self.statuses.get(ind.key) or (Status.IN_PROGRESS if any(
            self.attachments.get(i.id) for i in ind.items) else Status.NOT_STARTED)
        return IndicatorState(status, ready, len(ind.items))

    def search_text(self, ind: Indicator) -> str:
        names = [a.name for i in ind.items for a in self.attachments.get(i.id, ())]
        return "\n".join(names + [self.statements.get(i.id, "") for i in ind.items])

    def statement(self, ind: Indicator) -> str:
        return "\n".join(self.statements.get(i.id, "") for i in ind.items)


def type_text(widget, text: str) -> None:
    """Type Chinese the way it really arrives: committed by the input method (QTest only knows ASCII keys)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_pdf(path: Path, pages: int = 3) -> Path:
    """A real PDF with numbered pages (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 36)
        c.drawString(72, 700, f"Page {n} of {pages}")
        c.showPage()
    c.save()
    return path


def test_fake_evidence_is_an_evidence_source(catalog):
    fake = FakeEvidence()
    assert isinstance(fake, EvidenceSource)
    ind = catalog.indicator("55")
    assert fake.indicator_state(ind) == IndicatorState(Status.NOT_STARTED, 0, 1)
    fake.attachments[ind.items[0].id] = [Attachment(f"{n}.pdf") for n in range(5)]
    assert fake.indicator_state(ind) == IndicatorState(Status.IN_PROGRESS, 1, 1)
