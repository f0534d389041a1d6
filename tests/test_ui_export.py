"""The export dialog and the key dialog: first-use key generation, presets, destinations, the check page, the
export itself with its result page (once the export adapter is on this branch), and the 密钥 menu's files."""

from __future__ import annotations

import importlib.util

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from desktop.core.signing import keystore
from desktop.core.workspace import Workspace
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.keys_ui import KeyDialog, backup_key, copy_allowed_signers, write_registration_form
from desktop.ui.operations import InlinePool
from desktop.ui.settings import Settings
from tests.test_ui_helpers import OFFSCREEN_NOISE, make_pdf, type_text, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
HAS_EXPORT = importlib.util.find_spec("desktop.core.export") is not None
PASS = "正确的口令abc123"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "ws", "jincheng-2022", unit="市司法局", groups=["各行政执法单位"], staff=["张三"],
                         contact="李四", phone="0356-1234567")
    yield w
    w.close()


@pytest.fixture
def dialog(qtbot, ui_app, ws, tmp_path):
    d = ExportDialog(ws, selected_keys=["55", "56"], pool=InlinePool(), write_pool=InlinePool(),
                     store=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(d)
    d.show()
    return d


def make_key(qtbot, ws, dialog=None) -> KeyDialog:
    kd = KeyDialog(ws, dialog, pool=InlinePool())
    qtbot.addWidget(kd)
    kd.ui.passEdit.setText("short")
    kd.ui.repeatEdit.setText("short")
    kd.generate()
    assert "至少需要 8 个字符" in kd.ui.errorLabel.text() and not keystore.has_key(ws.path)
    kd.ui.passEdit.setText(PASS)
    kd.ui.repeatEdit.setText(PASS + "x")
    kd.generate()
    assert "不一样" in kd.ui.errorLabel.text()
    kd.ui.repeatEdit.setText(PASS)
    kd.generate()
    assert keystore.has_key(ws.path)
    return kd


def test_first_use_asks_for_a_key_and_the_key_dialog_makes_one(qtbot, dialog, ws):
    ui = dialog.ui
    assert ui.keyButton.isVisibleTo(dialog) and not ui.passEdit.isEnabled()
    assert "还没有签名密钥" in ui.keyLabel.text()
    kd = dialog.create_key()
    kd._pool = InlinePool()
    kd.ui.passEdit.setText(PASS)
    kd.ui.repeatEdit.setText(PASS)
    kd.generate()
    fp = keystore.registration(ws.path).fingerprint
    assert kd.ui.pages.currentWidget() is kd.ui.donePage and kd.ui.fingerprintLabel.text() == fp
    assert kd.ui.passEdit.text() == ""  # the passphrase does not linger in the dialog
    assert not ui.keyButton.isVisibleTo(dialog) and fp in ui.keyLabel.text()
    assert ui.passEdit.text() == PASS and ui.passEdit.isEnabled()  # no need to type it again
    kd.close()


def test_key_dialog_refuses_short_and_mismatched_passphrases(qtbot, ui_app, ws):
    make_key(qtbot, ws).close()


def test_part_size_presets_and_custom_size(dialog):
    ui = dialog.ui
    assert ui.partSpin.value() == 20
    qq = next(i for i in range(ui.presetCombo.count()) if "QQ" in ui.presetCombo.itemText(i))
    ui.presetCombo.setCurrentIndex(qq)
    assert ui.partSpin.value() == 35
    ui.partSpin.setValue(9)
    assert ui.presetCombo.currentText() == "自定义"


def test_destination_folder_or_drive(dialog, ws):
    ui = dialog.ui
    assert ui.folderRadio.isChecked() and ui.folderEdit.text() == str(ws.exports_dir)
    dialog.refresh_drives()
    if ui.driveCombo.currentData() is None:  # no stick in this machine: the choice says how to get one
        assert not ui.driveRadio.isEnabled() and "刷新" in ui.driveCombo.currentText()
    assert dialog.out_dir() == ws.exports_dir


def test_scope_choices_map_to_export_arguments(dialog):
    ui = dialog.ui
    assert dialog.scope() == {"keys": None, "scope": "all", "since_last": False}
    ui.completedRadio.setChecked(True)
    assert dialog.scope()["scope"] == "completed"
    ui.selectedRadio.setChecked(True)
    assert dialog.scope()["keys"] == ["55", "56"] and "2 项" in ui.selectedRadio.text()
    assert not ui.changesRadio.isEnabled() and "还没有报送过" in ui.lastLabel.text()


def test_next_without_a_key_or_passphrase_says_what_is_missing(qtbot, dialog, ws):
    dialog.next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.settingsPage
    assert dialog.ui.errorLabel.text()
    if HAS_EXPORT:
        assert "密钥" in dialog.ui.errorLabel.text()
        make_key(qtbot, ws).close()
        dialog.update_key()
        dialog.next()
        assert "口令" in dialog.ui.errorLabel.text()


def test_the_key_menu_files(qtbot, ui_app, ws, tmp_path):
    make_key(qtbot, ws).close()
    form = write_registration_form(ws)
    assert form.name == "公钥登记表_市司法局.pdf" and len(PdfReader(form).pages) == 1
    line = copy_allowed_signers(ws)
    assert line.startswith("市司法局 ") and "ssh-ed25519" in line
    assert QGuiApplication.clipboard().text() == line
    out = backup_key(ws, None, tmp_path / "备份.key")
    assert out.read_bytes() == (keystore.key_dir(ws.path) / keystore.PRIVATE_NAME).read_bytes()


@pytest.mark.skipif(not HAS_EXPORT, reason="desktop.core.export is not on this branch yet")
def test_export_end_to_end(qtbot, dialog, ws, tmp_path):
    from desktop.core.bundle import verify_paths

    files = tmp_path / "files"
    files.mkdir()
    ws.attach("55.1", [make_pdf(files / f"台账{n}.pdf", n + 1) for n in range(5)])
    make_key(qtbot, ws).close()
    dialog.update_key()
    ui = dialog.ui
    ui.passEdit.setText("错误的口令12345")
    ui.folderEdit.setText(str(tmp_path / "报送"))
    dialog.next()
    assert ui.pages.currentWidget() is ui.settingsPage and "口令不正确" in ui.errorLabel.text()
    ui.passEdit.setText(PASS)
    dialog.next()
    assert ui.pages.currentWidget() is ui.checkPage
    assert ui.findingsTree.topLevelItemCount() == len(dialog.findings) > 0  # 58 other indicators are empty
    ui.backButton.click()
    assert ui.pages.currentWidget() is ui.settingsPage
    dialog.next()
    dialog.next()  # 继续导出
    assert ui.pages.currentWidget() is ui.resultPage, ui.errorLabel.text()
    sent = dialog.files_to_send
    assert all(p.exists() for p in sent) and any(p.suffix == ".zip" for p in sent)
    assert ui.partsTree.topLevelItemCount() == len(sent)
    assert keystore.registration(ws.path).fingerprint in ui.fingerprintLabel.text()
    assert verify_paths([tmp_path / "报送"]).ok
    assert ui.cancelButton.text() == "关闭"


@pytest.mark.skipif(not HAS_EXPORT, reason="desktop.core.export is not on this branch yet")
def test_a_cancelled_export_leaves_no_files(qtbot, dialog, ws, tmp_path):
    from desktop.ui.operations import Operation

    files = tmp_path / "files"
    files.mkdir()
    from tests.test_workspace_support import junk

    big = files / "执法录像.mp4"  # 40 MiB: long enough for the cancel to land mid-export (no PDF to parse)
    big.write_bytes(junk(40 * 1024 * 1024))
    ws.attach("55.1", [big])
    make_key(qtbot, ws).close()
    dialog.update_key()
    dialog._write_pool = None  # the real write lane: the export runs while the dialog stays usable
    dialog.ui.coversCheck.setChecked(False)  # straight to writing the part (cover sheets take seconds)
    dialog.ui.passEdit.setText(PASS)
    out = tmp_path / "报送"
    dialog.ui.folderEdit.setText(str(out))
    dialog.next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.checkPage
    op = dialog.next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.progressPage
    assert not dialog.ui.backButton.isVisible()
    op.progressed.connect(lambda *_: dialog.ui.cancelButton.click() if dialog.ui.cancelButton.isEnabled() else None)
    qtbot.waitUntil(lambda: not Operation.running_operations(), timeout=30000)
    assert dialog.ui.pages.currentWidget() is dialog.ui.settingsPage
    assert "已取消" in dialog.ui.errorLabel.text()
    assert not out.exists() or list(out.iterdir()) == []
