"""PDF preview with QtPdf on a real PDF: pages, zoom, fit width, bad files; show-in-folder commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdfWidgets import QPdfView

from desktop.ui.pdf_preview import PdfPreview, PdfPreviewWindow
from desktop.ui.shell import reveal_command
from tests.test_ui_helpers import OFFSCREEN_NOISE, make_pdf, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def preview(qtbot, ui_app):
    p = PdfPreview()
    qtbot.addWidget(p)
    p.resize(700, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_pages_navigation_and_zoom(qtbot, preview, tmp_path):
    pdf = make_pdf(tmp_path / "执法记录 台账.pdf", pages=4)
    assert preview.load(pdf)
    ui = preview.ui
    assert preview.page_count() == 4 and ui.pageCountLabel.text() == "/ 4"
    assert preview.current_page() == 0 and not ui.prevButton.isEnabled()
    preview.next_page()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert ui.pageSpin.value() == 2
    ui.pageSpin.setValue(4)
    qtbot.waitUntil(lambda: preview.current_page() == 3)
    assert not ui.nextButton.isEnabled()
    preview.next_page()  # past the end: stays on the last page
    assert preview.current_page() == 3

    assert ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth and ui.fitWidthButton.isChecked()
    preview.set_zoom(1.0)
    preview.zoom_in()
    assert preview.zoom_factor() == pytest.approx(1.25)
    assert ui.zoomLabel.text() == "125%" and not ui.fitWidthButton.isChecked()
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(0.8)
    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(0.25)  # bounded
    ui.fitWidthButton.click()
    assert ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert ui.openExternalButton.isEnabled() and ui.showInFolderButton.isEnabled()


def test_a_file_that_is_not_a_pdf_is_refused_with_a_message(preview, tmp_path):
    fake = tmp_path / "错误页面.pdf"
    fake.write_text("<html>404 Not Found</html>", encoding="utf-8")
    assert not preview.load(fake)
    assert "不是有效的 PDF" in preview.ui.statusLabel.text()
    assert preview.page_count() == 0 and not preview.ui.nextButton.isEnabled()
    assert not preview.load(tmp_path / "不存在.pdf")
    assert "找不到" in preview.ui.statusLabel.text()
    assert not preview.ui.openExternalButton.isEnabled()


def test_preview_window_is_titled_with_the_file_name(qtbot, ui_app, tmp_path):
    pdf = make_pdf(tmp_path / "会议纪要.pdf", pages=2)
    w = PdfPreviewWindow(pdf)
    qtbot.addWidget(w)
    assert "会议纪要.pdf" in w.windowTitle() and w.preview.page_count() == 2


def test_show_in_folder_command_per_platform(tmp_path):
    f = Path("C:/资料/第55项/记录 1.pdf")
    assert reveal_command(f, "win32") == ["explorer", f"/select,{f}"]
    assert reveal_command(f, "darwin") == ["open", "-R", str(f)]
    linux = reveal_command(tmp_path / "记录 1.pdf", "linux")
    assert linux is None or ("org.freedesktop.FileManager1.ShowItems" in linux
                             and any(a.startswith("array:string:file://") for a in linux))
