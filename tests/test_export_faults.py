"""A destination that fills up, is pulled out, or corrupts what it stores; Cancel; a workspace that cannot record.

In every case the export leaves no file with a final name and the workspace records no submission, so
the next export still chains to the last one that really happened.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from desktop.core.bundle.fsutil import ExportWriteError
from desktop.core.errors import UserError
from desktop.core.export import Cancelled, export, submissions
from desktop.core.export import records as export_records
from tests.test_bundle_faults import _opener_failing_after
from tests.test_export_support import DAY1, PASS, scan, unit_workspace

KB = 1000


@pytest.fixture
def ws(tmp_path):
    w = unit_workspace(tmp_path)
    w.attach("62", [scan(tmp_path / "src" / f"案卷{i}.pdf", 1, pad=150_000, seed=20 + i) for i in range(4)])
    yield w
    w.close()


def finals(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".partial")) if folder.exists() else []


def _run(ws, out, **kw):
    return export(ws, out, passphrase=PASS, now=DAY1, converter=None, part_mb=0.4, **kw)


@pytest.mark.parametrize("fail_at", [100, 300 * KB, 650 * KB])
def test_destination_full_mid_export_leaves_nothing_and_records_nothing(ws, tmp_path, fail_at):
    out = tmp_path / "out"
    with pytest.raises(ExportWriteError) as e:
        _run(ws, out, opener=_opener_failing_after(fail_at, errno.ENOSPC))
    assert "磁盘已满" in e.value.message
    assert list(out.iterdir()) == []
    assert submissions(ws) == []


def test_stick_pulled_out_mid_export(ws, tmp_path):
    out = tmp_path / "stick" / "报送"
    with pytest.raises(ExportWriteError) as e:
        _run(ws, out, opener=_opener_failing_after(400 * KB, errno.EIO, lambda: shutil.rmtree(tmp_path / "stick")))
    assert "拔出" in e.value.message
    assert finals(out) == [] and submissions(ws) == []


class _Corrupting:
    """A stick that acknowledges every write but stores one byte wrong in the payload of the first part."""

    def __init__(self, path: Path):
        self._f = open(path, "xb")
        self.written = 0

    def write(self, data) -> int:
        data = bytes(data)
        start = self.written
        self.written += len(data)
        target = 5000
        if start <= target < self.written:
            i = target - start
            data = data[:i] + bytes([data[i] ^ 0x20]) + data[i + 1:]
        return self._f.write(data)

    def __getattr__(self, name):
        return getattr(self._f, name)


def test_a_stick_that_corrupts_what_it_stores_is_caught_by_the_read_back(ws, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(ExportWriteError) as e:
        _run(ws, out, opener=_Corrupting)
    assert "读回核验失败" in e.value.message
    assert finals(out) == [] and submissions(ws) == []


@pytest.mark.parametrize("stage", ["covers", "write", "verify"])
def test_cancel_at_any_stage_leaves_nothing(ws, tmp_path, stage):
    out = tmp_path / "out"
    seen: list[str] = []

    def progress(s, _done, _total):
        seen.append(s)

    with pytest.raises(Cancelled):
        _run(ws, out, progress=progress, cancelled=lambda: stage in seen)
    assert finals(out) == [] and submissions(ws) == []


def test_a_submission_the_workspace_cannot_record_is_removed_again(ws, tmp_path, monkeypatch):
    out = tmp_path / "out"

    def fail(*_a, **_k):
        raise OSError(errno.EIO, "disk I/O error")

    monkeypatch.setattr(export_records, "record", fail)
    with pytest.raises(OSError):
        _run(ws, out)
    assert finals(out) == []
    monkeypatch.undo()
    r = _run(ws, out)  # and the next try is a clean first submission
    assert r.sequence == 1 and r.record_status == "NEW"


def _damage_a_stored_file(ws, change) -> str:
    """Rewrite one blob of the workspace behind its back (bit rot, a tool that 'repaired' it); returns its name."""
    import os
    import stat

    a = ws.attachments()[1]
    blob = ws.blob_path(a.sha256)
    os.chmod(blob, stat.S_IWRITE | stat.S_IREAD)
    data = bytearray(blob.read_bytes())
    blob.write_bytes(change(data))
    return a.display_name


def test_a_stored_file_altered_on_disk_is_refused_by_the_export(ws, tmp_path):
    """Same size, other bytes: the export hashes what it packs and stops before anything looks complete."""
    from desktop.core.bundle.zipwrite import SourceChanged

    def flip(data: bytearray) -> bytes:
        data[len(data) // 2] ^= 0x01
        return bytes(data)

    _damage_a_stored_file(ws, flip)
    out = tmp_path / "out"
    with pytest.raises(SourceChanged) as e:
        _run(ws, out)
    assert "evidence-desk check" in e.value.message
    assert finals(out) == [] and submissions(ws) == []
    assert not ws.check().ok  # and the check the message points to names it


def test_a_stored_file_of_another_size_is_refused_before_anything_is_written(ws, tmp_path):
    name = _damage_a_stored_file(ws, lambda data: bytes(data[:-100]))
    out = tmp_path / "out"
    with pytest.raises(UserError) as e:
        _run(ws, out)
    assert "已损坏" in e.value.message and name in e.value.message and "evidence-desk check" in e.value.message
    assert not out.exists() or list(out.iterdir()) == []  # not even a temporary file
    assert submissions(ws) == []
