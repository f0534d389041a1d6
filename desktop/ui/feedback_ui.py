"""Importing the office's review file (审核意见) in the window: trust the office's key once, import, summarise.

The same rules as ``evidence-desk import-feedback`` (desktop/core/workspace/reviews.py): a file signed by the
registered office key is imported at once; the very first file asks the user to compare its key's fingerprint
with the one the office gave them (typed, or confirmed after reading it out) before the key is trusted; a file
signed by any other key is refused, and only a user who has checked the office's new fingerprint may accept a
changed key. The file is opened and its signature checked in the background, the import runs on the write lane,
and afterwards a summary says how many indicators passed and how many need more, and the first 需补充 is shown.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from desktop.ui.forms.ui_feedback_fingerprint import Ui_FingerprintDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label
from desktop.ui.operations import Operation

REVIEW_FILE_NAMES = {"feedback.json", "feedback.json.sshsig"}
MAX_REVIEW_FILE = 32 << 20  # as desktop.core.office.feedback.MAX_FILE


def looks_like_review_file(path: Path) -> bool:
    """A .zip holding exactly the review file's two entries (a quick look for drag and drop, not a check)."""
    path = Path(path)
    try:
        if path.suffix.lower() != ".zip" or not path.is_file() or path.stat().st_size > MAX_REVIEW_FILE:
            return False
        with zipfile.ZipFile(path) as z:
            return set(z.namelist()) == REVIEW_FILE_NAMES
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _normalize(text: str) -> str:
    """'SHA256:abc…' as typed: blanks dropped, the prefix added when left out (as the CLI reads it)."""
    from desktop.core.office.roster import normalize_fingerprint

    return normalize_fingerprint(text)


class FingerprintDialog(QDialog):
    """Shows the fingerprint of the key that signed the file; accepts only a matching fingerprint or a confirmation.

    ``registered`` lists the fingerprints already trusted: then the dialog is about a changed office key and
    says so. The dialog trusts nothing itself; ``confirmed_fingerprint()`` goes to ``ws.import_feedback``,
    which checks it again.
    """

    def __init__(self, office: str, fingerprint: str, file_name: str, parent=None, *, registered: list[str] = ()):
        super().__init__(parent)
        self.ui = Ui_FingerprintDialog()
        self.ui.setupUi(self)
        self.fingerprint = fingerprint
        ui = self.ui
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.15)
        mono.setBold(True)
        ui.fingerprintLabel.setFont(mono)
        ui.fingerprintLabel.setText(fingerprint)
        ui.confirmEdit.setFont(QFont(mono.family(), self.font().pointSize()))
        ui.fileLabel.setText(file_name)
        ui.officeLabel.setText(office or translate("FingerprintDialog", "（未写明）"))
        if registered:
            self.setWindowTitle(translate("FingerprintDialog", "依法治市办更换了密钥？"))
            ui.introLabel.setText(fmt(translate(
                "FingerprintDialog", "这个审核意见文件的签名密钥与已登记的依法治市办公钥（%1）不同。只有依法治市办确实更换了"
                "密钥时才能继续：请向依法治市办核实新密钥的指纹，逐字核对一致后再导入。"),
                translate("FingerprintDialog", "、").join(registered)))
            ui.introLabel.setStyleSheet("QLabel { color: #b3261e; }")
        else:
            ui.introLabel.setText(translate(
                "FingerprintDialog", "第一次导入审核意见，需要先确认这个文件确实是依法治市办签名的。请把下面的指纹与依法治市办"
                "提供的指纹（通知、公函或电话中给出的）逐字核对。"))
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("FingerprintDialog", "确认并导入"))
        ui.confirmEdit.textChanged.connect(self._check)
        ui.comparedCheck.toggled.connect(self._check)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        # room for the two-line verdict from the start: a word-wrapped label growing later would be cut off
        ui.matchLabel.setMinimumHeight(ui.matchLabel.fontMetrics().lineSpacing() * 2 + 4)
        self._check()
        self.resize(self.width(), self.sizeHint().height())

    def matches(self) -> bool:
        """A typed fingerprint equal to the file's, or (nothing typed) the user's word that they compared it."""
        typed = self.ui.confirmEdit.text().strip()
        if typed:
            return _normalize(typed) == self.fingerprint
        return self.ui.comparedCheck.isChecked()

    def _check(self) -> None:
        ui = self.ui
        typed = ui.confirmEdit.text().strip()
        ui.comparedCheck.setEnabled(not typed)
        if not typed or (len(_normalize(typed)) < len(self.fingerprint) and self.fingerprint.startswith(_normalize(typed))):
            note, colour = "", ""  # nothing typed yet, or still typing: no verdict before the end
        elif self.matches():
            note, colour = translate("FingerprintDialog", "一致，可以导入。"), "#1b5e20"
        else:
            note, colour = translate("FingerprintDialog", "不一致：这个文件可能不是依法治市办签名的。请逐字核对（区分大小写）；"
                                                          "确实不一致时不要导入，并与依法治市办联系。"), "#b3261e"
        ui.matchLabel.setText(note)
        ui.matchLabel.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.ok_button.setEnabled(self.matches())

    def accept(self) -> None:
        if self.matches():  # Enter in the line edit must not get past a wrong fingerprint either
            super().accept()

    def confirmed_fingerprint(self) -> str:
        typed = self.ui.confirmEdit.text().strip()
        return typed if typed else self.fingerprint


