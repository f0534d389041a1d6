"""Drawing the generated sheets — covers, the contents — into PDFs, and counting the pages each one took."""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desktop.core.printing import fonts

MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 18 * mm  # the page-number footer sits inside this
FRAME_WIDTH = A4[0] - 2 * MARGIN_X
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM


class _Mark(Flowable):
    """Zero-size marker recording the page a sheet starts on."""

    def __init__(self, starts: list[int], index: int, label: str, doc_state: dict):
        super().__init__()
        self.starts, self.index, self.label, self.state = starts, index, label, doc_state

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.starts[self.index] = page
        self.state.update(start=page, label=self.label)


def _dated_canvas(created: dt.date):
    """A canvas whose PDF is reproducible: creation date ``created`` (00:00 UTC), document id from the content.

    reportlab otherwise stamps the current time into the date and the id, so the same sheet drawn twice
    would give two different files; a submission re-sends only what changed, by hash.
    """
    from reportlab.lib.utils import TimeStamp
    from reportlab.pdfgen.canvas import Canvas

    epoch = calendar.timegm(created.timetuple())

    def make(*args, **kw):
        kw["invariant"] = 1
        canvas = Canvas(*args, **kw)
        stamp = TimeStamp(1)
        stamp.t, stamp.lt = epoch, time.gmtime(epoch)
        stamp.YMDhms = tuple(stamp.lt)[:6]
        canvas._doc._timeStamp = stamp  # noqa: SLF001 - only the date shown; the id was seeded invariantly
        return canvas
    return make


def render_sheets(path: Path, sheets: list[tuple[str, list]], *, title: str, author: str, subject: str = "",
                  continued: Callable[[str], str] = lambda label: f"{label}（续）",
                  created: dt.date | None = None) -> list[int]:
    """Draw each sheet's flowables starting on a new page; returns the page count of each sheet.

    With ``created`` (the date printed on the sheets) the same sheets always give the same bytes.
    """
    fonts.register()
    starts = [0] * len(sheets)
    state: dict = {"start": 0, "label": ""}

    def on_page_end(canvas, doc):
        if state["label"] and canvas.getPageNumber() != state["start"]:
            canvas.saveState()
            canvas.setFont(fonts.SANS, 9)
            canvas.drawString(MARGIN_X, A4[1] - 10 * mm, continued(state["label"]))
            canvas.restoreState()

    doc = BaseDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject, creator="Evidence Desk",
        initialFontName=fonts.SANS, initialFontSize=10, invariant=0,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=on_page_end)])
    story: list = []
    for i, (label, flowables) in enumerate(sheets):
        if i:
            story.append(PageBreak())
        story.append(_Mark(starts, i, label, state))
        story.extend(flowables)
    if created is None:
        doc.build(story)
    else:
        doc.build(story, canvasmaker=_dated_canvas(created))
    total = doc.page
    ends = starts[1:] + [total + 1]
    return [end - start for start, end in zip(starts, ends)]
