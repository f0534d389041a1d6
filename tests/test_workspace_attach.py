"""Attaching files: kinds, duplicates, merged items, progress and cancel — and every fault the issue lists."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sys
import tracemalloc
from pathlib import Path

import pytest

from desktop.core.workspace import Cancelled, DiskFull, WorkspaceError
from desktop.core.workspace.blobs import BlobStore
from tests.test_workspace_support import db_dump, junk, make_pdf, make_png, pad_pdf, pdfs, stored_files, ws  # noqa: F401

POSIX = os.name == "posix"


def sha256(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def assert_nothing_left(w, before_dump, before_files):
    assert db_dump(w) == before_dump
    assert stored_files(w) == before_files
    assert list(w.blobs.partial.iterdir()) == []


# ---------------------------------------------------------------- ordinary use
def test_attach_a_pdf_records_what_the_office_needs(ws, tmp_path):
    f = make_pdf(tmp_path / "2021年 执法记录台账.pdf", pages=3)
    res = ws.attach("55", [f], label="台账", added_by="李四", evidence_date="2021年3月5日")
    assert res.refused == [] and res.warnings == []
    (a,) = res
    assert (a.item_id, a.kind, a.pages, a.size, a.position) == ("55.1", "pdf", 3, f.stat().st_size, 1)
    assert (a.original_name, a.label, a.added_by, a.evidence_date) == ("2021年 执法记录台账.pdf", "台账", "李四", "2021-03-05")
    assert a.sha256 == sha256(f)
    stored = ws.attachment_path(a)
    assert stored == ws.path / "blobs" / a.sha256[:2] / a.sha256
    assert stored.read_bytes() == f.read_bytes()
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0  # stored read-only
    log = ws.audit_log(target="55.1")[0]
    assert (log.action, log.by, log.details["name"], log.details["sha256"]) == ("attach", "李四", f.name, a.sha256)


def test_the_same_file_on_two_items_is_stored_once(ws, tmp_path):
    f = make_pdf(tmp_path / "a.pdf")
    ws.attach("55", [f])
    res = ws.attach("9.2", [tmp_path / "a.pdf"])
    assert len(res) == 1
    assert [w.code for w in res.warnings] == ["also_elsewhere"]
    assert "第55项第1条" in res.warnings[0].message
    assert len(stored_files(ws)) == 1
    assert len(ws.attachments()) == 2


def test_attaching_the_same_content_to_one_item_twice_warns_and_skips(ws, tmp_path):
    f = make_pdf(tmp_path / "a.pdf")
    copy = tmp_path / "副本 a.pdf"
    shutil.copy(f, copy)
    res = ws.attach("55", [f, copy])  # twice within one batch
    assert len(res) == 1
    assert [w.code for w in res.warnings] == ["duplicate_in_item"]
    assert "副本 a.pdf" in res.warnings[0].message and "没有重复添加" in res.warnings[0].message
    res = ws.attach("55", [copy])  # and again later
    assert list(res) == [] and res.warnings[0].code == "duplicate_in_item"
    assert len(ws.attachments("55")) == 1 and len(stored_files(ws)) == 1


def test_images_are_accepted_with_their_page_count(ws, tmp_path):
    from PIL import Image

    png = make_png(tmp_path / "照片.png")
    jpg = tmp_path / "扫描.JPG"
    Image.new("RGB", (20, 20), "white").save(jpg, "JPEG")
    tif = tmp_path / "多页.tif"
    Image.new("L", (10, 10)).save(tif, save_all=True, append_images=[Image.new("L", (10, 10), 255)] * 2)
    res = ws.attach("55", [png, jpg, tif])
    assert [(a.kind, a.pages) for a in res] == [("image", 1), ("image", 1), ("image", 3)]
    assert res.warnings == []


def test_office_files_are_accepted_with_a_reminder_that_pdf_was_asked_for(ws, tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("情况说明")
    d.save(tmp_path / "情况说明.docx")
    (tmp_path / "台账.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    res = ws.attach("55", [tmp_path / "情况说明.docx", tmp_path / "台账.et"])
    assert [a.kind for a in res] == ["office", "office"]
    assert [w.code for w in res.warnings] == ["office_format", "office_format"]
    assert "PDF" in res.warnings[0].message


def test_other_files_are_accepted_with_a_warning_and_mistakes_are_refused(ws, tmp_path):
    (tmp_path / "电子公文.ofd").write_bytes(b"PK\x03\x04ofd")
    (tmp_path / "说明.lnk").write_bytes(b"L\x00\x00\x00")
    (tmp_path / "~$情况说明.docx").write_bytes(b"lock")
    (tmp_path / "setup.exe").write_bytes(b"MZ")
    (tmp_path / "Thumbs.db").write_bytes(b"x")
    (tmp_path / "文件夹").mkdir()
    res = ws.attach("55", [tmp_path / n for n in ("电子公文.ofd", "说明.lnk", "~$情况说明.docx", "setup.exe",
                                                 "Thumbs.db", "文件夹")])
    assert [a.kind for a in res] == ["other"]
    assert [w.code for w in res.warnings] == ["other_format"]
    assert [r.code for r in res.refused] == ["refused_type"] * 4 + ["not_a_file"]
    assert "快捷方式" in res.refused[0].message and "临时文件" in res.refused[1].message


def test_an_image_that_is_not_an_image_is_refused(ws, tmp_path):
    (tmp_path / "照片.jpg").write_text("<html>404</html>", encoding="utf-8")
    res = ws.attach("55", [tmp_path / "照片.jpg"])
    assert list(res) == [] and res.refused[0].code == "bad_image"


def test_an_encrypted_pdf_is_accepted_with_a_warning(ws, tmp_path):
    f = make_pdf(tmp_path / "加密.pdf", pages=2, password="secret")
    (a,) = res = ws.attach("55", [f])
    assert a.encrypted and a.kind == "pdf"
    assert [w.code for w in res.warnings] == ["encrypted_pdf"]
    assert "加密" in res.warnings[0].message


def test_merged_items_are_stored_once_and_show_on_every_member(ws, tmp_path):
    (a,) = ws.attach("26", [make_pdf(tmp_path / "审核意见书.pdf")])
    assert a.item_id == "M26-29.1"
    assert ws.indicators_of_item("M26-29.1") == ("26", "27", "28", "29")
    for key in ("27", "28"):
        assert ws.attachments(ws.items(key)[0].id) == [a]
    assert ws.resolve_item("29", 2).id == "M26-29.1"  # 29's own item comes first
    for key in ("26", "27", "28", "29"):
        files = {i.item_id: i.files for i in ws.indicator_progress(key).items}
        assert files["M26-29.1"] == 1


def test_indicators_without_items_get_a_synthetic_catch_all_item(ws, tmp_path):
    for key in ("56", "B1", "B2", "V1", "V2"):
        (it,) = ws.items(key)
        assert it.id == f"{key}.0" and it.synthetic and "表中未列具体资料" in it.text
    (a,) = ws.attach("B1", [make_pdf(tmp_path / "获奖证书.pdf")])
    assert a.item_id == "B1.0"
    assert ws.indicator_progress("B1").status.value == "done"


def test_progress_is_reported_per_chunk_across_the_batch(ws, tmp_path):
    big = tmp_path / "大文件.pdf"
    pad_pdf(make_pdf(big), 3 * 1024 * 1024)  # spans four 1 MiB chunks
    small = make_pdf(tmp_path / "小文件.pdf", text="small")
    calls = []
    ws.attach("55", [big, small], progress=lambda d, t, n: calls.append((d, t, n)))
    total = big.stat().st_size + small.stat().st_size
    assert all(t == total for _d, t, _n in calls)
    assert [d for d, _t, _n in calls] == sorted(d for d, _t, _n in calls)
    assert calls[-1][0] == total and calls[-1][2] == "小文件.pdf"
    assert len([c for c in calls if c[2] == "大文件.pdf"]) == 4  # 1 MiB chunks


def test_a_batch_of_big_files_shares_one_hashing_thread_and_every_hash_is_its_own(ws, tmp_path):
    """Multi-chunk files are hashed on a helper thread kept for the whole batch; no digest may see another's data."""
    import hashlib

    files = []
    for i in range(4):
        f = tmp_path / f"扫描件{i}.pdf"
        pad_pdf(make_pdf(f, text=f"scan {i}"), 3 * 1024 * 1024 + 1000 * i)
        files.append(f)
    got = ws.attach("55", files)
    assert [a.sha256 for a in got] == [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    assert all(ws.blob_path(a.sha256).read_bytes() == f.read_bytes() for a, f in zip(got, files))


def test_cancel_leaves_nothing_behind(ws, tmp_path, pdfs):
    ws.attach("9.2", [pdfs[0]])
    before, files = db_dump(ws), stored_files(ws)
    seen = []
    with pytest.raises(Cancelled, match="已取消"):
        ws.attach("55", pdfs, progress=lambda d, t, n: seen.append(n), cancelled=lambda: len(seen) >= 3)
    assert_nothing_left(ws, before, files)


def test_a_later_failure_removes_blobs_the_batch_already_published(ws, tmp_path, pdfs, monkeypatch):
    before, files = db_dump(ws), stored_files(ws)
    original = ws._record_attachments

    def fail_in_database(*a, **k):
        raise WorkspaceError("数据库写入失败（测试）")

    monkeypatch.setattr(ws, "_record_attachments", fail_in_database)
    with pytest.raises(WorkspaceError):
        ws.attach("55", pdfs)
    assert_nothing_left(ws, before, files)
    monkeypatch.setattr(ws, "_record_attachments", original)
    assert len(ws.attach("55", pdfs)) == 5


# ---------------------------------------------------------------- bad input and faults
def test_fault_file_vanishes_mid_copy(ws, tmp_path, monkeypatch):
    """A file cut short while it is read (a USB stick pulled, a download still running) is refused."""
    f = tmp_path / "扫描件.pdf"
    pad_pdf(make_pdf(f), 3 * 1024 * 1024)
    good = make_pdf(tmp_path / "good.pdf", text="good")
    before, files = db_dump(ws), stored_files(ws)

    def cut_short(done, total, name):
        if name == "扫描件.pdf" and done == 1024 * 1024:
            os.truncate(f, 100)

    res = ws.attach("55", [f, good], progress=cut_short)
    assert [a.original_name for a in res] == ["good.pdf"]
    assert [r.code for r in res.refused] == ["changed"]
    assert "在读取过程中发生了变化" in res.refused[0].message
    assert list(ws.blobs.partial.iterdir()) == []
    assert len(stored_files(ws)) == len(files) + 1

    # A read error part-way (what Windows reports for a vanished network file) is refused the same way.
    gone = make_pdf(tmp_path / "网络盘.pdf", text="net")
    real_open = BlobStore._open_source

    class Vanishing:
        def __init__(self, path):
            self.f = real_open(path)
            self.reads = 0

        def readinto(self, b):
            self.reads += 1
            if self.reads > 1:
                raise FileNotFoundError(errno.ENOENT, "指定的网络名不再可用。")
            return self.f.readinto(memoryview(b)[:10])

        def fileno(self):
            return self.f.fileno()

        def close(self):
            self.f.close()

    monkeypatch.setattr(BlobStore, "_open_source", staticmethod(lambda p: Vanishing(p)))
    before = db_dump(ws)
    res = ws.attach("55", [gone])
    assert list(res) == [] and res.refused[0].code == "not_found" and "读取过程中消失" in res.refused[0].message
    assert db_dump(ws) == before and list(ws.blobs.partial.iterdir()) == []


@pytest.mark.skipif(not POSIX, reason="deleting an open file is refused on Windows")
def test_fault_file_deleted_while_it_is_copied_is_still_stored_whole(ws, tmp_path):
    """On POSIX an unlinked file stays readable: what was read is the complete file, and it is kept as such."""
    f = tmp_path / "a.pdf"
    pad_pdf(make_pdf(f), 2 * 1024 * 1024 + 5)
    expected = sha256(f)
    res = ws.attach("55", [f], progress=lambda d, t, n: f.exists() and f.unlink())
    assert res[0].sha256 == expected
    assert ws.check().ok


def test_fault_file_missing_before_the_copy(ws, tmp_path):
    res = ws.attach("55", [tmp_path / "不存在.pdf"])
    assert list(res) == [] and res.refused[0].code == "not_found" and "找不到" in res.refused[0].message


def test_fault_locked_file(ws, tmp_path, monkeypatch):
    """A file another program holds open exclusively (Windows: a sharing violation, errno 13) is refused
    with a message naming what to do; the rest of the batch goes in. POSIX has no mandatory locks, so the
    Windows error is injected at the file layer, both at open and part-way through reading."""
    locked = make_pdf(tmp_path / "正在编辑.pdf")
    half = tmp_path / "半锁定.pdf"
    pad_pdf(make_pdf(half), 3 * 1024 * 1024)
    ok = make_pdf(tmp_path / "正常.pdf", text="ok")
    real_open = BlobStore._open_source

    class LockedRange:
        def __init__(self, path):
            self.f, self.n = real_open(path), 0

        def readinto(self, b):
            self.n += 1
            if self.n == 2:
                err = PermissionError(errno.EACCES, "另一个程序已锁定文件的一部分，进程无法访问。")
                err.winerror = 33
                raise err
            return self.f.readinto(b)

        def fileno(self):
            return self.f.fileno()

        def close(self):
            self.f.close()

    def open_source(path):
        if path.name == "正在编辑.pdf":
            raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。")
        if path.name == "半锁定.pdf":
            return LockedRange(path)
        return real_open(path)

    monkeypatch.setattr(BlobStore, "_open_source", staticmethod(open_source))
    res = ws.attach("55", [locked, half, ok])
    assert [a.original_name for a in res] == ["正常.pdf"]
    assert [r.code for r in res.refused] == ["unreadable", "unreadable"]
    assert all("占用" in r.message and "关闭" in r.message for r in res.refused)
    assert list(ws.blobs.partial.iterdir()) == []


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="needs a non-root POSIX user for permissions to bite")
def test_fault_unreadable_file_permissions(ws, tmp_path):
    f = make_pdf(tmp_path / "无权限.pdf")
    f.chmod(0)
    try:
        res = ws.attach("55", [f])
    finally:
        f.chmod(0o644)
    assert list(res) == [] and res.refused[0].code == "unreadable"


