"""A unit's workspace wired to its window: every request the window makes becomes a write on the serial lane.

The window (``MainWindow``) knows nothing of SQLite; it emits ``attachRequested`` and
``actionRequested(ItemAction)``. The session runs each as an ``Operation`` on the write
lane, then tells the source to forget what it read and the window which indicators
changed. Failures are shown once (the operations layer's default) and the window is
refreshed anyway, so an edit the workspace refused springs back on screen.

Undo is a small stack of closures (remove → restore, rename → old name, move → back):
the edits that lose something visible. Typing has its own undo in the text editor.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop.core.workspace import Workspace
from desktop.ui import errors, operations, shell
from desktop.ui.attach_job import AttachOutcome, attach_each, summary
from desktop.ui.evidence import Attachment, ItemAction, Status
from desktop.ui.i18n import fmt, translate
from desktop.ui.labels import indicator_label
from desktop.ui.operations import Operation, run_write
from desktop.ui.profile import Profile
from desktop.ui.workspace_source import WorkspaceEvidence

_STAFF_SPLIT = re.compile(r"[、,，;；/]+")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # not allowed in Windows file names


@dataclass
class UndoEntry:
    text: str  # what the Undo menu entry says: 撤销移除“a.pdf”
    undo: Callable[[Workspace], object]
    item_ids: tuple[str, ...]


def profile_of(ws: Workspace) -> Profile:
    p = ws.profile
    return Profile(catalog_id=ws.catalog.id, unit=p.unit, groups=p.groups, staff="、".join(p.staff),
                   contact=p.contact or "", phone=p.phone or "")


class WorkspaceSession(QObject):
    """Owns the open ``Workspace`` for one ``MainWindow``; closes it when the window closes."""

    closed = Signal()
    UNDO_LIMIT = 50

    def __init__(self, ws: Workspace, window, *, pool=None, source: WorkspaceEvidence | None = None):
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.source = source or WorkspaceEvidence(ws)
        self._pool = pool  # tests may pass an InlinePool; None = the real write lane
        self._undo: list[UndoEntry] = []
        self._attaches: set[Operation] = set()
        self._dialogs: list = []
        self._closed = False
        if window.evidence is not self.source:
            window.set_evidence(self.source)
        window.set_workspace_actions(True)
        window.attachRequested.connect(self.attach_files)
        window.actionRequested.connect(self.handle)
        window.profileChanged.connect(self.save_profile)
        window.aboutToClose.connect(self.close)
        ui = window.ui
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRecycleBin.triggered.connect(self.open_recycle_bin)
        ui.actionPrint.triggered.connect(self.open_print_dialog)
        ui.actionExport.triggered.connect(self.open_export_dialog)
        ui.actionImportFeedback.triggered.connect(self.choose_review_file)
        ui.actionUpdateCatalog.triggered.connect(self.open_catalog_update)
        ui.actionOrphans.triggered.connect(self.open_orphans)
        window.importFeedbackRequested.connect(self.import_review_file)
        from desktop.ui import keys_ui

        keys_ui.connect_menu(self)
        self._update_undo_action()

    # ================================================================ writing
    def keys_of(self, *item_ids: str | None) -> list[str]:
        keys: list[str] = []
        for item_id in item_ids:
            if item_id:
                keys += [k for k in self.ws.indicators_of_item(item_id) if k not in keys]
        return keys

    def refresh(self, keys: list[str] | None = None) -> None:
        if self._closed:
            return
        self.source.invalidate()
        self.window.evidence_changed(keys)

    def write(self, fn: Callable[[Workspace], object], *, keys: list[str] | None = None,
              then: Callable[[object], None] | None = None) -> Operation:
        """Run ``fn(ws)`` on the write lane; refresh the window afterwards whether it worked or not."""
        ws = self.ws
        op = Operation(lambda _p, _c: fn(ws), parent=self.window, show_progress=False, lane="write", pool=self._pool)

        def done(result) -> None:
            self.refresh(keys)
            if then is not None:
                then(result)

        op.succeeded.connect(done)
        op.failed.connect(lambda _e: self.refresh(keys))  # the default message is still shown
        return op.start()

    # ================================================================ attaching
    def attach_files(self, key: str, item_id: str, paths: list) -> Operation:
        paths = [Path(p) for p in paths]
        where = self.ws.describe_item(item_id)
        ws = self.ws
        title = translate("Session", "正在添加 %n 个文件…", None, len(paths))
        op = Operation(lambda progress, cancelled: attach_each(ws, item_id, paths, progress, cancelled),
                       parent=self.window, title=title, lane="write", pool=self._pool)
        self._attaches.add(op)

        def finished_with(outcome: AttachOutcome | None, cancelled: bool = False) -> None:
            self._attaches.discard(op)
            self.refresh(self.keys_of(item_id))
            if outcome is None:
                if cancelled:
                    self.window.show_status(translate("Session", "已取消添加文件。"))
                return
            self.report_attach(outcome, where)

        op.succeeded.connect(lambda outcome: finished_with(outcome))
        op.cancelled.connect(lambda: finished_with(op.result, cancelled=True))
        op.failed.connect(lambda _e: finished_with(None))
        return op.start()

    def report_attach(self, outcome: AttachOutcome, where: str) -> None:
        head, details = summary(outcome, where)
        if outcome.quiet:
            self.window.show_status(head)
            return
        box = QMessageBox(QMessageBox.Icon.Warning if (outcome.refused or outcome.error) else QMessageBox.Icon.Information,
                          translate("Session", "添加文件"), head, QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(details)
        self._keep(box)
        box.open()
        self.last_report = box

    # ================================================================ item actions
    def handle(self, action: ItemAction) -> None:
        handler = getattr(self, f"_do_{action.action}", None)
        if handler is None:
            raise ValueError(f"unknown action {action.action!r}")
        handler(action)

    def _do_statement(self, a: ItemAction) -> None:
        self.write(lambda ws: ws.set_statement(a.item_id, str(a.value or "")), keys=self.keys_of(a.item_id))

    def _do_onsite_notes(self, a: ItemAction) -> None:
        self.write(lambda ws: ws.set_onsite_notes(a.item_id, str(a.value or "")), keys=self.keys_of(a.item_id))

    def _do_onsite_ready(self, a: ItemAction) -> None:
        self.write(lambda ws: ws.set_onsite_ready(a.item_id, bool(a.value)), keys=self.keys_of(a.item_id))

    def _do_url_add(self, a: ItemAction) -> None:
        self.write(lambda ws: ws.add_url(a.item_id, str(a.value)), keys=self.keys_of(a.item_id))

    def _do_url_remove(self, a: ItemAction) -> None:
        old = next((u for u in self.ws.urls(a.item_id) if u.id == a.value), None)
        if old is None:
            return

        def undo(ws: Workspace):
            return ws.add_url(old.item_id, old.url, label=old.label)

        self.write(lambda ws: ws.remove_url(old.id), keys=self.keys_of(a.item_id),
                   then=lambda _r: self.push_undo(fmt(translate("Session", "撤销删除网址“%1”"), old.url), undo, a.item_id))

    def _do_status(self, a: ItemAction) -> None:
        key = a.key
        status: Status | None = a.value
        if status is Status.NOT_APPLICABLE:
            from desktop.ui.evidence_dialogs import ReasonDialog

            ind = self.ws.catalog.indicator(key)
            previous = self.source.indicator_state(ind).reason or ""
            dialog = ReasonDialog(indicator_label(ind), previous, self.window)
            dialog.accepted.connect(lambda: self.write(
                lambda ws: ws.set_status(key, "不适用", reason=dialog.reason()), keys=[key]))
            self._keep(dialog)
            dialog.open()
            self.reason_dialog = dialog
            return
        value = None if status is None else status.value
        self.write(lambda ws: ws.set_status(key, value), keys=[key])

    def _do_rename(self, a: ItemAction) -> None:
        att = a.attachment
        old = self.ws.attachment(att.id).label
        self.write(lambda ws: ws.set_attachment_label(att.id, str(a.value or "") or None), keys=self.keys_of(a.item_id),
                   then=lambda _r: self.push_undo(fmt(translate("Session", "撤销改名“%1”"), att.name),
                                                  lambda ws: ws.set_attachment_label(att.id, old), a.item_id))

    def _do_date(self, a: ItemAction) -> None:
        att = a.attachment
        self.write(lambda ws: ws.set_evidence_date(att.id, str(a.value or "") or None), keys=self.keys_of(a.item_id))

    def _do_reorder(self, a: ItemAction) -> None:
        old = [x.id for x in self.ws.attachments(a.item_id)]
        self.write(lambda ws: ws.reorder_attachments(a.item_id, list(a.value)), keys=self.keys_of(a.item_id),
                   then=lambda _r: self.push_undo(translate("Session", "撤销调整顺序"),
                                                  lambda ws: ws.reorder_attachments(a.item_id, old), a.item_id))

    def _do_remove(self, a: ItemAction) -> None:
        att = a.attachment

        def removed(_r) -> None:
            self.push_undo(fmt(translate("Session", "撤销移除“%1”"), att.name), lambda ws: ws.undo_remove(att.id), a.item_id)
            self.window.show_notice(fmt(translate("Session", "已把“%1”移到回收站。"), att.name), undo=True)

        self.write(lambda ws: ws.remove_attachment(att.id), keys=self.keys_of(a.item_id), then=removed)

    def _do_move(self, a: ItemAction) -> None:
        att = a.attachment
        if a.value:
            self.move_attachment(att, a.item_id, str(a.value))
            return
        from desktop.ui.evidence_dialogs import MoveDialog

        mine = [i.key for i in self.ws.my_indicators()]
        dialog = MoveDialog(self.ws.catalog, self.source.items, a.item_id, att.name, mine, self.window)
        dialog.accepted.connect(lambda: self.move_attachment(att, a.item_id, dialog.chosen_item()))
        self._keep(dialog)
        dialog.open()
        self.move_dialog = dialog

    def move_attachment(self, att: Attachment, from_item: str, to_item: str) -> Operation:
        old_order = [x.id for x in self.ws.attachments(from_item)]

        def back(ws: Workspace):
            ws.move_attachment(att.id, from_item)
            ws.reorder_attachments(from_item, old_order)

        def moved(_r) -> None:
            target = self.ws.describe_item(to_item)
            self.push_undo(fmt(translate("Session", "撤销移动“%1”"), att.name), back, from_item, to_item)
            self.window.show_notice(fmt(translate("Session", "已把“%1”移到%2。"), att.name, target), undo=True)

        return self.write(lambda ws: ws.move_attachment(att.id, to_item), keys=self.keys_of(from_item, to_item),
                          then=moved)

    # ------------------------------------------------------------ looking at a file
    def view_copy(self, att: Attachment) -> Path:
        """The stored file under its own name (a hard link where the disk allows, else a copy), read-only.

        Stored files are named by their hash and have no extension, so no program would know how to
        open them; the copy lives in the workspace's tmp/, which is emptied at every open.
        """
        blob = self.ws.attachment_path(att.id)
        name = _UNSAFE.sub("_", att.name or att.original_name).strip(" .") or str(att.id)
        suffix = Path(att.original_name).suffix
        if suffix and not name.lower().endswith(suffix.lower()):
            name += suffix  # a label without the extension still opens in the right program
        folder = self.ws.tmp_dir / "view" / str(att.id)
        target = folder / name
        if target.exists() and target.stat().st_size == blob.stat().st_size:
            return target
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.partial"
        partial.unlink(missing_ok=True)
        try:
            os.link(blob, partial)
        except OSError:
            shutil.copyfile(blob, partial)
            os.chmod(partial, stat.S_IREAD)
        os.replace(partial, target)
        return target

    def _look(self, att: Attachment, then: Callable[[Path], None]) -> Operation:
        op = Operation(lambda _p, _c: self.view_copy(att), parent=self.window, cancellable=False,
                       title=translate("Session", "正在准备文件…"), pool=self._pool)
        op.success(then)
        return op.start()

    def _do_preview(self, a: ItemAction) -> None:
        self._look(a.attachment, lambda path: self.window.open_pdf_preview(path, a.attachment.name))

    def _do_open(self, a: ItemAction) -> None:
        self._look(a.attachment, shell.open_with_system)

    def _do_reveal(self, a: ItemAction) -> None:
        self._look(a.attachment, shell.show_in_folder)

    # ================================================================ undo
    def push_undo(self, text: str, undo: Callable[[Workspace], object], *item_ids: str) -> None:
        self._undo.append(UndoEntry(text, undo, tuple(i for i in item_ids if i)))
        del self._undo[:-self.UNDO_LIMIT]
        self._update_undo_action()

    def undo(self) -> Operation | None:
        if not self._undo:
            return None
        entry = self._undo.pop()
        self._update_undo_action()
        self.window.hide_notice()
        return self.write(entry.undo, keys=self.keys_of(*entry.item_ids),
                          then=lambda _r: self.window.show_status(translate("Session", "已撤销。")))

    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    def _update_undo_action(self) -> None:
        action = self.window.ui.actionUndo
        action.setEnabled(bool(self._undo))
        action.setText(self._undo[-1].text if self._undo else translate("Session", "撤销(&U)"))

    # ================================================================ profile
    def save_profile(self, profile: Profile | None) -> None:
        if profile is None:
            return
        staff = [s for s in _STAFF_SPLIT.split(profile.staff) if s.strip()]
        self.write(lambda ws: ws.set_profile(unit=profile.unit, groups=list(profile.groups), staff=staff,
                                             contact=profile.contact, phone=profile.phone), keys=None)

    # ================================================================ dialogs
    def _keep(self, dialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None)

    def open_recycle_bin(self):
        from desktop.ui.evidence_dialogs import RecycleBinDialog

        dialog = RecycleBinDialog(self.window)

        def fill(_r=None) -> None:
            entries = [(a.id, a.display_name, self.ws.describe_item(a.item_id), a.removed_at or "", a.removed_by)
                       for a in self.ws.recycle_bin()]
            dialog.set_entries(entries)

        def restore(ids: list) -> None:
            items = [self.ws.attachment(i).item_id for i in ids]
            self.write(lambda ws: [ws.undo_remove(i) for i in ids], keys=self.keys_of(*items), then=fill)

        dialog.restoreRequested.connect(restore)
        dialog.deleteRequested.connect(lambda ids: self.write(lambda ws: ws.empty_recycle_bin(ids), then=fill))
        dialog.emptyRequested.connect(lambda: self.write(lambda ws: ws.empty_recycle_bin(), then=fill))
        fill()
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_print_dialog(self):
        from desktop.ui.print_dialog import PrintDialog

        dialog = PrintDialog(self.ws, self.window, current_key=self.window.current_key(),
                             scope=self.window.proxy.visible_keys())
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_export_dialog(self):
        from desktop.ui.export_dialog import ExportDialog

        self.window.ui.indicatorPage.flush_statement()
        dialog = ExportDialog(self.ws, self.window, selected_keys=self.window.proxy.visible_keys())
        dialog.indicatorActivated.connect(self.window.select_indicator)
        self._keep(dialog)
        dialog.open()
        return dialog

    def choose_review_file(self):
        from desktop.ui import feedback_ui

        return feedback_ui.choose_and_import(self)

    def import_review_file(self, path) -> Operation:
        """The office's review file: signature checked, the office key confirmed the first time, then imported."""
        from desktop.ui import feedback_ui

        return feedback_ui.import_review_file(self, Path(path))

    def open_catalog_update(self):
        from desktop.ui import catalog_update_ui

        return catalog_update_ui.open_dialog(self)

    def open_orphans(self):
        from desktop.ui import orphans_ui

        return orphans_ui.open_dialog(self)

    # ================================================================ closing
    def close(self) -> None:
        """Stop running attaches (finished files stay), let queued writes finish, close the workspace."""
        if self._closed:
            return
        for op in list(self._attaches):
            op.cancel()
        if self._pool is None:
            operations.drain()
        self._closed = True
        try:
            self.ws.close()
        except Exception as exc:  # noqa: BLE001 - closing must not lose the window's own shutdown
            errors.log_crash(exc)
        self.closed.emit()

