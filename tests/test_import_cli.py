"""``evidence-desk catalog import``: the real command in a child process."""

from __future__ import annotations

import json

from desktop.core.catalog import load, load_file

from .conftest import DATA
from .importfiles import docx_with_table

HEAD = ["序号", "一级指标", "二级指标", "三级指标", "牵头单位", "配合单位", "佐证材料"]


def _table(tmp_path, name="某区任务分解.docx"):
    path = tmp_path / name
    docx_with_table(path, [HEAD,
                           ["1", "一、依法履职", "1. 清单管理", "公布权责清单。", "区司法局", "区政府有关部门", "清单及网址"],
                           ["2", "", "", "动态调整清单。", "区司法局", "", "调整记录"],
                           ["3", "二、依法决策", "", "落实决策程序。", "区政府办", "各镇街", ""]],
                    before=["某区法治政府建设任务分解表"], merges=[(1, 1, 2, 1), (1, 2, 2, 2)])
    return path


def test_import_prints_the_show_json_shape_and_a_summary_on_stderr(cli, tmp_path):
    r = cli("catalog", "import", str(_table(tmp_path)), "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) == {"id", "title", "version", "indicators", "units", "groups"}
    assert d["title"] == "某区法治政府建设任务分解表" and d["id"].startswith("import-")
    assert d["indicators"][0]["lead_units"] == ["区司法局"] and d["indicators"][0]["assist_units"] == ["区政府有关部门"]
    assert "导入“某区任务分解.docx”：2 个一级，1 个二级，3 项指标；写明责任单位的 3 项，写明报送材料的 2 项。" in r.stderr
    assert "未保存" in r.stderr


def test_save_adds_it_to_the_library_and_list_offers_it(cli, tmp_path, isolated_home):
    path = _table(tmp_path)
    r = cli("catalog", "import", str(path), "--save", "--id", "moqu-2023", "--title", "某区任务分解（2023）")
    assert r.returncode == 0, r.stderr
    assert "已保存到目录库，编号“moqu-2023”" in r.stderr
    assert r.stdout.startswith("某区任务分解（2023）（moqu-2023）")
    listed = json.loads(cli("catalog", "list", "--json").stdout)
    mine = next(i for i in listed if i["id"] == "moqu-2023")
    assert (mine["origin"], mine["indicators"], mine["title"]) == ("library", 3, "某区任务分解（2023）")
    shown = json.loads(cli("catalog", "show", "moqu-2023", "--json").stdout)
    imported = json.loads(cli("catalog", "import", str(path), "--json", "--id", "moqu-2023",
                              "--title", "某区任务分解（2023）").stdout)
    assert shown == imported  # the same JSON shape and content as catalog show
    units = json.loads(cli("catalog", "units", "moqu-2023", "--unit", "区司法局", "--group", "各镇街", "--json").stdout)
    assert [(i["key"], i["responsible_as"]) for i in units["indicators"]] == [("1", "区司法局"), ("2", "区司法局"),
                                                                            ("3", "各镇街")]
    # saving again is refused unless asked to replace
    again = cli("catalog", "import", str(path), "--save", "--id", "moqu-2023")
    assert again.returncode != 0 and "--replace" in again.stderr
    assert cli("catalog", "import", str(path), "--save", "--id", "moqu-2023", "--replace").returncode == 0
    assert load("moqu-2023").title == "某区法治政府建设任务分解表"


def test_builtin_ids_cannot_be_overwritten(cli, tmp_path):
    r = cli("catalog", "import", str(_table(tmp_path)), "--save", "--id", "jincheng-2022")
    assert r.returncode != 0 and "内置目录" in r.stderr


def test_bad_id_is_refused(cli, tmp_path):
    r = cli("catalog", "import", str(_table(tmp_path)), "--id", "某区")
    assert r.returncode == 2 and "目录编号“某区”不合格" in r.stderr


def test_output_writes_a_full_catalog_file(cli, tmp_path):
    out = tmp_path / "out" / "mentougou.json"
    r = cli("catalog", "import", str(DATA / "seed-003-plan.txt"), "--output", str(out), "--id", "mtg")
    assert r.returncode == 0, r.stderr
    cat = load_file(out)
    assert cat.id == "mtg" and len(cat) == 39 and cat.kind == "plan"
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "evidence-desk-catalog/1"
    assert "任务4 推进政府机构职能优化协同高效" in r.stdout


def test_warnings_go_to_stderr(cli, tmp_path):
    r = cli("catalog", "import", str(DATA / "seed-002-plan.txt"), "--json")
    assert r.returncode == 0
    assert "注意：另有 4 段说明文字" in r.stderr
    assert len(json.loads(r.stdout)["indicators"]) == 39


def test_missing_file(cli, tmp_path):
    r = cli("catalog", "import", str(tmp_path / "没有.docx"))
    assert r.returncode == 3 and "找不到文件" in r.stderr and r.stdout == ""


def test_text_output_keeps_lead_and_assist_apart(cli, tmp_path):
    r = cli("catalog", "import", str(_table(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "牵头单位：区司法局；配合单位：区政府有关部门" in r.stdout
    assert "第3项 落实决策程序。" in r.stdout