def test_fault_zero_byte_file(ws, tmp_path):
    (tmp_path / "空.pdf").write_bytes(b"")
    before = db_dump(ws)
    res = ws.attach("55", [tmp_path / "空.pdf"])
    assert list(res) == [] and res.refused[0].code == "empty" and "0 字节" in res.refused[0].message
    assert db_dump(ws) == before and stored_files(ws) == []


def test_fault_4gb_file(ws, tmp_path):
    """A 4 GiB + 1 byte file (sparse, so the test is fast): sizes past 32 bits are counted right, memory stays
    flat while it streams, and cancelling part-way leaves nothing. Copying all 4 GiB would write 4 GiB to the
    shared test disk for a minute; the full run is in bench/bench_attach.py instead."""
    size = 4 * 1024 ** 3 + 1
    if shutil.disk_usage(tmp_path).free < size + (256 << 20):
        pytest.skip("the free-space check would (rightly) refuse a 4 GiB file on this disk")
    big = tmp_path / "全年执法录像.pdf"
    with open(big, "wb") as f:
        f.truncate(size)
    before, files = db_dump(ws), stored_files(ws)
    seen: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        with pytest.raises(Cancelled):
            ws.attach("55", [big], progress=lambda d, t, n: seen.append((d, t)),
                      cancelled=lambda: bool(seen) and seen[-1][0] >= 96 * 1024 * 1024)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen[-1] == (96 * 1024 * 1024, size)
    assert peak < 16 * 1024 * 1024, f"peak Python memory {peak / 1e6:.1f} MB while streaming"
    assert_nothing_left(ws, before, files)


