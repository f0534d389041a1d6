"""The signing key in the window: the 密钥 menu and the key dialog (generate, fingerprint, backup, form).

A unit needs the key once, the first time it exports; the export dialog opens
``KeyDialog`` then. Generation encrypts the key with a passphrase (bcrypt KDF,
about a second), so it runs in the background like any other job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.ui import icons, shell
from desktop.ui.forms.ui_key_dialog import Ui_KeyDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.operations import Operation

MIN_PASSPHRASE = 8


def registration_form_path(ws) -> Path:
    return ws.exports_dir / f"公钥登记表_{ws.profile.unit}.pdf"


def write_registration_form(ws, out: Path | None = None) -> Path:
    """The key registration form (公钥登记表) as a PDF in the workspace's exports folder."""
    from desktop.core.signing import keystore
    from desktop.core.signing.regform import render_registration_pdf

    out = Path(out) if out else registration_form_path(ws)
    out.parent.mkdir(parents=True, exist_ok=True)
    p = ws.profile
    return render_registration_pdf(keystore.registration(ws.path), out, contact_name=p.contact or "",
                                   contact_phone=p.phone or "")


class KeyDialog(QDialog):
    """Passphrase twice → the key is generated → fingerprint, backup and registration form."""

    keyCreated = Signal(str)  # the passphrase, so the export dialog need not ask again

    def __init__(self, ws, parent=None, *, replace: bool = False, pool=None):
        super().__init__(parent)
        self.ws, self.replace, self._pool = ws, replace, pool
        self.ui = Ui_KeyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowIcon(icons.icon("key"))
        ui.unitValue.setText(ws.profile.unit)
        ui.errorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.15)
        ui.fingerprintLabel.setFont(mono)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(translate("KeyDialog", "生成密钥"))
        ui.buttonBox.accepted.connect(self.generate)
        ui.buttonBox.rejected.connect(self.reject)
        for edit in (ui.passEdit, ui.repeatEdit):
            edit.textChanged.connect(lambda _t: ui.errorLabel.setText(""))
        ui.formButton.clicked.connect(self.open_form)
        ui.backupButton.clicked.connect(self.save_backup)
        ui.copyButton.clicked.connect(self.copy_line)
        self.passphrase = ""
        self.op: Operation | None = None
        if replace:
            ui.createInfo.setText(translate("KeyDialog", "将生成新的签名密钥，旧密钥移到 keys/retired 文件夹。新密钥需要重新向依法治市办登记，之后的报送包都用新密钥签名。"))

    def problem(self) -> str:
        a, b = self.ui.passEdit.text(), self.ui.repeatEdit.text()
        if len(a) < MIN_PASSPHRASE:
            return fmt(translate("KeyDialog", "口令太短：至少需要 %1 个字符。"), MIN_PASSPHRASE)
        if a != b:
            return translate("KeyDialog", "两次输入的口令不一样，请重新输入。")
        return ""

    def generate(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.donePage:
            self.accept()
            return
        why = self.problem()
        if why:
            self.ui.errorLabel.setText(why)
            return
        from desktop.core.signing import keystore

        passphrase, ws, replace = self.ui.passEdit.text(), self.ws, self.replace
        self.ui.buttonBox.setEnabled(False)
        self.op = Operation(lambda _p, _c: keystore.generate(ws.path, passphrase, ws.profile.unit, replace=replace),
                            parent=self, title=translate("KeyDialog", "正在生成密钥…"), cancellable=False, pool=self._pool)
        self.op.succeeded.connect(lambda reg: self._created(reg, passphrase))
        self.op.failed.connect(lambda _e: self.ui.buttonBox.setEnabled(True))
        self.op.start()

    def _created(self, reg, passphrase: str) -> None:
        ui = self.ui
        self.passphrase = passphrase
        ui.passEdit.clear()
        ui.repeatEdit.clear()
        ui.doneInfo.setText(fmt(translate("KeyDialog", "已为“%1”生成签名密钥（%2）。私钥已用口令加密，保存在工作区的 keys 文件夹中。"),
                                reg.unit, reg.created))
        ui.fingerprintLabel.setText(reg.fingerprint)
        ui.pages.setCurrentWidget(ui.donePage)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.buttonBox.setEnabled(True)
        self.keyCreated.emit(passphrase)

    def open_form(self) -> None:
        open_registration_form(self.ws, self)

    def save_backup(self) -> Path | None:
        return backup_key(self.ws, self, status=self.ui.doneStatus.setText)

    def copy_line(self) -> None:
        copy_allowed_signers(self.ws)
        self.ui.doneStatus.setText(translate("KeyDialog", "已复制登记行，可以粘贴到给依法治市办的邮件中。"))


# ---------------------------------------------------------------- the 密钥 menu
def open_registration_form(ws, parent) -> Operation:
    op = Operation(lambda _p, _c: write_registration_form(ws), parent=parent, cancellable=False,
                   title=translate("KeyDialog", "正在生成公钥登记表…"))
    op.success(shell.open_with_system)
    return op.start()


def copy_allowed_signers(ws) -> str:
    from desktop.core.signing import keystore

    line = keystore.registration(ws.path).allowed_signers
    QGuiApplication.clipboard().setText(line)
    return line


def backup_key(ws, parent, out: Path | None = None, status=None) -> Path | None:
    from desktop.core.signing import keystore

    if out is None:
        reg = keystore.registration(ws.path)
        short = reg.fingerprint[7:15].replace("/", "_").replace("+", "-")
        suggested = str(Path.home() / f"{reg.unit}_签名密钥备份_{short}.key")
        name, _ = QFileDialog.getSaveFileName(parent, translate("KeyDialog", "保存密钥备份"), suggested,
                                              translate("KeyDialog", "密钥备份 (*.key)"))
        if not name:
            return None
        out = Path(name)
        if out.exists():  # the file dialog already asked whether to replace it
            out.unlink()
    path = keystore.backup(ws.path, out)
    if status is not None:
        status(fmt(translate("KeyDialog", "已保存备份：%1（需要口令才能使用）"), path))
    return path


def connect_menu(session) -> None:
    """Wire the 密钥 menu of a session's window."""
    ui, ws, window = session.window.ui, session.ws, session.window

    def guarded(fn):
        def run(*_args):
            from desktop.core.errors import UserError
            from desktop.ui.errors import show_error

            try:
                fn()
            except UserError as e:
                show_error(window, e)
        return run

    def generate() -> None:
        from desktop.core.signing import keystore

        if keystore.has_key(ws.path):
            fp = keystore.registration(ws.path).fingerprint
            box = QMessageBox(QMessageBox.Icon.Question, translate("KeyDialog", "更换签名密钥"),
                              fmt(translate("KeyDialog", "本工作区已有签名密钥（%1）。更换后需要重新向依法治市办登记。确定要更换吗？"), fp),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
            box.buttonClicked.connect(lambda b: _open_key_dialog(session, True)
                                      if box.standardButton(b) == QMessageBox.StandardButton.Yes else None)
            session._keep(box)
            box.open()
            return
        _open_key_dialog(session, False)

    ui.actionGenerateKey.triggered.connect(guarded(generate))
    ui.actionKeyForm.triggered.connect(guarded(lambda: open_registration_form(ws, window)))
    ui.actionCopyPubkey.triggered.connect(guarded(lambda: (copy_allowed_signers(ws), window.show_status(
        translate("KeyDialog", "已复制公钥登记行。")))))
    ui.actionBackupKey.triggered.connect(guarded(lambda: backup_key(ws, window, status=window.show_status)))
    ui.actionRestoreKey.triggered.connect(guarded(lambda: restore_key(session)))


def _open_key_dialog(session, replace: bool) -> KeyDialog:
    dialog = KeyDialog(session.ws, session.window, replace=replace)
    session._keep(dialog)
    dialog.open()
    session.key_dialog = dialog
    return dialog


def restore_key(session) -> None:
    from desktop.core.signing import keystore

    ws, window = session.ws, session.window
    name, _ = QFileDialog.getOpenFileName(window, translate("KeyDialog", "选择密钥备份"), str(Path.home()),
                                          translate("KeyDialog", "密钥备份 (*.key);;所有文件 (*)"))
    if not name:
        return
    ask = QInputDialog(window)
    ask.setWindowTitle(translate("KeyDialog", "恢复密钥"))
    ask.setLabelText(translate("KeyDialog", "请输入生成这个密钥时设定的口令："))
    ask.setTextEchoMode(QLineEdit.EchoMode.Password)

    def go() -> None:
        passphrase = ask.textValue()
        op = Operation(lambda _p, _c: keystore.restore(ws.path, Path(name), passphrase, unit=ws.profile.unit,
                                                       replace=True),
                       parent=window, title=translate("KeyDialog", "正在恢复密钥…"), cancellable=False)
        op.success(lambda reg: window.show_status(fmt(translate("KeyDialog", "已恢复签名密钥（%1）。"), reg.fingerprint)))
        op.start()

    ask.accepted.connect(go)
    session._keep(ask)
    ask.open()
