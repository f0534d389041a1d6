"""Reading every written part back from the destination while the next part is being written (USB sticks lie).

The read-back reads every byte once more, from the device: done after all parts were
written it added a second pass as long as the first to every export. Here a helper
thread takes each part as soon as it is written: makes it durable (fsync), asks the OS
to drop its cached pages so the bytes really come from the device, and checks it —
structure, signature, the CRC-32 of every entry against the CRC computed from the
bytes handed to the device, and the file's SHA-256 for the index — while the calling
thread writes the next part. Only the calling thread talks to the caller (progress,
Cancel); the helper sees a stop flag.
"""

from __future__ import annotations

import errno
import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from desktop.core.bundle.fsutil import ExportWriteError, PartialFile
from desktop.core.bundle.report import PartReport
from desktop.core.bundle.zipwrite import Cancelled

POLL = 0.05  # seconds between progress reports while waiting for the last parts


class ReadBack:
    """Checks parts, in the order given, on one helper thread; :meth:`finish` waits and returns the reports."""

    def __init__(self, *, fingerprint: str, drop_cache: bool):
        self._fingerprint = fingerprint
        self._drop_cache = drop_cache
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self.reports: dict[int, PartReport] = {}
        self._names: dict[int, str] = {}
        self.done_bytes = 0  # read back so far (updated by the helper; read by the caller for progress)
        self.total_bytes = 0  # written so far
        self._thread = threading.Thread(target=self._run, name="bundle-read-back", daemon=True)
        self._thread.start()

    # -- the calling thread ---------------------------------------------------------------------------------------

    def submit(self, number: int, pf: PartialFile, bag_name: str, size: int) -> None:
        """Check this part (closed, not yet fsynced) as soon as the parts before it are checked."""
        self.raise_if_failed()
        self.total_bytes += size
        self._names[number] = bag_name
        self._jobs.put((number, pf, bag_name))

    def raise_if_failed(self) -> None:
        """Stop early when a part already failed: no point writing the rest to a faulty device."""
        if self._error is not None:
            raise self._error
        for number, rep in list(self.reports.items()):
            if not rep.ok:
                raise _failure(rep, self._names[number])

    def finish(self, progress: Callable[[str, int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> dict[int, PartReport]:
        """Wait for every submitted part, reporting ``verify`` progress and honouring Cancel meanwhile."""
        self._jobs.put(None)
        while True:
            self._thread.join(POLL)
            if progress is not None:
                progress("verify", self.done_bytes, self.total_bytes)
            if cancelled is not None and cancelled():
                self.abort()
                raise Cancelled()
            if not self._thread.is_alive():
                break
        self.raise_if_failed()
        return self.reports

    def abort(self) -> None:
        """Stop checking and wait until the helper no longer touches any file (before they are removed)."""
        self._stop.set()
        self._jobs.put(None)
        self._thread.join()

    # -- the helper thread ----------------------------------------------------------------------------------------

    def _run(self) -> None:
        from desktop.core.bundle.partcheck import check_part

        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="read-back-hash") as pool:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                if self._stop.is_set() or self._error is not None:
                    continue
                number, pf, bag_name = job
                try:
                    _make_durable(pf)
                    if self._drop_cache:
                        pf.drop_cache()
                    report = check_part(pf.temp, expected_fingerprint=self._fingerprint, expected_bag=bag_name,
                                        progress=self._tick, cancelled=self._stop.is_set, content=False,
                                        file_hash=True, pool=pool)
                    self.reports[number] = report
                except BaseException as e:  # noqa: BLE001 - handed to the calling thread
                    self._error = e

    def _tick(self, n: int) -> None:
        self.done_bytes += n


def _make_durable(pf: PartialFile) -> None:
    """fsync through a new handle (Windows flushes only through a writable one); EINVAL: a file system without it."""
    with open(pf.temp, "r+b", buffering=0) as f:
        try:
            os.fsync(f.fileno())
        except OSError as e:
            if e.errno not in (errno.EINVAL, errno.ENOTSUP):
                raise


def _failure(rep: PartReport, name: str) -> ExportWriteError:
    first = rep.failures[0]
    return ExportWriteError(
        f"写入后读回核验失败（{name}.zip：{first.zh}）。目标设备可能有问题，请换一个 U 盘或文件夹后重新导出。",
        en=f"Reading back {name}.zip after writing failed ({first.en}). The destination may be faulty; "
           "use another stick or folder and export again.")