def test_fault_file_larger_than_the_free_disk_space(ws, tmp_path):
    """Refused before a byte is copied, with the sizes in the message."""
    huge = tmp_path / "huge.pdf"
    free = shutil.disk_usage(tmp_path).free
    try:
        with open(huge, "wb") as f:
            f.truncate(free + 1024 ** 3)
    except OSError:
        pytest.skip("this file system cannot hold a sparse file that large")
    before = db_dump(ws)
    with pytest.raises(DiskFull, match="磁盘空间不足.*没有添加任何文件"):
        ws.attach("55", [huge])
    assert db_dump(ws) == before and list(ws.blobs.partial.iterdir()) == []


def test_fault_pdf_that_is_an_html_error_page(ws, tmp_path):
    page = tmp_path / "通知.pdf"
    page.write_text("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>nginx</body></html>",
                    encoding="utf-8")
    damaged = tmp_path / "损坏.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + junk(2000))
    before = db_dump(ws)
    res = ws.attach("55", [page, damaged])
    assert list(res) == []
    assert [r.code for r in res.refused] == ["bad_pdf", "bad_pdf"]
    assert "网页（HTML）" in res.refused[0].message and "错误页面" in res.refused[0].message
    assert "损坏或不完整" in res.refused[1].message
    assert db_dump(ws) == before and stored_files(ws) == [] and list(ws.blobs.partial.iterdir()) == []


