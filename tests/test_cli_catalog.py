"""The headless CLI, run as a real child process."""

from __future__ import annotations

import json


def test_version(cli):
    r = cli("--version")
    assert r.returncode == 0 and r.stdout.startswith("evidence-desk ")


def test_catalog_show_json_is_utf8_with_the_promised_shape(cli):
    r = cli("catalog", "show", "--json")
    assert r.returncode == 0, r.stderr
    assert "\\u" not in r.stdout and "政府职能依法全面履行" in r.stdout
    d = json.loads(r.stdout)
    assert set(d) == {"id", "title", "version", "indicators", "units", "groups"}
    assert len(d["indicators"]) == 104
    assert set(d["indicators"][0]) >= {"key", "kind", "area", "group", "text", "units", "materials", "items",
                                       "onsite", "shares_materials_with"}


def test_catalog_list(cli):
    r = cli("catalog", "list", "--json")
    assert r.returncode == 0
    assert json.loads(r.stdout)[0]["id"] == "jincheng-2022"
    r = cli("catalog", "list")
    assert "jincheng-2022" in r.stdout and "内置" in r.stdout


def test_catalog_units_for_a_law_enforcement_unit(cli):
    r = cli("catalog", "units", "--unit", "市司法局", "--group", "各行政执法单位", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    keys = [i["key"] for i in d["indicators"]]
    assert "55" in keys and "1" not in keys
    by_key = {i["key"]: i for i in d["indicators"]}
    assert by_key["55"]["responsible_as"] == "各行政执法单位"
    assert by_key["4"]["responsible_as"] == "市司法局"


def test_alias_on_the_command_line(cli):
    r = cli("catalog", "units", "--unit", "市应急局")
    assert r.returncode == 0
    assert r.stdout.startswith("市应急管理局负责的指标共 7 项")


def test_errors_are_chinese_on_stderr_with_nonzero_exit(cli):
    r = cli("catalog", "units", "--unit", "不存在的局")
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.startswith("错误：单位“不存在的局”不在")
    assert "Traceback" not in r.stderr
    r = cli("catalog", "show", "nope")
    assert r.returncode != 0 and "没有编号为“nope”的目录" in r.stderr
    r = cli("catalog", "units")
    assert r.returncode == 2 and "命令参数有误" in r.stderr
