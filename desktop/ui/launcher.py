"""Opening workspaces into windows: a unit's workspace in the main window, the office's in the office window.

One window at a time: opening another workspace (最近的工作区, 打开工作区…,
新建工作区…) opens it first and closes the current window only when that
worked, so a locked or damaged folder never leaves the user with nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop.core.errors import UserError
from desktop.ui import errors
from desktop.ui.settings import Settings, settings


def office_available() -> bool:
    """The office side ships as its own packages; until they are installed, that role is off."""
    import importlib.util

    try:
        return all(importlib.util.find_spec(m) is not None for m in ("desktop.core.office", "desktop.ui.office"))
    except ModuleNotFoundError:
        return False


def is_office_folder(folder: Path) -> bool:
    if not office_available():
        return False
    from desktop.core.office import is_office_workspace

    return bool(is_office_workspace(folder))


def has_workspace(folder: Path) -> bool:
    from desktop.core.workspace import DB_NAME

    return (Path(folder) / DB_NAME).is_file() or is_office_folder(folder)


def show_startup_error(exc: UserError) -> None:
    """Before any window exists (a locked or damaged workspace): one message box in the interface language."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import i18n
    from desktop.ui.i18n import translate

    QMessageBox.warning(None, translate("Launcher", "无法打开工作区"), exc.localized(i18n.current()))


class _CloseWhenClosed(QObject):
    """Closes the office workspace (its lock, its database) once its window has closed.

    Right after the close event, not during it: the window's own closeEvent may still need the workspace.
    """

    def __init__(self, office, window: QWidget, launcher: "Launcher"):
        super().__init__(window)
        self.office, self.window, self.launcher = office, window, launcher

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.launcher.close_office(self.office)


class Launcher(QObject):
    """Keeps the open windows (and their sessions) alive and switches between workspaces."""

    def __init__(self, store: Settings | None = None, *, restore_geometry: bool = True):
        super().__init__()
        self.store = store or settings()
        self.restore_geometry = restore_geometry
        self.windows: list[QWidget] = []
        self.offices: list = []  # open office workspaces (a unit's workspace is closed by its session)
        self.wizard = None

    # ------------------------------------------------------------ opening
    def open_folder(self, folder: Path | str):
        """The window for ``folder``, not yet shown; raises UserError (locked, too new, not a workspace…)."""
        folder = Path(folder)
        if is_office_folder(folder):
            return self._office_window(folder)
        from desktop.core.workspace import Workspace

        ws = Workspace.open(folder)
        try:
            window = self.window_for(ws)
        except BaseException:
            ws.close()
            raise
        return window

    def window_for(self, ws):
        from desktop.ui.main_window import MainWindow
        from desktop.ui.session import WorkspaceSession, profile_of
        from desktop.ui.workspace_source import WorkspaceEvidence

        source = WorkspaceEvidence(ws)
        window = MainWindow(ws.catalog, profile_of(ws), evidence=source, store=self.store,
                            restore=self.restore_geometry)
        window.session = WorkspaceSession(ws, window, source=source)
        window.openWorkspaceRequested.connect(lambda f, w=window: self.switch_to(f, w))
        window.ui.actionNewWorkspace.triggered.connect(lambda _c=False, w=window: self.new_workspace(w))
        window.setWindowFilePath(str(ws.path))
        self._remember(window, ws.path)
        return window

    def _office_window(self, folder: Path):
        from desktop.core.office import OfficeWorkspace

        office = OfficeWorkspace.open(folder)
        try:
            return self._office_window_for(office, folder)
        except BaseException:
            office.close()
            raise

    def _office_window_for(self, office, folder: Path):
        from desktop.ui.office import OfficeWindow

        try:
            window = OfficeWindow(office, store=self.store, restore=self.restore_geometry)
        except TypeError:  # an OfficeWindow that takes only the workspace
            window = OfficeWindow(office)
        window.installEventFilter(_CloseWhenClosed(office, window, self))
        self.offices.append(office)
        self._remember(window, folder)
        return window

    def close_office(self, office) -> None:
        if office in self.offices:
            self.offices.remove(office)
            from desktop.ui import operations

            operations.drain()
            office.close()

    def close_all(self) -> None:
        """At the end of the program: office workspaces whose window is gone are closed cleanly."""
        for office in list(self.offices):
            self.close_office(office)

    def _remember(self, window: QWidget, folder: Path) -> None:
        self.store.add_recent_workspace(folder)
        self.store.sync()
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)

    def open_and_show(self, folder: Path | str, parent: QWidget | None = None):
        """Open ``folder``; a failure is shown (in Chinese) and returns None."""
        try:
            window = self.open_folder(folder)
        except UserError as e:
            errors.show_error(parent, e)
            return None
        window.show()
        return window

    def switch_to(self, folder: str, current: QWidget):
        """Open another workspace in place of ``current`` (which stays if the new one cannot be opened)."""
        session = getattr(current, "session", None)
        if session is not None and Path(folder).absolute() == session.ws.path:
            current.raise_()
            return current
        window = self.open_and_show(folder, current)
        if window is not None:
            current.close()
        return window

    # ------------------------------------------------------------ creating
    def make_wizard(self, folder: Path | None = None, parent: QWidget | None = None):
        from desktop.ui.app import load_profile
        from desktop.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(load_profile(self.store), parent, folder=folder)
        self.wizard = wizard
        return wizard

    def window_after_wizard(self, wizard):
        """The window for what the wizard created (None if it created nothing)."""
        if wizard.office_workspace is not None:
            return self._office_window_for(wizard.office_workspace, wizard.folder)
        if wizard.workspace is not None:
            return self.window_for(wizard.workspace)
        return None

    def first_run(self, folder: Path):
        """Blocking, at start-up before any window exists: the wizard, then the new workspace's window."""
        wizard = self.make_wizard(folder)
        accepted = wizard.exec() == wizard.DialogCode.Accepted
        window = self.window_after_wizard(wizard)  # created on the last page, even if closed afterwards
        if not accepted and window is None:
            return None
        return window

    def new_workspace(self, current: QWidget | None = None):
        """File → 新建工作区…: the wizard (modeless), then the new workspace replaces the current window."""
        from desktop.core import paths

        suggested = paths.default_workspace()
        n = 2
        while has_workspace(suggested) or (suggested.exists() and any(suggested.iterdir())):
            suggested = suggested.with_name(f"{paths.default_workspace().name}-{n}")
            n += 1
        wizard = self.make_wizard(suggested, current)

        def done(_result: int) -> None:
            window = self.window_after_wizard(wizard)
            if window is not None:
                window.show()
                if current is not None:
                    current.close()

        wizard.finished.connect(done)
        wizard.open()
        return wizard
