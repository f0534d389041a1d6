"""The office window's own translation file: complete, current, and the English window really is English."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu

from desktop.core.office import OfficeWorkspace
from desktop.ui import i18n, i18n_build
from desktop.ui.office import OfficeWindow
from desktop.ui.office.i18n import install_office_translations
from desktop.ui.operations import InlinePool
from desktop.ui.settings import Settings
from tests.office_support import CATALOG
from tests.test_ui_helpers import OFFSCREEN_NOISE, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CJK = re.compile(r"[\u3400-\u9fff\uff08\uff09\uff1a\u3001]")
CATALOGUE = "evidence_desk_office"


def test_office_translation_is_complete():
    problems = []
    for ctx in ET.parse(i18n_build.ts_path("en", CATALOGUE)).getroot().iter("context"):
        for m in ctx.iter("message"):
            src, tr = m.findtext("source"), m.find("translation")
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                problems.append((src, "untranslated"))
            elif CJK.search(tr.text.replace("实", "")):  # 实 is the on-site mark itself, shown in the legend
                problems.append((src, tr.text))
            problems += [(src, f"%{n} lost") for n in range(1, 10) if f"%{n}" in src and f"%{n}" not in (tr.text or "")]
    assert problems == []


def test_office_translation_file_is_current(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(i18n_build.ts_path("en", CATALOGUE), ts)
    before = ts.read_bytes()
    out = i18n_build.update(ts, "en", CATALOGUE)
    assert "0 new" in out and ts.read_bytes() == before, "run python -m desktop.ui.i18n_build"
    qm = tmp_path / "check.qm"
    i18n_build.release(ts, qm)
    assert qm.read_bytes() == i18n_build.qm_path("en", CATALOGUE).read_bytes()
    assert not any(p.name.startswith("office_") for p in i18n_build.sources())  # not in the unit's catalogue


def test_english_office_window_has_no_chinese_chrome(qtbot, ui_app, tmp_path):  # noqa: F811
    i18n.install("en", ui_app)
    assert install_office_translations() == "evidence_desk_office_en.qm"
    with OfficeWorkspace.create(tmp_path / "office", CATALOG) as office:
        w = OfficeWindow(office, store=Settings(tmp_path / "s.ini"), restore=False, pool=InlinePool())
        qtbot.addWidget(w)
        texts = [a.text() for a in w.findChildren(type(w.ui.actionRefresh))]
        texts += [m.title() for m in w.findChildren(QMenu)] + [b.title() for b in w.findChildren(QGroupBox)]
        texts += [b.text() for b in w.findChildren(QAbstractButton) if b.text()]
        texts += [w.ui.tabs.tabText(i) for i in range(w.ui.tabs.count())]
        texts += [lbl.text() for lbl in w.findChildren(QLabel) if lbl is not w.ui.legendLabel]
        texts += [w.ui.unitsTable.horizontalHeaderItem(i).text() for i in range(w.ui.unitsTable.columnCount())]
        offenders = [t for t in texts if CJK.search(t)]
        w.close()
    i18n.install("zh_CN", ui_app)
    assert install_office_translations() is None
    assert offenders == []
