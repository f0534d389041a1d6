"""Output files that never look complete until they are: write to ``.name.partial``, fsync, rename.

An export writes several files (the parts, then the index). All are written under
temporary names first and renamed only when every one is complete, so a full disk, a
pulled USB stick or Cancel leaves no file with a final name behind — and a crash leaves
only ``*.partial`` files that nobody mistakes for a bundle.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from typing import BinaryIO, Callable

from desktop.core.errors import UserError

PARTIAL_SUFFIX = ".partial"
Opener = Callable[[Path], BinaryIO]


class ExportWriteError(UserError):
    """Writing the bundle failed (disk full, device gone, no permission)."""


def default_opener(path: Path) -> BinaryIO:
    return open(path, "xb")


def explain_os_error(e: OSError, where: Path) -> ExportWriteError:
    if e.errno in (errno.ENOSPC, errno.EDQUOT if hasattr(errno, "EDQUOT") else errno.ENOSPC):
        return ExportWriteError(
            f"目标磁盘已满，导出没有完成（{where}）。请腾出空间或换一个位置后重新导出；未完成的文件已删除。",
            en=f"The destination is full; the export did not complete ({where}). Free some space or choose another "
               "place and export again; the unfinished files were removed.")
    if e.errno in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESTALE if hasattr(errno, "ESTALE") else errno.EIO):
        return ExportWriteError(
            f"写入失败，目标设备可能已被拔出或出错（{where}）。请重新插好 U 盘后重新导出；已写入的部分不可使用。",
            en=f"Writing failed; the destination may have been unplugged or failed ({where}). Reconnect it and export "
               "again; nothing written so far can be used.")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportWriteError(
            f"没有权限写入 {where}（只读或被保护）。请换一个文件夹。",
            en=f"No permission to write to {where} (read-only or protected). Choose another folder.")
    return ExportWriteError(f"写入 {where} 失败：{e.strerror or e}。", en=f"Writing {where} failed: {e.strerror or e}.")


class PartialFile:
    """One output file under its temporary name until :meth:`commit`."""

    def __init__(self, final: Path, opener: Opener = default_opener):
        self.final = final
        self.temp = final.with_name(f".{final.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        self.stream: BinaryIO = opener(self.temp)
        self.committed = False

    def close(self, *, sync: bool = True) -> None:
        if self.stream.closed:
            return
        self.stream.flush()
        if sync:
            try:
                os.fsync(self.stream.fileno())
            except (AttributeError, ValueError, OSError) as e:
                if isinstance(e, OSError) and e.errno not in (errno.EINVAL, errno.ENOTSUP):
                    raise
        self.stream.close()

    def drop_cache(self) -> None:
        """Ask the OS to forget the written pages, so a read-back really reads the device (Linux only)."""
        if hasattr(os, "posix_fadvise"):
            try:
                fd = os.open(self.final if self.committed else self.temp, os.O_RDONLY)
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
            except OSError:
                pass

    def commit(self) -> None:
        os.replace(self.temp, self.final)
        self.committed = True

    def discard(self) -> None:
        try:
            if not self.stream.closed:
                self.stream.close()
        except OSError:
            pass
        for p in (self.temp, self.final if self.committed else None):
            if p is None:
                continue
            try:
                p.unlink(missing_ok=True)
            except OSError:
                pass  # the device is gone: a .partial name cannot be mistaken for a bundle


def sync_dir(folder: Path) -> None:
    """Make renames durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
