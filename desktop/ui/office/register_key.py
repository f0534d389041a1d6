"""The register-key dialog: shows the key's fingerprint and accepts only when the one typed from the form matches.

Nothing is registered by the dialog itself: ``accepted`` leaves ``unit()``,
``public_key()`` and ``confirmed_fingerprint()`` for the window, which calls
``OfficeWorkspace.register_key`` (that call checks the fingerprint again).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.core.errors import UserError
from desktop.core.office import normalize_fingerprint, parse_key
from desktop.core.signing.keys import PublicKey
from desktop.ui.forms.ui_office_register_key import Ui_RegisterKeyDialog
from desktop.ui.i18n import translate


class RegisterKeyDialog(QDialog):
    def __init__(self, units: list[str], parent=None, *, unit: str | None = None, key: str = ""):
        super().__init__(parent)
        self.ui = Ui_RegisterKeyDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.unitCombo.addItems(units)
        if unit:
            ui.unitCombo.setCurrentText(unit)
            ui.unitCombo.setEnabled(False)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.fingerprintLabel.setFont(mono)
        ui.confirmEdit.setFont(mono)
        self._key: PublicKey | None = None
        ui.keyEdit.textChanged.connect(self._key_changed)
        ui.confirmEdit.textChanged.connect(self._check)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if key:
            ui.keyEdit.setPlainText(key)
            ui.keyEdit.setReadOnly(True)
        self._key_changed()

    def _key_changed(self) -> None:
        text = self.ui.keyEdit.toPlainText().strip()
        try:
            self._key = parse_key(text) if text else None
        except UserError:
            self._key = None
        self.ui.fingerprintLabel.setText(self._key.fingerprint if self._key else (
            translate("RegisterKeyDialog", "（不是有效的 ssh-ed25519 公钥）") if text else "—"))
        self._check()

    def _check(self) -> None:
        typed = self.ui.confirmEdit.text().strip()
        match = bool(self._key and typed and normalize_fingerprint(typed) == self._key.fingerprint)
        if not typed or not self._key:
            note, colour = "", ""
        elif match:
            note, colour = translate("RegisterKeyDialog", "一致，可以登记。"), "#1b5e20"
        else:
            note, colour = translate("RegisterKeyDialog", "不一致：请逐字核对（区分大小写）。不一致时不要登记，并与该单位联系。"), "#b3261e"
        self.ui.matchLabel.setText(note)
        self.ui.matchLabel.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(match)

    # ------------------------------------------------------------ what was decided
    def unit(self) -> str:
        return self.ui.unitCombo.currentText()

    def public_key(self) -> PublicKey | None:
        return self._key

    def confirmed_fingerprint(self) -> str:
        return self.ui.confirmEdit.text().strip()
