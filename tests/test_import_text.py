"""Plans and indicator systems written as prose: the variants other cities' documents use."""

from __future__ import annotations

import pytest

from desktop.core.catalog.importers import import_file
from desktop.core.catalog.importers.numbering import chinese_number, leading_key, split_numbered
from desktop.core.catalog.importers.unitnames import find_unit_clause, is_group, parse_unit_text, split_names

from .conftest import DATA
from .importfiles import docx_paragraphs


def _plan(tmp_path, text: str, name="方案.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return import_file(path)


def test_full_and_half_width_brackets_and_colons(tmp_path):
    text = """某县法治政府建设实施方案
一、主要任务
（一）推进甲工作。做好甲。〔责任单位：县司法局〕
(二)推进乙工作。做好乙。[责任单位:县财政局、县审计局]
（三）推进丙工作。做好丙。【责任单位：县公安局】
（四）推进丁工作。做好丁。(责任单位：县民政局；配合单位：各乡镇)
（五）推进戊工作。做好戊。责任单位：县委办
"""
    cat = _plan(tmp_path, text).catalog
    assert cat.title == "某县法治政府建设实施方案" and cat.kind == "plan"
    assert [(i.key, i.units, i.assist_units) for i in cat] == [
        ("1", ("县司法局",), ()), ("2", ("县财政局", "县审计局"), ()), ("3", ("县公安局",), ()),
        ("4", ("县民政局",), ("各乡镇",)), ("5", ("县委办",), ())]
    assert [i.text for i in cat] == ["推进甲工作。做好甲。", "推进乙工作。做好乙。", "推进丙工作。做好丙。",
                                     "推进丁工作。做好丁。", "推进戊工作。做好戊。"]
    assert cat.find_group("各乡镇") is not None


def test_lead_and_assist_units_on_lines_of_their_own(tmp_path):
    text = """一、重点任务
1.完善甲制度。具体内容。
牵头单位：市司法局
配合单位：市财政局、市审计局
2.完善乙制度。具体内容。
牵头单位：市发展改革委；配合单位：市政府有关部门
"""
    cat = _plan(tmp_path, text).catalog
    one, two = cat.indicator("1"), cat.indicator("2")
    assert (one.units, one.lead_units, one.assist_units) == ((), ("市司法局",), ("市财政局", "市审计局"))
    assert (two.lead_units, two.assist_units) == (("市发展改革委",), ("市政府有关部门",))
    assert cat.indicators_for("市审计局") == [one]
    assert cat.summary()["with_units"] == 2


def test_titles_on_their_own_lines_then_body_then_units(tmp_path):
    text = """二、健全制度体系
（一）加强规范性文件管理
严格遵循法定权限和程序。
建立备案审查制度。
责任单位：区司法局
（二）推进政务公开。
坚持以公开为常态。
责任单位：区政府办
"""
    cat = _plan(tmp_path, text).catalog
    assert [i.key for i in cat] == ["1", "2"]
    assert cat.indicator("1").text == "加强规范性文件管理\n严格遵循法定权限和程序。\n建立备案审查制度。"
    assert cat.indicator("2").text == "推进政务公开。\n坚持以公开为常态。"
    assert cat.indicator("1").group == "" and cat.indicator("1").area == "二、健全制度体系"


def test_plan_without_units_and_titles_on_their_own_lines(tmp_path):
    text = """某区实施方案
一、主要任务
（一）加强甲
做好甲的具体工作。
（二）加强乙
做好乙的具体工作。
"""
    r = _plan(tmp_path, text)
    assert [(i.key, i.text) for i in r.catalog] == [("1", "加强甲\n做好甲的具体工作。"), ("2", "加强乙\n做好乙的具体工作。")]


def test_numbers_restarting_under_each_heading_give_dotted_keys(tmp_path):
    text = """一、甲部分
（一）甲组
1.任务一。内容。〔责任单位：A局〕
2.任务二。内容。〔责任单位：B局〕
（二）乙组
1.任务三。内容。〔责任单位：C局〕
二、乙部分
（一）丙组
1.任务四。内容。〔责任单位：D局〕
"""
    cat = _plan(tmp_path, text).catalog
    assert [i.key for i in cat] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]
    assert cat.indicator("1.2.1").group == "（二）乙组"


def test_indicator_system_with_goals(tmp_path):
    text = """附件2
某市法治政府建设指标体系
一、依法履职
目标：全面履行政府职能。
1.优化职能
1-1 建立制度，明确职责。
1-2 推行清单管理。
2.深化改革
2-1 推进审批改革。
二、依法决策
目标：科学决策。
1.健全机制
1-1 落实程序。
"""
    r = _plan(tmp_path, text, name="体系.txt")
    cat = r.catalog
    assert cat.kind == "system" and cat.title == "某市法治政府建设指标体系"
    assert [i.key for i in cat] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]
    assert {i.kind for i in cat} == {"indicator"}
    assert cat.area_notes == {"一、依法履职": "目标：全面履行政府职能。", "二、依法决策": "目标：科学决策。"}
    assert cat.to_dict()["areas"][0] == {"name": "一、依法履职", "description": "目标：全面履行政府职能。"}


