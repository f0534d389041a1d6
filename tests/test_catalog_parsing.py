"""Material-item parsing, unit splitting and text normalisation."""

from __future__ import annotations

from desktop.core.catalog.materials import parse_items, split_items
from desktop.core.catalog.text import normalize
from desktop.core.catalog.units import split_units


def test_normalize_drops_line_wrap_spaces_in_chinese_only():
    assert normalize("专门法律知 识、新法律法规") == "专门法律知识、新法律法规"
    assert normalize("2020 年以来") == "2020年以来"
    assert normalize("ZIP file  and  USB") == "ZIP file and USB"
    assert normalize("行重大行政决策公开制度。 ^L") == "行重大行政决策公开制度。"


def test_numbered_items_in_several_styles():
    assert [n for n, _ in split_items("1.甲；2.乙；3.丙")] == [1, 2, 3]
    assert [n for n, _ in split_items("1、甲 2、乙")] == [1, 2]
    assert [n for n, _ in split_items("（1）甲（2）乙")] == [1, 2]
    assert [t for _, t in split_items("1.实地核查 2.2020年以来接受监督")] == ["实地核查", "2020年以来接受监督"]


def test_indicator_number_lists_are_not_items():
    items = split_items("第 26、27、28、29 项指标，请合并提供 2020 年以来的情况。")
    assert items == [(None, "第26、27、28、29项指标，请合并提供2020年以来的情况。")]


def test_preamble_is_not_an_item():
    items = split_items("第43、44项指标，请合并提供下列材料：1.情况；2.会议记录。")
    assert items == [(1, "情况"), (2, "会议记录。")]


def test_an_empty_item_is_dropped_and_numbering_kept():
    items = parse_items("1.甲 2.乙 3.丙 4.丁 5. 6.戊", "X")
    assert [i.no for i in items] == [1, 2, 3, 4, 6]
    assert [i.id for i in items] == ["X.1", "X.2", "X.3", "X.4", "X.6"]


def test_quantities():
    cases = {
        "提供任意 10 件合法性审核意见书": (10, "件", True),
        "（5件高质量案例）": (5, "件", False),
        "2020年以来任意10家不同行业的企业": (10, "家", True),
        "公平竞争审查意见。(5个)": (5, "个", False),
        "并从中任选5个提供原文": (5, "个", True),
    }
    for text, want in cases.items():
        q = parse_items(text, "X")[0].quantity
        assert (q.count, q.unit, q.any) == want, text
    # working days, people and hours are not quantities of evidence
    assert parse_items("在执法决定作出之日起 20 个工作日内公开", "X")[0].quantity is None
    assert parse_items("严格执行 2 人以上执法规定", "X")[0].quantity is None


def test_periods_url_contact_onsite():
    i = parse_items("2019以来各相关部门依法行政裁决情况", "X")[0]
    assert i.period.since == 2019
    i = parse_items("本级政府行政审批中介服务事项清单及其公开网址", "X")[0]
    assert i.asks_url and i.period is None
    i = parse_items("名录，并注明负责人及其联系方式。", "X")[0]
    assert i.asks_contact
    assert parse_items("实地核查", "X")[0].onsite


def test_split_units_with_known_names():
    known = ["市政府办", "重大行政决策承办单位", "市纪委监委", "各行政执法单位", "市审批服务管理局", "各工作部门"]
    assert split_units("市政府办 重大行政决策 承办单位", known) == ["市政府办", "重大行政决策承办单位"]
    assert split_units("市纪委监委各行政执法单位", known) == ["市纪委监委", "各行政执法单位"]
    assert split_units("市审批服务管理局各工作部门", known) == ["市审批服务管理局", "各工作部门"]
    assert split_units("市发改委、市工信局，市投资促进中心") == ["市发改委", "市工信局", "市投资促进中心"]
    assert split_units("") == []
