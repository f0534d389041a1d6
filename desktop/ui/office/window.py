"""The office's main window: drop bundles to receive them, the matrix, one cell's evidence and review, the records.

Everything that writes (receiving, reviewing, registering keys, the documents) runs
through the operations layer: receiving in the background with a progress dialog and
Cancel, the short writes on the write lane. Questions to the user (a passphrase, where
to save) go through small ``ask_*`` methods, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog, QHeaderView, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QTableWidgetItem,
)

from desktop.core.office import OfficeWorkspace, ReceiveCancelled, ReceiveReport
from desktop.ui import icons, operations
from desktop.ui.forms.ui_office_window import Ui_OfficeWindow
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label
from desktop.ui.office.i18n import install_office_translations
from desktop.ui.office.matrix_model import CellRole, MatrixModel, settled
from desktop.ui.office.register_key import RegisterKeyDialog
from desktop.ui.settings import GeometryMixin, Settings, settings

CELL_WIDTH = 42
CELL_HEIGHT = 24


class OfficeWindow(GeometryMixin, QMainWindow):
    def __init__(self, office: OfficeWorkspace, *, store: Settings | None = None, restore: bool = True, pool=None,
                 parent=None):
        install_office_translations()
        super().__init__(parent)
        self.office = office
        self.store = store or settings()
        self._pool = pool  # None: the real pools; tests pass an InlinePool
        self._boxes: list[QMessageBox] = []
        self.last_report: ReceiveReport | None = None
        self.ui = Ui_OfficeWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(fmt(translate("OfficeWindow", "印证资料审核 — %1 — %2"), office.office_name, office.catalog.title))
        self.model = MatrixModel(office.matrix(), self)
        self._setup_matrix()
        self._setup_actions()
        self._setup_tables()
        self.ui.matrixSplitter.setStretchFactor(0, 3)
        self.ui.matrixSplitter.setStretchFactor(1, 2)
        self.ui.matrixSplitter.setSizes([760, 560])
        self.resize(1366, 768)
        if restore:
            self.restore_geometry(self.store)
        self.refresh()

    # ================================================================ set-up
    def _setup_matrix(self) -> None:
        view = self.ui.matrixView
        view.setModel(self.model)
        h = view.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        h.setDefaultSectionSize(CELL_WIDTH)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignBottom)
        v = view.verticalHeader()
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(CELL_HEIGHT)
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._apply_column_filter)
        self.ui.allUnitsCheck.toggled.connect(self._apply_column_filter)
        self.ui.cellPanel.reviewSubmitted.connect(self.save_review)
        self.ui.dropArea.filesDropped.connect(self.receive)
        self.ui.dropLayout.setStretch(0, 1)  # the words take the room, the buttons stay their own size
        self.ui.matrixTabLayout.setStretch(2, 1)  # the matrix and the panel take the height, never the drop bar

    def _setup_actions(self) -> None:
        ui = self.ui
        for action, name in ((ui.actionReceiveFiles, "add-files"), (ui.actionReceiveFolder, "folder"),
                             (ui.actionFeedback, "export"), (ui.actionChase, "print"), (ui.actionReport, "overview"),
                             (ui.actionRegisterKey, "settings"), (ui.actionRefresh, "go-next")):
            action.setIcon(icons.icon(name))
        ui.actionReceiveFiles.triggered.connect(self.choose_files)
        ui.actionReceiveFolder.triggered.connect(self.choose_folder)
        ui.receiveFilesButton.clicked.connect(self.choose_files)
        ui.receiveFolderButton.clicked.connect(self.choose_folder)
        ui.actionRegisterKey.triggered.connect(lambda: self.register_key())
        ui.registerKeyButton.clicked.connect(lambda: self.register_key())
        ui.actionImportSigners.triggered.connect(self.import_signers)
        ui.importSignersButton.clicked.connect(self.import_signers)
        ui.actionFeedback.triggered.connect(self.write_feedback)
        ui.actionChase.triggered.connect(self.write_chase)
        ui.actionReport.triggered.connect(self.write_report)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionQuit.triggered.connect(self.close)
        ui.registerWaitingButton.clicked.connect(self.register_waiting)
        ui.discardWaitingButton.clicked.connect(self.discard_waiting)
        ui.clearRejectedButton.clicked.connect(self.clear_rejected)

    def _setup_tables(self) -> None:
        ui = self.ui
        heads = {
            ui.submissionsTable: [translate("OfficeWindow", "单位"), translate("OfficeWindow", "批次"),
                                  translate("OfficeWindow", "类型"), translate("OfficeWindow", "分卷"),
                                  translate("OfficeWindow", "首次收到"), translate("OfficeWindow", "衔接"),
                                  translate("OfficeWindow", "状态")],
            ui.waitingTable: [translate("OfficeWindow", "单位"), translate("OfficeWindow", "文件"),
                              translate("OfficeWindow", "公钥指纹"), translate("OfficeWindow", "收到")],
            ui.rejectedTable: [translate("OfficeWindow", "文件"), translate("OfficeWindow", "原因"),
                               translate("OfficeWindow", "次数"), translate("OfficeWindow", "最近")],
            ui.unitsTable: [translate("OfficeWindow", "单位"), translate("OfficeWindow", "点名指标"),
                            translate("OfficeWindow", "类别"), translate("OfficeWindow", "登记的公钥指纹"),
                            translate("OfficeWindow", "当前报送"), translate("OfficeWindow", "最近接收"),
                            translate("OfficeWindow", "待确认")],
        }
        for table, labels in heads.items():
            table.setColumnCount(len(labels))
            table.setHorizontalHeaderLabels(labels)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.rejectedTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.rejectedTable.horizontalHeader().setStretchLastSection(False)
        ui.rejectedTable.setWordWrap(True)

    # ================================================================ showing
    def refresh(self) -> None:
        """Re-read everything from the office workspace (after a receive, a review, a key)."""
        key, unit = self.current_cell()
        self.model.set_matrix(self.office.matrix())
        self._fill_submissions()
        self._fill_waiting()
        self._fill_rejected()
        self._fill_units()
        t = self.model.matrix.total
        self.ui.summaryLabel.setText(fmt(
            translate("OfficeWindow", "已报送单位 %1　齐全 %2/%3　需补充 %4　待复核 %5"),
            len(self.model.matrix.submissions), settled(t), t.responsible, t.revise, t.changed))
        waiting = self.ui.waitingTable.rowCount()
        self.ui.tabs.setTabText(1, fmt(translate("OfficeWindow", "接收记录（%1）"), waiting) if waiting
                                else translate("OfficeWindow", "接收记录"))
        if key and unit:
            self.select_cell(unit, key)

    def _apply_column_filter(self) -> None:
        m = self.model.matrix
        show_all = self.ui.allUnitsCheck.isChecked()
        for col, unit in enumerate(m.units):
            hidden = not show_all and not m.column_counts[unit].responsible and unit not in m.submissions
            self.ui.matrixView.setColumnHidden(col, hidden)

    def current_cell(self) -> tuple[str | None, str | None]:
        idx = self.ui.matrixView.currentIndex()
        if not idx.isValid():
            return None, None
        return self.model.key_at(idx.row()), self.model.unit_at(idx.column())

    def select_cell(self, unit: str, key: str) -> bool:
        idx = self.model.index_of(key, unit)
        if not idx.isValid():
            return False
        self.ui.matrixView.setCurrentIndex(idx)
        self.ui.matrixView.scrollTo(idx)
        self._show(idx)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current)

    def _show(self, idx: QModelIndex) -> None:
        cell = self.model.data(idx, CellRole) if idx.isValid() else None
        if cell is None:
            self.ui.cellPanel.clear()
            return
        ind = self.office.catalog.indicator(cell.key)
        self.ui.cellPanel.show_cell(cell, indicator_label(ind), ind.text, self.office.evidence(cell.unit, cell.key))

    def _fill_submissions(self) -> None:
        chain = {"first": translate("OfficeWindow", "首次"), "ok": translate("OfficeWindow", "衔接无误"),
                 "unchecked": translate("OfficeWindow", "未核对"), "broken": translate("OfficeWindow", "衔接不上")}
        rows = []
        for s in sorted(self.office.submissions(), key=lambda s: s.first_received_at, reverse=True):
            state = translate("OfficeWindow", "当前") if s.in_force else ""
            if not s.complete:
                state = (state + " " if state else "") + translate("OfficeWindow", "缺分卷")
            rows.append([s.unit, fmt(translate("OfficeWindow", "第%1次"), s.sequence), s.record_status,
                         f"{len(s.parts_received)}/{s.parts_total}", s.first_received_at[:16].replace("T", " "),
                         chain.get(s.chain, s.chain) + (f"：{s.chain_note}" if s.chain_note else ""), state])
        _fill(self.ui.submissionsTable, rows)

    def _fill_waiting(self) -> None:
        self._waiting = self.office.quarantined()
        _fill(self.ui.waitingTable, [[q.unit, q.file_name, q.fingerprint, q.received_at[:16].replace("T", " ")]
                                     for q in self._waiting])
        self.ui.waitingBox.setVisible(bool(self._waiting))

    def _fill_rejected(self) -> None:
        self._rejected = self.office.rejections()
        _fill(self.ui.rejectedTable, [[r.file_name, r.reason, str(r.times), r.last_at[:16].replace("T", " ")]
                                      for r in self._rejected])
        self.ui.rejectedTable.resizeRowsToContents()

    def _fill_units(self) -> None:
        rows = []
        for e in self.office.roster():
            rows.append([e.unit, str(e.named_in), "、".join(e.groups), "\n".join(k.fingerprint for k in e.keys),
                         fmt(translate("OfficeWindow", "第%1次"), e.sequence) if e.sequence else "",
                         (e.last_received or "")[:16].replace("T", " "), str(e.waiting or "")])
        _fill(self.ui.unitsTable, rows)
        self.ui.unitsTable.resizeRowsToContents()
        if self.office.has_key():
            reg = self.office.key_registration()
            self.ui.officeKeyLabel.setText(fmt(translate("OfficeWindow", "本办公钥指纹：%1"), reg.fingerprint))
        else:
            self.ui.officeKeyLabel.setText(translate("OfficeWindow", "本办还没有签名密钥（生成审核意见时创建）"))

    # ================================================================ receiving
    def choose_files(self) -> None:
        files, _f = QFileDialog.getOpenFileNames(self, translate("OfficeWindow", "选择资料包"), self.store.last_open_dir,
                                                 translate("OfficeWindow", "资料包 (*.zip *.index.json)"))
        if files:
            self.store.last_open_dir = str(Path(files[0]).parent)
            self.receive([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("OfficeWindow", "选择文件夹（如U盘）"),
                                                  self.store.last_open_dir)
        if folder:
            self.receive([Path(folder)])

    def receive(self, paths: list[Path]) -> operations.Operation:
        office = self.office

        def job(progress, cancelled):
            def step(done: int, total: int, name: str) -> None:
                progress(done // 1024, total // 1024, name)  # KiB: byte counts overflow a signal's int

            try:
                return office.receive(paths, progress=step, cancelled=cancelled)
            except ReceiveCancelled:
                raise operations.Cancelled() from None

        op = operations.Operation(job, parent=self, title=translate("OfficeWindow", "正在核验并接收资料包…"),
                                  lane="write", pool=self._pool)
        op.success(self._received).on_cancel(self.refresh)
        op.failed.connect(lambda _e: self.refresh())
        return op.start()

    def _received(self, report: ReceiveReport) -> None:
        self.last_report = report
        self.refresh()
        self.statusBar().showMessage(report.summary(), 15000)
        lines = [f"[{o.status_label}] {Path(o.file).name}\n    {o.message}" for o in report.outcomes]
        lines += [n.message for n in report.notes if n.level == "warning"]
        text = report.summary()
        if report.quarantined:
            text += "\n" + translate("OfficeWindow", "有资料包的签名公钥尚未登记，已暂存：请在“接收记录”中核对指纹后登记。")
        if report.rejected:
            text += "\n" + translate("OfficeWindow", "被拒收的文件及原因见“接收记录”。")
        box = self._message(QMessageBox.Icon.Warning if report.rejected or report.quarantined else QMessageBox.Icon.Information,
                            translate("OfficeWindow", "接收结果"), text)
        box.setDetailedText("\n".join(lines))

    # ================================================================ reviewing
    def save_review(self, unit: str, key: str, verdict: str, comment: str, score) -> operations.Operation:
        office = self.office
        return operations.run_write(lambda: office.review(unit, key, verdict, comment, score), parent=self,
                                    on_success=lambda _r: self._reviewed(unit, key), pool=self._pool)

    def _reviewed(self, unit: str, key: str) -> None:
        self.refresh()
        self.select_cell(unit, key)
        self.statusBar().showMessage(fmt(translate("OfficeWindow", "已保存对“%1”%2的审核。"), unit,
                                         indicator_label(self.office.catalog.indicator(key))), 8000)

    # ================================================================ keys
    def ask_register(self, unit: str | None = None, key: str = "") -> tuple[str, object, str] | None:
        """(unit, public key, confirmed fingerprint), or None if cancelled. Tests replace this."""
        dialog = RegisterKeyDialog([u.name for u in self.office.catalog.units], self, unit=unit, key=key)
        if dialog.exec() != RegisterKeyDialog.DialogCode.Accepted:
            return None
        return dialog.unit(), dialog.public_key(), dialog.confirmed_fingerprint()

    def register_key(self, unit: str | None = None, key: str = "") -> operations.Operation | None:
        answer = self.ask_register(unit, key)
        if answer is None:
            return None
        unit_name, public_key, fingerprint = answer
        office = self.office

        def job(progress, cancelled):
            registered = office.register_key(unit_name, public_key, confirm_fingerprint=fingerprint)
            return registered, office.receive_quarantined(registered.fingerprint, cancelled=cancelled)

        op = operations.Operation(job, parent=self, title=translate("OfficeWindow", "正在登记公钥…"), lane="write",
                                  pool=self._pool)
        op.success(self._key_registered).on_cancel(self.refresh)
        return op.start()

    def _key_registered(self, result) -> None:
        registered, report = result
        self.refresh()
        text = fmt(translate("OfficeWindow", "已登记“%1”的公钥 %2。"), registered.unit, registered.fingerprint)
        if report.outcomes:
            text += "\n" + fmt(translate("OfficeWindow", "该公钥签名的暂存文件：%1"), report.summary())
        self._message(QMessageBox.Icon.Information, translate("OfficeWindow", "登记公钥"), text)

    def _selected_waiting(self):
        row = self.ui.waitingTable.currentRow()
        return self._waiting[row] if 0 <= row < len(self._waiting) else None

    def register_waiting(self):
        q = self._selected_waiting()
        if q is not None:
            return self.register_key(q.unit, q.public_key)
        return None

    def discard_waiting(self) -> None:
        q = self._selected_waiting()
        if q is not None:
            operations.run_write(lambda: self.office.discard_quarantined(q.id), parent=self,
                                 on_success=lambda _r: self.refresh(), pool=self._pool)

    def clear_rejected(self) -> None:
        operations.run_write(self.office.clear_rejections, parent=self, on_success=lambda _r: self.refresh(),
                             pool=self._pool)

    def import_signers(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, translate("OfficeWindow", "选择 allowed_signers 文件"),
                                               self.store.last_open_dir)
        if path:
            self.trust_file(Path(path))

    def trust_file(self, path: Path) -> operations.Operation:
        office = self.office

        def job(progress, cancelled):
            result = office.trust(path)
            return result, office.receive_quarantined(cancelled=cancelled)

        def done(res) -> None:
            result, report = res
            self.refresh()
            text = fmt(translate("OfficeWindow", "登记了 %1 个公钥，%2 个已登记过。"), len(result.added), len(result.already))
            if report.outcomes:
                text += "\n" + report.summary()
            box = self._message(QMessageBox.Icon.Information, translate("OfficeWindow", "导入公钥"), text)
            if result.skipped:
                box.setDetailedText("\n".join(result.skipped))

        op = operations.Operation(job, parent=self, title=translate("OfficeWindow", "正在导入公钥…"), lane="write",
                                  pool=self._pool)
        return op.success(done).start()

    # ================================================================ documents
    def ask_passphrase(self, new: bool = False) -> str | None:
        """The office key's passphrase (twice for a new key), or None. Tests replace this."""
        title = translate("OfficeWindow", "本办签名密钥")
        if new:
            first, ok = QInputDialog.getText(self, title, translate("OfficeWindow", "本办还没有签名密钥，现在生成。\n设置口令（至少 8 个字符）："),
                                             QLineEdit.EchoMode.Password)
            if not ok:
                return None
            again, ok = QInputDialog.getText(self, title, translate("OfficeWindow", "再输入一次口令："), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                self._message(QMessageBox.Icon.Warning, title, translate("OfficeWindow", "两次输入的口令不一致。"))
                return None
            return first
        text, ok = QInputDialog.getText(self, title, translate("OfficeWindow", "签名审核意见需要本办签名密钥的口令："),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        """Where to save a document, or None. Tests replace this."""
        start = str(Path(self.store.last_open_dir or Path.home()) / suggested)
        path, _f = QFileDialog.getSaveFileName(self, title, start, filters)
        return Path(path) if path else None

    def _current_unit(self) -> str | None:
        _key, unit = self.current_cell()
        if unit is None:
            self._message(QMessageBox.Icon.Information, translate("OfficeWindow", "请选择单位"),
                          translate("OfficeWindow", "请先在矩阵中点一下这个单位的任意一格。"))
        return unit

    def write_feedback(self) -> operations.Operation | None:
        unit = self._current_unit()
        if unit is None:
            return None
        new = not self.office.has_key()
        passphrase = self.ask_passphrase(new=new)
        if passphrase is None:
            return None
        out = self.ask_save_path(translate("OfficeWindow", "保存审核意见文件"), f"{self.office.office_name}审核意见_{unit}.zip",
                                 translate("OfficeWindow", "审核意见 (*.zip)"))
        if out is None:
            return None
        office = self.office

        def job(progress, cancelled):
            if new:
                office.keygen(passphrase)
            return office.feedback(unit, out, passphrase=passphrase)

        def done(res) -> None:
            self.refresh()
            self._message(QMessageBox.Icon.Information, translate("OfficeWindow", "审核意见"),
                          fmt(translate("OfficeWindow", "已生成“%1”的审核意见文件（%2 项，其中需补充 %3 项）：\n%4\n请发给该单位导入。"),
                              unit, res.reviews, res.revise, str(res.path)))

        op = operations.Operation(job, parent=self, title=translate("OfficeWindow", "正在签发审核意见…"), lane="write",
                                  pool=self._pool)
        return op.success(done).start()

    def write_chase(self) -> operations.Operation | None:
        unit = self._current_unit()
        if unit is None:
            return None
        out = self.ask_save_path(translate("OfficeWindow", "保存催报清单"), f"{unit}催报清单.docx",
                                 translate("OfficeWindow", "Word 文档 (*.docx);;Excel 工作簿 (*.xlsx)"))
        if out is None:
            return None
        if out.suffix.lower() not in (".docx", ".xlsx"):
            out = out.with_name(out.name + ".docx")
        from desktop.core.office.reports import write_chase

        return self._document(lambda: write_chase(self.office, unit, out), translate("OfficeWindow", "正在生成催报清单…"))

    def write_report(self) -> operations.Operation | None:
        out = self.ask_save_path(translate("OfficeWindow", "保存汇总表"), "印证资料报送与审核汇总.xlsx",
                                 translate("OfficeWindow", "Excel 工作簿 (*.xlsx)"))
        if out is None:
            return None
        from desktop.core.office.reports import write_summary

        return self._document(lambda: write_summary(self.office, out)[0], translate("OfficeWindow", "正在生成汇总表…"))

    def _document(self, make, title: str) -> operations.Operation:
        op = operations.Operation(lambda _p, _c: make(), parent=self, title=title, cancellable=False, pool=self._pool)

        def done(path) -> None:
            self.statusBar().showMessage(fmt(translate("OfficeWindow", "已保存：%1"), str(path)), 15000)

        return op.success(done).start()

    # ================================================================ helpers
    def _message(self, icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._boxes.append(box)
        box.finished.connect(lambda _r, b=box: self._boxes.remove(b) if b in self._boxes else None)
        box.open()
        return box

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.save_geometry(self.store)
        QMainWindow.closeEvent(self, event)


def _fill(table, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
