"""The workspace's errors: each one a user can act on, with a Chinese message saying what to do."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import NotFound, UserError


class WorkspaceError(UserError):
    """Something about the workspace folder itself stops the operation."""


class WorkspaceNotFound(NotFound):
    """The folder does not exist or holds no workspace."""


class WorkspaceExists(WorkspaceError):
    """``create`` was pointed at a folder that already holds a workspace or other files."""


class WorkspaceLocked(WorkspaceError):
    """Another program instance has the workspace open."""

    exit_code = 4

    def __init__(self, folder: Path, holder: str = ""):
        who = f"（{holder}）" if holder else ""
        super().__init__(
            f"工作区“{folder}”已被另一个印证资料报送程序打开{who}。"
            "同一个工作区同时只能由一个程序使用，以免资料损坏。请先关闭另一个窗口后再试。",
            en=f"The workspace {folder} is already open in another Evidence Desk instance{(' (' + holder + ')') if holder else ''}.",
        )
        self.folder = folder


class WorkspaceTooNew(WorkspaceError):
    """The workspace was written by a newer program whose schema this one does not know."""

    def __init__(self, folder: Path, found: int, supported: int):
        super().__init__(
            f"工作区“{folder}”是由更新版本的印证资料报送程序创建或升级的（数据版本 {found}），"
            f"本程序只能打开数据版本 {supported} 及以下的工作区。为避免损坏资料，没有打开它。请先升级本程序。",
            en=f"The workspace {folder} has data version {found}; this program supports up to {supported}. Please upgrade.",
        )
        self.found = found
        self.supported = supported


class WorkspaceCorrupt(WorkspaceError):
    """The database file cannot be read as SQLite."""


class DiskFull(WorkspaceError):
    """The disk holding the workspace has no room (ENOSPC / EDQUOT / EFBIG)."""


class Cancelled(UserError):
    """The caller's ``cancelled()`` said stop; nothing was left behind."""

    exit_code = 130

    def __init__(self):
        super().__init__("已取消，没有添加任何文件。", en="Cancelled; nothing was added.")


class BackupError(UserError):
    """A backup file is missing, damaged, from a newer program, or cannot be restored to the target."""
