"""The workspace commands, run as the real ``python -m desktop`` in a child process."""

from __future__ import annotations

import json
import os

from tests.test_workspace_support import make_pdf


def test_init_attach_note_url_status_check_backup_restore(cli, tmp_path, isolated_home):
    ws = isolated_home / "workspace"  # EVIDENCE_DESK_WORKSPACE points here
    r = cli("init", "--unit", "市司法局", "--group", "各行政执法单位", "--staff", "张三", "--contact", "李四",
            "--phone", "0356-1234567")
    assert r.returncode == 0, r.stderr
    assert f"已创建工作区：{ws}" in r.stdout and "市司法局（各行政执法单位）" in r.stdout

    files = [make_pdf(tmp_path / f"执法 记录{i}.pdf", pages=i + 1, text=str(i)) for i in range(3)]
    r = cli("attach", "55", *map(str, files))
    assert r.returncode == 0, r.stderr
    assert "已添加到 第55项第1条" in r.stdout and "3/5件" in r.stdout and "执法 记录2.pdf（PDF，3 页" in r.stdout

    r = cli("attach", "29", str(files[0]), "--item", "2", "--json")
    d = json.loads(r.stdout)
    assert r.returncode == 0 and d["item_id"] == "M26-29.1" and d["attached"][0]["pages"] == 1
    assert d["warnings"][0]["code"] == "also_elsewhere"

    assert cli("note", "9", "2020年以来的情况说明").returncode == 0
    assert cli("url", "3", "http://www.jcgov.gov.cn/qd", "--item", "1").returncode == 0

    r = cli("status", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["unit"] == "市司法局" and d["overall"]["indicators_total"] == 59
    by_key = {i["key"]: i for i in d["indicators"]}
    item55 = by_key["55"]["items"][0]
    assert (item55["attachments"], item55["required"], item55["complete"]) == (3, 5, False)
    assert by_key["55"]["status"] == "in_progress" and by_key["55"]["done"] is False
    assert by_key["4"]["items"][0]["url_needed"] is True
    assert "\\u" not in r.stdout

    r = cli("status")
    assert "总体进度：已完成 0/59 项指标" in r.stdout and "第55项" in r.stdout and "进行中" in r.stdout
    r = cli("status", "55")
    assert "[1] 执法 记录0.pdf" in r.stdout and "还差 2 件" in r.stdout

    r = cli("check")
    assert r.returncode == 0 and "检查通过" in r.stdout
    r = cli("backup", str(tmp_path / "b.zip"))
    assert r.returncode == 0 and "已备份到" in r.stdout

    r = cli("remove", "1")
    assert r.returncode == 0 and "回收站" in r.stdout and "undo 1" in r.stdout
    r = cli("undo", "1")
    assert r.returncode == 0 and "已恢复" in r.stdout

    target = tmp_path / "restored"
    r = cli("--workspace", str(target), "restore", str(tmp_path / "b.zip"))
    assert r.returncode == 0, r.stderr
    r = cli("--workspace", str(target), "status", "--json")
    assert json.loads(r.stdout)["overall"]["indicators_total"] == 59
    r = cli("restore", str(tmp_path / "b.zip"))
    assert r.returncode != 0 and "--replace" in r.stderr


def test_refused_files_are_reported_and_exit_nonzero(cli, tmp_path):
    assert cli("init", "--unit", "市司法局").returncode == 0
    (tmp_path / "error.pdf").write_text("<html><body>500 Internal Server Error</body></html>")
    good = make_pdf(tmp_path / "good.pdf")
    r = cli("attach", "1", str(good), str(tmp_path / "error.pdf"), str(tmp_path / "missing.pdf"))
    assert r.returncode == 2
    assert "已添加到 第1项第1条" in r.stdout
    assert "未添加：“error.pdf”" in r.stderr and "网页（HTML）" in r.stderr and "找不到“missing.pdf”" in r.stderr
    assert "Traceback" not in r.stderr


def test_clear_errors_without_tracebacks(cli, tmp_path):
    runs = []

    def run(*args):
        runs.append(cli(*args))
        return runs[-1]

    r = run("status")
    assert r.returncode == 3 and "找不到工作区" in r.stderr and "init" in r.stderr
    assert run("init", "--unit", "市司法局").returncode == 0
    r = run("init", "--unit", "市司法局")
    assert r.returncode == 2 and "已经是一个工作区" in r.stderr
    r = run("attach", "999", str(make_pdf(tmp_path / "a.pdf")))
    assert r.returncode == 3 and "既不是" in r.stderr
    r = run("attach", "55", str(tmp_path / "a.pdf"), "--item", "3")
    assert r.returncode == 3 and "只有 1 条材料" in r.stderr
    r = run("url", "3", "not a url")
    assert r.returncode == 2 and "不像是网址" in r.stderr
    r = run("--workspace", str(tmp_path / "elsewhere"), "init", "--unit", "不存在的局")
    assert r.returncode == 3 and "不在目录" in r.stderr
    assert all("Traceback" not in x.stderr and x.stdout == "" for x in runs if x.returncode)


def test_a_second_program_on_the_same_workspace_is_told_so(cli, tmp_path, isolated_home):
    from desktop.core.workspace import Workspace

    assert cli("init", "--unit", "市司法局").returncode == 0
    with Workspace.open(isolated_home / "workspace"):
        r = cli("status")
    assert r.returncode == 4 and "已被另一个印证资料报送程序打开" in r.stderr
    assert str(isolated_home / "workspace") in r.stderr


def test_note_from_stdin_and_the_workspace_from_the_environment(cli, tmp_path):
    env = {"EVIDENCE_DESK_WORKSPACE": str(tmp_path / "via-env")}
    assert cli("init", "--unit", "市司法局", env=env).returncode == 0
    r = cli("note", "9", "-", env=env, input="多行\n情况说明\n")
    assert r.returncode == 0 and "（7 字）" in r.stdout
    assert os.path.isdir(tmp_path / "via-env" / "blobs")
