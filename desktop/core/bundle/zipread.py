"""Reading ZIPs from strangers defensively: structure first, then data as bounded streams, never extracted.

Every ZIP that reaches the office came by e-mail or on a USB stick and may be damaged or
hostile. Before a single data byte is trusted the reader checks: the end records are
where they claim to be (truncation), the central directory is bounded and consistent
with each local header, entries do not overlap (the overlapping-entry zip bomb),
declared sizes and compression ratios are plausible, names are safe (no ``../``,
absolute paths, drive letters, backslashes, control characters, duplicates after NFC
and case folding) and no entry is a symlink or device. Data is then read as a stream
that stops at the declared size, so a lying entry cannot inflate to gigabytes; nothing is
ever written to disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import unicodedata
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Protocol

from desktop.core.bundle.chunks import Crc32, Lane, Ring, advise, borrowed_ring
from desktop.core.bundle.zipwrite import CENTRAL, EOCD, EOCD64, LOCAL, LOCATOR64, Cancelled

CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_entries: int = 200_000
    max_central_dir: int = 64 << 20
    max_entry_size: int = 16 << 30  # declared uncompressed size of one entry
    max_total_size: int = 64 << 30
    max_ratio: int = 200  # uncompressed / compressed for deflated entries…
    ratio_floor: int = 16 << 20  # …checked once an entry is larger than this


@dataclass
class Problem:
    code: str
    zh: str
    en: str
    entry: str = ""


class ZipFatal(Exception):
    """The file cannot be read as a ZIP at all (truncated, not a ZIP, directory corrupt)."""

    def __init__(self, problem: Problem):
        super().__init__(problem.en)
        self.problem = problem


@dataclass
class Member:
    name: str
    raw_name: bytes
    flags: int
    method: int
    crc: int
    compressed_size: int
    size: int
    local_offset: int
    external_attr: int
    made_by: int
    data_offset: int = -1

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")

    @property
    def data_end(self) -> int:
        return self.data_offset + self.compressed_size


class Consumer(Protocol):
    def update(self, data: bytes) -> None: ...


def name_problem(name: str) -> tuple[str, str, str] | None:
    """Why an entry name is unsafe to unpack anywhere, as (code, zh, en), or None."""
    if "\\" in name:
        return "path.backslash", "名称中含有反斜杠（在 Windows 上会变成文件夹分隔符）", "contains a backslash"
    if name.startswith("/"):
        return "path.absolute", "是绝对路径", "is an absolute path"
    if re.match(r"^[A-Za-z]:", name):
        return "path.drive", "带有盘符", "has a drive letter"
    if re.search(r"[\x00-\x1f\x7f]", name):
        return "path.control", "含有控制字符", "contains control characters"
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    for part in parts:
        # Windows drops trailing dots and spaces, so ".. " and "..." can lead upwards too.
        if part == "" or set(part) <= {".", " "}:
            if ".." in part:
                return "path.traversal", "含有“..”，会写到文件夹之外", "contains '..' and would escape the folder"
            return "path.empty", "含有空的或“.”路径段", "has an empty or '.' path segment"
    if len(name) > 4096:
        return "path.long", "名称过长", "is absurdly long"
    return None


def fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


READ_AHEAD_LIMIT = 256 << 20


def _read_ahead(fd: int, size: int) -> None:
    """Ask the OS to read the whole file ahead, in order (POSIX only; a hint).

    The local headers are checked before any data is read, which on a cold USB stick means one
    small read per entry scattered over the file — seconds for a part of 500 scans. Read ahead
    in one sweep, those reads (and the data pass after them) come from memory. Parts too large
    to keep in memory only get the sequential hint.
    """
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
        if size <= READ_AHEAD_LIMIT:
            os.posix_fadvise(fd, 0, size, os.POSIX_FADV_WILLNEED)
    except OSError:
        pass


class SafeZipReader:
    """Opens ``path`` and checks its structure; ``problems`` lists everything wrong with the entries.

    ``checked=False`` reads only the directory, for a quick look at a few small entries
    (the office's first look at a part, before the full check): entries are then located
    when read, and ``read`` still stops at the declared size and checks the CRC.
    """

    def __init__(self, path: Path, limits: Limits = Limits(), *, checked: bool = True):
        self.path = Path(path)
        self.limits = limits
        self.problems: list[Problem] = []
        self._f: BinaryIO = open(self.path, "rb")
        try:
            self.size = self._f.seek(0, 2)
            _read_ahead(self._f.fileno(), self.size)
            self._read_directory()
            if checked:
                self._check_members()
        except BaseException:
            self._f.close()
            raise

    def close(self) -> None:
        self._f.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _pread(self, offset: int, n: int) -> bytes:
        self._f.seek(offset)
        data = self._f.read(n)
        if len(data) != n:
            raise ZipFatal(Problem("zip.truncated", "文件不完整（被截断）", "the file is truncated"))
        return data

    # -- directory ----------------------------------------------------------------------------------------------

    def _read_directory(self) -> None:
        fatal = lambda code, zh, en: ZipFatal(Problem(code, zh, en))  # noqa: E731
        if self.size < EOCD.size:
            raise fatal("zip.truncated", "文件太小，不是完整的 ZIP（可能被截断）", "too small to be a ZIP (truncated?)")
        tail_len = min(self.size, EOCD.size + 0xFFFF)
        tail = self._pread(self.size - tail_len, tail_len)
        pos = len(tail)
        eocd_at = -1
        while True:
            pos = tail.rfind(b"PK\x05\x06", 0, pos)
            if pos < 0:
                break
            if pos + EOCD.size <= len(tail):
                comment_len = struct.unpack_from("<H", tail, pos + 20)[0]
                if pos + EOCD.size + comment_len == len(tail):
                    eocd_at = self.size - tail_len + pos
                    break
        if eocd_at < 0:
            raise fatal("zip.truncated", "找不到 ZIP 的结束标记：文件被截断，或不是 ZIP 文件",
                        "no end-of-central-directory record: the file is truncated or not a ZIP")
        (_sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, _clen) = EOCD.unpack_from(tail, eocd_at - (self.size - tail_len))
        end_of_cd = eocd_at
        if eocd_at >= LOCATOR64.size:
            loc = self._pread(eocd_at - LOCATOR64.size, LOCATOR64.size)
            sig, _d, eocd64_at, _disks = LOCATOR64.unpack(loc)
            if sig == 0x07064B50:
                if eocd64_at + EOCD64.size > eocd_at - LOCATOR64.size:
                    raise fatal("zip.directory", "ZIP64 结束记录的位置不对（文件被改动或损坏）",
                                "the ZIP64 end record is misplaced (file altered or damaged)")
                rec = EOCD64.unpack(self._pread(eocd64_at, EOCD64.size))
                if rec[0] != 0x06064B50:
                    raise fatal("zip.directory", "ZIP64 结束记录已损坏", "the ZIP64 end record is corrupt")
                (_s, _rsize, _mb, _vn, disk, cd_disk, n_disk, n_total, cd_size, cd_offset) = rec
                end_of_cd = eocd64_at
        if disk != 0 or cd_disk != 0 or n_disk != n_total:
            raise fatal("zip.multidisk", "这是分卷 ZIP（多磁盘），不支持", "multi-disk ZIPs are not supported")
        if n_total > self.limits.max_entries:
            raise fatal("zip.bomb", f"条目数量异常（{n_total} 个），拒绝读取", f"absurd number of entries ({n_total})")
        if cd_size > self.limits.max_central_dir:
            raise fatal("zip.bomb", "ZIP 目录大得异常，拒绝读取", "the central directory is absurdly large")
        if cd_offset + cd_size != end_of_cd:
            raise fatal("zip.directory", "ZIP 目录不在结束记录所说的位置：文件被改动、截断或拼接过",
                        "the central directory is not where the end record says: the file was altered, truncated or spliced")
        self.cd_offset = cd_offset
        self._parse_central(self._pread(cd_offset, cd_size), n_total)

    def _parse_central(self, cd: bytes, count: int) -> None:
        self.members: list[Member] = []
        pos = 0
        for i in range(count):
            if pos + CENTRAL.size > len(cd):
                raise ZipFatal(Problem("zip.directory", "ZIP 目录被截断或已损坏", "the central directory is cut short"))
            (sig, made_by, _vn, flags, method, _t, _d, crc, csize, usize, nlen, elen, clen, _disk, _ia, ext_attr,
             offset) = CENTRAL.unpack_from(cd, pos)
            if sig != 0x02014B50:
                raise ZipFatal(Problem("zip.directory", f"ZIP 目录第 {i + 1} 项已损坏", f"central directory record {i + 1} is corrupt"))
            start = pos + CENTRAL.size
            raw = cd[start:start + nlen]
            extra = cd[start + nlen:start + nlen + elen]
            pos = start + nlen + elen + clen
            if pos > len(cd):
                raise ZipFatal(Problem("zip.directory", "ZIP 目录被截断或已损坏", "the central directory is cut short"))
            usize, csize, offset = self._zip64(extra, usize, csize, offset, raw)
            if flags & 0x800 or all(b < 0x80 for b in raw):
                try:
                    name = raw.decode("utf-8")
                except UnicodeDecodeError:
                    name = raw.decode("utf-8", "replace")
                    self.problems.append(Problem("path.encoding", "名称不是有效的 UTF-8", "name is not valid UTF-8", name))
            else:
                name = raw.decode("cp437")
                self.problems.append(Problem("path.encoding", "名称没有标明 UTF-8 编码", "name is not marked as UTF-8", name))
            self.members.append(Member(name, raw, flags, method, crc, csize, usize, offset, ext_attr, made_by))
        if pos != len(cd):
            raise ZipFatal(Problem("zip.directory", "ZIP 目录末尾有多余数据", "junk after the central directory records"))

    def _zip64(self, extra: bytes, usize: int, csize: int, offset: int, raw: bytes) -> tuple[int, int, int]:
        need = [usize == 0xFFFFFFFF, csize == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        if not any(need):
            return usize, csize, offset
        pos = 0
        while pos + 4 <= len(extra):
            hid, hlen = struct.unpack_from("<HH", extra, pos)
            body = extra[pos + 4:pos + 4 + hlen]
            if hid == 1:
                vals = list(struct.unpack_from(f"<{len(body) // 8}Q", body)) if len(body) >= 8 else []
                out = []
                for needed, current in zip(need, (usize, csize, offset)):
                    if needed:
                        if not vals:
                            break
                        out.append(vals.pop(0))
                    else:
                        out.append(current)
                if len(out) == 3:
                    return out[0], out[1], out[2]
            pos += 4 + hlen
        raise ZipFatal(Problem("zip.directory", "ZIP64 大小信息缺失或损坏", "missing or corrupt ZIP64 size fields",
                               raw.decode("utf-8", "replace")))

    # -- per-entry checks ---------------------------------------------------------------------------------------

    def _check_members(self) -> None:
        L = self.limits
        seen: dict[str, str] = {}
        total = 0
        for m in self.members:
            bad = name_problem(m.name)
            if bad:
                self.problems.append(Problem(bad[0], f"不安全的路径：{bad[1]}", f"unsafe path: {bad[2]}", m.name))
            host = m.made_by >> 8
            mode = (m.external_attr >> 16) & 0o170000
            if host == 3 and mode == 0o120000 or host in (0, 10, 11, 14) and m.external_attr & 0x400:
                self.problems.append(Problem("zip.symlink", "是符号链接（可能指向别处）", "is a symbolic link", m.name))
            elif host == 3 and mode not in (0, 0o100000, 0o040000):
                self.problems.append(Problem("zip.special", "是特殊文件（设备、管道等）", "is a special file (device, pipe…)", m.name))
            if m.flags & 0x1:
                self.problems.append(Problem("zip.encrypted", "已加密，无法核验", "is encrypted and cannot be checked", m.name))
            if m.method not in (0, 8):
                self.problems.append(Problem("zip.method", f"使用了不支持的压缩方式 {m.method}", f"uses unsupported compression {m.method}", m.name))
            if m.method == 0 and m.compressed_size != m.size:
                self.problems.append(Problem("zip.size", "不压缩的条目大小前后不一致", "stored entry sizes disagree", m.name))
            if m.is_dir and m.size:
                self.problems.append(Problem("zip.size", "文件夹条目带有数据", "a folder entry carries data", m.name))
            if m.size > L.max_entry_size or (m.method == 8 and m.size > L.ratio_floor and m.size > L.max_ratio * max(1, m.compressed_size)):
                self.problems.append(Problem("zip.bomb", f"声明解压后大小异常（{m.size:,} 字节，压缩后仅 {m.compressed_size:,} 字节），疑似 ZIP 炸弹，拒绝解压",
                                             f"absurd declared size ({m.size:,} bytes from {m.compressed_size:,}): a zip bomb; not decompressed", m.name))
            total += m.size
            key = fold(m.name.rstrip("/"))
            if key in seen and not (m.is_dir and seen[key].endswith("/")):
                self.problems.append(Problem("path.duplicate", f"与“{seen[key]}”重名（不区分大小写时相同）",
                                             f"duplicates '{seen[key]}' when compared case-insensitively", m.name))
            seen.setdefault(key, m.name)
        if total > L.max_total_size:
            self.problems.append(Problem("zip.bomb", f"全部条目解压后共 {total:,} 字节，大得异常，拒绝解压",
                                         f"entries would unpack to {total:,} bytes: refused"))
        files = {fold(m.name) for m in self.members if not m.is_dir}
        for m in self.members:
            parts = fold(m.name.rstrip("/")).split("/")
            for i in range(1, len(parts)):
                if "/".join(parts[:i]) in files:
                    self.problems.append(Problem("path.duplicate", "它的上级文件夹与一个文件同名", "a parent folder has the same name as a file", m.name))
                    break
        self._check_locals()

    def _check_locals(self) -> None:
        ordered = sorted(self.members, key=lambda m: m.local_offset)
        prev_end, prev_name = 0, ""
        for m in ordered:
            if m.local_offset < prev_end:
                self.problems.append(Problem("zip.overlap", f"与“{prev_name}”的数据重叠（一种 ZIP 炸弹手法）",
                                             f"overlaps the data of '{prev_name}' (a zip-bomb technique)", m.name))
            if m.local_offset + LOCAL.size > self.cd_offset:
                raise ZipFatal(Problem("zip.directory", "条目位置超出了文件数据区", "an entry points past the data area", m.name))
            head = self._pread(m.local_offset, LOCAL.size)
            (sig, _v, flags, method, _t, _d, crc, csize, usize, nlen, elen) = LOCAL.unpack(head)
            if sig != 0x04034B50:
                raise ZipFatal(Problem("zip.local", "条目的本地头已损坏（文件被改动）", "an entry's local header is corrupt (file altered)", m.name))
            raw = self._pread(m.local_offset + LOCAL.size, nlen)
            if raw != m.raw_name or method != m.method or (flags & 0x1) != (m.flags & 0x1):
                self.problems.append(Problem("zip.local", "本地头与 ZIP 目录不一致（文件被改动）",
                                             "local header disagrees with the central directory (file altered)", m.name))
            elif not flags & 0x8:
                if csize == 0xFFFFFFFF or usize == 0xFFFFFFFF:
                    extra = self._pread(m.local_offset + LOCAL.size + nlen, elen)
                    try:
                        usize, csize, _o = self._zip64(extra, usize, csize, 0, raw)
                    except ZipFatal as e:
                        self.problems.append(e.problem)
                if crc != m.crc or csize != m.compressed_size or usize != m.size:
                    self.problems.append(Problem("zip.local", "本地头中的校验值或大小与 ZIP 目录不一致（文件被改动）",
                                                 "CRC or sizes in the local header disagree with the directory (file altered)", m.name))
            m.data_offset = m.local_offset + LOCAL.size + nlen + elen
            if m.data_end > self.cd_offset:
                raise ZipFatal(Problem("zip.truncated", "条目数据超出了文件数据区（文件被截断或改动）",
                                       "an entry's data runs past the data area (truncated or altered)", m.name))
            prev_end, prev_name = m.data_end, m.name

    # -- data ---------------------------------------------------------------------------------------------------

    @property
    def safe(self) -> bool:
        return not self.problems

    def _inflate(self, m: Member) -> Callable[[bytes], bytes]:
        """A function turning consecutive compressed chunks into plain data, enforcing the declared size."""
        produced = 0
        if m.method == 0:
            def plain(chunk: bytes) -> bytes:
                return chunk
            return plain
        d = zlib.decompressobj(-15)

        def inflate(chunk: bytes) -> bytes:
            nonlocal produced
            out = []
            data = chunk
            while data:
                piece = d.decompress(data, CHUNK)
                produced += len(piece)
                if produced > m.size:
                    raise _EntryError(Problem("zip.bomb", "解压后的数据比声明的大，疑似 ZIP 炸弹，已停止读取",
                                              "inflates beyond its declared size (a zip bomb); reading stopped", m.name))
                out.append(piece)
                data = d.unconsumed_tail
            return b"".join(out)

        inflate.finish = lambda: (d.eof and not d.unused_data)  # type: ignore[attr-defined]
        return inflate

    def _locate(self, m: Member) -> None:
        """Where an entry's data starts, from its local header (for a reader opened with ``checked=False``)."""
        head = self._pread(m.local_offset, LOCAL.size)
        if LOCAL.unpack(head)[0] != 0x04034B50:
            raise _EntryError(Problem("zip.local", "条目的本地头已损坏", "an entry's local header is corrupt", m.name))
        nlen, elen = LOCAL.unpack(head)[9:11]
        m.data_offset = m.local_offset + LOCAL.size + nlen + elen
        if m.data_end > self.size:
            raise _EntryError(Problem("zip.truncated", "条目数据超出了文件", "an entry's data runs past the file", m.name))

    def iter_data(self, m: Member) -> Iterator[bytes]:
        """The entry's plain data in chunks; raises ``EntryError`` on CRC, size or inflate trouble."""
        if m.data_offset < 0:
            self._locate(m)
        inflate = self._inflate(m)
        crc = 0
        n = 0
        offset, left = m.data_offset, m.compressed_size
        while left:
            chunk = self._pread(offset, min(CHUNK, left))
            offset += len(chunk)
            left -= len(chunk)
            try:
                plain = inflate(chunk)
            except zlib.error as e:
                raise _EntryError(Problem("zip.data", "压缩数据已损坏", f"corrupt compressed data ({e})", m.name)) from e
            crc = zlib.crc32(plain, crc)
            n += len(plain)
            yield plain
        self._finish_entry(m, inflate, crc, n)

    def _finish_entry(self, m: Member, inflate, crc: int, n: int) -> None:
        if m.method == 8 and not inflate.finish():
            raise _EntryError(Problem("zip.data", "压缩数据不完整或末尾有多余数据", "compressed data is incomplete or has trailing junk", m.name))
        if n != m.size:
            raise _EntryError(Problem("zip.size", f"实际大小 {n} 与声明的 {m.size} 不符", f"actual size {n} differs from declared {m.size}", m.name))
        if crc != m.crc:
            raise _EntryError(Problem("zip.crc", "CRC 校验失败：数据已损坏或被改动", "CRC check failed: data damaged or altered", m.name))

    def read(self, m: Member, limit: int) -> bytes:
        if m.size > limit:
            raise _EntryError(Problem("zip.size", f"文件过大（{m.size:,} 字节，应小于 {limit:,}）", f"too large ({m.size:,} bytes, limit {limit:,})", m.name))
        return b"".join(self.iter_data(m))

    def scan(self, consumer_for: Callable[[Member], Consumer | None], *, file_hash: bool = True,
             pool: ThreadPoolExecutor | None = None, progress: Callable[[int], None] | None = None,
             cancelled: Callable[[], bool] | None = None, ring: Ring | None = None) -> tuple[str | None, dict[str, Problem]]:
        """One sequential pass over the whole file: CRC-check every entry, feed plain data to consumers, hash the file.

        Sequential reading is the fastest way through a USB stick or network share, and it
        gives the SHA-256 of the ZIP file (for the signed index) at no extra read. The file is
        read in 2 MiB blocks into reused buffers (``ring``); each entry's data goes to its
        CRC-32 and its consumer as views of the block (a stored entry costs no copy), and the
        work is handed to the helper threads once per block, across entries, so 500 small
        scans do not cost 1000 thread hand-offs. An entry's CRC is therefore compared once its
        lane has caught up, and a consumer may still be receiving an entry's data while the
        next one is read; consumers must not keep the pieces they are given. Returns (file
        sha256 or None, {entry name: problem}). With a ``pool`` (3 workers) the file hash,
        the consumers and CRC-32 each run on their own thread beside the reading.
        """
        if ring is None:
            with borrowed_ring() as ring:
                return self.scan(consumer_for, file_hash=file_hash, pool=pool, progress=progress, cancelled=cancelled,
                                 ring=ring)
        file_sha = hashlib.sha256() if file_hash else None
        lanes = [Lane(pool), Lane(pool), Lane(pool)]
        whole, crcs, sinks = lanes
        errors: dict[str, Problem] = {}
        pending: list[tuple[Member, Crc32]] = []  # entries whose CRC is compared once the lane caught up
        entries: list[Member] = []
        end = 0
        for m in sorted(self.members, key=lambda m: m.local_offset):
            if m.local_offset < end:  # overlapping entries were reported already; do not read twice
                continue
            entries.append(m)
            end = m.data_end
        k = 0
        current: _EntryScan | None = None
        pos = 0
        self._f.seek(0)
        advise(self._f.fileno(), "POSIX_FADV_SEQUENTIAL")
        try:
            while pos < self.size:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                _buf, view, held = ring.next()
                got = self._read_into(view[:min(ring.size, self.size - pos)])
                block_end = pos + got
                block = view[:got]
                if file_sha is not None:
                    whole.feed(file_sha.update, block)
                while k < len(entries):
                    m = entries[k]
                    if m.data_offset > block_end or (m.data_offset == block_end and m.compressed_size):
                        break
                    if current is None:
                        current = _EntryScan(m, consumer_for(m), self._inflate(m))
                    lo, hi = max(m.data_offset, pos), min(m.data_end, block_end)
                    if hi > lo:
                        current.feed(block[lo - pos:hi - pos], crcs, sinks)
                    if m.data_end > block_end:
                        break
                    problem = current.finish(self)
                    if problem is not None:
                        errors[m.name] = problem
                    else:
                        pending.append((m, current.crc))
                    current = None
                    k += 1
                for lane in lanes:
                    lane.flush(held)
                pos = block_end
                if progress is not None:
                    progress(got)
                if cancelled is not None and cancelled():  # also after the last block: a part read in one block
                    raise Cancelled()
        finally:
            for lane in lanes:
                lane.close()
            ring.drain()
        for m, crc in pending:
            if crc.value != m.crc:
                errors[m.name] = Problem("zip.crc", "CRC 校验失败：数据已损坏或被改动", "CRC check failed: data damaged or altered",
                                         m.name)
        return (file_sha.hexdigest() if file_sha is not None else None), errors

    def _read_into(self, view: memoryview) -> int:
        got = 0
        while got < len(view):
            n = self._f.readinto(view[got:])
            if not n:
                if got:
                    break
                raise ZipFatal(Problem("zip.truncated", "文件不完整（被截断）", "the file is truncated"))
            got += n
        return got


class _EntryScan:
    """One entry's data passing by during :meth:`SafeZipReader.scan`: inflated, and handed to the CRC and consumer lanes."""

    def __init__(self, m: Member, consumer: Consumer | None, inflate):
        self.m = m
        self.consumer = consumer
        self.crc = Crc32()
        self.inflate = inflate
        self.n = 0
        self.failed: Problem | None = None

    def feed(self, piece: memoryview, crcs: Lane, sinks: Lane) -> None:
        if self.failed:
            return
        if self.m.method == 0:
            plain = piece
        else:
            try:
                plain = self.inflate(piece)
            except _EntryError as e:
                self.failed = e.problem
                return
            except zlib.error as e:
                self.failed = Problem("zip.data", "压缩数据已损坏", f"corrupt compressed data ({e})", self.m.name)
                return
        self.n += len(plain)
        crcs.feed(self.crc.update, plain)
        if self.consumer is not None:
            sinks.feed(self.consumer.update, plain)

    def finish(self, reader: "SafeZipReader") -> Problem | None:
        """Everything about the entry but its CRC (its lane may not have caught up yet)."""
        if self.failed:
            return self.failed
        m = self.m
        if m.method == 8 and not self.inflate.finish():
            return Problem("zip.data", "压缩数据不完整或末尾有多余数据", "compressed data is incomplete or has trailing junk", m.name)
        if self.n != m.size:
            return Problem("zip.size", f"实际大小 {self.n} 与声明的 {m.size} 不符", f"actual size {self.n} differs from declared {m.size}",
                           m.name)
        return None


class _EntryError(Exception):
    def __init__(self, problem: Problem):
        super().__init__(problem.en)
        self.problem = problem


EntryError = _EntryError
