"""Moving the workspace to a new catalog from the window: choose, preview, and only then apply.

A catalog update never re-maps evidence silently (docs/workspace.md): the dialog shows
``ws.preview_catalog_update(new)`` — which items keep their evidence, which would be orphaned (kept, but outside
the catalog), what is new — and enables 更新目录 only when ``can_apply``. Loading a catalog, importing a table
with the importer and computing the preview run in the background; the update itself runs on the write lane,
after which the window is rebuilt on the new catalog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QListWidgetItem, QTreeWidgetItem

from desktop.core.catalog import Catalog, library
from desktop.ui.forms.ui_catalog_update_dialog import Ui_CatalogUpdateDialog
from desktop.ui.i18n import fmt, translate
from desktop.ui.operations import Operation

ID_ROLE = Qt.ItemDataRole.UserRole
IMPORTED = "\x00imported"  # the list entry of a file imported in this dialog
WARN = "#b93a0b"
ERROR = "#b3261e"


@dataclass(frozen=True)
class Preview:
    """What the background job hands back: the new catalog, the workspace's preview, the new items' texts."""

    catalog: Catalog
    preview: object  # desktop.core.workspace.catalog_update.CatalogUpdatePreview
    new_texts: dict[str, str]
    import_warnings: tuple[str, ...] = ()


def load_catalog(source: str | Path) -> tuple[Catalog, tuple[str, ...]]:
    """A catalog by library id, from a catalog file (.json), or imported from the office's table."""
    if isinstance(source, Path):
        path = source
        if path.suffix.lower() == ".json":
            return library.load_file(path), ()
        from desktop.core.catalog.importers import import_file

        result = import_file(path)
        return result.catalog, tuple(result.warnings)
    return library.load(str(source)), ()


def compute_preview(ws, source: str | Path) -> Preview:
    from desktop.core.workspace.items import ItemIndex

    catalog, warnings = load_catalog(source)
    pv = ws.preview_catalog_update(catalog)
    index = ItemIndex(catalog)
    return Preview(catalog, pv, {i: index.get(i).text for i in pv.new_items}, warnings)


def preview_lines(pv, unit: str) -> list[tuple[str, str]]:
    """[(text, colour)] describing the preview in the interface language (the core's ``summary()`` is Chinese)."""
    kept, gone = len(pv.kept), len(pv.gone)
    changed = sum(1 for c in pv.kept if c.text_changed)
    lines = [(fmt(translate("CatalogUpdateDialog", "目录将从 %1（版本 %2）更新为 %3（版本 %4）。"),
                  *pv.old_catalog, *pv.new_catalog), "")]
    if kept or gone:
        text = fmt(translate("CatalogUpdateDialog", "已有资料的材料条目 %1 条：%2 条保留，%3 条在新目录中已没有。"),
                   kept + gone, kept, gone)
        if changed:
            text += translate("CatalogUpdateDialog", "保留的条目中有 %n 条的要求文字有改动，请对照检查。", None, changed)
        lines.append((text, WARN if gone else ""))
    else:
        lines.append((translate("CatalogUpdateDialog", "工作区中还没有资料，更新不影响任何资料。"), ""))
    if gone:
        lines.append((translate("CatalogUpdateDialog", "新目录中没有的 %n 条，其资料不会删除，会保留为“目录外资料”，可以移到其他条目。",
                                None, gone), WARN))
    if pv.new_items:
        lines.append((translate("CatalogUpdateDialog", "新增材料条目 %n 条。", None, len(pv.new_items)), ""))
    if pv.indicators_added or pv.indicators_removed:
        lines.append((fmt(translate("CatalogUpdateDialog", "新增指标 %1 项，删除指标 %2 项。"),
                          len(pv.indicators_added), len(pv.indicators_removed)), ""))
    before, after = len(pv.my_indicators_before), len(pv.my_indicators_after)
    if pv.unit_after is not None and before != after:
        lines.append((fmt(translate("CatalogUpdateDialog", "本单位负责的指标：%1 项 → %2 项。"), before, after), ""))
    if pv.statuses_dropped:
        lines.append((fmt(translate("CatalogUpdateDialog", "这些指标已从新目录删除，手动设定的状态不再使用：%1"),
                          translate("CatalogUpdateDialog", "、").join(pv.statuses_dropped)), WARN))
    if pv.unit_after is None:
        lines.append((fmt(translate("CatalogUpdateDialog", "新目录的单位名单中没有本单位（%1），不能更新到这个目录。请确认目录是否选对，"
                                    "或联系依法治市办。"), unit), ERROR))
    elif pv.unit_after != unit:
        lines.append((fmt(translate("CatalogUpdateDialog", "本单位在新目录中的名称：%1"), pv.unit_after), ""))
    if pv.groups_dropped:
        lines.append((fmt(translate("CatalogUpdateDialog", "新目录中没有这些单位类别，更新后将不再属于它们：%1"),
                          translate("CatalogUpdateDialog", "、").join(pv.groups_dropped)), WARN))
    return lines


