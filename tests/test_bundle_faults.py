"""A destination that fills up or disappears mid-export leaves no file that looks complete."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from desktop.core.bundle.fsutil import ExportWriteError
from tests.bundle_support import build, corpus

KB = 1000


class FailingFile:
    """A real output file whose device gives up after ``limit`` bytes (the fault is injected at the write layer)."""

    def __init__(self, path: Path, limit: int, err: int, on_fail=None):
        self._f = open(path, "xb")
        self._limit = limit
        self._err = err
        self._on_fail = on_fail
        self.written = 0

    def write(self, data) -> int:
        if self.written + len(data) > self._limit:
            if self._on_fail:
                self._on_fail()
            raise OSError(self._err, "injected")
        self.written += len(data)
        return self._f.write(data)

    def __getattr__(self, name):
        return getattr(self._f, name)


def _opener_failing_after(total_limit: int, err: int, on_fail=None):
    budget = {"left": total_limit}

    def opener(path: Path):
        f = FailingFile(path, budget["left"], err, on_fail)
        original = f.write

        def write(data):
            n = original(data)
            budget["left"] -= n
            return n
        f.write = write
        return f
    return opener


def finals(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".partial")) if folder.exists() else []


@pytest.mark.parametrize("fail_at", [100, 700 * KB, 1_395 * KB])
def test_disk_full_mid_export(tmp_path, fail_at):
    entries = corpus(tmp_path / "src", [400 * KB, 500 * KB, 300 * KB, 200 * KB])
    out = tmp_path / "out"
    with pytest.raises(ExportWriteError) as e:
        build(out, entries, part_mb=1, opener=_opener_failing_after(fail_at, errno.ENOSPC))
    assert "磁盘已满" in e.value.message
    assert list(out.iterdir()) == []  # not even the temporary files remain


def test_usb_stick_pulled_mid_export(tmp_path):
    entries = corpus(tmp_path / "src", [400 * KB, 500 * KB, 300 * KB])
    out = tmp_path / "stick"
    with pytest.raises(ExportWriteError) as e:
        build(out, entries, part_mb=1, opener=_opener_failing_after(900 * KB, errno.EIO, lambda: shutil.rmtree(out)))
    assert "拔出" in e.value.message
    assert finals(out) == []


def test_failure_while_writing_the_index_removes_the_finished_parts(tmp_path):
    entries = corpus(tmp_path / "src", [300 * KB, 300 * KB])
    calls = {"n": 0}

    def opener(path: Path):
        calls["n"] += 1
        if path.name.startswith(".") and ".index.json" in path.name:
            raise OSError(errno.ENOSPC, "injected")
        return open(path, "xb")
    out = tmp_path / "out"
    with pytest.raises(ExportWriteError):
        build(out, entries, part_mb=1, opener=opener)
    assert calls["n"] >= 1 and list(out.iterdir()) == []


def test_read_only_destination(tmp_path):
    entries = corpus(tmp_path / "src", [10 * KB])

    def opener(path: Path):
        raise PermissionError(errno.EACCES, "injected")
    with pytest.raises(ExportWriteError) as e:
        build(tmp_path / "out", entries, opener=opener)
    assert "权限" in e.value.message


def test_a_stick_that_corrupts_what_it_stores_is_caught_by_the_read_back(tmp_path):
    """USB sticks lie: a bit flipped on the way to the device is found before the index is signed."""
    entries = corpus(tmp_path / "src", [400 * KB, 300 * KB])
    state = {"flipped": False}

    class Lying:
        def __init__(self, path: Path):
            self._f = open(path, "xb")

        def write(self, data) -> int:
            if not state["flipped"] and len(data) > 100_000:
                data = bytearray(data)
                data[len(data) // 2] ^= 0x10
                state["flipped"] = True
            return self._f.write(bytes(data))

        def __getattr__(self, name):
            return getattr(self._f, name)

    out = tmp_path / "out"
    with pytest.raises(ExportWriteError) as e:
        build(out, entries, part_mb=1, opener=Lying)
    assert state["flipped"] and "读回核验失败" in e.value.message and "CRC" in e.value.message
    assert list(out.iterdir()) == []
