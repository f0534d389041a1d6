"""Paragraph styles of the printed pages: one CJK font, black only (sheets are copied in black and white)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop.core.printing import fonts


@lru_cache(maxsize=None)
def style(name: str, compact: bool = False) -> ParagraphStyle:
    """A named style; ``compact`` shrinks text by an eighth, for a sheet that would otherwise spill onto a second page."""
    fonts.register()
    base = dict(fontName=fonts.SANS, textColor="black", wordWrap="CJK", allowWidows=1, allowOrphans=1)
    table = {
        "title": dict(fontSize=22, leading=30, alignment=TA_CENTER, spaceAfter=2),
        "subtitle": dict(fontSize=15, leading=21, alignment=TA_CENTER),
        "heading": dict(fontSize=12.5, leading=18, spaceBefore=6, spaceAfter=3),
        "catalog": dict(fontSize=9, leading=12, alignment=TA_CENTER),
        "body": dict(fontSize=10.5, leading=15),
        "body-center": dict(fontSize=10.5, leading=15, alignment=TA_CENTER),
        "body-right": dict(fontSize=10.5, leading=15, alignment=TA_RIGHT),
        "label": dict(fontSize=10.5, leading=15, alignment=TA_CENTER),
        "small": dict(fontSize=9, leading=12.5),
        "small-center": dict(fontSize=9, leading=12.5, alignment=TA_CENTER),
        "small-right": dict(fontSize=9, leading=12.5, alignment=TA_RIGHT),
        "tiny": dict(fontSize=7.5, leading=10),
        "hash": dict(fontName=fonts.MONO, fontSize=7, leading=9, alignment=TA_LEFT, wordWrap=None),
        "big-label": dict(fontSize=26, leading=34, alignment=TA_CENTER),
    }
    attrs = {**base, **table[name]}
    if attrs.get("wordWrap") == "CJK" and attrs.get("alignment", TA_LEFT) == TA_LEFT:
        # A comma that may not start a line hangs past the last character; half an em keeps its ink inside the box.
        attrs["rightIndent"] = attrs["fontSize"] * 0.5
    if compact:
        scale = 0.72 if name in ("title", "big-label", "subtitle") else 0.875
        attrs["fontSize"] = round(attrs["fontSize"] * scale, 2)
        attrs["leading"] = round(attrs["leading"] * scale, 2)
    return ParagraphStyle(name + ("-compact" if compact else ""), **attrs)


def esc(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def para(text: str, name: str = "body", *, markup: bool = False, compact: bool = False):
    from reportlab.platypus import Paragraph

    return Paragraph(text if markup else esc(text), style(name, compact))


def table_style(*commands):
    """A TableStyle whose plain-string cells (even empty ones) use the embedded font, never Helvetica."""
    from reportlab.platypus import TableStyle

    fonts.register()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS), *commands])