# ---------------------------------------------------------------- the import, from the session
def choose_and_import(session) -> Operation | None:
    window = session.window
    name, _ = QFileDialog.getOpenFileName(window, translate("FeedbackImport", "选择依法治市办的审核意见文件"),
                                          window.store.last_open_dir,
                                          translate("FeedbackImport", "审核意见 (*.zip);;所有文件 (*)"))
    if not name:
        return None
    window.store.last_open_dir = str(Path(name).parent)
    return import_review_file(session, Path(name))


def import_review_file(session, path: Path) -> Operation:
    """Check the file's signature in the background, then import it (asking for the fingerprint if it must)."""
    from desktop.core.office.feedback import read_feedback

    ws, window = session.ws, session.window
    path = Path(path)

    def look(_p, _c):
        return read_feedback(path), [k.fingerprint for k in ws.office_keys()]

    op = Operation(look, parent=window, cancellable=False, pool=session._pool,
                   title=translate("FeedbackImport", "正在核验审核意见的签名…"))
    op.success(lambda found: _signed(session, path, *found))
    return op.start()


def _signed(session, path: Path, fb, registered: list[str]) -> None:
    if fb.fingerprint in registered:
        _import(session, path, None)
        return
    if not registered:
        _ask_fingerprint(session, path, fb, registered)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, translate("FeedbackImport", "导入审核意见"), fmt(translate(
        "FeedbackImport", "这个审核意见文件不是由已登记的依法治市办公钥签名的，已拒绝导入。\n文件的签名密钥：%1\n已登记的公钥：%2"),
        fb.fingerprint, translate("FeedbackImport", "、").join(registered)), QMessageBox.StandardButton.Ok, session.window)
    box.setInformativeText(translate("FeedbackImport", "如果依法治市办确实更换了密钥，请向其核实新密钥的指纹，然后选“核对新指纹…”。"))
    check = box.addButton(translate("FeedbackImport", "核对新指纹…"), QMessageBox.ButtonRole.ActionRole)
    box.buttonClicked.connect(lambda b: _ask_fingerprint(session, path, fb, registered) if b is check else None)
    session._keep(box)
    box.open()
    session.feedback_refusal = box


def _ask_fingerprint(session, path: Path, fb, registered: list[str]) -> FingerprintDialog:
    dialog = FingerprintDialog(fb.office_name, fb.fingerprint, path.name, session.window, registered=registered)
    dialog.accepted.connect(lambda: _import(session, path, dialog.confirmed_fingerprint()))
    session._keep(dialog)
    dialog.open()
    session.fingerprint_dialog = dialog
    return dialog


def _import(session, path: Path, fingerprint: str | None) -> Operation:
    return session.write(lambda ws: ws.import_feedback(path, office_fingerprint=fingerprint), keys=None,
                         then=lambda result: show_summary(session, result))


def summary_lines(ws, result) -> tuple[str, list[str], list[str]]:
    """(headline, details, keys needing revision in catalog order) for the message after an import."""
    reviews = ws.reviews()
    office = result.office or translate("FeedbackImport", "依法治市办")
    revise = [k for k in reviews if reviews[k].needs_revision]
    if result.already:
        return (translate("FeedbackImport", "这份审核意见已经导入过，没有变化。"), [], revise)
    passed = sum(1 for k in result.updated if reviews.get(k) and reviews[k].verdict == "pass")
    more = sum(1 for k in result.updated if reviews.get(k) and reviews[k].verdict == "revise")
    head = fmt(translate("FeedbackImport", "已导入%1的审核意见（%2）：通过 %3 项，需补充 %4 项。"),
               office, result.issued[:10], passed, more)
    details = []
    if result.key_registered:
        details.append(fmt(translate("FeedbackImport", "已确认并登记%1的公钥 %2。"), office, result.fingerprint))
    for key in revise:
        if key in result.updated:
            label = indicator_label(ws.catalog.indicator(key))
            details.append(fmt(translate("FeedbackImport", "%1：%2"), label, reviews[key].comment))
    if result.kept_newer:
        details.append(translate("FeedbackImport", "另有 %n 项已有更新的审核意见，保留较新的。", None, len(result.kept_newer)))
    if result.unknown_keys:
        details.append(fmt(translate("FeedbackImport", "这些指标不在本工作区的目录中，已跳过：%1"),
                           translate("FeedbackImport", "、").join(result.unknown_keys)))
    details += result.warnings
    if more:
        details.append(translate("FeedbackImport", "需补充的指标请补充资料后重新导出报送包（增量报送即可）。"))
    return head, details, revise


def show_summary(session, result) -> QMessageBox:
    head, details, revise = summary_lines(session.ws, result)
    window = session.window
    if revise:
        window.select_indicator(revise[0])
    box = QMessageBox(QMessageBox.Icon.Information, translate("FeedbackImport", "导入审核意见"), head,
                      QMessageBox.StandardButton.Ok, window)
    if details:
        box.setInformativeText("\n".join(details))
    session._keep(box)
    box.open()
    session.feedback_report = box
    window.show_status(head)
    return box
