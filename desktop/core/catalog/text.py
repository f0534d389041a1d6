"""Text normalisation shared by the catalog, its importers and the provenance checks.

Text pulled out of PDFs and Word tables carries line-wrap spaces inside Chinese
("法律知 识", "2020 年以来"). Chinese does not use spaces between words, so a
space next to a CJK character is an artefact and is dropped; a space between
two Latin words or numbers is kept. Nothing else is changed: typos in the
source stay as they are (the catalog reproduces the source, it does not edit it).
"""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[\s\u3000\u00a0\x0c]+")
# Form feeds and other control characters that PDF extraction leaves behind.
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\^L")


def is_cjk(ch: str) -> bool:
    """CJK ideographs and the full-width / CJK punctuation that goes with them."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F  # CJK symbols and punctuation
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x2018 <= o <= 0x201F  # curly quotes used in Chinese text
        or 0x2460 <= o <= 0x24FF  # circled numbers
        or o in (0x2014, 0x2026, 0x00B7)
    )


def normalize(text: str | None) -> str:
    """NFC, control characters removed, whitespace collapsed, spaces beside CJK dropped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _CTRL.sub(" ", text)
    text = _WS.sub(" ", text).strip()
    if " " not in text:
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == " ":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if is_cjk(prev) or is_cjk(nxt):
                continue
            # "1. 本级": a space after an item number's full stop is layout, not content
            if prev in ".．、" and nxt and not nxt.isascii():
                continue
        out.append(ch)
    return "".join(out)


def squash(text: str) -> str:
    """All whitespace removed: for comparing text against a source whose wrapping differs."""
    return _WS.sub("", normalize(text))
