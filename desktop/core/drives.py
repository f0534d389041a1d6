"""Removable drives (USB sticks, SD cards) the export dialog offers as destinations.

Linux (UOS, Kylin): mounted block devices whose disk says ``removable`` in sysfs,
plus anything mounted under ``/media/<user>``, ``/run/media/<user>`` or ``/media``
(USB hard disks often report themselves as fixed). Read-only mounts (CD-ROMs,
write-protected sticks) are left out: nothing can be exported there. Windows:
drives of type DRIVE_REMOVABLE with a medium in them. Elsewhere: none, and the user
picks a folder.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

_ESCAPE = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Drive:
    path: Path  # where to write (mount point, or E:\)
    label: str  # the volume label, or the mount point's name
    free_bytes: int | None  # None when the drive did not say

    def to_dict(self) -> dict:
        return {"path": str(self.path), "label": self.label, "free_bytes": self.free_bytes}


def removable_drives(*, mounts: str | Path = "/proc/mounts", sys_block: str | Path = "/sys/block",
                     media_roots: list[str | Path] | None = None) -> list[Drive]:
    """The removable drives that can be written to, in mount order. The keyword arguments are for tests."""
    if sys.platform.startswith("win"):  # pragma: no cover - exercised on Windows only
        return _windows_drives()
    if sys.platform.startswith("linux"):
        return _linux_drives(Path(mounts), Path(sys_block), media_roots)
    return []


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in paths as octal escapes (\\040)."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def _default_media_roots() -> list[Path]:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service environments
        user = ""
    roots = [Path("/media") / user, Path("/run/media") / user] if user else []
    return roots + [Path("/media")]


def _base_device(name: str, sys_block: Path) -> str | None:
    """The disk a partition belongs to: sdb for sdb1, mmcblk0 for mmcblk0p1 (partitions are sub-folders in sysfs)."""
    if (sys_block / name).exists():
        return name
    try:
        for disk in sys_block.iterdir():
            if (disk / name).is_dir():
                return disk.name
    except OSError:
        pass
    return None


def _is_removable(device: str, sys_block: Path) -> bool:
    name = os.path.basename(os.path.realpath(device)) if device.startswith("/dev/") else ""
    base = _base_device(name, sys_block) if name else None
    if base is None:
        return False
    try:
        return (sys_block / base / "removable").read_text().strip() == "1"
    except OSError:
        return False


def _under(path: Path, roots: list[Path]) -> bool:
    return any(path != root and root in path.parents for root in roots)


def _linux_drives(mounts: Path, sys_block: Path, media_roots: list[str | Path] | None) -> list[Drive]:
    roots = [Path(r) for r in media_roots] if media_roots is not None else _default_media_roots()
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out: list[Drive] = []
    seen: set[Path] = set()
    for line in lines:
        fields = line.split()
        if len(fields) < 4:
            continue
        device, where, options = _unescape(fields[0]), Path(_unescape(fields[1])), fields[3].split(",")
        if where in seen or "ro" in options or where == Path("/"):
            continue
        if not (device.startswith("/dev/") and _is_removable(device, sys_block)) and not _under(where, roots):
            continue
        try:
            free = shutil.disk_usage(where).free
        except OSError:
            continue  # listed but gone (pulled out a moment ago)
        seen.add(where)
        out.append(Drive(where, where.name or str(where), free))
    return out


def _windows_drives() -> list[Drive]:  # pragma: no cover - exercised on Windows only
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32
    drive_removable, sem_failcriticalerrors = 2, 0x0001
    old_mode = kernel32.SetErrorMode(sem_failcriticalerrors)  # no "insert a disk" dialog for an empty card reader
    out = []
    try:
        mask = kernel32.GetLogicalDrives()
        for i, letter in enumerate(string.ascii_uppercase):
            if not mask & (1 << i):
                continue
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != drive_removable:
                continue
            label = ctypes.create_unicode_buffer(261)
            if not kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), label, 261, None, None, None, None, 0):
                continue  # no medium in the drive
            try:
                free = shutil.disk_usage(root).free
            except OSError:
                continue
            out.append(Drive(Path(root), label.value or f"可移动磁盘 ({letter}:)", free))
    finally:
        kernel32.SetErrorMode(old_mode)
    return out
