"""Pages generated for the binder besides covers: pictures, and a page standing in for what cannot be printed.

A file that cannot be printed (missing, encrypted, damaged, a Word file on a
machine without LibreOffice, a video) is never dropped: a page in its place
names it, says why, and says what to do, so the paper binder and the
electronic one keep the same page numbers and nothing goes missing unnoticed.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table

from desktop.core.printing import fonts, images
from desktop.core.printing.labels import clip, human_size
from desktop.core.printing.styles import para, table_style


class GeneratedPages:
    """A scratch PDF collecting image pages and placeholder pages; pages are referred to by index."""

    def __init__(self, target: Path | BinaryIO):
        fonts.register()
        self.path = target
        self.count = 0
        self._canvas = Canvas(str(target) if isinstance(target, Path) else target, pagesize=A4,
                              initialFontName=fonts.SANS, initialFontSize=10)
        self._canvas.setTitle("pages")

    def add_image(self, source: Path, frame: images.Frame, caption: str = "") -> int:
        images.draw_frame(self._canvas, source, frame, caption)
        self.count += 1
        return self.count - 1

    def add_placeholder(self, heading: str, reason: str, rows: list[tuple[str, str]]) -> int:
        c = self._canvas
        c.setPageSize(A4)
        w, h = A4
        box_x, box_w = 25 * mm, w - 50 * mm
        table = Table(
            [[para(k, "body"), para(v, "body")] for k, v in rows],
            colWidths=[28 * mm, box_w - 28 * mm - 12 * mm],
        )
        table.setStyle(table_style(*[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, "black"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        story = [para(heading, "title"), Spacer(1, 6 * mm), para(reason, "body"), Spacer(1, 6 * mm), table]
        frame = Frame(box_x, 40 * mm, box_w, h - 80 * mm, leftPadding=6 * mm, rightPadding=6 * mm,
                      topPadding=8 * mm, bottomPadding=6 * mm, showBoundary=0)
        frame.addFromList(story, c)  # values are clipped by file_rows, so the details always fit
        c.setLineWidth(1.2)
        c.setDash(6, 4)
        c.rect(box_x, 40 * mm, box_w, h - 80 * mm)
        c.showPage()
        self.count += 1
        return self.count - 1

    def finish(self) -> Path | BinaryIO:
        if self.count == 0:
            self._canvas.setPageSize(A4)
            self._canvas.showPage()  # reportlab writes one page anyway; nobody refers to it
        self._canvas.save()
        return self.path


def file_rows(label: str, name: str, where: str, size: int | None, sha256: str | None) -> list[tuple[str, str]]:
    rows = [("材料名称", clip(label, 120)), ("文件名", clip(name, 160)), ("对应要求", clip(where, 300))]
    if size is not None:
        rows.append(("文件大小", human_size(size)))
    if sha256:
        rows.append(("SHA-256", sha256))
    return rows
