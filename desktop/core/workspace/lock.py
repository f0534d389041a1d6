"""One program instance per workspace: an OS lock on ``workspace.lock``, released by the OS if we die.

Why an OS lock and not a "pid file": a pid file outlives a crash and then
locks the user out (or is ignored, which defeats it). ``flock`` (POSIX) and
``msvcrt.locking`` (Windows) are dropped by the kernel when the process ends,
however it ends. ``flock`` rather than ``fcntl.lockf``: POSIX record locks are
per process, so a second open in the *same* process would not conflict and
closing any descriptor of the file would silently drop the lock.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
import time
from pathlib import Path

from desktop.core.workspace.errors import WorkspaceError, WorkspaceLocked

LOCK_NAME = "workspace.lock"
# Windows locks a byte range and a locked range cannot be read by others, so the
# lock sits far past the text that says who holds it.
_WIN_LOCK_OFFSET = 1 << 30

if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held from open to close; ``acquire`` raises ``WorkspaceLocked`` naming the folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise WorkspaceError(
                f"无法在工作区“{self.folder}”中建立锁定文件（{e.strerror}）。"
                "工作区所在的位置可能是只读的（光盘、写保护的U盘）或没有写入权限。请把工作区放在可写的本机磁盘上。",
                en=f"Cannot create the lock file in {self.folder}: {e.strerror}",
            ) from None
        try:
            locked = _try_lock(fd)
        except OSError as e:
            os.close(fd)
            if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                raise WorkspaceError(
                    f"工作区“{self.folder}”所在的磁盘不支持文件锁定（可能是网络共享文件夹）。"
                    "为防止两个程序同时写入而损坏资料，请把工作区放在本机磁盘上。",
                    en=f"The disk holding {self.folder} does not support file locks (network share?).",
                ) from None
            raise
        if not locked:
            holder = self._read_holder(fd)
            os.close(fd)
            raise WorkspaceLocked(self.folder, holder)
        self._fd = fd
        self._write_holder(fd)

    @staticmethod
    def _read_holder(fd: int) -> str:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            text = os.read(fd, 512).decode("utf-8", "replace").strip()
        except OSError:
            return ""
        return text.splitlines()[0] if text else ""

    @staticmethod
    def _write_holder(fd: int) -> None:
        info = f"进程 {os.getpid()}，计算机 {socket.gethostname()}，打开于 {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, info.encode("utf-8"))
        except OSError:
            pass  # the lock is what matters; the note is a courtesy

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
