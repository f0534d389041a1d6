"""The office's review in the unit's window: a real review file, signed by a real office workspace, imported from
the window (first-use fingerprint check, refusal of other keys, drop on the window), then shown as a banner on the
indicator, a mark and filter in the tree, and first in the overview's 尚未完成 — until an export answers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.workspace import Workspace
from desktop.ui import icons
from desktop.ui.evidence import CatalogOnly, IndicatorState, ReviewNote, ReviewStatus, Status
from desktop.ui.feedback_ui import FingerprintDialog, looks_like_review_file
from desktop.ui.launcher import Launcher
from desktop.ui.settings import Settings
from desktop.ui.tree_model import NEEDS_REVISION, PROGRESS, IndicatorFilter, IndicatorTreeModel, ReviewRole
from tests.review_support import COMMENT_22, COMMENT_55, SIFA, make_review_files
from tests.test_ui_helpers import OFFSCREEN_NOISE, FakeEvidence, catalog, ui_app  # noqa: F401
from tests.test_ui_workspace import idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDENCE_DESK_HOME", str(tmp_path_factory.mktemp("office-home")))
        return make_review_files(tmp_path_factory.mktemp("office"))


@pytest.fixture
def window(qtbot, ui_app, tmp_path):
    ws = Workspace.create(tmp_path / "ws", "jincheng-2022", unit=SIFA, groups=["各行政执法单位"], staff=["张三"],
                          contact="李四", phone="0356-1234567")
    ws.close()
    launcher = Launcher(Settings(tmp_path / "settings.ini"), restore_geometry=False)
    w = launcher.open_folder(tmp_path / "ws")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.launcher = launcher
    yield w
    for box in visible(QMessageBox):
        box.close()
    w.close()
    idle(qtbot)


def visible(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def fingerprint_dialog(window, qtbot, path) -> FingerprintDialog:
    window.session.import_review_file(path)
    idle(qtbot)
    dialog = window.session.fingerprint_dialog
    assert dialog.isVisible()
    return dialog


def import_genuine(window, qtbot, files) -> QMessageBox:
    """The first import, as a user does it: the fingerprint typed from the office's letter, then OK."""
    dialog = fingerprint_dialog(window, qtbot, files.genuine)
    dialog.ui.confirmEdit.setText(files.fingerprint)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot)
    box = window.session.feedback_report
    assert box.isVisible()
    return box


