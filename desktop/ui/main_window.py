"""The main window: the indicator tree with search and filters on the left, the overview or one indicator on the right.

The window talks to evidence only through an ``EvidenceSource`` and emits what
the user asks for (``attachRequested``, ``actionRequested``,
``openWorkspaceRequested``); the workspace session (``desktop.ui.session``)
connects those signals and calls ``evidence_changed(keys)`` when something was
written. Workspace-only menu entries (print, export, keys, recycle bin, review
files, catalog update) stay disabled until a session enables them. A review file
dropped anywhere a card does not take it becomes ``importFeedbackRequested``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QHeaderView, QLabel, QMainWindow

from desktop.core.catalog import Catalog
from desktop.core.errors import UserError
from desktop.ui import icons
from desktop.ui.evidence import CatalogOnly, EvidenceSource, ItemAction, ReviewStatus, Status
from desktop.ui.forms.ui_main_window import Ui_MainWindow
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import review_status_label, status_label
from desktop.ui.overview import parse_deadline
from desktop.ui.profile import Profile
from desktop.ui.settings import GeometryMixin, Settings, settings
from desktop.ui.tree_model import INDICATOR, NEEDS_REVISION, KindRole, IndicatorFilter, IndicatorTreeModel, KeyRole


class MainWindow(GeometryMixin, QMainWindow):
    attachRequested = Signal(str, str, list)  # indicator key, item id, [Path]
    actionRequested = Signal(object)  # ItemAction: statements, files, web addresses, status (see evidence.ACTIONS)
    openWorkspaceRequested = Signal(str)  # folder
    profileChanged = Signal(object)  # Profile
    aboutToClose = Signal()  # after pending typing was sent: the session finishes its writes and closes
    importFeedbackRequested = Signal(object)  # Path of a review file dropped on the window

    SEARCH_DELAY_MS = 150
    NOTICE_MS = 15000  # how long the "已移除… 撤销" bar stays

    def __init__(self, catalog: Catalog, profile: Profile | None = None, evidence: EvidenceSource | None = None,
                 store: Settings | None = None, restore: bool = True, parent=None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.catalog = catalog
        self.profile = profile
        self.evidence: EvidenceSource = evidence or CatalogOnly()
        self.store = store or settings()
        self._dialogs: list = []  # modeless dialogs kept alive while open
        self._drag_checked: tuple = ((), False)  # (paths, is a review file) of the drag over the window

        self.model = IndicatorTreeModel(catalog, self.evidence, self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self._setup_tree()
        self._setup_filters()
        self._setup_actions()
        self._setup_pages()
        self.status_label = QLabel(self)
        self.ui.statusBar.addPermanentWidget(self.status_label)
        self._setup_notice_bar()
        self.apply_profile(profile)
        self.ui.mainSplitter.setStretchFactor(0, 1)  # a wider screen widens the tree a little, the page more
        self.ui.mainSplitter.setStretchFactor(1, 2)
        self.ui.mainSplitter.setSizes([400, 900])
        self.resize(1280, 720)
        self.setAcceptDrops(True)  # review files; evidence files go to the cards, which take them first
        if restore:
            self.restore_geometry(self.store)
        self.show_overview()

    # ================================================================ set-up
    def _setup_tree(self) -> None:
        tree = self.ui.indicatorTree
        tree.setModel(self.proxy)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed, not ResizeToContents: measuring every row at start-up costs more than the window itself.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        metrics = tree.fontMetrics()
        header.resizeSection(1, max(metrics.horizontalAdvance("000/000"),
                                    metrics.horizontalAdvance(self.model.headerData(1, Qt.Orientation.Horizontal)),
                                    metrics.horizontalAdvance(status_label(Status.NOT_APPLICABLE)),
                                    metrics.horizontalAdvance(review_status_label(ReviewStatus.NEEDS_REVISION))) + 16)
        tree.selectionModel().currentChanged.connect(self._current_changed)

    def _setup_filters(self) -> None:
        ui = self.ui
        ui.statusCombo.addItem(translate("MainWindow", "全部状态"), "all")
        ui.statusCombo.addItem(translate("MainWindow", "未完成"), "unfinished")
        ui.statusCombo.addItem(icons.icon("review-needs-revision"), translate("MainWindow", "需补充（依法治市办审核）"),
                               NEEDS_REVISION)
        for st in Status:
            ui.statusCombo.addItem(icons.status_icon(st), status_label(st), st.name)
        ui.statusCombo.currentIndexChanged.connect(self._status_filter_changed)
        ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_search)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionOverview.setIcon(icons.icon("overview"))
        ui.actionAddFiles.setIcon(icons.icon("add-files"))
        ui.actionPrint.setIcon(icons.icon("print"))
        ui.actionExport.setIcon(icons.icon("export"))
        ui.actionFind.setIcon(icons.icon("search"))
        ui.actionSettings.setIcon(icons.icon("settings"))
        ui.actionPreviewPdf.setIcon(icons.icon("file-pdf"))
        ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionOverview.triggered.connect(self.show_overview)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAddFiles.triggered.connect(self.add_files_to_current)
        ui.actionPreviewPdf.triggered.connect(self._choose_pdf_to_preview)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.open_about)
        ui.actionAboutQt.triggered.connect(QApplication.aboutQt)
        ui.actionMyIndicators.toggled.connect(self._my_indicators_toggled)
        ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        ui.actionUndo.setIcon(icons.icon("undo"))
        ui.actionRecycleBin.setIcon(icons.icon("recycle-bin"))
        ui.actionOpenWorkspace.setIcon(icons.icon("folder-open"))
        ui.actionGenerateKey.setIcon(icons.icon("key"))
        ui.actionOpenWorkspace.triggered.connect(self._choose_workspace)
        # Printing, export, keys and the recycle bin belong to the workspace; they say so until it is open.
        self.set_workspace_actions(False)
        self._update_writable()

    def workspace_actions(self) -> list[QAction]:
        ui = self.ui
        return [ui.actionPrint, ui.actionExport, ui.actionUndo, ui.actionRecycleBin, ui.actionGenerateKey,
                ui.actionKeyForm, ui.actionCopyPubkey, ui.actionBackupKey, ui.actionRestoreKey,
                ui.actionImportFeedback, ui.actionUpdateCatalog, ui.actionOrphans]

    def set_workspace_actions(self, enabled: bool) -> None:
        for action in self.workspace_actions():
            action.setEnabled(enabled)
            action.setStatusTip("" if enabled else translate("MainWindow", "打开工作区后可用。"))
        self.ui.actionUndo.setEnabled(False)  # until there is something to undo

    def _setup_notice_bar(self) -> None:
        ui = self.ui
        ui.undoBar.hide()
        ui.undoBar.setStyleSheet("QFrame#undoBar { background: #fff8e1; border: 1px solid #e0c068; border-radius: 4px; }")
        ui.undoButton.setIcon(icons.icon("undo"))
        ui.undoButton.clicked.connect(ui.actionUndo.trigger)
        ui.recycleBinButton.clicked.connect(ui.actionRecycleBin.trigger)
        ui.undoBarCloseButton.clicked.connect(self.hide_notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.hide_notice)

    def show_notice(self, text: str, *, undo: bool = False) -> None:
        """The bar under the page: "已移除“a.pdf”。 [撤销] [回收站…]"; it goes away by itself."""
        ui = self.ui
        ui.undoLabel.setText(text)
        ui.undoButton.setVisible(undo)
        ui.recycleBinButton.setVisible(undo)
        ui.undoBar.show()
        self._notice_timer.start(self.NOTICE_MS)

    def hide_notice(self) -> None:
        self._notice_timer.stop()
        self.ui.undoBar.hide()

    def show_status(self, text: str, ms: int = 8000) -> None:
        self.ui.statusBar.showMessage(text, ms)

    def _choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "选择工作区文件夹"),
                                                  self.store.last_open_dir)
        if folder:
            self.openWorkspaceRequested.emit(folder)

    def _setup_pages(self) -> None:
        ui = self.ui
        ui.indicatorPage.set_context(self.catalog, self.profile, self.evidence)
        ui.indicatorPage.indicatorLinkActivated.connect(self.select_indicator)
        ui.indicatorPage.filesDropped.connect(self.attachRequested)
        ui.indicatorPage.addFilesRequested.connect(self._add_files_to_item)
        ui.indicatorPage.actionRequested.connect(self.actionRequested)
        ui.indicatorPage.attachmentActivated.connect(self._attachment_activated)
        ui.overviewPage.indicatorActivated.connect(self.select_indicator)
        ui.overviewPage.orphansRequested.connect(ui.actionOrphans.trigger)

    # ================================================================ profile and scope
    def my_keys(self) -> set[str] | None:
        if self.profile is None:
            return None
        return {i.key for i in self.catalog.indicators_for(self.profile.unit, self.profile.groups)}

    def apply_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        mine = self.my_keys()
        combo = self.ui.scopeCombo
        combo.blockSignals(True)
        combo.clear()
        if mine is not None:
            combo.addItem(fmt(translate("MainWindow", "本单位的指标（%1）"), len(mine)), "mine")
        combo.addItem(fmt(translate("MainWindow", "全部指标（%1）"), len(self.catalog)), "all")
        want_mine = mine is not None and self.store.my_indicators_only
        combo.setCurrentIndex(0 if want_mine or mine is None else 1)
        combo.setEnabled(mine is not None)
        combo.blockSignals(False)
        self.ui.actionMyIndicators.blockSignals(True)
        self.ui.actionMyIndicators.setEnabled(mine is not None)
        self.ui.actionMyIndicators.setChecked(want_mine)
        self.ui.actionMyIndicators.blockSignals(False)
        self.proxy.set_scope(mine if want_mine else None)
        self.ui.indicatorPage.set_context(self.catalog, profile, self.evidence)
        self._after_filter()
        self._refresh_overview()
        unit = profile.unit if profile else translate("MainWindow", "未选择单位")
        self.setWindowTitle(fmt(translate("MainWindow", "印证资料报送 — %1"), unit))
        self.status_label.setText(fmt(translate("MainWindow", "%1 · 目录：%2"), unit, self.catalog.id))
        if self.ui.contentStack.currentWidget() is self.ui.indicatorPage and self.ui.indicatorPage.indicator:
            self.ui.indicatorPage.show_indicator(self.ui.indicatorPage.indicator)

    def _scope_changed(self, _index: int) -> None:
        mine = self.ui.scopeCombo.currentData() == "mine"
        self.store.my_indicators_only = mine
        self.ui.actionMyIndicators.blockSignals(True)
        self.ui.actionMyIndicators.setChecked(mine)
        self.ui.actionMyIndicators.blockSignals(False)
        self.proxy.set_scope(self.my_keys() if mine else None)
        self._after_filter()
        self._refresh_overview()

    def _my_indicators_toggled(self, on: bool) -> None:
        index = self.ui.scopeCombo.findData("mine" if on else "all")
        if index >= 0:
            self.ui.scopeCombo.setCurrentIndex(index)

    def set_scope_all(self) -> None:
        self.ui.scopeCombo.setCurrentIndex(self.ui.scopeCombo.findData("all"))

    # ================================================================ filtering and search
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_search(self.ui.searchEdit.text())
        self._after_filter()

    def _status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status_filter(self.ui.statusCombo.currentData())
        self._after_filter()

    def _after_filter(self) -> None:
        self.ui.indicatorTree.expandAll()
        shown = len(self.proxy.visible_keys())
        total = len(self.proxy.scope) if self.proxy.scope is not None else len(self.catalog)
        self.ui.countLabel.setText(fmt(translate("MainWindow", "显示 %1 项，共 %2 项"), shown, total))

    # ================================================================ selection
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KindRole) == INDICATOR:
            self._show_indicator_key(current.data(KeyRole))

    def _show_indicator_key(self, key: str) -> None:
        ind = self.catalog.get(key)
        if ind is None:
            return
        self.ui.indicatorPage.show_indicator(ind)
        self.ui.contentStack.setCurrentWidget(self.ui.indicatorPage)
        self._update_writable()

    def current_key(self) -> str | None:
        page = self.ui.indicatorPage
        if self.ui.contentStack.currentWidget() is page and page.indicator is not None:
            return page.indicator.key
        return None

    def select_indicator(self, key: str) -> bool:
        """Select ``key`` in the tree and show it; filters that hide it are relaxed first."""
        source = self.model.index_for_key(key)
        if not source.isValid():
            return False
        if not self.proxy.mapFromSource(source).isValid():
            if self.proxy.scope is not None and key not in self.proxy.scope:
                self.set_scope_all()
            if self.ui.statusCombo.currentIndex() != 0:
                self.ui.statusCombo.setCurrentIndex(0)
            if self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                self.apply_search()
        index = self.proxy.mapFromSource(source)
        tree = self.ui.indicatorTree
        in_view = tree.viewport().rect().contains(tree.visualRect(index))
        tree.setCurrentIndex(index)  # shows the indicator through currentChanged
        if not in_view:  # a jump from elsewhere (overview, link, import): show it in context, not at the edge
            tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if self.current_key() != key:  # it was current already, so currentChanged did not fire
            self._show_indicator_key(key)
        return True

    def show_overview(self) -> None:
        self.ui.indicatorPage.flush_statement()
        self._refresh_overview()
        self.ui.contentStack.setCurrentWidget(self.ui.overviewPage)
        self.ui.indicatorTree.selectionModel().clearCurrentIndex()
        self.ui.indicatorTree.clearSelection()
        self._update_writable()

    def deadline(self) -> datetime | None:
        return parse_deadline(self.store.deadline) or parse_deadline((self.catalog.submission or {}).get("deadline"))

    def _refresh_overview(self) -> None:
        scope = self.proxy.scope
        self.ui.overviewPage.set_context(self.catalog, self.profile, self.evidence, scope, self.deadline())

    # ================================================================ the workspace hook
    def set_evidence(self, evidence: EvidenceSource) -> None:
        """Switch to another evidence source (the workspace, once opened)."""
        self.evidence = evidence
        self.model.set_evidence(evidence)
        self.proxy.evidence_changed(None)
        self.ui.indicatorPage.set_context(self.catalog, self.profile, evidence)
        key = self.current_key()
        self.ui.indicatorTree.expandAll()
        if key:
            self.select_indicator(key)
        self._refresh_overview()
        self._update_writable()

    def set_catalog(self, catalog: Catalog, profile: Profile | None) -> None:
        """The workspace moved to another catalog (an applied catalog update): rebuild the tree, keep the place."""
        key = self.current_key()
        self.ui.indicatorPage.flush_statement()
        self.ui.contentStack.setCurrentWidget(self.ui.overviewPage)  # the page must not show the old Indicator
        old = self.model
        self.catalog = catalog
        self.model = IndicatorTreeModel(catalog, self.evidence, self)
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self.apply_profile(profile)
        if key and catalog.get(key) is not None:
            self.select_indicator(key)
        else:
            self.show_overview()

    def evidence_changed(self, keys=None) -> None:
        """Call after the workspace wrote something: repaints the tree rows, re-filters, refreshes the pages."""
        keys = list(keys) if keys is not None else None
        self.model.evidence_changed(keys)
        self.proxy.evidence_changed(keys)
        current = self.current_key()
        if current and (keys is None or current in keys):
            self.ui.indicatorPage.refresh()
        self._refresh_overview()
        self._after_filter()

    def _update_writable(self) -> None:
        writable = bool(self.evidence.writable)
        on_item = self.current_key() is not None and bool(self.ui.indicatorPage.cards)
        self.ui.actionAddFiles.setEnabled(writable and on_item)
        self.ui.actionAddFiles.setStatusTip("" if writable else translate("MainWindow", "打开工作区后才能添加文件。"))

    def add_files_to_current(self) -> None:
        page = self.ui.indicatorPage
        if page.indicator is None or not page.cards:
            return
        focused = next((c for c in page.cards if c.isAncestorOf(self.focusWidget())), None) if self.focusWidget() else None
        self._add_files_to_item(page.indicator.key, (focused or page.cards[0]).item.id)

    def _add_files_to_item(self, key: str, item_id: str) -> None:
        if not self.evidence.writable:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "选择要添加的文件"), self.store.last_open_dir,
            translate("MainWindow", "印证资料 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)"),
        )
        if files:
            self.store.last_open_dir = str(Path(files[0]).parent)
            self.attachRequested.emit(key, item_id, [Path(f) for f in files])

    def _attachment_activated(self, item_id: str, attachment) -> None:
        """Double-click: PDFs open in the built-in preview, other files in their own program."""
        if attachment is None:
            return
        key = self.current_key()
        self.actionRequested.emit(ItemAction("preview" if attachment.is_pdf else "open", item_id, key=key,
                                             attachment=attachment))

    # ================================================================ dialogs
    def _keep(self, dialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)

    def _choose_pdf_to_preview(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "选择 PDF 文件"), self.store.last_open_dir, translate("MainWindow", "PDF 文件 (*.pdf)"))
        if path:
            self.store.last_open_dir = str(Path(path).parent)
            self.open_pdf_preview(Path(path))

    def open_pdf_preview(self, path: Path, title: str | None = None):
        from desktop.ui.pdf_preview import PdfPreviewWindow

        window = PdfPreviewWindow(path, self, title=title)
        self._dialogs.append(window)
        window.destroyed.connect(lambda *_: self._dialogs.remove(window) if window in self._dialogs else None)
        window.show()
        return window

    def open_settings(self):
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.catalog, self.profile, self,
                                catalog_fixed=self.evidence.writable)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _settings_accepted(self, dialog) -> None:
        profile = dialog.result_profile()
        self._refresh_overview()
        if profile != self.profile:
            if profile is not None and profile.catalog_id != self.catalog.id:
                from desktop.core.catalog import library

                try:
                    self.catalog = library.load(profile.catalog_id)
                except UserError as exc:
                    from desktop.ui.errors import show_error

                    show_error(self, exc)
                    return
                self.model = IndicatorTreeModel(self.catalog, self.evidence, self)
                self.proxy.setSourceModel(self.model)
            self.apply_profile(profile)
            self.profileChanged.emit(profile)

    def open_about(self):
        from desktop.ui.about import AboutDialog

        session = getattr(self, "session", None)
        dialog = AboutDialog(self.catalog, self, workspace=session.ws.path if session is not None else None)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        folders = self.store.existing_recent_workspaces()
        for folder in folders:
            action = QAction(folder, menu)
            action.triggered.connect(lambda _checked=False, f=folder: self.openWorkspaceRequested.emit(f))
            menu.addAction(action)
        if not folders:
            empty = menu.addAction(translate("MainWindow", "（还没有打开过工作区）"))
            empty.setEnabled(False)

    # ================================================================ a review file dropped on the window
    def _dropped_review_file(self, event) -> Path | None:
        """The one review file being dragged, if that is what it is (the answer is kept: moves repeat the question)."""
        from desktop.ui.drop_area import local_paths
        from desktop.ui.feedback_ui import looks_like_review_file

        paths = tuple(local_paths(event.mimeData()))
        if not self.evidence.writable or len(paths) != 1:
            return None
        if self._drag_checked[0] != paths:
            self._drag_checked = (paths, looks_like_review_file(paths[0]))
        return paths[0] if self._drag_checked[1] else None

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if self._dropped_review_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):  # noqa: N802 - Qt API
        path = self._dropped_review_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.importFeedbackRequested.emit(path)

    # ================================================================ closing
    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.ui.indicatorPage.flush_statement()
        self.aboutToClose.emit()
        super().closeEvent(event)

