"""The export dialog: what to send, how big each part may be, where to, the passphrase — then a check, the
export with a working Cancel, and a page saying exactly which files to send.

Four pages in one dialog (settings → check → progress → result) rather than a
wizard: Back only makes sense from the check page, and the progress page must
not offer it. The check (``export.precheck``) and the passphrase test run in
the background; the export itself runs on the write lane because it records
the submission in the workspace. A cancelled or failed export leaves no part
behind (the bundle writer's promise), so the dialog simply returns to the
first page.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeWidgetItem

from desktop.ui import i18n, icons, shell
from desktop.ui.forms.ui_export_dialog import Ui_ExportDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.operations import Operation
from desktop.ui.settings import settings

BLOCKING = {"error", "blocker", "fatal"}


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def human_size(n: int) -> str:
    if n >= 1_000_000_000:
        return f"{n / 1_000_000_000:.2f} GB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.0f} KB"
    return f"{max(n, 0)} B"


class ExportDialog(QDialog):
    indicatorActivated = Signal(str)  # a finding was double-clicked: show that indicator

    def __init__(self, ws, parent=None, *, selected_keys: list[str] | None = None, pool=None, write_pool=None,
                 store=None):
        super().__init__(parent)
        self.ws = ws
        self.selected_keys = list(selected_keys or [])
        self._pool, self._write_pool = pool, write_pool
        self.store = store or settings()
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icons.icon("export"))
        self.findings: list = []
        self.result = None
        self.op: Operation | None = None
        self.key_dialog = None
        ui = self.ui
        ui.errorLabel.setStyleSheet("QLabel { color: #b3261e; }")
        ui.lastLabel.setStyleSheet("QLabel { color: #6b7280; margin-left: 22px; }")
        ui.selectedRadio.setText(fmt(translate("ExportDialog", "列表中显示的指标（%1 项）"), len(self.selected_keys)))
        ui.selectedRadio.setEnabled(bool(self.selected_keys))
        self._fill_presets()
        self._fill_last_submission()
        ui.folderEdit.setText(self.store.export_dir or str(ws.exports_dir))
        ui.browseButton.clicked.connect(self.browse)
        ui.refreshButton.clicked.connect(self.refresh_drives)
        ui.driveCombo.activated.connect(lambda _i: ui.driveRadio.setChecked(True) if ui.driveCombo.currentData() else None)
        ui.keyButton.setIcon(icons.icon("key"))
        ui.keyButton.clicked.connect(self.create_key)
        ui.nextButton.clicked.connect(self.next)
        ui.backButton.clicked.connect(self.back)
        ui.cancelButton.clicked.connect(self.cancel_or_close)
        for edit in (ui.passEdit, ui.folderEdit):
            edit.textChanged.connect(lambda _t: ui.errorLabel.setText(""))
        # one column: each finding already names its place ("第55项第1条要求 5 件…"); double-click goes there
        ui.findingsTree.setHeaderHidden(True)
        ui.findingsTree.setColumnCount(1)
        ui.findingsTree.itemActivated.connect(self._finding_activated)
        ui.findingsTree.setToolTip(translate("ExportDialog", "双击转到该指标"))
        ui.partsTree.setHeaderLabels([translate("ExportDialog", "文件"), translate("ExportDialog", "大小"),
                                      translate("ExportDialog", "校验")])
        ph = ui.partsTree.header()
        ph.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ph.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ph.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.openFolderButton.setIcon(icons.icon("folder-open"))
        ui.openFolderButton.clicked.connect(lambda: shell.open_with_system(
            Path(self.result.out_dir) if self.result is not None else self.out_dir()))
        self.refresh_drives()
        self.update_key()
        self.show_page(ui.settingsPage)
        self.resize(680, 580)

    # ================================================================ settings page
    def _fill_presets(self) -> None:
        from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS

        ui = self.ui
        english = i18n.current() == "en"
        for p in PRESETS:
            ui.presetCombo.addItem(p.en if english else p.zh, p.part_mb)
        ui.presetCombo.addItem(translate("ExportDialog", "自定义"), None)
        saved = self.store.export_part_mb or DEFAULT_PART_MB
        index = next((i for i, p in enumerate(PRESETS) if p.part_mb == saved and p.key != "gov-mail"), -1)
        if index < 0:
            index = next((i for i, p in enumerate(PRESETS) if p.part_mb == saved), ui.presetCombo.count() - 1)
        ui.presetCombo.setCurrentIndex(index)
        ui.partSpin.setValue(saved)
        ui.presetCombo.currentIndexChanged.connect(self._preset_chosen)
        ui.partSpin.valueChanged.connect(self._size_typed)

    def _preset_chosen(self, index: int) -> None:
        mb = self.ui.presetCombo.itemData(index)
        if mb:
            self.ui.partSpin.blockSignals(True)
            self.ui.partSpin.setValue(int(mb))
            self.ui.partSpin.blockSignals(False)

    def _size_typed(self, value: int) -> None:
        combo = self.ui.presetCombo
        if combo.currentData() != value:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.count() - 1)  # 自定义
            combo.blockSignals(False)

    def _fill_last_submission(self) -> None:
        ui = self.ui
        last = None
        if module_available("desktop.core.export"):
            from desktop.core import export

            try:
                last = export.last_submission(self.ws)
            except Exception:  # noqa: BLE001 - a missing history only means "first submission"
                last = None
        if last is None:
            ui.lastLabel.setText(translate("ExportDialog", "还没有报送过：第一次报送请选“本单位全部资料”。"))
            ui.changesRadio.setEnabled(False)
        else:
            seq = getattr(last, "sequence", "?")
            created = str(getattr(last, "created_at", "") or "")[:10]
            ui.lastLabel.setText(fmt(translate("ExportDialog", "上次报送：第 %1 次（%2）。"), seq, created))

    def refresh_drives(self) -> None:
        ui = self.ui
        ui.driveCombo.clear()
        drives = []
        if module_available("desktop.core.drives"):
            from desktop.core import drives as drive_module

            try:
                drives = drive_module.removable_drives()
            except OSError:
                drives = []
        for d in drives:
            label = getattr(d, "label", "") or Path(d.path).name or str(d.path)
            free = getattr(d, "free_bytes", None)
            text = (fmt(translate("ExportDialog", "%1（%2，可用 %3）"), label, d.path, human_size(int(free))) if free is not None
                    else fmt(translate("ExportDialog", "%1（%2）"), label, d.path))
            ui.driveCombo.addItem(text, str(d.path))
        has = bool(drives)
        ui.driveRadio.setEnabled(has)
        ui.driveCombo.setEnabled(has)
        if not has:
            ui.driveCombo.addItem(translate("ExportDialog", "（没有检测到U盘：插入后点“刷新”）"), None)
            if ui.driveRadio.isChecked():
                ui.folderRadio.setChecked(True)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "选择保存报送包的文件夹"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)
            self.ui.folderRadio.setChecked(True)

    def out_dir(self) -> Path:
        ui = self.ui
        if ui.driveRadio.isChecked() and ui.driveCombo.currentData():
            return Path(ui.driveCombo.currentData())
        return Path(ui.folderEdit.text().strip())

    def update_key(self) -> None:
        from desktop.core.signing import keystore

        ui = self.ui
        if keystore.has_key(self.ws.path):
            fp = keystore.registration(self.ws.path).fingerprint
            ui.keyLabel.setText(fmt(translate("ExportDialog", "签名密钥指纹：%1"), fp))
            ui.keyButton.hide()
            ui.passEdit.setEnabled(True)
        else:
            ui.keyLabel.setText(translate("ExportDialog", "本工作区还没有签名密钥。第一次导出前请先生成密钥（只需一次），并把公钥登记表交依法治市办。"))
            ui.keyButton.show()
            ui.passEdit.setEnabled(False)

    def create_key(self):
        from desktop.ui.keys_ui import KeyDialog

        dialog = KeyDialog(self.ws, self, pool=self._pool)
        dialog.keyCreated.connect(self._key_created)
        dialog.open()
        self.key_dialog = dialog
        return dialog

    def _key_created(self, passphrase: str) -> None:
        self.update_key()
        self.ui.passEdit.setText(passphrase)

    def scope(self) -> dict:
        """The arguments of ``export`` the first page decides."""
        ui = self.ui
        args = {"keys": None, "scope": "all", "since_last": False}
        if ui.completedRadio.isChecked():
            args["scope"] = "completed"
        elif ui.selectedRadio.isChecked():
            args["keys"] = list(self.selected_keys)
        elif ui.changesRadio.isChecked():
            args["since_last"] = True
        return args

    def settings_problem(self) -> str:
        from desktop.core.signing import keystore

        if not module_available("desktop.core.export"):
            return translate("ExportDialog", "这个版本没有安装导出组件。")
        if not keystore.has_key(self.ws.path):
            return translate("ExportDialog", "请先生成签名密钥。")
        if not self.ui.passEdit.text():
            return translate("ExportDialog", "请输入密钥口令。")
        out = self.out_dir()
        if not str(out).strip() or str(out) == ".":
            return translate("ExportDialog", "请选择保存位置。")
        return ""

    # ================================================================ navigation
    def show_page(self, page) -> None:
        ui = self.ui
        ui.pages.setCurrentWidget(page)
        ui.backButton.setVisible(page is ui.checkPage)
        ui.nextButton.setVisible(page in (ui.settingsPage, ui.checkPage))
        ui.nextButton.setText(translate("ExportDialog", "检查资料") if page is ui.settingsPage
                              else translate("ExportDialog", "继续导出"))
        ui.cancelButton.setText(translate("ExportDialog", "关闭") if page is ui.resultPage else translate("ExportDialog", "取消"))
        ui.nextButton.setDefault(True)

    def next(self) -> Operation | None:
        ui = self.ui
        if ui.pages.currentWidget() is ui.settingsPage:
            return self.run_check()
        if ui.pages.currentWidget() is ui.checkPage:
            return self.run_export()
        return None

    def back(self) -> None:
        self.show_page(self.ui.settingsPage)

    def cancel_or_close(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.progressPage and self.op is not None and self.op.running:
            self.op.cancel()
            self.ui.stageLabel.setText(translate("ExportDialog", "正在取消，请稍候…"))
            self.ui.cancelButton.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        if self.op is not None and self.op.running:  # Esc during the export means Cancel, not "hide and forget"
            self.cancel_or_close()
            return
        super().reject()

    # ================================================================ check page
    def run_check(self) -> Operation | None:
        why = self.settings_problem()
        if why:
            self.ui.errorLabel.setText(why)
            return None
        ws, passphrase, scope = self.ws, self.ui.passEdit.text(), self.scope()

        def job(_progress, _cancelled):
            from desktop.core import export
            from desktop.core.signing import keystore

            keystore.load_signer(ws.path, passphrase)  # a wrong passphrase is found now, not after the check
            keys = scope["keys"]
            return export.precheck(ws, keys=keys, scope=scope["scope"])

        op = Operation(job, parent=self, title=translate("ExportDialog", "正在检查资料…"), cancellable=False,
                       pool=self._pool)
        op.succeeded.connect(self.show_findings)
        op.failure(lambda e: self.ui.errorLabel.setText(_message(e)))
        self.ui.nextButton.setEnabled(False)
        op.finished.connect(lambda: self.ui.nextButton.setEnabled(True))
        self.op = op
        return op.start()

    def show_findings(self, findings) -> None:
        ui = self.ui
        self.findings = list(findings or [])
        tree = ui.findingsTree
        tree.clear()
        blocking = [f for f in self.findings if getattr(f, "level", "") in BLOCKING]
        for f in self.findings:
            message = (getattr(f, "en", "") or f.message) if i18n.current() == "en" else f.message
            it = QTreeWidgetItem(tree, [str(message)])
            it.setIcon(0, icons.icon("warning") if f.level in BLOCKING or f.level.startswith("warn")
                       else icons.icon("status-in-progress"))
            it.setToolTip(0, str(message))
            it.setData(0, Qt.ItemDataRole.UserRole, getattr(f, "key", None))
        if not self.findings:
            ui.checkSummary.setText(translate("ExportDialog", "检查完毕，没有发现问题。点“继续导出”生成报送包。"))
        elif blocking:
            ui.checkSummary.setText(translate("ExportDialog", "发现 %n 个必须先处理的问题（见下表），处理后才能导出。", None, len(blocking)))
        else:
            ui.checkSummary.setText(translate("ExportDialog", "发现 %n 处需要注意的地方。可以返回去补齐，也可以继续导出。", None,
                                              len(self.findings)))
        self.show_page(ui.checkPage)
        ui.nextButton.setEnabled(not blocking)

    def _finding_activated(self, it: QTreeWidgetItem, _column: int = 0) -> None:
        key = it.data(0, Qt.ItemDataRole.UserRole)
        if key:
            self.indicatorActivated.emit(key)

    # ================================================================ export
    def run_export(self) -> Operation:
        ui = self.ui
        ws, passphrase, out = self.ws, ui.passEdit.text(), self.out_dir()
        part_mb, covers, scope = ui.partSpin.value(), ui.coversCheck.isChecked(), self.scope()
        self.store.export_part_mb = part_mb
        if not ui.driveRadio.isChecked():
            self.store.export_dir = str(out)

        def job(progress, cancelled):
            from desktop.core import export

            out.mkdir(parents=True, exist_ok=True)

            def report(*args):
                stage = next((a for a in args if isinstance(a, str)), "")
                nums = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
                done, total = (nums + [0, 0])[:2]
                if total > 2_000_000_000:  # Qt's int: report MB for big exports
                    done, total = done // 1_000_000, total // 1_000_000
                progress(done, total, stage)

            return export.export(ws, out, passphrase=passphrase, part_mb=part_mb, since_last=scope["since_last"],
                                 keys=scope["keys"], scope=scope["scope"], include_covers=covers, progress=report,
                                 cancelled=cancelled)

        op = Operation(job, parent=self, show_progress=False, lane="write", pool=self._write_pool)
        op.progressed.connect(self._progress)
        op.succeeded.connect(self.show_result)
        op.cancelled.connect(self._cancelled)
        op.failure(self._failed)
        ui.progressBar.setRange(0, 0)
        ui.stageLabel.setText(translate("ExportDialog", "正在准备…"))
        ui.detailLabel.setText("")
        ui.cancelButton.setEnabled(True)
        self.show_page(ui.progressPage)
        self.op = op
        return op.start()

    def _progress(self, done: int, total: int, stage: str) -> None:
        ui = self.ui
        names = {"hash": translate("ExportDialog", "正在计算文件校验值…"),
                 "write": translate("ExportDialog", "正在写入报送包…"),
                 "verify": translate("ExportDialog", "正在读回并校验…"),
                 "covers": translate("ExportDialog", "正在生成封面…")}
        if stage:
            ui.stageLabel.setText(names.get(stage, stage))
        if total > 0:
            ui.progressBar.setRange(0, 1000)
            ui.progressBar.setValue(int(1000 * min(done, total) / total))
        else:
            ui.progressBar.setRange(0, 0)

    def _cancelled(self) -> None:
        self.show_page(self.ui.settingsPage)
        self.ui.errorLabel.setText(translate("ExportDialog", "已取消导出，没有留下不完整的文件。"))

    def _failed(self, exc: BaseException) -> None:
        self.show_page(self.ui.settingsPage)
        self.ui.errorLabel.setText(_message(exc))

    def show_result(self, result) -> None:
        ui = self.ui
        self.result = result
        parts = [Path(getattr(p, "path", p)) for p in result.parts]
        send = [Path(p) for p in result.files_to_send]
        tree = ui.partsTree
        tree.clear()
        verified = bool(getattr(result, "verified", False))
        for path in send:
            size = path.stat().st_size if path.exists() else 0
            is_part = path in parts
            check = translate("ExportDialog", "已读回校验") if is_part and verified else ""
            it = QTreeWidgetItem(tree, [path.name, human_size(size), check])
            it.setIcon(0, icons.icon("status-done" if is_part and verified else
                                     "key" if path.suffix == ".sshsig" else "file"))
            it.setToolTip(0, str(path))
        status = {"NEW": translate("ExportDialog", "首次报送"), "SUPPLEMENT": translate("ExportDialog", "补充报送"),
                  "REPLACEMENT": translate("ExportDialog", "重新报送")}.get(result.record_status, result.record_status)
        ui.resultLabel.setText(fmt(translate("ExportDialog", "报送包已生成：第 %1 次报送（%2），%3 个分卷，共 %4，写入后已逐个读回校验。"),
                                   result.sequence, status, len(parts), human_size(sum(p.stat().st_size for p in parts if p.exists()))))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        ui.fingerprintLabel.setFont(mono)
        ui.fingerprintLabel.setText(fmt(translate("ExportDialog", "签名密钥指纹：%1"), result.fingerprint))
        ui.sendLabel.setText(translate("ExportDialog", "请把上面这 %n 个文件全部发送给依法治市办（分卷可以分几封邮件发送；索引文件 .index.json 和签名文件 .sshsig 要一起发送）。不要改文件名，也不要解压。", None, len(send)))
        english = i18n.current() == "en"
        warnings = [(getattr(w, "en", "") if english else "") or getattr(w, "zh", "") or str(w)
                    for w in (result.warnings or [])]
        ui.warningsLabel.setText("\n".join(f"⚠ {w}" for w in warnings))
        ui.warningsLabel.setVisible(bool(warnings))
        self.files_to_send = send
        self.show_page(ui.resultPage)


def _message(exc: BaseException) -> str:
    from desktop.ui.errors import message_for

    return message_for(exc)[0]
