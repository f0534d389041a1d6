"""The workspace's safety tools as methods: ``check``, ``backup`` and ``Workspace.restore``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.workspace.backup import BackupInfo, RestoreInfo, make_backup, restore_backup
from desktop.core.workspace.check import CheckReport, run_check

ProgressFn = Callable[[int, int, str], None]


class MaintenanceMixin:
    """Part of ``Workspace``; see workspace.py for the attributes it relies on."""

    def check(self, *, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None) -> CheckReport:
        """SQLite's integrity check, then every stored file re-hashed against its name; reports, never repairs."""
        return run_check(self, progress, cancelled)

    def backup(self, out: Path | str | None = None, *, progress: ProgressFn | None = None,
               cancelled: Callable[[], bool] | None = None) -> BackupInfo:
        """A ZIP with a consistent snapshot of the database and every file it refers to (safe while in use).

        ``out`` is a ``.zip`` file name, or else a folder (made if missing) to put a dated file in; default: the
        workspace's backups/ folder.
        """
        return make_backup(self, Path(out) if out is not None else None, progress, cancelled)

    @staticmethod
    def restore(backup: Path | str, target: Path | str, *, replace: bool = False,
                progress: ProgressFn | None = None) -> RestoreInfo:
        """Rebuild a workspace folder from a backup ZIP, verifying every file.

        An occupied ``target`` needs ``replace=True``; the old folder is then renamed (kept), never deleted.
        """
        return restore_backup(Path(backup), Path(target), replace=replace, progress=progress)
