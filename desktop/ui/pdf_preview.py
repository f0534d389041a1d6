"""PDF preview inside the program with QtPdf: page navigation, zoom, fit width, open outside, show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui import icons, shell
from desktop.ui.forms.ui_pdf_preview import Ui_PdfPreview
from desktop.ui.i18n import fmt, translate
from desktop.ui.settings import GeometryMixin

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


def load_error_text(error: QPdfDocument.Error) -> str:
    return {
        QPdfDocument.Error.FileNotFound: translate("PdfPreview", "找不到这个文件，可能已被移动或删除。"),
        QPdfDocument.Error.InvalidFileFormat: translate("PdfPreview", "这个文件不是有效的 PDF，或者已经损坏。"),
        QPdfDocument.Error.IncorrectPassword: translate("PdfPreview", "这个 PDF 设有打开密码，无法预览。"),
        QPdfDocument.Error.UnsupportedSecurityScheme: translate("PdfPreview", "这个 PDF 的加密方式无法识别，无法预览。"),
        QPdfDocument.Error.DataNotYetAvailable: translate("PdfPreview", "文件还没有读取完。"),
    }.get(error, translate("PdfPreview", "无法打开这个 PDF。"))


class PdfPreview(QWidget):
    """A toolbar over a ``QPdfView``. ``load(path)`` returns False (and says why) for a bad file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        ui = self.ui
        view = ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.fitWidthButton.setChecked(True)
        for button, name in ((ui.prevButton, "go-previous"), (ui.nextButton, "go-next"), (ui.zoomInButton, "zoom-in"),
                             (ui.zoomOutButton, "zoom-out"), (ui.fitWidthButton, "fit-width"),
                             (ui.openExternalButton, "open-external"), (ui.showInFolderButton, "folder")):
            button.setIcon(icons.icon(name))
        for button in (ui.openExternalButton, ui.showInFolderButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        ui.prevButton.clicked.connect(self.previous_page)
        ui.nextButton.clicked.connect(self.next_page)
        ui.pageSpin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        ui.zoomInButton.clicked.connect(self.zoom_in)
        ui.zoomOutButton.clicked.connect(self.zoom_out)
        ui.fitWidthButton.toggled.connect(self.set_fit_width)
        ui.openExternalButton.clicked.connect(self.open_external)
        ui.showInFolderButton.clicked.connect(self.show_in_folder)
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        view.zoomFactorChanged.connect(self._zoom_changed)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
                           (QKeySequence(Qt.Key.Key_PageDown), self.next_page)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_controls()

    # ------------------------------------------------------------ loading
    def load(self, path: Path) -> bool:
        self.path = Path(path)
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        self.ui.statusLabel.setText("" if ok else load_error_text(error))
        self.ui.statusLabel.setVisible(not ok)
        self._update_controls()
        if ok:
            self.go_to_page(0)
        return ok

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.ui.pdfView.pageNavigator().currentPage()

    # ------------------------------------------------------------ navigation
    def go_to_page(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        nav = self.ui.pdfView.pageNavigator()
        if page != nav.currentPage() or nav.currentLocation() != QPointF():
            nav.jump(page, QPointF(), nav.currentZoom())
        self._page_changed(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, page: int) -> None:
        spin = self.ui.pageSpin
        spin.blockSignals(True)
        spin.setValue(page + 1)
        spin.blockSignals(False)
        self._update_controls()

    # ------------------------------------------------------------ zoom
    def zoom_factor(self) -> float:
        return self.ui.pdfView.zoomFactor()

    def set_zoom(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        view = self.ui.pdfView
        self.ui.fitWidthButton.blockSignals(True)
        self.ui.fitWidthButton.setChecked(False)
        self.ui.fitWidthButton.blockSignals(False)
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(factor)
        self._zoom_changed(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / ZOOM_STEP)

    def set_fit_width(self, on: bool = True) -> None:
        view = self.ui.pdfView
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth if on else QPdfView.ZoomMode.Custom)
        if self.ui.fitWidthButton.isChecked() != on:
            self.ui.fitWidthButton.setChecked(on)
        self._zoom_changed(view.zoomFactor())

    def _zoom_changed(self, factor: float) -> None:
        self.ui.zoomLabel.setText(f"{round(factor * 100)}%")

    # ------------------------------------------------------------ outside the program
    def open_external(self) -> bool:
        return bool(self.path) and shell.open_with_system(self.path)

    def show_in_folder(self) -> bool:
        return bool(self.path) and shell.show_in_folder(self.path)

    def _update_controls(self) -> None:
        ui = self.ui
        count = self.page_count()
        ui.pageCountLabel.setText(f"/ {count}")
        ui.pageSpin.setMaximum(max(1, count))
        ui.pageSpin.setEnabled(count > 0)
        page = self.current_page() if count else 0
        ui.prevButton.setEnabled(count > 0 and page > 0)
        ui.nextButton.setEnabled(count > 0 and page < count - 1)
        for b in (ui.zoomInButton, ui.zoomOutButton, ui.fitWidthButton):
            b.setEnabled(count > 0)
        exists = bool(self.path and self.path.exists())
        ui.openExternalButton.setEnabled(exists)
        ui.showInFolderButton.setEnabled(exists)


class PdfPreviewWindow(GeometryMixin, QWidget):
    """The preview in its own window, remembering its size."""

    def __init__(self, path: Path, parent=None, title: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PdfPreviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = PdfPreview(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.preview)
        self.setWindowTitle(fmt(translate("PdfPreview", "预览：%1"), title or Path(path).name))
        self.setWindowIcon(icons.icon("file-pdf"))
        self.resize(820, 680)
        self.restore_geometry()
        self.preview.load(Path(path))