def evidence_text(change) -> str:
    parts = []
    if change.attachments:
        parts.append(translate("CatalogUpdateDialog", "%n 个文件", None, change.attachments))
    if change.urls:
        parts.append(translate("CatalogUpdateDialog", "%n 个网址", None, change.urls))
    if change.has_notes:
        parts.append(translate("CatalogUpdateDialog", "情况说明"))
    return translate("CatalogUpdateDialog", "，").join(parts)


class CatalogUpdateDialog(QDialog):
    """Choose a catalog, see what the update would do; ``applyRequested(catalog)`` only from 更新目录."""

    applyRequested = Signal(object)  # Catalog

    def __init__(self, ws, parent=None, *, pool=None):
        super().__init__(parent)
        self.ws, self._pool = ws, pool
        self.ui = Ui_CatalogUpdateDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.current: Preview | None = None
        self.imported: Preview | None = None  # the preview of the file imported in this dialog
        self.op: Operation | None = None
        self._generation = 0  # a preview that arrives after another was asked for is dropped
        cat = ws.catalog
        ui.currentLabel.setText(fmt(translate("CatalogUpdateDialog", "当前目录：《%1》（%2，版本 %3，%4 项）"),
                                    cat.title, cat.id, cat.version, len(cat)))
        self.apply_button = ui.buttonBox.addButton(translate("CatalogUpdateDialog", "更新目录"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        ui.buttonBox.rejected.connect(self.reject)
        ui.importButton.clicked.connect(self.choose_file)
        header = ui.previewTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        origin = {"builtin": translate("CatalogUpdateDialog", "内置"), "library": translate("CatalogUpdateDialog", "已导入")}
        for info in library.list_catalogs():
            if (info.id, info.version) == (cat.id, cat.version):
                continue  # the catalog in use
            it = QListWidgetItem(fmt(translate("CatalogUpdateDialog", "%1（%2 · 版本 %3 · %4 项 · %5）"), info.title, info.id,
                                     info.version, info.count, origin.get(info.origin, info.origin)))
            it.setData(ID_ROLE, info.id)
            ui.catalogList.addItem(it)
        if not ui.catalogList.count():
            ui.summaryLabel.setText(translate("CatalogUpdateDialog", "目录库中没有其他目录。请用“从文件导入…”选择依法治市办下发的新目录。"))
        # selection, not the current item: focus alone makes the first row current, and must not start a preview
        ui.catalogList.itemSelectionChanged.connect(self._chosen)

    # ------------------------------------------------------------ choosing
    def choose(self, catalog_id: str) -> Operation | None:
        """Select a library catalog by id (as a click does): its preview is computed in the background."""
        lst = self.ui.catalogList
        for row in range(lst.count()):
            if lst.item(row).data(ID_ROLE) == catalog_id:
                lst.setCurrentRow(row)
                return self.op
        return None

    def _chosen(self) -> None:
        items = self.ui.catalogList.selectedItems()
        if not items:
            return
        if items[0].data(ID_ROLE) == IMPORTED:  # back to the file imported before: its preview is kept
            if self.imported is not None:
                self._generation += 1
                self._show(self.imported)
            return
        self.preview(items[0].data(ID_ROLE))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("CatalogUpdateDialog", "选择依法治市办下发的新目录"), str(Path.home()),
            translate("CatalogUpdateDialog", "目录或指标表 (*.json *.docx *.xlsx *.csv *.tsv *.txt);;所有文件 (*)"))
        if name:
            self.preview(Path(name))

    def preview(self, source: str | Path) -> Operation:
        """Load (or import) the catalog and compute what the update would do; nothing is changed."""
        self._generation += 1
        generation, ws = self._generation, self.ws
        self.current = None
        self.apply_button.setEnabled(False)
        self.ui.previewTree.clear()
        self.ui.warningLabel.clear()
        name = source.name if isinstance(source, Path) else str(source)
        self._say([(fmt(translate("CatalogUpdateDialog", "正在读取“%1”并计算预览…"), name), "")])
        op = Operation(lambda _p, _c: compute_preview(ws, source), parent=self, cancellable=False, pool=self._pool,
                       title=fmt(translate("CatalogUpdateDialog", "正在读取“%1”…"), name))
        op.succeeded.connect(lambda result: self._previewed(result, generation, source))
        op.failure(lambda exc: self._failed(exc, generation))
        self.op = op
        return op.start()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        from desktop.ui.errors import message_for

        self._say([(message_for(exc)[0], ERROR)])

    def _previewed(self, result: Preview, generation: int, source) -> None:
        if generation != self._generation:
            return
        if isinstance(source, Path):
            self.imported = result
            self._add_imported_entry(result.catalog, source)
        self._show(result)

    def _show(self, result: Preview) -> None:
        self.current = result
        pv = result.preview
        lines = preview_lines(pv, self.ws.profile.unit)
        lines += [(fmt(translate("CatalogUpdateDialog", "导入提示：%1"), w), "") for w in result.import_warnings[:5]]
        self._say(lines)
        self._fill_tree(result)
        self.apply_button.setEnabled(pv.can_apply)
        self.apply_button.setToolTip("" if pv.can_apply else translate(
            "CatalogUpdateDialog", "新目录的单位名单中没有本单位，不能更新到这个目录。"))
        warning = ""
        if pv.can_apply and pv.gone:
            warning = translate("CatalogUpdateDialog", "点“更新目录”后，%n 条材料的资料将成为目录外资料（不会删除）。", None,
                                len(pv.gone))
        self.ui.warningLabel.setText(warning)
        self.ui.warningLabel.setStyleSheet(f"QLabel {{ color: {WARN}; }}")

    def _add_imported_entry(self, catalog: Catalog, path: Path) -> None:
        lst = self.ui.catalogList
        lst.blockSignals(True)
        for row in range(lst.count()):
            if lst.item(row).data(ID_ROLE) == IMPORTED:
                lst.takeItem(row)
                break
        it = QListWidgetItem(fmt(translate("CatalogUpdateDialog", "%1（从“%2”导入 · 版本 %3 · %4 项）"), catalog.title, path.name,
                                 catalog.version, len(catalog)))
        it.setData(ID_ROLE, IMPORTED)
        lst.insertItem(0, it)
        lst.setCurrentItem(it)
        lst.blockSignals(False)

    def _say(self, lines: list[tuple[str, str]]) -> None:
        html = "<br>".join(f'<span style="color:{c}">{_esc(t)}</span>' if c else _esc(t) for t, c in lines)
        self.ui.summaryLabel.setText(html)

    def summary_text(self) -> str:
        """The preview's text without markup (for tests and screen readers)."""
        import re
        from html import unescape

        return unescape(re.sub(r"<[^>]+>", "", self.ui.summaryLabel.text().replace("<br>", "\n")))

    # ------------------------------------------------------------ the item list
    def _fill_tree(self, result: Preview) -> None:
        pv, tree = result.preview, self.ui.previewTree
        tree.clear()

        def group(text: str, colour: str = "", expanded: bool = False) -> QTreeWidgetItem:
            top = QTreeWidgetItem([text, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if colour:
                top.setForeground(0, QBrush(QColor(colour)))
            tree.addTopLevelItem(top)
            top.setExpanded(expanded)
            return top

        if pv.gone:
            top = group(translate("CatalogUpdateDialog", "将成为目录外资料（%n 条）", None, len(pv.gone)), WARN, True)
            for c in pv.gone:
                row = QTreeWidgetItem(top, [f"{c.item_id}  {c.old_text or ''}", evidence_text(c)])
                row.setToolTip(0, c.old_text or "")
                row.setData(0, ID_ROLE, c.item_id)
        if pv.kept:
            top = group(translate("CatalogUpdateDialog", "保留资料的条目（%n 条）", None, len(pv.kept)),
                        expanded=len(pv.kept) <= 20)
            for c in pv.kept:
                text = f"{c.item_id}  {c.new_text or ''}"
                if c.text_changed:
                    text = fmt(translate("CatalogUpdateDialog", "%1（要求文字有改动）"), text)
                row = QTreeWidgetItem(top, [text, evidence_text(c)])
                row.setData(0, ID_ROLE, c.item_id)
                if c.text_changed:
                    row.setForeground(0, QBrush(QColor(WARN)))
                    row.setToolTip(0, fmt(translate("CatalogUpdateDialog", "原来：%1\n现在：%2"), c.old_text or "", c.new_text or ""))
        if pv.new_items:
            top = group(translate("CatalogUpdateDialog", "新增的材料条目（%n 条）", None, len(pv.new_items)),
                        expanded=len(pv.new_items) <= 10)
            for item_id in pv.new_items:
                row = QTreeWidgetItem(top, [f"{item_id}  {result.new_texts.get(item_id, '')}", ""])
                row.setData(0, ID_ROLE, item_id)
        if pv.indicators_removed:
            top = group(translate("CatalogUpdateDialog", "删除的指标（%n 项）", None, len(pv.indicators_removed)))
            for key in pv.indicators_removed:
                ind = self.ws.catalog.get(key)
                QTreeWidgetItem(top, [f"{key}  {ind.text if ind else ''}", ""])
        if pv.indicators_added:
            top = group(translate("CatalogUpdateDialog", "新增的指标（%n 项）", None, len(pv.indicators_added)))
            for key in pv.indicators_added:
                ind = result.catalog.get(key)
                QTreeWidgetItem(top, [f"{key}  {ind.text if ind else ''}", ""])

    def section_ids(self, heading_start: str) -> list[str]:
        """Item ids listed under the group whose heading starts with ``heading_start`` (for tests)."""
        tree = self.ui.previewTree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top.text(0).startswith(heading_start):
                return [top.child(j).data(0, ID_ROLE) for j in range(top.childCount())]
        return []

    # ------------------------------------------------------------ deciding
    def apply(self) -> None:
        if self.current is None or not self.current.preview.can_apply:
            return
        self.applyRequested.emit(self.current.catalog)
        self.accept()


def _esc(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


# ---------------------------------------------------------------- from the session
def open_dialog(session) -> CatalogUpdateDialog:
    window = session.window
    window.ui.indicatorPage.flush_statement()
    dialog = CatalogUpdateDialog(session.ws, window, pool=session._pool)
    dialog.applyRequested.connect(lambda catalog: apply_update(session, catalog))
    session._keep(dialog)
    dialog.open()
    session.catalog_dialog = dialog
    return dialog


def apply_update(session, catalog: Catalog) -> Operation:
    """The update on the write lane; then the window is rebuilt on the new catalog and told what happened."""
    from desktop.ui.session import profile_of

    window, ws = session.window, session.ws

    def done(pv) -> None:
        session.source.invalidate()  # not session.refresh(): the window must not repaint the old catalog's rows
        window.set_catalog(ws.catalog, profile_of(ws))
        text = fmt(translate("CatalogUpdateDialog", "目录已更新为《%1》（版本 %2）。"), ws.catalog.title, ws.catalog.version)
        if pv.gone:
            text += translate("CatalogUpdateDialog", "%n 条材料的资料不在新目录中，已保留为目录外资料（编辑 → 目录外资料…）。",
                              None, len(pv.gone))
        window.show_status(text, 15000)
        session.catalog_update_result = pv

    op = Operation(lambda _p, _c: ws.apply_catalog_update(catalog), parent=window, show_progress=False, lane="write",
                   pool=session._pool)
    op.succeeded.connect(done)
    op.failed.connect(lambda _e: session.refresh(None))  # the default message is shown as well
    return op.start()
