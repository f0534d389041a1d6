"""The content-addressed file store: every stored file is named by its SHA-256, written once, never changed.

A file enters the store by one pass over the source: each 1 MiB chunk is hashed
and written to a temporary file in ``blobs/.partial/`` (``stage``); the
temporary file is fsynced and renamed to ``blobs/ab/abcdef…`` only when
complete (``publish``, for a whole batch at once). So a name in the store always means a complete file, a
crash leaves at most a ``.part`` file (removed at the next open), and memory
use does not depend on the file size. Identical content is stored once: if the
name already exists the fresh copy is dropped (and never fsynced).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
_RING = 8  # 1 MiB buffers in flight between the copying and the hashing thread
_WRITEBACK_EVERY = 16  # chunks: start writing a big file to disk every 16 MiB
PARTIAL_DIR = ".partial"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_WINDOWS = sys.platform.startswith("win")


class SourceError(Exception):
    """Opening or reading the file being attached failed (vanished, locked, unreadable).

    ``cause`` is the OSError; ``reading`` tells whether it happened part-way through the copy.
    """

    def __init__(self, cause: OSError, reading: bool = False):
        super().__init__(str(cause))
        self.cause = cause
        self.reading = reading


class SourceChanged(Exception):
    """The file changed size or was rewritten while it was being read."""


class Stop(Exception):
    """Raised by ``stage`` when the caller's ``cancelled()`` returns True."""


@dataclass
class Staged:
    """A file hashed and copied into ``.partial/`` but not yet published under its hash name."""

    sha256: str
    size: int
    head: bytes  # the first bytes, for recognising the file type without reading the source again
    tmp: Path | None  # None when identical content was already in the store (the copy was dropped)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX); Windows has no directory handles to flush."""
    if _WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(sink, view: memoryview) -> None:
    while view:
        n = sink.write(view)
        if n is None:  # pragma: no cover - only non-blocking raw files return None
            continue
        view = view[n:]