def test_fault_awkward_file_names(ws, tmp_path):
    """Chinese, spaces, 255-byte names, Windows-reserved names: stored by hash, the name kept verbatim."""
    names = [
        "关于印发《晋城市法治政府建设实施方案》的通知（晋市政发〔2022〕10号）.pdf",
        "  leading and   inner spaces .pdf",
        "长" * 83 + ".pdf",  # 83 × 3 bytes + 4 = 253 bytes
        "a" * 251 + ".pdf",  # 255 bytes: the longest name most file systems allow
        "CON.pdf", "nul.pdf", "AUX.jpg", "COM1.docx",
    ]
    paths = []
    for i, n in enumerate(names):
        p = tmp_path / "src" / n
        if n.endswith(".pdf"):
            make_pdf(p, text=str(i))
        elif n.endswith(".jpg"):
            make_png(p, seed=i)
        else:
            p.write_bytes(b"PK\x03\x04" + bytes([i]))
        paths.append(p)
    res = ws.attach("55", paths)
    assert res.refused == []
    assert [a.original_name for a in res] == names
    assert all(ws.attachment_path(a).name == a.sha256 for a in res)
    assert ws.check().ok


@pytest.mark.skipif(sys.platform != "linux", reason="Linux allows file names that are not valid UTF-8")
def test_fault_file_name_that_is_not_valid_utf8(ws, tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/\xb2\xe2\xca\xd4-gbk.pdf"  # "测试" in GBK
    make_pdf(Path(os.fsdecode(raw)), text="gbk")
    (a,) = ws.attach("55", [os.fsdecode(raw)])
    assert a.original_name == "\ufffd\ufffd\ufffd\ufffd-gbk.pdf"


def test_display_names_never_break_the_database():
    from desktop.core.workspace.attach import display_name

    assert display_name(Path("a\udcb2\udce2.pdf")) == "a\ufffd\ufffd.pdf"  # Linux: undecodable bytes
    assert display_name(Path("b\ud800.pdf")) == "b?.pdf"  # Windows: a lone UTF-16 surrogate
    assert display_name(Path("e\u0301.pdf")) == "\u00e9.pdf"  # macOS-style decomposed accents, composed


def test_fault_disk_fills_up_mid_attach(ws, tmp_path, pdfs, monkeypatch):
    """ENOSPC from the copy loop on the third file: a clear error, nothing half-written, database unchanged."""
    ws.attach("9.2", [pdfs[0]])
    before, files = db_dump(ws), stored_files(ws)
    real_sink = BlobStore._open_sink
    opened = []

    class FillsUp:
        def __init__(self, fd):
            self.f = real_sink(fd)

        def write(self, b):
            raise OSError(errno.ENOSPC, "No space left on device")

        def fileno(self):
            return self.f.fileno()

        def close(self):
            self.f.close()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()

    def sink(fd):
        opened.append(fd)
        return FillsUp(fd) if len(opened) == 3 else real_sink(fd)

    monkeypatch.setattr(BlobStore, "_open_sink", staticmethod(sink))
    with pytest.raises(DiskFull) as e:
        ws.attach("55", pdfs[1:])
    assert "磁盘满了" in str(e.value) and "没有添加任何文件" in str(e.value)
    assert_nothing_left(ws, before, files)


def test_fault_disk_fills_up_while_making_the_copies_durable(ws, tmp_path, pdfs, monkeypatch):
    """ENOSPC from fsync (delayed allocation reports a full disk only then) on the third file of a batch."""
    ws.attach("9.2", [pdfs[0]])
    before, files = db_dump(ws), stored_files(ws)
    real_fsync = BlobStore._fsync_file
    calls = []

    def fsync(path):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(path)

    monkeypatch.setattr(BlobStore, "_fsync_file", staticmethod(fsync))
    with pytest.raises(DiskFull, match="磁盘满了"):
        ws.attach("55", pdfs[1:])
    assert_nothing_left(ws, before, files)


def test_fault_disk_full_when_the_database_commits(ws, tmp_path, pdfs):
    """SQLite's own "database or disk is full" (made real with max_page_count): DiskFull, the batch's files
    removed again, the database unchanged."""
    ws.attach("9.2", pdfs[:1])
    before, files = db_dump(ws), stored_files(ws)
    with ws.read() as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull, match="磁盘已满.*没有保存"):
        ws.attach("55", pdfs[1:], label="很长的显示名称" * 3000)  # rows that need new pages
    with pytest.raises(DiskFull):
        ws.set_statement("55", "很长的情况说明" * 2000)
    with ws.read() as db:
        db.execute("PRAGMA max_page_count = 1073741823")
    assert_nothing_left(ws, before, files)
    assert len(ws.attach("55", pdfs[1:])) == 4


def test_fault_workspace_on_a_full_fat32_stick(ws, tmp_path, pdfs, monkeypatch):
    real_sink = BlobStore._open_sink

    class TooBig:
        def __init__(self, fd):
            self.f = real_sink(fd)

        def write(self, b):
            raise OSError(errno.EFBIG, "File too large")

        def __getattr__(self, name):
            return getattr(self.f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

    monkeypatch.setattr(BlobStore, "_open_sink", staticmethod(lambda fd: TooBig(fd)))
    with pytest.raises(DiskFull, match="FAT32"):
        ws.attach("55", pdfs[:1])
    assert list(ws.blobs.partial.iterdir()) == []


def test_attach_to_an_unknown_indicator_or_item_position(ws, tmp_path):
    from desktop.core.errors import NotFound

    f = make_pdf(tmp_path / "a.pdf")
    with pytest.raises(NotFound, match="既不是"):
        ws.attach("999", [f])
    with pytest.raises(NotFound, match="只有 1 条材料"):
        ws.resolve_item("55", 2)
    assert stored_files(ws) == []
