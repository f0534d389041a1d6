"""A deterministic, streaming ZIP writer: the same entries always give the same bytes.

Why not ``zipfile``: it stamps the host OS into every entry (different bytes on Windows and
Linux), and it cannot hash a source file for the manifest in the same read that copies it.
This writer streams each source through a few reused 2 MiB buffers (memory stays flat
whatever the size; see chunks.py), computes CRC-32 and SHA-256 in that one pass (each on
a helper thread beside the I/O), marks names as UTF-8 (flag bit 11), uses one fixed timestamp and Unix
attributes for every entry, and switches to ZIP64 per entry and for the directory only
when sizes, offsets or the entry count need it. Entries must be added in strictly
increasing byte order of their names, which makes the order reproducible by construction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from desktop.core.bundle.chunks import Crc32, Lane, Ring, advise
from desktop.core.errors import UserError

STORED, DEFLATED = 0, 8
FLAG_UTF8 = 0x0800
CHUNK = 1 << 20  # for callers that read in pieces; the writer itself reads in chunks.BLOCK
WRITEBACK_EVERY = 16 << 20
PAGE = 4096
# Module attributes (not constants) so tests can lower them and exercise ZIP64 with small data.
ZIP64_LIMIT = 0xFFFFFFFF  # a size or offset at or above this needs ZIP64
ZIP_FILECOUNT_LIMIT = 0xFFFF
DEFLATE_MARGIN = 1 << 20  # deflate can grow incompressible data by ~5 bytes per 16 KiB block
MADE_BY = (3 << 8) | 45  # Unix attributes, ZIP spec 4.5
FILE_ATTR = 0o100644 << 16
DIR_ATTR = (0o040755 << 16) | 0x10

LOCAL = struct.Struct("<IHHHHHIIIHH")
CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
EOCD = struct.Struct("<IHHHHIIH")
EOCD64 = struct.Struct("<IQHHIIQQQQ")
LOCATOR64 = struct.Struct("<IIQI")


class Cancelled(UserError):
    """The user pressed Cancel; whatever was half-written is removed by the caller."""

    exit_code = 130

    def __init__(self):
        super().__init__("已取消。", en="Cancelled.")


class SourceChanged(UserError):
    """A source file changed size while it was being packed."""


@dataclass(frozen=True)
class WrittenEntry:
    name: str
    size: int
    crc: int
    sha256: str
    compressed_size: int
    method: int


def dos_datetime(when: dt.datetime) -> tuple[int, int]:
    """The MS-DOS date and time fields (two-second resolution, years 1980–2107)."""
    year = min(max(when.year, 1980), 2107)
    date = ((year - 1980) << 9) | (when.month << 5) | when.day
    time = (when.hour << 11) | (when.minute << 5) | (when.second // 2)
    return date, time


class ZipWriter:
    """Writes one ZIP to a seekable binary stream; call :meth:`finish` to write the central directory."""

    def __init__(self, out: BinaryIO, *, when: dt.datetime, pool: ThreadPoolExecutor | None = None,  # ≥ 2 workers
                 progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 ring: Ring | None = None):
        self._out = out
        self._date, self._time = dos_datetime(when)
        self._pool = pool
        self._progress = progress
        self._cancelled = cancelled
        self._ring = ring  # made on first use; pass one to share the buffers between the parts of a bundle
        self._central: list[bytes] = []
        self._pos = 0
        self._last_name: bytes | None = None
        self._finished = False
        try:
            self._fd: int | None = out.fileno()
        except (AttributeError, OSError, ValueError):
            self._fd = None
        self._written_back = 0

    @property
    def position(self) -> int:
        return self._pos

    # -- entries ------------------------------------------------------------------------------------------------

    def _check_name(self, name: str) -> bytes:
        raw = name.encode("utf-8")
        if not name or name.startswith("/") or "\\" in name or "\x00" in name:
            raise ValueError(f"unsafe entry name {name!r}")
        if any(part in ("", ".", "..") for part in name.rstrip("/").split("/")):
            raise ValueError(f"unsafe entry name {name!r}")
        if self._last_name is not None and raw <= self._last_name:
            raise ValueError(f"entries must be added in strictly increasing name order: {name!r}")
        if self._finished:
            raise ValueError("the ZIP is already finished")
        self._last_name = raw
        return raw

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def _local_header(self, raw: bytes, method: int, crc: int, csize: int, usize: int, zip64: bool) -> bytes:
        extra = b""
        version = 20
        if zip64:
            extra = struct.pack("<HHQQ", 1, 16, usize, csize)
            csize = usize = 0xFFFFFFFF
            version = 45
        return LOCAL.pack(0x04034B50, version, FLAG_UTF8, method, self._time, self._date, crc, csize, usize,
                          len(raw), len(extra)) + raw + extra

    def _central_record(self, raw: bytes, method: int, crc: int, csize: int, usize: int, offset: int,
                        attr: int) -> None:
        fields = []
        if usize >= ZIP64_LIMIT:
            fields.append(usize)
            usize = 0xFFFFFFFF
        if csize >= ZIP64_LIMIT:
            fields.append(csize)
            csize = 0xFFFFFFFF
        if offset >= ZIP64_LIMIT:
            fields.append(offset)
            offset = 0xFFFFFFFF
        extra = struct.pack("<HH", 1, 8 * len(fields)) + struct.pack(f"<{len(fields)}Q", *fields) if fields else b""
        version = 45 if fields else 20
        self._central.append(CENTRAL.pack(
            0x02014B50, MADE_BY, version, FLAG_UTF8, method, self._time, self._date, crc, csize, usize,
            len(raw), len(extra), 0, 0, 0, attr, offset) + raw + extra)

    def add_dir(self, name: str) -> None:
        if not name.endswith("/"):
            name += "/"
        raw = self._check_name(name)
        offset = self._pos
        self._write(self._local_header(raw, STORED, 0, 0, 0, False))
        self._central_record(raw, STORED, 0, 0, 0, offset, DIR_ATTR)

    def add_bytes(self, name: str, data: bytes, *, compress: bool) -> WrittenEntry:
        """A small in-memory entry (tag files, JSON): compressed before its header is written."""
        raw = self._check_name(name)
        crc = zlib.crc32(data)
        sha = hashlib.sha256(data).hexdigest()
        method = STORED
        payload = data
        if compress:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = co.compress(data) + co.flush()
            if len(packed) < len(data):
                method, payload = DEFLATED, packed
        zip64 = len(data) >= ZIP64_LIMIT or len(payload) >= ZIP64_LIMIT
        offset = self._pos
        self._write(self._local_header(raw, method, crc, len(payload), len(data), zip64))
        self._write(payload)
        self._central_record(raw, method, crc, len(payload), len(data), offset, FILE_ATTR)
        return WrittenEntry(name, len(data), crc, sha, len(payload), method)

    def add_file(self, name: str, path: Path, *, compress: bool, size: int) -> WrittenEntry:
        """Stream a file from disk; ``size`` is what it measured when the bundle was planned.

        A file that grows or shrinks meanwhile raises :class:`SourceChanged` rather than
        packing something the manifest does not describe.
        """
        raw = self._check_name(name)
        method = DEFLATED if compress else STORED
        zip64 = size >= (ZIP64_LIMIT - DEFLATE_MARGIN if compress else ZIP64_LIMIT)
        offset = self._pos
        self._write(self._local_header(raw, method, 0, size if not compress else 0, size, zip64))
        data_start = self._pos
        read = 0
        sha, crc = hashlib.sha256(), Crc32()
        crc_lane, sha_lane = Lane(self._pool), Lane(self._pool)  # two lanes: two helper threads at once
        co = zlib.compressobj(6, zlib.DEFLATED, -15) if compress else None
        if self._ring is None:
            self._ring = Ring()
        ring = self._ring
        try:
            with open(path, "rb", buffering=0) as src:
                advise(src.fileno(), "POSIX_FADV_SEQUENTIAL")
                while True:
                    if self._cancelled is not None and self._cancelled():
                        raise Cancelled()
                    buf, view, held = ring.next()
                    n = src.readinto(buf)
                    if not n:
                        break
                    read += n
                    if read > size:
                        break
                    piece = view[:n]
                    crc_lane.feed(crc.update, piece)
                    crc_lane.flush(held)
                    sha_lane.feed(sha.update, piece)
                    sha_lane.flush(held)
                    self._write(co.compress(piece) if co else piece)
                    self._start_writeback(offset)
                    if self._progress is not None:
                        self._progress(n)
        finally:
            crc_lane.close()
            sha_lane.close()
        crc = crc.value
        if read != size:
            raise SourceChanged(
                f"文件在打包时被改动了：{path.name}（原为 {size} 字节，现在 {read} 字节以上）。请关闭正在编辑它的程序后重试。",
                en=f"{path.name} changed while it was being packed ({size} bytes planned, {read} read). Close any "
                   "program editing it and try again.")
        if co is not None:
            self._write(co.flush())
        csize = self._pos - data_start
        if not zip64 and csize >= ZIP64_LIMIT:  # cannot happen within DEFLATE_MARGIN, but never write a lie
            raise ValueError("compressed entry outgrew the ZIP64 margin")
        end = self._pos
        self._out.seek(offset + 14)
        if zip64:
            self._out.write(struct.pack("<I", crc))
            self._out.seek(offset + LOCAL.size + len(raw) + 4)
            self._out.write(struct.pack("<QQ", size, csize))
        else:
            self._out.write(struct.pack("<III", crc, csize, size))
        self._out.seek(end)
        self._central_record(raw, method, crc, csize, size, offset, FILE_ATTR)
        return WrittenEntry(name, size, crc, sha.hexdigest(), csize, method)

    def _start_writeback(self, header_offset: int) -> None:
        """Hand written data to the disk every 16 MiB instead of letting it pile up until the fsync.

        Without this the kernel throttles the writer once too many pages are dirty. The page
        holding the current entry's header is left alone: its CRC is filled in later, and a
        dropped page would have to be read back from the device first.
        """
        if self._fd is None or self._pos - self._written_back < WRITEBACK_EVERY:
            return
        keep = (header_offset // PAGE + 1) * PAGE
        start = max(self._written_back, keep)
        end = self._pos // PAGE * PAGE
        if end > start:
            advise(self._fd, "POSIX_FADV_DONTNEED", start, end - start)
        self._written_back = self._pos

    # -- the end ------------------------------------------------------------------------------------------------

    def finish(self) -> int:
        """Write the central directory (and the ZIP64 end records when needed); returns the file's size."""
        cd_offset = self._pos
        for record in self._central:
            self._write(record)
        cd_size = self._pos - cd_offset
        count = len(self._central)
        if count >= ZIP_FILECOUNT_LIMIT or cd_offset >= ZIP64_LIMIT or cd_size >= ZIP64_LIMIT:
            eocd64_offset = self._pos
            self._write(EOCD64.pack(0x06064B50, EOCD64.size - 12, MADE_BY, 45, 0, 0, count, count, cd_size, cd_offset))
            self._write(LOCATOR64.pack(0x07064B50, 0, eocd64_offset, 1))
            self._write(EOCD.pack(0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                                  min(cd_size, 0xFFFFFFFF), min(cd_offset, 0xFFFFFFFF), 0))
        else:
            self._write(EOCD.pack(0x06054B50, 0, 0, count, count, cd_size, cd_offset, 0))
        self._finished = True
        return self._pos
