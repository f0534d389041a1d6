"""Printing from the window: cover sheets painted page by page onto a QPrinter, and the print dialog's jobs."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop.core.workspace import Workspace
from desktop.ui.operations import InlinePool
from desktop.ui.print_dialog import PrintDialog, print_pdf, printjobs_available
from tests.test_ui_helpers import OFFSCREEN_NOISE, make_pdf, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def pdf_printer(out):
    """An offscreen printer that writes a PDF: the same QPainter path a paper printer gets."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "ws", "jincheng-2022", unit="市司法局", groups=["各行政执法单位"], staff=["张三"],
                         contact="李四", phone="0356-1234567")
    yield w
    w.close()


def test_every_pdf_page_becomes_a_printed_page(ui_app, tmp_path):
    source = make_pdf(tmp_path / "封面.pdf", 3)
    out = tmp_path / "printed.pdf"
    pages = []
    assert print_pdf(source, pdf_printer(out), progress=lambda d, t, _s: pages.append((d, t))) == 3
    assert len(PdfReader(out).pages) == 3
    assert pages == [(1, 3), (2, 3), (3, 3)]


def test_printing_stops_between_pages_when_cancelled(ui_app, tmp_path):
    source = make_pdf(tmp_path / "封面.pdf", 4)
    out = tmp_path / "printed.pdf"
    seen = []
    print_pdf(source, pdf_printer(out), progress=lambda d, t, _s: seen.append(d), cancelled=lambda: len(seen) >= 2)
    assert len(PdfReader(out).pages) == 2


def test_a_damaged_pdf_is_refused_in_chinese(ui_app, tmp_path):
    from desktop.core.errors import UserError

    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(UserError, match="无法读取要打印的文件"):
        print_pdf(bad, pdf_printer(tmp_path / "x.pdf"))


def test_print_dialog_offers_one_selected_or_all_cover_sheets(qtbot, ui_app, ws):
    dialog = PrintDialog(ws, current_key="55", scope=["55", "56"], pool=InlinePool())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.currentRadio.isChecked() and "第55项" in ui.currentRadio.text()
    assert dialog.cover_keys() == ["55"]
    ui.mineRadio.setChecked(True)
    assert dialog.cover_keys() == [i.key for i in ws.my_indicators()]
    assert "59" in ui.mineRadio.text()
    ui.selectedRadio.setChecked(True)
    assert dialog.cover_keys() == ["55", "56"]  # what the tree showed is pre-ticked
    ui.checkNoneButton.click()
    assert dialog.cover_keys() == [] and not ui.printCoversButton.isEnabled()
    ui.checkAllButton.click()
    assert len(dialog.cover_keys()) == 59
    assert dialog.out_dir == ws.exports_dir and str(ws.exports_dir) in ui.folderLabel.text()


@pytest.mark.skipif(not printjobs_available(), reason="desktop.core.printjobs is not on this branch yet")
def test_covers_are_rendered_and_printed(qtbot, ui_app, ws, tmp_path):
    dialog = PrintDialog(ws, current_key="55", pool=InlinePool())
    qtbot.addWidget(dialog)
    made = []
    dialog.run_job("covers", then=made.append)
    assert made and made[0].exists()
    sheets = len(PdfReader(made[0]).pages)
    out = tmp_path / "printed.pdf"
    dialog.print_to(pdf_printer(out), made[0])
    assert len(PdfReader(out).pages) == sheets >= 1
    assert "已送打印机" in dialog.ui.statusLabel.text()
