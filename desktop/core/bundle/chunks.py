"""Big reused buffers and helper-thread lanes: how the bundle code reads, hashes and writes at disk speed.

Reading each MiB into a fresh ``bytes`` object costs a page-faulting allocation and a
copy (more than CRC-32 over it), and handing every entry's data to a thread on its own
costs a hand-off per file. Files are therefore read with ``readinto`` into two 2 MiB
buffers used in turn (``Ring``), and each hash (SHA-256, CRC-32) runs on its own helper
thread (``Lane``: hashlib and zlib release the GIL on large buffers), fed in batches,
while the calling thread reads and writes. A buffer is handed out again only after every lane fed from
it has finished, so memory stays flat and no hash ever sees a half-overwritten buffer.
"""

from __future__ import annotations

import contextlib
import os
import threading
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterator

BLOCK = 2 << 20  # bytes per read: 1, 2 and 4 MiB measured alike; 2 MiB keeps an export under 150 MB with covers
SLOTS = 2  # buffers per ring: one being filled while the helpers hash the other
INLINE_BELOW = 64 << 10  # smaller pieces are hashed on the calling thread: a hand-off costs more


class Ring:
    """``slots`` reusable buffers of ``size`` bytes, handed out in turn.

    Whoever feeds a view of a buffer to a helper thread registers the future with
    :meth:`hold`; :meth:`next` waits for those before handing the buffer out again.
    """

    def __init__(self, slots: int = SLOTS, size: int | None = None):
        size = size or BLOCK
        self.size = size
        self._buffers = [bytearray(size) for _ in range(slots)]
        self._views = [memoryview(b) for b in self._buffers]
        self._held: list[list[Future]] = [[] for _ in range(slots)]
        self._i = -1

    def next(self) -> tuple[bytearray, memoryview, list[Future]]:
        """The next buffer, its view, and the list to register futures reading it in."""
        self._i = (self._i + 1) % len(self._buffers)
        held = self._held[self._i]
        for f in held:
            f.result()
        held.clear()
        return self._buffers[self._i], self._views[self._i], held

    def drain(self) -> None:
        """Wait until no helper thread reads any buffer (before the ring is reused elsewhere or dropped)."""
        for held in self._held:
            for f in held:
                f.result()
            held.clear()


_spare: list[Ring] = []
_spare_lock = threading.Lock()
_KEEP = 2  # rings kept between uses (a writer and a reader at the same time); 8 MiB each


@contextlib.contextmanager
def borrowed_ring() -> Iterator[Ring]:
    """A ring kept between uses: allocating (and page-faulting) its buffers per part cost more than CRC-32 over it."""
    with _spare_lock:
        ring = _spare.pop() if _spare else None
    ring = ring or Ring()
    try:
        yield ring
    finally:
        ring.drain()
        with _spare_lock:
            if len(_spare) < _KEEP:
                _spare.append(ring)


class Lane:
    """Calls functions on pieces, in order, on one helper thread, handed over in batches.

    ``feed(fn, piece)`` queues a call; ``flush(held)`` hands the queued calls to the helper
    as one batch (after the previous batch finished, so calls never overlap or reorder) and
    registers it in ``held``, the ring buffer's list, when the pieces are views of that
    buffer. A part of 500 small scans would otherwise pay a thread hand-off per file, which
    costs more than hashing it; a batch of a few KiB runs on the calling thread for the
    same reason. Without a pool every call runs at once. ``close`` flushes and waits.
    """

    def __init__(self, pool: ThreadPoolExecutor | None):
        self._pool = pool
        self._calls: list[tuple[Callable[[object], object], object]] = []
        self._bytes = 0
        self._pending: Future | None = None

    def feed(self, fn: Callable[[object], object], piece) -> None:
        if self._pool is None:
            fn(piece)
            return
        self._calls.append((fn, piece))
        self._bytes += len(piece)

    def flush(self, held: list[Future] | None = None) -> None:
        self.wait()
        if not self._calls:
            return
        calls, self._calls = self._calls, []
        small, self._bytes = self._bytes < INLINE_BELOW, 0
        if small:
            _run_all(calls)
            return
        self._pending = self._pool.submit(_run_all, calls)
        if held is not None:
            held.append(self._pending)

    def wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()

    def close(self) -> None:
        self.flush()
        self.wait()


def _run_all(calls) -> None:
    for fn, piece in calls:
        fn(piece)


class Crc32:
    def __init__(self):
        self.value = 0

    def update(self, data) -> None:
        self.value = zlib.crc32(data, self.value)


def advise(fd: int, advice: str, offset: int = 0, length: int = 0) -> None:
    """A hint to the kernel (POSIX only; a no-op elsewhere or when the file system says no)."""
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, offset, length, getattr(os, advice))
        except (OSError, ValueError):
            pass
