"""The block-wise scan: entries straddling buffers, many small entries per block, CRCs compared after the lanes.

The reader hands each entry's data to its CRC and consumer as views of reused buffers,
batched across entries; these tests shrink the buffers to a few KiB so that every way an
entry can lie across block boundaries is exercised with small files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.core.bundle import chunks
from desktop.core.bundle.chunks import Ring
from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.zipread import SafeZipReader
from desktop.core.bundle.zipwrite import ZipWriter
from tests.bundle_support import build, corpus, entry_data_offset, flip_byte

WHEN = dt.datetime(2024, 3, 15, 10, 15, 30)
KB = 1000


class Copy:
    """A consumer keeping a copy of what it was given (the pieces themselves are reused buffers)."""

    def __init__(self):
        self.data = bytearray()
        self.sha = hashlib.sha256()

    def update(self, piece) -> None:
        self.data += piece
        self.sha.update(piece)


def _zip(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """Stored and deflated entries of many sizes, folders and an empty file, in byte order of their names."""
    rnd = os.urandom
    files = {
        "b/a_big.pdf": rnd(70_000),
        "b/b_small.pdf": rnd(3),
        "b/c_empty.pdf": b"",
        "b/d_text.txt": "情况说明：见附件。\n".encode() * 2000,
        "b/e_exact.pdf": rnd(4096),
        **{f"b/f_{i:03d}.pdf": rnd(500 + 97 * i) for i in range(40)},
    }
    src = tmp_path / "src"
    src.mkdir()
    out = tmp_path / "t.zip"
    with open(out, "wb") as f, ThreadPoolExecutor(2) as pool:
        w = ZipWriter(f, when=WHEN, pool=pool, ring=Ring(size=8192))
        w.add_dir("b/")
        for n, (name, data) in enumerate(files.items()):
            p = src / f"{n}"
            p.write_bytes(data)
            w.add_file(name, p, compress=name.endswith(".txt"), size=len(data))
        w.finish()
    return out, files


@pytest.mark.parametrize("block", [4096, 4099, 65536, 4 << 20])
@pytest.mark.parametrize("threads", [True, False])
def test_every_entry_arrives_whole_whatever_the_block_size(tmp_path, block, threads):
    path, files = _zip(tmp_path)
    copies: dict[str, Copy] = {}

    def consumer_for(m):
        if m.is_dir:
            return None
        copies[m.name] = Copy()
        return copies[m.name]

    with SafeZipReader(path) as r, ThreadPoolExecutor(3) as pool:
        assert r.safe
        sha, errors = r.scan(consumer_for, pool=pool if threads else None, ring=Ring(size=block))
    assert errors == {}
    assert sha == hashlib.sha256(path.read_bytes()).hexdigest()
    assert {n: bytes(c.data) for n, c in copies.items()} == files


@pytest.mark.parametrize("block", [4096, 1 << 20])
def test_a_flipped_byte_is_found_by_its_crc_while_later_entries_still_pass(tmp_path, block):
    path, files = _zip(tmp_path)
    offset, _info = entry_data_offset(path, "b/a_big.pdf")
    flip_byte(path, offset + 65_000)  # near the end of the first, large entry
    with SafeZipReader(path) as r, ThreadPoolExecutor(3) as pool:
        _sha, errors = r.scan(lambda m: None, pool=pool, ring=Ring(size=block))
    assert list(errors) == ["b/a_big.pdf"] and errors["b/a_big.pdf"].code == "zip.crc"


def test_corrupt_deflated_data_is_reported_for_that_entry_only(tmp_path):
    path, files = _zip(tmp_path)
    offset, info = entry_data_offset(path, "b/d_text.txt")
    flip_byte(path, offset + info.compress_size // 2)
    with SafeZipReader(path) as r, ThreadPoolExecutor(3) as pool:
        _sha, errors = r.scan(lambda m: None, pool=pool, ring=Ring(size=4096))
    assert list(errors) == ["b/d_text.txt"] and errors["b/d_text.txt"].code in ("zip.data", "zip.crc", "zip.size")


def test_payload_sink_receives_every_payload_file_as_the_manifest_names_it(tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "BLOCK", 64 * 1024)  # parts of several blocks, files across boundaries
    monkeypatch.setattr(chunks, "_spare", [])
    entries = corpus(tmp_path / "src", [150 * KB, 5 * KB, 90 * KB, 1, 200 * KB])
    out = tmp_path / "out"
    build(out, entries)
    part = next(out.glob("*.zip"))
    got: dict[str, Copy] = {}

    def sink(rel: str, sha256: str):
        got[rel] = Copy()
        return got[rel]

    rep = check_part(part, payload_sink=sink)
    assert rep.ok, rep.failures
    assert chunks._spare and chunks._spare[0].size == 64 * 1024  # the small buffers were really used
    by_hash = {hashlib.sha256(e.source.read_bytes()).hexdigest(): e.source.read_bytes() for e in entries}
    assert len(got) == len(entries)
    for rel, c in got.items():
        assert bytes(c.data) == by_hash[c.sha.hexdigest()]


def test_crc_lane_batches_run_in_order():
    """Small pieces run inline, big ones on the helper; the result is the CRC of the pieces in order."""
    data = os.urandom(300_000)
    pieces = []
    pos = 0
    for n in [10, 70_000, 3, 90_000, 5, 100_000, 34_982]:
        pieces.append(data[pos:pos + n])
        pos += n
    c = chunks.Crc32()
    with ThreadPoolExecutor(1) as pool:
        lane = chunks.Lane(pool)
        for p in pieces:
            lane.feed(c.update, p)
            if len(p) > 50:
                lane.flush()
        lane.close()
    assert c.value == zlib.crc32(b"".join(pieces))
