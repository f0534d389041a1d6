"""The print dialog: cover sheets to a printer (one, selected or all), and the other print files opened as PDF/Word/Excel.

Cover sheets are made as a PDF by the core (``printjobs.covers``), then each
page is rendered with QtPdf at the printer's resolution (at most 300 dpi:
sheets are text and a QR code) and painted onto the ``QPrinter`` page. This
runs on a worker thread — QPainter on a QPrinter is allowed there, and the
``QPdfDocument`` is created and used on that thread only — so a long print
never freezes the window. Everything else is generated in the background into
the workspace's exports folder (or one the user picks) and opened with the
system's program, which is what people print Word and Excel files from anyway.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox

from desktop.ui import icons, shell
from desktop.ui.forms.ui_print_dialog import Ui_PrintDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label
from desktop.ui.operations import Operation

KeyRole = Qt.ItemDataRole.UserRole
MAX_DPI = 300


def printjobs_available() -> bool:
    return importlib.util.find_spec("desktop.core.printjobs") is not None


def result_path(result, out: Path) -> Path:
    """printjobs return a RenderResult (``.path``), a list of them (one per indicator: show the folder) or a Path."""
    if isinstance(result, (list, tuple)):
        return out
    return Path(getattr(result, "path", result))


def result_problems(result) -> list:
    results = result if isinstance(result, (list, tuple)) else [result]
    return [p for r in results for p in (getattr(r, "problems", []) or [])]


def print_pdf(pdf: Path, printer, progress: Callable[..., None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (one PDF page per printer page, fitted, centred); returns pages.

    Call it on the thread that will own the painting; the QPdfDocument lives and dies here.
    """
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        error = doc.load(str(pdf))
        if error != QPdfDocument.Error.None_:
            from desktop.core.errors import UserError

            raise UserError(f"无法读取要打印的文件“{pdf.name}”（{error.name}）。",
                            en=f"Cannot read {pdf.name} for printing ({error.name}).")
        count = doc.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            from desktop.core.errors import UserError

            raise UserError("无法开始打印：打印机没有响应，或打印到的文件无法写入。请检查打印机后重试。",
                            en="Printing could not start: the printer did not respond or the file cannot be written.")
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(count):
                if cancelled is not None and cancelled():
                    break
                if page:
                    printer.newPage()
                points = doc.pagePointSize(page)
                image = doc.render(page, QSize(max(1, round(points.width() * dpi / 72)),
                                               max(1, round(points.height() * dpi / 72))))
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                if progress is not None:
                    progress(page + 1, count, "")
        finally:
            painter.end()
        return count
    finally:
        doc.close()
        doc.deleteLater()


