"""The bundled CJK font is registered and actually draws the Chinese text (no tofu)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui import fonts
from tests.test_ui_helpers import OFFSCREEN_NOISE, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SAMPLE = "印证资料报送：第55项 行政执法全过程记录（2021年）"


def glyph_runs(text: str, font: QFont):
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout.glyphRuns()


def test_font_is_registered(ui_app):
    families = fonts.register()
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems("WenQuanYi Micro Hei")


def test_application_font_falls_back_to_it_for_chinese(ui_app):
    font = QApplication.font()
    assert font.families()[-1] == "WenQuanYi Micro Hei"
    runs = glyph_runs(SAMPLE, font)
    chinese = [r for r in runs if r.rawFont().familyName() == "WenQuanYi Micro Hei"]
    assert chinese, [r.rawFont().familyName() for r in runs]
    for run in runs:
        assert 0 not in run.glyphIndexes(), f"tofu (.notdef) from {run.rawFont().familyName()}"


def test_headings_keep_the_fallback(ui_app):
    heading = fonts.scaled(QApplication.font(), 1.35, bold=True)
    assert heading.bold() and heading.families()[-1] == "WenQuanYi Micro Hei"
    assert all(0 not in r.glyphIndexes() for r in glyph_runs(SAMPLE, heading))
