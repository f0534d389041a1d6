"""The office window: the matrix model (model tester), a drop that receives, a review, registering a waiting key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.core.office import OfficeWorkspace
from desktop.core.office.model import PASS, REVISE
from desktop.ui.office import OfficeWindow
from desktop.ui.office.matrix_model import CellRole, MatrixModel, unit_header
from desktop.ui.office.register_key import RegisterKeyDialog
from desktop.ui.operations import InlinePool
from desktop.ui.settings import Settings
from tests.office_support import CATALOG, UnitBundles, allowed_signers, pdf_bytes, unit_signer
from tests.test_ui_helpers import OFFSCREEN_NOISE, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SIFA = "市司法局"


@pytest.fixture
def office(tmp_path):
    off = OfficeWorkspace.create(tmp_path / "office", CATALOG)
    yield off
    off.close()


@pytest.fixture
def sifa(tmp_path):
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
    u.add("3.1", "权责清单.pdf", pdf_bytes(3))
    u.statements["3.1"] = "清单已在政府网站公开。"
    return u


@pytest.fixture
def window(qtbot, ui_app, office, tmp_path):  # noqa: F811
    w = OfficeWindow(office, store=Settings(tmp_path / "settings.ini"), restore=False, pool=InlinePool())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for box in list(w._boxes):
        box.close()


def drop(widget, paths) -> None:
    """What a real drag sends: enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(pos.toPoint(), *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, *args))


def test_matrix_model_passes_the_model_tester(qtmodeltester, ui_app, office, sifa, tmp_path):  # noqa: F811
    (tmp_path / "as").write_text(allowed_signers(sifa.signer), encoding="utf-8")
    office.trust(tmp_path / "as")
    office.receive([sifa.export()])
    model = MatrixModel(office.matrix())
    qtmodeltester.check(model)
    assert model.rowCount() == len(CATALOG.indicators) and model.columnCount() == len(CATALOG.units)
    idx = model.index_of("55", SIFA)
    cell = model.data(idx, CellRole)
    assert cell.files == 1 and model.data(idx) == "◐"
    assert model.headerData(idx.column(), Qt.Orientation.Horizontal).startswith("司法\n局\n")
    assert unit_header("市委办") == "市委\n办"  # a short name keeps its 市
    model.set_matrix(office.matrix())
    qtmodeltester.check(model)


def test_a_drop_receives_in_the_background_and_the_matrix_shows_it(window, office, sifa, tmp_path):
    (tmp_path / "as").write_text(allowed_signers(sifa.signer), encoding="utf-8")
    office.trust(tmp_path / "as")
    window.refresh()
    assert window.model.data(window.model.index_of("55", SIFA), CellRole).files == 0
    drop(window.ui.dropArea, [sifa.export()])
    assert window.last_report is not None
    assert len(window.last_report.accepted) == 2
    cell = window.model.data(window.model.index_of("55", SIFA), CellRole)
    assert cell.files == 1
    assert window.ui.submissionsTable.rowCount() == 1
    assert window._boxes and "接收 2 个" in window._boxes[-1].text()


def test_a_cell_shows_its_evidence_and_a_review_is_saved(qtbot, window, office, sifa, tmp_path):
    (tmp_path / "as").write_text(allowed_signers(sifa.signer), encoding="utf-8")
    office.trust(tmp_path / "as")
    office.receive([sifa.export()])
    window.refresh()
    assert window.select_cell(SIFA, "3")
    panel = window.ui.cellPanel
    assert "市司法局 · 第3项" in panel.ui.titleLabel.text()
    assert "清单已在政府网站公开。" in panel.ui.statementView.toPlainText()
    assert panel.current_file().label == "权责清单.pdf"
    assert panel.ui.preview.page_count() == 1  # the stored PDF is shown
    window.select_cell(SIFA, "4")  # nothing sent there: the previous document does not linger
    assert panel.ui.preview.page_count() == 0 and panel.ui.preview.ui.statusLabel.isVisible()
    window.select_cell(SIFA, "3")
    panel.ui.reviseRadio.setChecked(True)
    panel.ui.commentEdit.setPlainText("请补充清单公开的网址")
    panel.ui.scoreCheck.setChecked(True)
    panel.ui.scoreSpin.setValue(7.5)
    qtbot.mouseClick(panel.ui.saveReviewButton, Qt.MouseButton.LeftButton)
    r = office.reviews(SIFA, "3")[0]
    assert (r.verdict, r.comment, r.score) == (REVISE, "请补充清单公开的网址", 7.5)
    cell = window.model.data(window.model.index_of("3", SIFA), CellRole)
    assert cell.review_state == REVISE and window.model.data(window.model.index_of("3", SIFA)).endswith("!")
    assert window.current_cell() == ("3", SIFA)
    panel.ui.passRadio.setChecked(True)
    panel.submit_review()
    assert office.reviews(SIFA, "3")[0].verdict == PASS


def test_feedback_from_the_window_creates_the_office_key_first(window, office, sifa, tmp_path, monkeypatch):
    (tmp_path / "as").write_text(allowed_signers(sifa.signer), encoding="utf-8")
    office.trust(tmp_path / "as")
    office.receive([sifa.export()])
    office.review(SIFA, "55", "revise", "请补充")
    window.refresh()
    window.select_cell(SIFA, "55")
    asked = []
    monkeypatch.setattr(window, "ask_passphrase", lambda new=False: asked.append(new) or "office-passphrase")
    monkeypatch.setattr(window, "ask_save_path", lambda *_a: tmp_path / "审核意见.zip")
    window.write_feedback()
    assert asked == [True] and office.has_key() and (tmp_path / "审核意见.zip").is_file()
    monkeypatch.setattr(window, "ask_save_path", lambda *_a: tmp_path / "催报")
    window.write_chase()
    assert (tmp_path / "催报.docx").is_file()


def test_register_dialog_accepts_only_the_matching_fingerprint(qtbot, ui_app, sifa):  # noqa: F811
    dialog = RegisterKeyDialog([u.name for u in CATALOG.units], unit=SIFA, key=sifa.signer.public_key.line(SIFA))
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.fingerprintLabel.text() == sifa.signer.fingerprint and not ok.isEnabled()
    dialog.ui.confirmEdit.setText(sifa.signer.fingerprint[:-2] + "xx")
    assert not ok.isEnabled() and "不一致" in dialog.ui.matchLabel.text()
    dialog.ui.confirmEdit.setText(sifa.signer.fingerprint)
    assert ok.isEnabled() and dialog.unit() == SIFA and dialog.public_key() == sifa.signer.public_key


def test_a_waiting_part_is_received_once_its_key_is_registered(window, office, sifa, monkeypatch):
    window.receive([sifa.export()])
    assert window.ui.waitingTable.rowCount() == 2  # the part and its index wait for the key
    window.ui.waitingTable.selectRow(0)
    monkeypatch.setattr(window, "ask_register",
                        lambda unit=None, key="": (unit, key, sifa.signer.fingerprint))
    window.register_waiting()
    assert office.quarantined() == [] and window.ui.waitingTable.rowCount() == 0
    assert window.model.data(window.model.index_of("55", SIFA), CellRole).files == 1