class PrintDialog(QDialog):
    """Built in Designer; jobs run as operations so the window stays usable while a binder is assembled."""

    def __init__(self, ws, parent=None, *, current_key: str | None = None, scope: list[str] | None = None,
                 pool=None):
        super().__init__(parent)
        self.ws = ws
        self._pool = pool
        self.ui = Ui_PrintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowIcon(icons.icon("print"))
        self.out_dir = ws.exports_dir
        self.printer = None
        self.current_key = current_key if current_key and ws.catalog.get(current_key) else None
        self.mine = [i.key for i in ws.my_indicators()] or [i.key for i in ws.catalog.indicators]
        self.last_output: Path | None = None
        self.last_problems: list = []
        self._ops: list[Operation] = []
        self._fill_indicators(scope)
        cur = ws.catalog.get(self.current_key) if self.current_key else None
        ui.currentRadio.setText(fmt(translate("PrintDialog", "当前指标（%1）"), indicator_label(cur)) if cur
                                else translate("PrintDialog", "当前指标（未选择）"))
        ui.currentRadio.setEnabled(cur is not None)
        (ui.currentRadio if cur else ui.mineRadio).setChecked(True)
        ui.mineRadio.setText(fmt(translate("PrintDialog", "本单位全部指标（%1 项）"), len(self.mine)))
        for radio in (ui.currentRadio, ui.mineRadio, ui.selectedRadio):
            radio.toggled.connect(lambda _on: self._update())
        ui.indicatorList.itemChanged.connect(lambda _it: self._update())
        ui.checkAllButton.clicked.connect(lambda: self._check_all(True))
        ui.checkNoneButton.clicked.connect(lambda: self._check_all(False))
        ui.printCoversButton.setIcon(icons.icon("print"))
        ui.printCoversButton.clicked.connect(self.print_covers)
        ui.coverPdfButton.clicked.connect(lambda: self.run_job("covers"))
        ui.binderButton.clicked.connect(lambda: self.run_job("binder"))
        ui.indicatorPdfsButton.clicked.connect(lambda: self.run_job("indicator_pdfs"))
        ui.contentsButton.clicked.connect(lambda: self.run_job("contents"))
        ui.spineButton.clicked.connect(lambda: self.run_job("spine_labels"))
        ui.letterButton.clicked.connect(lambda: self.run_job("letter"))
        ui.listButton.clicked.connect(lambda: self.run_job("evidence_list"))
        ui.changeFolderButton.clicked.connect(self.choose_folder)
        ui.openFolderButton.setIcon(icons.icon("folder-open"))
        ui.openFolderButton.clicked.connect(lambda: shell.open_with_system(self.out_dir))
        ui.buttonBox.rejected.connect(self.reject)
        ui.indicatorList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.volumesSpin.setMaximumWidth(ui.volumesSpin.fontMetrics().horizontalAdvance("000") + 48)
        self._check_available()
        self._show_folder()
        self._update()
        self.resize(760, 680)

    # ------------------------------------------------------------ which indicators
    def _fill_indicators(self, scope: list[str] | None) -> None:
        lst = self.ui.indicatorList
        wanted = set(scope or [])
        for key in self.mine:
            ind = self.ws.catalog.indicator(key)
            text = ind.text if len(ind.text) <= 40 else ind.text[:39] + "…"
            it = QListWidgetItem(f"{indicator_label(ind)}  {text}")
            it.setData(KeyRole, key)
            it.setToolTip(ind.text)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)
            lst.addItem(it)

    def _check_all(self, on: bool) -> None:
        lst = self.ui.indicatorList
        lst.blockSignals(True)
        for row in range(lst.count()):
            lst.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self.ui.selectedRadio.setChecked(True)
        self._update()

    def checked_keys(self) -> list[str]:
        lst = self.ui.indicatorList
        return [lst.item(r).data(KeyRole) for r in range(lst.count())
                if lst.item(r).checkState() == Qt.CheckState.Checked]

    def cover_keys(self) -> list[str]:
        ui = self.ui
        if ui.currentRadio.isChecked() and self.current_key:
            return [self.current_key]
        if ui.selectedRadio.isChecked():
            return self.checked_keys()
        return list(self.mine)

    def _update(self) -> None:
        ui = self.ui
        ui.indicatorList.setEnabled(ui.selectedRadio.isChecked())
        keys = self.cover_keys()
        ui.coverCountLabel.setText(translate("PrintDialog", "将打印 %n 项指标的封面", None, len(keys)))
        ok = bool(keys) and printjobs_available()
        ui.printCoversButton.setEnabled(ok)
        ui.coverPdfButton.setEnabled(ok)

    def _check_available(self) -> None:
        if not printjobs_available():
            why = translate("PrintDialog", "这个版本没有安装打印组件。")
            for b in (self.ui.binderButton, self.ui.indicatorPdfsButton, self.ui.contentsButton, self.ui.spineButton,
                      self.ui.letterButton, self.ui.listButton):
                b.setEnabled(False)
                b.setToolTip(why)
            return
        from desktop.core import printjobs

        if not hasattr(printjobs, "contents"):
            self.ui.contentsButton.hide()
            self.ui.contentsHint.hide()

    # ------------------------------------------------------------ where files go
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("PrintDialog", "选择保存位置"), str(self.out_dir))
        if folder:
            self.out_dir = Path(folder)
            self._show_folder()

    def _show_folder(self) -> None:
        self.ui.folderLabel.setText(str(self.out_dir))
        self.ui.folderLabel.setToolTip(str(self.out_dir))

    def output_for(self, job: str) -> Path:
        unit = self.ws.profile.unit
        stamp = time.strftime("%Y%m%d-%H%M%S")
        names = {
            "covers": f"封面_{unit}_{stamp}.pdf",
            "binder": f"{unit}_装订本.pdf",
            "indicator_pdfs": f"{unit}_分指标PDF",
            "contents": f"{unit}_目录.pdf",
            "spine_labels": f"{unit}_脊背标签.pdf",
            "letter": f"{unit}_报送函.docx",
            "evidence_list": f"{unit}_印证资料清单.xlsx",
        }
        return self.out_dir / names[job]

    # ------------------------------------------------------------ jobs
    def job_function(self, job: str, out: Path):
        """The printjobs call for ``job``, as ``fn(progress, cancelled)`` for an Operation."""
        ws = self.ws
        keys = self.cover_keys() if job == "covers" else list(self.mine)
        volumes = self.ui.volumesSpin.value()

        def fn(progress, cancelled):
            from desktop.core import printjobs
            from desktop.core.printing import Cancelled

            def report(what="", done=0, total=0, *_rest):
                if cancelled():
                    raise Cancelled("已取消。", en="Cancelled.")
                progress(int(done), int(total), str(what))

            out.parent.mkdir(parents=True, exist_ok=True)
            if job == "covers":
                return printjobs.covers(ws, out, keys=keys, progress=report)
            if job == "binder":
                return printjobs.binder(ws, out, keys=keys, progress=report)
            if job == "indicator_pdfs":
                return printjobs.indicator_pdfs(ws, out, keys=keys, progress=report)
            if job == "contents":
                return printjobs.contents(ws, out, keys=keys)
            if job == "spine_labels":
                return printjobs.spine_labels(ws, out, volumes=volumes)
            if job == "letter":
                return printjobs.letter(ws, out)
            return printjobs.evidence_list(ws, out)

        return fn

    def run_job(self, job: str, *, open_result: bool = True, then: Callable[[Path], None] | None = None) -> Operation:
        out = self.output_for(job) if job != "covers" or then is None else self.ws.tmp_dir / "print" / "covers.pdf"
        titles = {
            "covers": translate("PrintDialog", "正在生成封面…"), "binder": translate("PrintDialog", "正在合成装订本…"),
            "indicator_pdfs": translate("PrintDialog", "正在生成分指标 PDF…"), "contents": translate("PrintDialog", "正在生成目录…"),
            "spine_labels": translate("PrintDialog", "正在生成脊背标签…"), "letter": translate("PrintDialog", "正在生成报送函…"),
            "evidence_list": translate("PrintDialog", "正在生成印证资料清单…"),
        }
        op = Operation(self.job_function(job, out), parent=self, title=titles[job], pool=self._pool)

        def done(result) -> None:
            path = result_path(result, out)
            self.last_output, self.last_problems = path, result_problems(result)
            self.ui.statusLabel.setText(fmt(translate("PrintDialog", "已生成：%1"), path))
            self._tell_problems(self.last_problems)
            if then is not None:
                then(path)
            elif open_result:
                shell.open_with_system(path)

        op.succeeded.connect(done)
        op.finished.connect(lambda: self._ops.remove(op) if op in self._ops else None)
        self._ops.append(op)
        return op.start()

    def _tell_problems(self, problems: list) -> None:
        if not problems:
            return
        lines = [f"• {p}" for p in problems[:12]]
        if len(problems) > 12:
            lines.append(translate("PrintDialog", "…另有 %n 处", None, len(problems) - 12))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("PrintDialog", "打印"),
                          translate("PrintDialog", "有 %n 个文件不能照原样打印，已用说明页代替：", None, len(problems)),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(lines))
        box.open()
        self.problem_box = box

    # ------------------------------------------------------------ printing the covers
    def make_printer(self):
        from PySide6.QtPrintSupport import QPrinter

        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(translate("PrintDialog", "封面"))
        return self.printer

    def print_covers(self) -> Operation:
        """Make the covers PDF, then ask for the printer (the system's print dialog) and print it."""
        return self.run_job("covers", then=self._ask_printer)

    def _ask_printer(self, pdf: Path) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(self.make_printer(), self)
        dialog.accepted.connect(lambda: self.print_to(self.make_printer(), pdf))
        dialog.open()
        self.print_dialog = dialog

    def print_to(self, printer, pdf: Path) -> Operation:
        op = Operation(lambda progress, cancelled: print_pdf(pdf, printer, progress, cancelled), parent=self,
                       title=translate("PrintDialog", "正在打印封面…"), pool=self._pool)
        op.success(lambda pages: self.ui.statusLabel.setText(
            translate("PrintDialog", "已送打印机：%n 页封面。", None, pages)))
        return op.start()
