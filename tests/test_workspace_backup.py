"""check, backup and restore: damage is found, backups are consistent while in use, restores are verified."""

from __future__ import annotations

import json
import os
import stat
import threading
import zipfile

import pytest

from desktop.core.workspace import BackupError, Workspace, WorkspaceLocked, schema
from tests.test_workspace_support import db_dump, make_pdf, pdfs, ws  # noqa: F401


def _damage(path):
    os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_check_passes_on_a_healthy_workspace(ws, pdfs):
    ws.attach("55", pdfs)
    r = ws.check()
    assert r.ok and r.files_checked == 5 and r.attachments == 5
    assert r.bytes_checked == sum(p.stat().st_size for p in pdfs)


def test_check_finds_a_damaged_and_a_missing_file(ws, pdfs):
    a, b, _c = ws.attach("55", pdfs[:3])
    _damage(ws.attachment_path(a))
    os.chmod(ws.attachment_path(b), stat.S_IWRITE | stat.S_IREAD)
    ws.attachment_path(b).unlink()
    r = ws.check()
    assert not r.ok
    kinds = {p.code: p for p in r.problems}
    assert set(kinds) == {"damaged_file", "missing_file"}
    assert kinds["damaged_file"].attachments == (a.id,) and a.original_name in kinds["damaged_file"].message
    assert "第55项第1条" in kinds["missing_file"].message and "重新添加" in kinds["missing_file"].message


def test_backup_and_restore_round_trip(ws, pdfs, tmp_path):
    ws.attach("55", pdfs[:3])
    ws.attach("9.2", pdfs[3:])
    ws.set_statement("9.1", "情况说明")
    ws.add_url("3.1", "http://www.jcgov.gov.cn/qd")
    info = ws.backup(tmp_path / "备份")
    assert info.path.parent == tmp_path / "备份" and info.path.suffix == ".zip"
    assert info.files == 5 and info.attachments == 5
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "evidence-desk-backup/1" and manifest["unit"] == "市司法局"
        assert zf.testzip() is None
        assert zf.getinfo(f"blobs/{manifest['blobs'][0]['sha256'][:2]}/{manifest['blobs'][0]['sha256']}").compress_type == zipfile.ZIP_STORED
    expected = db_dump(ws)
    restored = Workspace.restore(info.path, tmp_path / "恢复的工作区")
    assert restored.previous is None and restored.attachments == 5
    with Workspace.open(restored.path) as w2:
        assert w2.check().ok
        assert db_dump(w2)[:-1] == expected[:-1]  # the audit log has the backup row besides
        assert w2.notes("9.1").statement == "情况说明" and w2.id == ws.id
        assert w2.audit_log()[0].action == "restore" and w2.audit_log()[0].details["backup"] == info.path.name


def test_backup_is_consistent_while_files_are_being_attached(ws, tmp_path):
    files = [make_pdf(tmp_path / "src" / f"{i}.pdf", text=str(i)) for i in range(40)]
    ws.attach("55", files[:5])
    errors = []

    def writer():
        try:
            for f in files[5:]:
                ws.attach("9.2", [f])
                a = ws.attachments("9.2")[-1]
                ws.remove_attachment(a.id)
                ws.empty_recycle_bin()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    t = threading.Thread(target=writer)
    t.start()
    infos = []
    try:
        for n in range(3):
            infos.append(ws.backup(tmp_path / f"b{n}.zip"))
    finally:
        t.join()
    assert errors == []
    for n, info in enumerate(infos):
        r = Workspace.restore(info.path, tmp_path / f"r{n}")
        with Workspace.open(r.path) as w2:
            assert w2.check().ok


def test_restore_refuses_to_overwrite_and_replace_keeps_the_old_folder(ws, pdfs, tmp_path):
    ws.attach("55", pdfs[:1])
    info = ws.backup(tmp_path / "b.zip")
    ws.attach("55", pdfs[1:2])
    with pytest.raises(WorkspaceLocked):  # the live workspace is open: never swapped under a running program
        Workspace.restore(info.path, ws.path, replace=True)
    ws.close()
    with pytest.raises(BackupError, match="已有内容.*--replace"):
        Workspace.restore(info.path, ws.path)
    r = Workspace.restore(info.path, ws.path, replace=True)
    assert r.previous is not None and r.previous.name.startswith("ws.替换前-")
    with Workspace.open(ws.path) as w:
        assert len(w.attachments("55")) == 1
    with Workspace.open(r.previous) as old:
        assert len(old.attachments("55")) == 2


def test_restore_rejects_damaged_foreign_and_newer_backups(ws, pdfs, tmp_path):
    ws.attach("55", pdfs[:2])
    info = ws.backup(tmp_path / "b.zip")
    # truncated in transit
    data = info.path.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupError, match="不是完整的 ZIP"):
        Workspace.restore(tmp_path / "cut.zip", tmp_path / "r1")
    # a ZIP that is not a backup
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(BackupError, match="没有 manifest.json"):
        Workspace.restore(tmp_path / "other.zip", tmp_path / "r2")
    # a file flipped inside the archive
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(tmp_path / "flipped.zip", "w") as dst:
        for zi in src.infolist():
            body = src.read(zi)
            if zi.filename.startswith("blobs/"):
                body = body[:-1] + bytes([body[-1] ^ 1])
            dst.writestr(zi, body)
    with pytest.raises(BackupError, match="已损坏"):
        Workspace.restore(tmp_path / "flipped.zip", tmp_path / "r3")
    # from a newer program
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(tmp_path / "newer.zip", "w") as dst:
        for zi in src.infolist():
            body = src.read(zi)
            if zi.filename == "manifest.json":
                m = json.loads(body)
                m["schema_version"] = schema.latest_version() + 1
                body = json.dumps(m).encode()
            dst.writestr(zi, body)
    with pytest.raises(BackupError, match="更新版本"):
        Workspace.restore(tmp_path / "newer.zip", tmp_path / "r4")
    for n in range(1, 5):
        assert not (tmp_path / f"r{n}").exists()
    assert not list(tmp_path.glob(".r*.restoring-*"))


def test_backup_refuses_to_overwrite_and_finds_damage(ws, pdfs, tmp_path):
    (a,) = ws.attach("55", pdfs[:1])
    ws.backup(tmp_path / "b.zip")
    with pytest.raises(BackupError, match="已存在"):
        ws.backup(tmp_path / "b.zip")
    _damage(ws.attachment_path(a))
    with pytest.raises(BackupError, match="已损坏.*check"):
        ws.backup(tmp_path / "c.zip")
    assert not (tmp_path / "c.zip").exists() and not list(tmp_path.glob(".c.zip.part"))


def test_default_backup_goes_to_the_backups_folder(ws, pdfs):
    ws.attach("55", pdfs[:1])
    info = ws.backup()
    assert info.path.parent == ws.backups_dir and info.path.name.startswith("印证资料备份-市司法局-")
    assert ws.audit_log()[0].action == "backup"
