"""Translations: the English file covers every string and is current; Qt's own strings follow the language."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from desktop.ui import i18n, i18n_build
from desktop.ui.main_window import MainWindow
from tests.test_ui_helpers import OFFSCREEN_NOISE, catalog, sifa_profile, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CJK = re.compile(r"[\u3400-\u9fff\uff08\uff09\uff1a\u3001]")


def messages(ts_path):
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        for m in ctx.iter("message"):
            yield ctx.findtext("name"), m


def test_english_translation_is_complete():
    problems = []
    for ctx, m in messages(i18n_build.ts_path("en")):
        src = m.findtext("source")
        tr = m.find("translation")
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((ctx, src, tr.get("type")))
        texts = [f.text for f in tr.iter("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if not all(t and t.strip(" ") or src.strip() in ("、",) for t in texts):
            problems.append((ctx, src, "empty"))
        for t in texts:
            if t and CJK.search(re.sub(r'"[^"]*"', "", t)):  # Chinese only in quotes: what a user types
                problems.append((ctx, src, f"Chinese left in translation: {t}"))
        for n in range(1, 10):  # every placeholder the code fills must survive (translators may drop a unit)
            if f"%{n}" in src and not any(f"%{n}" in (t or "") for t in texts) and src not in (
                    "任选 %1%2", "数量 %1%2", "%1/%2%3"):
                problems.append((ctx, src, f"%{n} missing"))
    assert problems == []


def test_every_source_string_is_in_the_translation_file(tmp_path):
    """lupdate over today's code and forms finds nothing the committed file lacks."""
    ts = tmp_path / "check.ts"
    shutil.copy(i18n_build.ts_path("en"), ts)
    before = ts.read_bytes()
    out = i18n_build.update(ts)
    assert "0 new" in out, out
    assert ts.read_bytes() == before, "resources/i18n/evidence_desk_en.ts is stale: run python -m desktop.ui.i18n_build"


def test_compiled_qm_is_current(tmp_path):
    qm = tmp_path / "check.qm"
    i18n_build.release(i18n_build.ts_path("en"), qm)
    assert qm.read_bytes() == i18n_build.qm_path("en").read_bytes(), "run python -m desktop.ui.i18n_build release"


def test_language_switch_translates_ours_and_qts(qtbot, ui_app):
    loaded = i18n.install("en", ui_app)
    assert loaded == ["qtbase_en", "evidence_desk_en.qm"]
    assert QCoreApplication.translate("MainWindow", "全部状态") == "All statuses"
    assert QCoreApplication.translate("Labels", "%n 个文件", None, 2) == "2 files"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    i18n.install("zh_CN", ui_app)
    assert QCoreApplication.translate("MainWindow", "全部状态") == "全部状态"
    assert QCoreApplication.translate("Labels", "%n 个文件", None, 2) == "2 个文件"
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # qtbase_zh_CN.qm from PySide6


def test_english_window_chrome_has_no_chinese(qtbot, ui_app, catalog):
    """Menus, actions and captions are English; only catalog data (indicator texts, unit names) stays Chinese."""
    i18n.install("en", ui_app)
    w = MainWindow(catalog, sifa_profile())
    qtbot.addWidget(w)
    w.select_indicator("27")
    texts = [a.text() for a in w.findChildren(type(w.ui.actionFind))]
    texts += [m.title() for m in w.findChildren(QMenu)]
    texts += [w.ui.scopeCombo.itemText(i) for i in range(w.ui.scopeCombo.count())]
    texts += [w.ui.statusCombo.itemText(i) for i in range(w.ui.statusCombo.count())]
    page = w.ui.indicatorPage.ui
    texts += [lbl.text() for lbl in (page.areaCaption, page.groupCaption, page.unitsCaption, page.itemsHeading,
                                     page.statementHint)]
    texts += [page.materialsBox.title(), page.titleLabel.text(), page.statusButton.toolTip()]
    card = w.ui.indicatorPage.cards[0].ui
    texts += w.ui.indicatorPage.cards[0].badges()
    texts += [card.statementCaption.text(), card.dropHint.text(), card.addButton.text(), card.showUrlButton.text(),
              card.statementEdit.placeholderText(), card.onsiteBox.title(), card.onsiteReadyCheck.text()]
    texts += [b.text() for b in (card.upButton, card.downButton, card.previewButton, card.openButton,
                                 card.revealButton, card.renameButton, card.dateButton, card.moveButton, card.removeButton)]
    texts += [card.attachmentList.headerItem().text(c) for c in range(4)]
    merged = re.sub(r"<[^>]+>", "", page.mergedLabel.text())
    texts.append(merged)
    offenders = [t for t in texts if CJK.search(t)]
    assert offenders == []
    assert "Submitted together with indicators 26–29" in merged
    assert [lbl for lbl in w.findChildren(QLabel) if lbl.text() == "总览"] == []