def drop_on(widget, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


# ---------------------------------------------------------------------------- importing
def test_first_import_refuses_a_wrong_fingerprint_and_accepts_the_right_one(qtbot, window, files):
    ws = window.session.ws
    dialog = fingerprint_dialog(window, qtbot, files.genuine)
    assert dialog.ui.fingerprintLabel.text() == files.fingerprint  # the key that signed the file, shown to compare
    assert dialog.ui.officeLabel.text() == "依法治市办"
    assert not dialog.ok_button.isEnabled()
    dialog.ui.confirmEdit.setText(files.impostor_fingerprint)  # what a stranger would say on the phone
    assert not dialog.ok_button.isEnabled() and "不一致" in dialog.ui.matchLabel.text()
    assert not dialog.ui.comparedCheck.isEnabled()  # a typed mismatch cannot be ticked away
    dialog.accept()  # Enter in the line edit
    assert dialog.isVisible() and ws.office_keys() == [] and ws.reviews() == {}
    dialog.ui.confirmEdit.setText(" " + files.fingerprint.removeprefix("SHA256:") + " ")  # as read out: no prefix
    assert dialog.ok_button.isEnabled() and "一致" in dialog.ui.matchLabel.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert [k.fingerprint for k in ws.office_keys()] == [files.fingerprint]
    box = window.session.feedback_report
    assert "通过 1 项，需补充 2 项" in box.text()
    assert "已确认并登记依法治市办的公钥 " + files.fingerprint in box.informativeText()
    assert COMMENT_22 in box.informativeText() and COMMENT_55 in box.informativeText()
    assert window.current_key() == "22"  # the first indicator that needs revision is shown
    # the same file again: nothing changes, and no fingerprint is asked any more
    box.close()
    window.session.import_review_file(files.genuine)
    idle(qtbot)
    assert window.session.feedback_report.text() == "这份审核意见已经导入过，没有变化。"


def test_the_fingerprint_can_be_confirmed_without_typing_it(qtbot, ui_app, files):
    dialog = FingerprintDialog("依法治市办", files.fingerprint, "审核意见.zip")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.ui.comparedCheck.setChecked(True)
    assert dialog.ok_button.isEnabled() and dialog.confirmed_fingerprint() == files.fingerprint
    dialog.ui.confirmEdit.setText("SHA256:wrong")
    assert not dialog.ok_button.isEnabled()


def test_a_review_file_signed_by_another_key_is_refused(qtbot, window, files):
    import_genuine(window, qtbot, files).close()
    ws = window.session.ws
    window.session.import_review_file(files.forged)
    idle(qtbot)
    box = window.session.feedback_refusal
    assert box.isVisible()
    assert "不是由已登记的依法治市办公钥签名的，已拒绝导入" in box.text() and files.impostor_fingerprint in box.text()
    assert ws.review("55").comment == COMMENT_55 and ws.review("55").verdict == "revise"  # nothing was overwritten
    # "the office changed its key?": only the new key's own fingerprint would let it in
    check = next(b for b in box.buttons() if b.text() == "核对新指纹…")
    check.click()
    dialog = window.session.fingerprint_dialog
    assert dialog.isVisible() and "不同" in dialog.ui.introLabel.text()
    dialog.ui.confirmEdit.setText(files.fingerprint)  # the registered office key is not the one that signed it
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert [k.fingerprint for k in ws.office_keys()] == [files.fingerprint]


def test_a_damaged_review_file_is_refused_with_the_reason(qtbot, window, files, tmp_path):
    bad = tmp_path / "审核意见.zip"
    data = bytearray(files.genuine.read_bytes())
    at = data.find("需补充".encode())
    data[at:at + 3] = "通过".encode()[:3]  # the signed JSON altered: the signature no longer holds
    bad.write_bytes(bytes(data))
    window.session.import_review_file(bad)
    idle(qtbot)
    (box,) = visible(QMessageBox)
    assert "签名无效" in box.text() or "已损坏" in box.text()
    assert window.session.ws.reviews() == {}


def test_a_review_file_dropped_on_the_window_is_imported_not_attached(qtbot, window, files):
    ws = window.session.ws
    ws.register_office_key(files.public_key)  # registered beforehand (office-key): no question asked
    assert looks_like_review_file(files.genuine) and not looks_like_review_file(files.forged.with_suffix(".pdf"))
    window.select_indicator("55")
    drop_on(window.ui.indicatorPage.card("55.1").ui.dropArea, files.genuine)  # the card leaves it to the window
    idle(qtbot)
    assert ws.attachments("55.1") == []
    assert "需补充 2 项" in window.session.feedback_report.text()
    window.session.feedback_report.close()
    drop_on(window.ui.indicatorTree.viewport(), files.genuine)
    idle(qtbot)
    assert window.session.feedback_report.text() == "这份审核意见已经导入过，没有变化。"


# ---------------------------------------------------------------------------- showing the review
def test_review_shows_beside_each_indicator_in_the_tree_filter_and_overview(qtbot, window, files):
    import_genuine(window, qtbot, files).close()
    page = window.ui.indicatorPage
    window.select_indicator("55")
    banner = page.review_banner_text()
    assert banner.startswith("依法治市办审核意见：需补充") and COMMENT_55 in banner and "6 分" in banner
    assert "王审核" in banner and "重新导出报送包" in banner
    assert "#b93a0b" in page.ui.reviewTitleLabel.styleSheet() and "#fff4e5" in page.ui.reviewBanner.styleSheet()
    window.select_indicator("4")
    assert page.review_banner_text().startswith("依法治市办审核意见：通过") and "10 分" in page.review_banner_text()
    assert "font-weight: normal" in page.ui.reviewTitleLabel.styleSheet()  # 通过 is quiet
    assert "border: none" in page.ui.reviewBanner.styleSheet()
    window.select_indicator("20")
    assert page.review_banner_text() == "" and page.ui.reviewBanner.isHidden()
    # the tree: 需补充 in the progress column, its own mark, the verdict in the tooltip
    model = window.model
    assert model.index_for_key("55", PROGRESS).data() == "需补充"
    assert model.index_for_key("55", PROGRESS).data(Qt.ItemDataRole.ForegroundRole).name() == "#c2410c"
    assert model.index_for_key("55").data(ReviewRole) == "needs_revision"
    assert model.index_for_key("55").data(Qt.ItemDataRole.DecorationRole).cacheKey() == \
        icons.icon("review-needs-revision").cacheKey()
    assert COMMENT_55 in model.index_for_key("55").data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_for_key("4", PROGRESS).data() != "需补充" and model.index_for_key("4").data(ReviewRole) == "passed"
    # the status filter
    combo = window.ui.statusCombo
    combo.setCurrentIndex(combo.findData(NEEDS_REVISION))
    assert combo.currentText() == "需补充（依法治市办审核）"
    assert window.proxy.visible_keys() == ["22", "55"]
    # the overview: counted, and first in 尚未完成 — even where the unit had marked the indicator done
    combo.setCurrentIndex(0)
    ws = window.session.ws
    ws.set_status("55", "已完成")
    window.session.refresh(["55"])
    window.show_overview()
    overview = window.ui.overviewPage
    assert overview.missing_keys()[:2] == ["22", "55"]
    assert "其中需补充 2 项" in overview.ui.missingBox.title()
    assert overview.ui.reviewLabel.text().startswith("依法治市办审核意见：需补充 2 项，通过 1 项")
    assert overview.ui.missingList.topLevelItem(0).text(0).startswith("［需补充］")
    assert COMMENT_22 in overview.ui.missingList.topLevelItem(0).toolTip(0)


def test_an_export_answers_the_review(qtbot, window, files, tmp_path):
    """The first export after the import turns 需补充 into 已补充，待复核 (the core's rule), and the window follows."""
    from desktop.core.export import export
    from desktop.core.signing import keystore
    from tests.test_export_support import PASS, scan

    import_genuine(window, qtbot, files).close()
    ws = window.session.ws
    ws.attach("55", [scan(tmp_path / "src" / "执法记录.pdf", 1, seed=5)])
    keystore.generate(ws.path, PASS, SIFA)
    export(ws, tmp_path / "out", passphrase=PASS, converter=None)
    window.session.refresh(None)
    window.select_indicator("55")
    page = window.ui.indicatorPage
    assert page.review_banner_text().startswith("依法治市办审核意见：已补充，待复核")
    assert "审核意见：" + COMMENT_55 in page.review_banner_text() and "等待依法治市办复核" in page.review_banner_text()
    assert window.model.index_for_key("55", PROGRESS).data() != "需补充"
    combo = window.ui.statusCombo
    combo.setCurrentIndex(combo.findData(NEEDS_REVISION))
    assert window.proxy.visible_keys() == []
    window.show_overview()
    assert "需补充" not in window.ui.overviewPage.ui.missingBox.title()
    assert "已补充，待复核 2 项" in window.ui.overviewPage.ui.reviewLabel.text()


# ---------------------------------------------------------------------------- without a workspace, and the model
def test_catalog_only_has_no_review_and_no_import(qtbot, ui_app, catalog, tmp_path):
    from desktop.ui.main_window import MainWindow

    assert CatalogOnly().indicator_state(catalog.indicator("55")).review is None
    w = MainWindow(catalog, None, store=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    assert not w.ui.actionImportFeedback.isEnabled() and not w.ui.actionUpdateCatalog.isEnabled()


class ReviewedEvidence(FakeEvidence):
    def indicator_state(self, ind) -> IndicatorState:
        base = super().indicator_state(ind)
        status = {"55": ReviewStatus.NEEDS_REVISION, "56": ReviewStatus.ANSWERED, "57": ReviewStatus.PASSED}.get(ind.key)
        return IndicatorState(base.status, base.items_ready, base.items_total,
                              review=ReviewNote(status, "意见") if status else None)


def test_the_model_with_reviews_passes_the_model_tester_and_filters(qtmodeltester, ui_app, catalog):
    model = IndicatorTreeModel(catalog, ReviewedEvidence(statuses={"55": Status.DONE}))
    qtmodeltester.check(model, force_py=True)
    proxy = IndicatorFilter()
    proxy.setSourceModel(model)
    proxy.set_status_filter(NEEDS_REVISION)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.visible_keys() == ["55"]
    proxy.set_status_filter("unfinished")  # 已完成 but 需补充: still unfinished
    assert "55" in proxy.visible_keys() and "57" in proxy.visible_keys()