def test_gbk_text_plan(tmp_path):
    text = "一、任务\n（一）做好甲。内容。〔责任单位：市司法局〕\n"
    r = _plan(tmp_path, text, encoding="gbk")
    assert r.encoding == "gb18030" and r.catalog.indicator("1").units == ("市司法局",)


def test_word_document_holding_a_plan_as_prose(tmp_path):
    path = tmp_path / "门头沟.docx"
    docx_paragraphs(path, (DATA / "seed-003-plan.txt").read_text(encoding="utf-8").split("\n"))
    from_docx = import_file(path, catalog_id="xx").catalog
    from_text = import_file(DATA / "seed-003-plan.txt", catalog_id="xx").catalog
    assert [i.to_dict() for i in from_docx] == [i.to_dict() for i in from_text]
    assert len(from_docx) == 39


def test_units_line_without_a_task_is_reported(tmp_path):
    text = "一、任务\n责任单位：市司法局\n（一）做好甲。内容。〔责任单位：市财政局〕\n"
    r = _plan(tmp_path, text)
    assert len(r.catalog) == 1
    assert any("前面没有任务" in w for w in r.warnings)


def test_closing_paragraphs_are_not_tasks_and_are_counted(tmp_path):
    text = "一、任务\n（一）做好甲。内容。〔责任单位：市财政局〕\n各单位要按季度报送进展情况。\n"
    r = _plan(tmp_path, text)
    assert r.catalog.indicator("1").text == "做好甲。内容。"
    assert r.warnings == ["另有 1 段说明文字（如总体要求、结束语）不属于任何任务，未导入。"]


# ---------------------------------------------------------------- the small rules, one by one
@pytest.mark.parametrize("token, group", [
    ("区政府有关部门", True), ("各镇街", True), ("市应急委成员单位", True), ("重大行政决策承办单位", True),
    ("全市行政执法部门", True), ("市政府各工作部门", True), ("政府工作部门", True), ("市直各相关单位", True),
    ("所有行政机关", True), ("市司法局", False), ("区委社会工委区民政局", False), ("市纪委市监委", False),
    ("昆明铁路运输法院", False), ("市规划自然资源委门头沟分局", False), ("区综合行政执法局", False),
])
def test_group_rule(token, group):
    assert is_group(token) is group


def test_deng_splits_only_before_a_group():
    assert split_names("市司法局、市财政局等市级有关部门") == ["市司法局", "市财政局", "市级有关部门"]
    assert split_names("市等级评定中心") == ["市等级评定中心"]


def test_glued_names_are_split_only_into_known_names():
    assert split_names("市审批服务管理局各工作部门", {"市审批服务管理局", "各工作部门"}) == ["市审批服务管理局", "各工作部门"]
    assert split_names("市政府办公室", {"市政府"}) == ["市政府办公室"]


def test_unit_clause_with_brackets_inside():
    rest, clause = find_unit_clause("做好甲。〔责任单位：市委党校（行政学院）、市司法局〕")
    assert rest == "做好甲。"
    assert parse_unit_text(clause).units == ["市委党校（行政学院）", "市司法局"]
    assert find_unit_clause("各责任单位要按季度报送。") is None


def test_numbers():
    assert [chinese_number(s) for s in ("一", "十", "十二", "二十", "三十五", "一百零二")] == [1, 10, 12, 20, 35, 102]
    assert leading_key("43 重大行政决策") == ("43", "重大行政决策")
    assert leading_key("2020年以来") == (None, "2020年以来")
    assert leading_key("5个工作日") == (None, "5个工作日")
    assert leading_key("1.5倍") == (None, "1.5倍")
    assert split_numbered("43 甲，达到100%。 44 乙，5个工作日。") == [("43", "甲，达到100%。"), ("44", "乙，5个工作日。")]


def test_points_listed_inside_a_task_stay_in_its_text(tmp_path):
    text = "一、任务\n（一）加强执法。具体要求如下：\n1.规范程序；\n2.加强培训。\n责任单位：市司法局\n（二）做好乙。内容。\n"
    cat = _plan(tmp_path, text).catalog
    assert [i.key for i in cat] == ["1", "2"]
    assert cat.indicator("1").text == "加强执法。具体要求如下：\n1.规范程序；\n2.加强培训。"
    assert cat.indicator("1").units == ("市司法局",)
