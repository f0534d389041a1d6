"""The deterministic ZIP writer: readable by every tool, ZIP64 when needed, byte-identical output."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.core.bundle import zipwrite
from desktop.core.bundle.zipread import SafeZipReader
from desktop.core.bundle.zipwrite import SourceChanged, ZipWriter

WHEN = dt.datetime(2024, 3, 15, 10, 15, 30)
have_tools = pytest.mark.skipif(shutil.which("7zz") is None or shutil.which("unzip") is None, reason="7zz/unzip missing")


def tools_accept(path: Path) -> None:
    r = subprocess.run(["unzip", "-tq", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    r = subprocess.run(["7zz", "t", str(path)], capture_output=True, text=True)
    assert r.returncode == 0 and "Everything is Ok" in r.stdout, r.stdout[-2000:]


def write(path: Path, build) -> Path:
    with open(path, "wb") as f:
        w = ZipWriter(f, when=WHEN)
        build(w)
        w.finish()
    return path


def test_round_trip_stored_and_deflated(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(os.urandom(2_500_000))
    txt = tmp_path / "b.txt"
    txt.write_bytes("情况说明\n".encode() * 50_000)
    out = write(tmp_path / "o.zip", lambda w: (
        w.add_dir("包/"), w.add_file("包/a.pdf", pdf, compress=False, size=pdf.stat().st_size),
        w.add_file("包/b.txt", txt, compress=True, size=txt.stat().st_size)))
    with zipfile.ZipFile(out) as z:
        assert z.read("包/a.pdf") == pdf.read_bytes() and z.read("包/b.txt") == txt.read_bytes()
        infos = {i.filename: i for i in z.infolist()}
        assert infos["包/a.pdf"].compress_type == zipfile.ZIP_STORED
        assert infos["包/b.txt"].compress_type == zipfile.ZIP_DEFLATED
        assert infos["包/b.txt"].compress_size < infos["包/b.txt"].file_size / 5
        assert all(i.flag_bits & 0x800 and i.date_time == (2024, 3, 15, 10, 15, 30) for i in z.infolist())
        assert all(i.create_system == 3 for i in z.infolist())
    if shutil.which("7zz"):
        tools_accept(out)


def test_written_entry_reports_crc_and_sha256(tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF" + os.urandom(3_000_000))
    holder = {}
    write(tmp_path / "o.zip", lambda w: holder.setdefault("e", w.add_file("x/a.pdf", src, compress=False, size=src.stat().st_size)))
    assert holder["e"].sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    with zipfile.ZipFile(tmp_path / "o.zip") as z:
        assert z.getinfo("x/a.pdf").CRC == holder["e"].crc


def test_same_entries_give_identical_bytes(tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(os.urandom(100_000))

    def build(w):
        w.add_bytes("b/bagit.txt", b"BagIt-Version: 1.0\n", compress=True)
        w.add_file("b/data/a.pdf", src, compress=False, size=src.stat().st_size)
    a = write(tmp_path / "a.zip", build).read_bytes()
    os.utime(src, (0, 0))  # the source's own timestamp must not matter
    assert write(tmp_path / "b.zip", build).read_bytes() == a


def test_names_must_be_sorted_and_safe(tmp_path):
    with open(tmp_path / "o.zip", "wb") as f:
        w = ZipWriter(f, when=WHEN)
        w.add_bytes("b/z.txt", b"", compress=False)
        with pytest.raises(ValueError):
            w.add_bytes("b/a.txt", b"", compress=False)
        for bad in ("/abs", "a/../b", "a\\b", "a//b"):
            with pytest.raises(ValueError):
                w.add_bytes(bad, b"", compress=False)


def test_source_that_grows_while_packed_is_refused(tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(os.urandom(10_000))
    with open(tmp_path / "o.zip", "wb") as f:
        w = ZipWriter(f, when=WHEN)
        with pytest.raises(SourceChanged):
            w.add_file("a.pdf", src, compress=False, size=5_000)


@have_tools
def test_zip64_directory_for_more_than_65535_entries(tmp_path):
    n = 70_000
    names = sorted((f"b/{i:06d}.txt" for i in range(n)), key=str.encode)
    out = write(tmp_path / "many.zip", lambda w: [w.add_bytes(name, b"x", compress=False) for name in names])
    data = out.read_bytes()
    assert b"PK\x06\x06" in data[-200:] and b"PK\x06\x07" in data[-200:]  # ZIP64 end record and locator
    with zipfile.ZipFile(out) as z:
        assert len(z.infolist()) == n
    with SafeZipReader(out) as r:
        assert len(r.members) == n and r.problems == []
    tools_accept(out)


@have_tools
def test_zip64_entries_and_offsets_with_lowered_limit(tmp_path, monkeypatch):
    """Sizes and offsets above ZIP64_LIMIT take the ZIP64 fields; lowered, the real code paths run on small data."""
    monkeypatch.setattr(zipwrite, "ZIP64_LIMIT", 50_000)
    monkeypatch.setattr(zipwrite, "DEFLATE_MARGIN", 1_000)
    big = tmp_path / "big.pdf"
    big.write_bytes(os.urandom(120_000))
    txt = tmp_path / "t.txt"
    txt.write_bytes(b"abc\n" * 40_000)
    out = write(tmp_path / "z64.zip", lambda w: (
        w.add_file("b/1.pdf", big, compress=False, size=big.stat().st_size),
        w.add_file("b/2.txt", txt, compress=True, size=txt.stat().st_size),
        w.add_bytes("b/3.json", b"{}" * 30_000, compress=True),
        w.add_file("b/4.pdf", big, compress=False, size=big.stat().st_size)))
    with zipfile.ZipFile(out) as z:
        assert z.read("b/1.pdf") == big.read_bytes() and z.read("b/4.pdf") == big.read_bytes()
        assert z.read("b/2.txt") == txt.read_bytes()
        assert z.getinfo("b/4.pdf").header_offset > 50_000
        assert z.getinfo("b/1.pdf").extra  # the ZIP64 extra field is there
    with SafeZipReader(out) as r:
        assert r.problems == []
        _sha, errors = r.scan(lambda m: None)
        assert errors == {}
    tools_accept(out)