def _advise(fd: int, advice: str, length: int = 0) -> None:
    """A hint to the kernel (POSIX only). DONTNEED on freshly written data starts writing it to disk now."""
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, 0, length, getattr(os, advice))
        except OSError:
            pass


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.partial = self.root / PARTIAL_DIR
        # The copy buffers, kept between files: allocating (and zeroing) 8 MiB per file cost more than the
        # hashing. A second copy running at the same time simply allocates its own.
        self._spare: list[bytearray] | None = None
        self._spare_guard = threading.Lock()

    def _take_ring(self) -> list[bytearray]:
        with self._spare_guard:
            ring, self._spare = self._spare, None
        return ring or [bytearray(CHUNK) for _ in range(_RING)]

    def _give_ring(self, ring: list[bytearray]) -> None:
        with self._spare_guard:
            self._spare = ring

    # ------------------------------------------------------------ the file layer (tests inject faults here)
    @staticmethod
    def _open_source(path: Path):
        return open(path, "rb", buffering=0)

    @staticmethod
    def _open_sink(fd: int):
        return open(fd, "wb", buffering=0, closefd=True)

    # ------------------------------------------------------------ names
    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def ensure_dirs(self) -> None:
        self.partial.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------ writing
    def stage(
        self,
        source: Path,
        *,
        on_chunk: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_hashed: Callable[[str], None] | None = None,
        hasher: ThreadPoolExecutor | None = None,
    ) -> Staged:
        """Hash and copy ``source`` into ``.partial/`` in one pass; ``publish`` makes it a blob.

        Publishing is a separate step so that a batch pays for durability once,
        at the end (like ``cp -r`` then ``sync``), and so that the copy can be
        inspected (PDF page count) before it is accepted. ``on_hashed(sha256)`` is
        called as soon as the hash is known, before the store is looked at, so
        the caller can protect that blob from garbage collection. ``hasher`` (one worker) hashes
        beside the copy; a batch passes one, so its thread starts once rather than once per file.
        """
        try:
            src = self._open_source(source)
        except OSError as e:
            raise SourceError(e) from None
        try:
            try:
                before = os.fstat(src.fileno())
            except OSError as e:
                raise SourceError(e) from None
            if stat.S_ISDIR(before.st_mode):
                raise SourceError(IsADirectoryError(21, "是文件夹", str(source)))
            fd, tmp_name = tempfile.mkstemp(prefix="in-", suffix=".part", dir=self.partial)
            tmp = Path(tmp_name)
            try:
                return self._copy(src, before, fd, tmp, on_chunk, cancelled, on_hashed, hasher)
            except BaseException:
                self._unlink(tmp)
                raise
        finally:
            src.close()

    def _copy(self, src, before: os.stat_result, fd: int, tmp: Path, on_chunk, cancelled, on_hashed,
              hasher: ThreadPoolExecutor | None) -> Staged:
        try:
            sink = self._open_sink(fd)
        except BaseException:
            os.close(fd)
            raise
        with sink:
            _advise(src.fileno(), "POSIX_FADV_SEQUENTIAL")
            ring = self._take_ring()
            try:
                digest, total, head = self._pump(src, sink, ring, before.st_size > 2 * CHUNK, on_chunk, cancelled,
                                                 hasher)
            finally:
                self._give_ring(ring)
            try:
                after = os.fstat(src.fileno())
            except OSError as e:
                raise SourceError(e, reading=True) from None
            if stat.S_ISREG(before.st_mode) and (
                total != before.st_size or after.st_size != before.st_size or after.st_mtime_ns != before.st_mtime_ns
            ):
                raise SourceChanged()
            sha = digest.hexdigest()
            if on_hashed is not None:
                on_hashed(sha)
            if self.path(sha).is_file():
                # Identical content is already stored: drop the copy; nothing to make durable.
                sink.close()
                self._unlink(tmp)
                return Staged(sha, total, head, None)
            # Start writing back now, so that the fsync in publish() mostly finds the work done.
            _advise(sink.fileno(), "POSIX_FADV_DONTNEED")
        return Staged(sha, total, head, tmp)

    @staticmethod
    def _pump(src, sink, ring: list[bytearray], threaded: bool, on_chunk, cancelled,
              shared_hasher: ThreadPoolExecutor | None = None):
        """The copy loop: (digest, bytes copied, first bytes).

        Hashing runs on a helper thread while this one reads and writes (hashlib and file I/O both release
        the GIL), so SHA-256 costs little on top of the copy. The ring of buffers keeps memory flat: a buffer
        is reused only once its hash update has finished. Files of one or two chunks are hashed inline: a
        thread hand-off would cost more than it saves.
        """
        digest = hashlib.sha256()
        slots = len(ring) if threaded else 1
        pending: list = [None] * slots
        head = b""
        total = k = 0
        with ExitStack() as stack:
            hasher = None
            if threaded:
                hasher = shared_hasher or stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="blob-hash"))
            try:
                while True:
                    if cancelled is not None and cancelled():
                        raise Stop()
                    slot = k % slots
                    if pending[slot] is not None:
                        pending[slot].result()
                        pending[slot] = None
                    buf = ring[slot]
                    try:
                        n = src.readinto(buf)
                    except OSError as e:
                        raise SourceError(e, reading=True) from None
                    if not n:
                        break
                    chunk = memoryview(buf)[:n]
                    if hasher is not None:
                        pending[slot] = hasher.submit(digest.update, chunk)
                    else:
                        digest.update(chunk)
                    _write_all(sink, chunk)
                    if not head:
                        head = bytes(chunk[:1024])
                    total += n
                    k += 1
                    if k % _WRITEBACK_EVERY == 0:
                        # Without this a big file piles up as dirty pages until fsync, and the kernel then
                        # throttles the writer: a 1 GiB copy took 3 s instead of 0.5 s.
                        _advise(sink.fileno(), "POSIX_FADV_DONTNEED", total)
                    if on_chunk is not None:
                        on_chunk(n)
            finally:
                for p in pending:  # no buffer goes back to the ring while a hash still reads it
                    if p is not None:
                        p.result()
        return digest, total, head

    @staticmethod
    def _fsync_file(path: Path) -> None:
        with open(path, "r+b", buffering=0) as f:  # Windows flushes only through a writable handle
            os.fsync(f.fileno())

    def _fsync_all(self, paths: list[Path]) -> None:
        """One fsync per file, in order. The office's store overrides this to overlap them (many small files)."""
        for p in paths:
            self._fsync_file(p)

    def publish(self, staged: list[Staged], created: list[str]) -> None:
        """Make staged copies durable and give them their hash names; appends each new blob's hash to ``created``.

        In three sweeps — fsync every file, rename every file, fsync every directory touched — so that a batch
        pays for one journal commit per sweep rather than several per file. Nothing refers to a blob before
        this returns, so a crash in the middle leaves only unreferenced, complete files (or ``.part`` files).
        """
        fresh = [s for s in staged if s.tmp is not None]
        self._fsync_all([s.tmp for s in fresh])
        touched: set[Path] = set()
        for s in fresh:
            final = self.path(s.sha256)
            if final.is_file():  # the same content twice in one batch: the first copy won
                self.discard(s)
                continue
            # Read-only: stored evidence is never edited in place (Windows then needs a chmod before delete).
            os.chmod(s.tmp, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
            if not final.parent.is_dir():
                final.parent.mkdir()
                touched.add(self.root)
            os.replace(s.tmp, final)
            touched.add(final.parent)
            created.append(s.sha256)
        self._fsync_dirs(sorted(touched))

    def _fsync_dirs(self, folders: list[Path]) -> None:
        """Make the renames durable, folder by folder (the office's store overlaps them)."""
        for folder in folders:
            fsync_dir(folder)

    def discard(self, staged: Staged) -> None:
        if staged.tmp is not None:
            self._unlink(staged.tmp)

    @staticmethod
    def _unlink(p: Path) -> None:
        try:
            if _WINDOWS:
                os.chmod(p, stat.S_IWRITE | stat.S_IREAD)
            p.unlink()
        except FileNotFoundError:
            pass

    # ------------------------------------------------------------ reading, checking, removing
    def hash_file(
        self, path: Path, *, on_chunk: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> tuple[str, int]:
        digest = hashlib.sha256()
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        total = 0
        with open(path, "rb", buffering=0) as f:
            while True:
                if cancelled is not None and cancelled():
                    raise Stop()
                n = f.readinto(buf)
                if not n:
                    break
                digest.update(view[:n])
                total += n
                if on_chunk is not None:
                    on_chunk(n)
        return digest.hexdigest(), total

    def delete(self, sha256: str) -> bool:
        p = self.path(sha256)
        if not p.exists():
            return False
        self._unlink(p)
        return True

    def iter_stored(self) -> Iterator[tuple[str, Path]]:
        """Every complete blob on disk: (sha256, path)."""
        if not self.root.is_dir():
            return
        for shard in sorted(self.root.iterdir()):
            if len(shard.name) != 2 or not shard.is_dir():
                continue
            for f in sorted(shard.iterdir()):
                if _HEX64.match(f.name) and f.name.startswith(shard.name):
                    yield f.name, f

    def partial_files(self) -> list[Path]:
        if not self.partial.is_dir():
            return []
        return sorted(p for p in self.partial.iterdir())

    def clean_partial(self) -> int:
        """Remove what an interrupted copy left behind. Only called while holding the instance lock."""
        removed = 0
        for p in self.partial_files():
            if p.is_dir():
                continue
            try:
                self._unlink(p)
                removed += 1
            except OSError:
                pass
        return removed
