"""Creating and opening workspaces: layout, database settings, versions, the instance lock, leftovers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.core.catalog import load
from desktop.core.errors import NotFound, UserError
from desktop.core.workspace import (
    DB_NAME, Workspace, WorkspaceCorrupt, WorkspaceExists, WorkspaceLocked, WorkspaceNotFound, WorkspaceTooNew,
    schema,
)
from desktop.core.workspace.schema import Migration
from tests.test_workspace_support import GROUP, UNIT, make_pdf, make_workspace, ws  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]


def test_create_lays_out_the_folder_and_resolves_the_profile(tmp_path):
    w = Workspace.create(tmp_path / "新 工作区", "jincheng-2022", unit="市应急局", groups=["各行政执法单位"],
                         staff=["张三", " 李四 ", "张三", ""], contact="王五", phone="0356-1234567")
    with w:
        for name in (DB_NAME, "blobs", "exports", "backups", "tmp", "workspace.lock"):
            assert (w.path / name).exists(), name
        assert w.profile.unit == "市应急管理局"  # the alias resolved to the roster's name
        assert w.profile.groups == (GROUP,)
        assert w.profile.staff == ("张三", "李四")
        assert (w.profile.contact, w.profile.phone) == ("王五", "0356-1234567")
        assert w.catalog.id == "jincheng-2022" and w.catalog.origin == "workspace"
        mine = [i.key for i in w.my_indicators()]
        assert mine == [i.key for i in load().indicators_for("市应急管理局", [GROUP])]
        with w.read() as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert db.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert len(w.id) == 36
        assert w.audit_log()[-1].action == "create"
    assert not list(tmp_path.glob(".*creating*"))  # built aside, renamed into place


def test_create_refuses_an_unknown_unit_before_touching_the_disk(tmp_path):
    with pytest.raises(NotFound, match="不在目录"):
        Workspace.create(tmp_path / "ws", None, unit="不存在的局")
    with pytest.raises(NotFound, match="不是目录"):
        Workspace.create(tmp_path / "ws", None, unit=UNIT, groups=["不存在的类别"])
    assert not (tmp_path / "ws").exists()


def test_create_refuses_an_existing_workspace_or_a_folder_with_files(tmp_path):
    make_workspace(tmp_path / "ws").close()
    with pytest.raises(WorkspaceExists, match="已经是一个工作区"):
        make_workspace(tmp_path / "ws")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("x")
    with pytest.raises(WorkspaceExists, match="不是空的"):
        make_workspace(tmp_path / "docs")
    (tmp_path / "empty").mkdir()
    make_workspace(tmp_path / "empty").close()  # an empty folder is fine


def test_open_missing_folder_or_not_a_workspace(tmp_path):
    with pytest.raises(WorkspaceNotFound, match="找不到工作区"):
        Workspace.open(tmp_path / "nope")
    (tmp_path / "plain").mkdir()
    with pytest.raises(WorkspaceNotFound, match="不是工作区"):
        Workspace.open(tmp_path / "plain")


def test_reopen_keeps_everything(tmp_path):
    w = make_workspace(tmp_path / "ws")
    a = w.attach("55", [make_pdf(tmp_path / "a.pdf")])[0]
    wid = w.id
    w.close()
    assert w.closed
    with pytest.raises(UserError, match="已关闭"):
        w.attachments()
    with Workspace.open(tmp_path / "ws") as w2:
        assert w2.id == wid
        assert w2.attachments("55") == [a]


def test_a_second_instance_is_refused_with_the_folder_named(ws):
    with pytest.raises(WorkspaceLocked) as e:
        Workspace.open(ws.path)
    assert str(ws.path) in str(e.value) and "已被另一个" in str(e.value)
    assert f"进程 {__import__('os').getpid()}" in str(e.value)
    ws.close()
    Workspace.open(ws.path).close()  # released on close


def test_a_second_instance_in_another_process_is_refused(ws):
    code = (
        "import sys\nfrom desktop.core.workspace import Workspace, WorkspaceLocked\n"
        "try:\n    Workspace.open(sys.argv[1])\nexcept WorkspaceLocked as e:\n    print('LOCKED', e.exit_code)\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(ws.path)], capture_output=True, text=True, cwd=ROOT)
    assert r.stdout.strip() == "LOCKED 4", r.stderr


def test_a_workspace_from_a_newer_version_is_refused_untouched(ws):
    path = ws.path
    ws.close()
    conn = sqlite3.connect(path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    conn.commit()
    conn.close()
    before = (path / DB_NAME).read_bytes()
    with pytest.raises(WorkspaceTooNew) as e:
        Workspace.open(path)
    msg = str(e.value)
    assert "更新版本" in msg and "请先升级本程序" in msg and str(path) in msg
    assert (path / DB_NAME).read_bytes() == before
    with pytest.raises(WorkspaceTooNew):  # the lock was released: refused again for the version, not the lock
        Workspace.open(path)


def test_a_damaged_database_gives_a_clear_message(tmp_path):
    w = make_workspace(tmp_path / "ws")
    w.close()
    (w.path / DB_NAME).write_bytes(b"this is not a database, it was overwritten" * 100)
    with pytest.raises(WorkspaceCorrupt, match="损坏.*restore"):
        Workspace.open(w.path)
    (w.path / DB_NAME).write_bytes(b"")
    with pytest.raises(WorkspaceCorrupt, match="空的"):
        Workspace.open(w.path)


def test_leftover_temporary_files_are_removed_at_open(ws):
    path = ws.path
    ws.close()
    (path / "blobs" / ".partial" / "in-abc.part").write_bytes(b"half a file")
    (path / "tmp" / "print-job").mkdir()
    (path / "tmp" / "print-job" / "page.png").write_bytes(b"x")
    (path / "tmp" / "x.tmp").write_bytes(b"x")
    with Workspace.open(path) as w:
        assert w.cleaned_at_open == 3
        assert list((path / "blobs" / ".partial").iterdir()) == []
        assert list((path / "tmp").iterdir()) == []


def test_migrations_run_forward_with_a_snapshot_first(ws, monkeypatch):
    path = ws.path
    ws.close()
    before = schema.latest_version()
    extra = Migration("review feedback", ("CREATE TABLE review (id INTEGER PRIMARY KEY, note TEXT NOT NULL)",))
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [extra])
    with Workspace.open(path) as w:
        assert w.schema_version == len(schema.MIGRATIONS)
        with w.transaction() as db:
            db["review"].insert({"note": "第55项缺少台账"})
            w.record("review_note", "55", {"note": "第55项缺少台账"})
        assert w.audit_log(target="55")[0].action == "review_note"
    snaps = list((path / "backups").glob(f"升级前-数据版本{before}-*.sqlite3"))
    assert len(snaps) == 1
    conn = sqlite3.connect(snaps[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == before
    conn.close()


def test_a_failing_migration_leaves_the_previous_version(ws, monkeypatch):
    path = ws.path
    ws.close()
    before = schema.latest_version()
    bad = Migration("broken", ("CREATE TABLE half (id INTEGER)", "THIS IS NOT SQL"))
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [bad])
    with pytest.raises(sqlite3.OperationalError):
        Workspace.open(path)
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:-1])
    with Workspace.open(path) as w:
        assert w.schema_version == before
        with w.read() as db:
            assert "half" not in db.table_names()


def test_reads_on_one_thread_while_another_writes(ws, tmp_path):
    files = [make_pdf(tmp_path / "src" / f"{i}.pdf", text=str(i)) for i in range(30)]
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader():
        try:
            while not stop.is_set():
                ws.progress()
                ws.attachments("55")
                ws.audit_log(limit=5)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    t = threading.Thread(target=reader)
    t.start()
    try:
        for f in files:
            ws.attach("55", [f])
            ws.set_statement("9.1", f"第 {f.stem} 次修改")
    finally:
        stop.set()
        t.join()
    assert errors == []
    assert len(ws.attachments("55")) == 30
    assert ws.check().ok
