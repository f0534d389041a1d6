"""The CJK font shipped in resources/fonts, registered once with reportlab; reportlab embeds it as a subset.

WenQuanYi Micro Hei covers GB 18030's common characters and ships with the
program, so printed Chinese never depends on the fonts of the office PC, and
text stays extractable (reportlab writes a ToUnicode map for every subset).
Face 0 is proportional; face 1 is monospaced, used for SHA-256 values.
"""

from __future__ import annotations

import threading

from desktop.core import paths
from desktop.core.errors import UserError

SANS = "WQYMicroHei"
MONO = "WQYMicroHeiMono"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Make SANS and MONO known to reportlab (once per process; parsing the font takes ~0.2 s per face)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        path = paths.resource(*FONT_FILE)
        try:
            pdfmetrics.registerFont(TTFont(SANS, str(path), subfontIndex=0))
            pdfmetrics.registerFont(TTFont(MONO, str(path), subfontIndex=1))
        except (OSError, TTFError) as e:
            raise UserError(
                f"程序文件不完整：无法读取打印用的中文字体（{path.name}）。请重新安装本程序。",
                en=f"The bundled font {path} cannot be read ({e}); reinstall the program.",
            ) from None
        # Paragraph markup (<b>, <i>) must never fall back to Helvetica, which is not embedded.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(SANS, bold, italic, SANS)
                addMapping(MONO, bold, italic, MONO)
        # Binary streams: ASCII85 would make every embedded photo a quarter larger for no benefit.
        rl_config.useA85 = 0
        _teach_chinese_line_breaking()
        _registered = True


# Punctuation that must not begin a line in Chinese (GB/T 15834 practice), and what must not end one.
# reportlab's lists cover Japanese but lack most full-width Chinese punctuation.
NO_LINE_START = "，；：？！、。”’）》〉」』】〕｝％…—·．"
NO_LINE_END = "“‘（《〈「『【〔｛"


def _teach_chinese_line_breaking() -> None:
    from reportlab.lib import textsplit

    missing = "".join(c for c in NO_LINE_START if c not in textsplit.ALL_CANNOT_START)
    textsplit.ALL_CANNOT_START += missing
    textsplit.CANNOT_START_LINE[0] += missing
    missing_end = "".join(c for c in NO_LINE_END if c not in textsplit.CANNOT_END_LINE[0])
    textsplit.CANNOT_END_LINE[0] += missing_end
    textsplit.ALL_CANNOT_END += missing_end


def string_width(text: str, size: float, font: str = SANS) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    return stringWidth(text, font, size)
