"""Register the bundled CJK font so Chinese renders on machines without one (no tofu boxes).

The font is added to the end of the application font's family list: Latin text
keeps the system's interface font, and any glyph the system font lacks falls
back to WenQuanYi Micro Hei, which is always there.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop.core import paths

FONT_FILE = ("fonts", "wqy-microhei.ttc")
_families: list[str] = []


def register() -> list[str]:
    """Add the font file to Qt's database once; returns its families ("WenQuanYi Micro Hei", …)."""
    if _families:
        return list(_families)
    font_id = QFontDatabase.addApplicationFont(str(paths.resource(*FONT_FILE)))
    if font_id >= 0:
        _families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_families)


def cjk_family() -> str | None:
    fams = register()
    plain = [f for f in fams if "Mono" not in f]
    return (plain or fams or [None])[0]


def install(app: QGuiApplication) -> QFont:
    """Make the bundled font the fallback of the application font; returns the font set."""
    family = cjk_family()
    font = QFont(app.font())
    if family:
        families = [f for f in font.families() if f != family] or [font.family()]
        font.setFamilies(families + [family])
    app.setFont(font)
    return font


def scaled(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A heading font relative to the interface font, so headings follow the user's font size."""
    f = QFont(base)
    size = f.pointSizeF()
    if size > 0:
        f.setPointSizeF(size * factor)
    f.setBold(bold)
    return f
