"""The built-in catalog reproduces the seed's breakdown table (Appendix 1 of 晋市政发〔2022〕10号)."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core.catalog import load
from desktop.core.errors import NotFound


@pytest.fixture(scope="module")
def cat():
    return load()


def test_default_catalog_identity(cat):
    assert cat.id == "jincheng-2022"
    assert cat.title == "市县法治政府建设示范指标体系（2021年版）任务分解"
    assert cat.version == "2022-04-19"
    assert cat.submission["email"] == "jcfzdyk@163.com"


def test_one_hundred_indicators_plus_four_additional_items(cat):
    keys = [i.key for i in cat]
    assert len(keys) == 104
    assert len(set(keys)) == 104
    assert keys[:100] == [str(n) for n in range(1, 101)]
    assert keys[100:] == ["B1", "B2", "V1", "V2"]
    kinds = Counter(i.kind for i in cat)
    assert kinds == {"indicator": 100, "bonus": 2, "veto": 2}


def test_every_numbered_indicator_has_area_and_text(cat):
    for ind in cat:
        if ind.kind == "indicator":
            assert ind.area and ind.text, ind.key


def test_nine_areas_with_the_national_counts(cat):
    counts = Counter(i.area for i in cat if i.kind == "indicator")
    assert list(counts.values()) == [20, 13, 13, 22, 9, 7, 7, 4, 5]
    assert list(counts) == [
        "一、政府职能依法全面履行", "二、依法行政制度体系完善", "三、重大行政决策科学民主合法",
        "四、行政执法严格规范公正文明", "五、行政权力制约监督科学有效", "六、社会矛盾纠纷依法有效化解",
        "七、重大突发事件依法预防处置", "八、政府工作人员法治思维和依法行政能力全面提升", "九、法治政府组织落实到位",
    ]
    assert {i.area for i in cat if i.kind != "indicator"} == {"十、附加项"}


def test_units_present_wherever_the_source_names_any(cat):
    missing = [i.key for i in cat if not i.units]
    assert missing == ["V1", "V2"]  # the two 否决项 name no unit in the source


def test_on_site_set(cat):
    onsite = {i.key for i in cat if i.onsite}
    assert onsite == {"1", "5", "18", "57", "58", "59", "60", "64", "67", "68", "83"}


def test_merged_material_requests(cat):
    reqs = {r.id: set(r.keys) for r in cat.requests}
    assert reqs["M26-29"] == {"26", "27", "28", "29"}
    assert reqs["M34-46"] == {str(k) for k in range(34, 47)}
    assert reqs["M43-46"] == {"43", "44", "45", "46"}  # overlaps M34-46: both kept
    assert reqs["M47-51"] == {"47", "48", "49", "50", "51"}
    assert reqs["M52-54"] == {"52", "53", "54"}
    assert reqs["M71-72"] == {"71", "72"}
    assert reqs["M88-90"] == {"88", "89", "90"}
    for pair in ({"57", "58"}, {"59", "60"}, {"86", "87"}):
        assert pair in reqs.values()


def test_shares_materials_with_is_symmetric(cat):
    for ind in cat:
        for other in ind.shares_materials_with:
            assert ind.key in cat.indicator(other).shares_materials_with, (ind.key, other)
    assert cat.indicator("43").shares_materials_with == tuple(str(k) for k in range(34, 47) if k != 43)
    assert cat.indicator("55").shares_materials_with == ()


def test_overlapping_requests_both_apply_to_43_to_46(cat):
    for key in ("43", "44", "45", "46"):
        ind = cat.indicator(key)
        reqs = {i.request for i in ind.items}
        assert reqs == {"M34-46", "M43-46"}, key
        assert len(ind.items) == 5
    assert {i.request for i in cat.indicator("42").items} == {"M34-46"}


@pytest.mark.parametrize(
    "key, begins, units",
    [
        # rows after a missing number slip by one; an empty numbered row closes the gap
        ("15", "对因本级政府规划调整", ["市发改委"]),
        ("16", "全面清理涉企收费", ["市民政局"]),
        ("35", "重大行政决策情况依法自觉接受本级人大", ["市政府办", "市司法局", "市政府相关部门"]),
        ("47", "严格贯彻落实《行政处罚法》", ["各行政执法单位"]),
        ("48", "食品药品、公共卫生", ["各行政执法单位"]),
        ("49", "除有法定依据外，创建周期内没有采取", ["市市场监管局"]),
        ("50", "创新行政执法方式", ["各行政执法单位"]),
        ("51", "行政执法和刑事司法衔接机制", ["市检察院", "市法院", "各行政执法单位"]),
        ("52", "行政执法事项清单等信息", ["各行政执法单位"]),
        ("53", "除法律另有规定外，行政执法人员严格执行2人以上", ["各行政执法单位"]),
        ("55", "行政执法机关通过文字、音像等记录形式", ["各行政执法单位"]),
        ("56", "根据行政执法文书格式文本", ["各行政执法单位"]),
        ("68", "行政执法经费统一纳入财政预算", ["市财政局"]),
        ("69", "坚持将行政权力制约和监督体系", ["市纪委监委", "各行政执法单位"]),
        ("71", "支持人民法院依法受理和审理行政案件", ["市政府办", "市司法局", "各行政执法单位"]),
        ("74", "坚持严管和厚爱结合", ["市纪委监委"]),
        # indicator text that sits in the materials column
        ("28", "行政规范性文件的合法性审核率达100%", ["市司法局"]),
        ("54", "行政执法机关在执法决定作出之日起20个工作日内", ["各行政执法单位"]),
        ("90", "突发事件应对培训制度健全完善", ["市政府办", "市应急管理局", "市公安局", "市卫健委", "市文旅局", "各相关单位"]),
        # two indicators in one cell
        ("43", "重大行政决策经政府常务会议或者全体会议讨论", ["市政府办", "重大行政决策承办单位"]),
        ("44", "行政机关主要负责人在重大行政决策集体讨论会议上最后发言", ["市政府办", "重大行政决策承办单位"]),
        ("57", "对查封扣押财产", ["各行政执法单位"]),
        ("58", "对于执法全过程记录资料", ["各行政执法单位"]),
        ("87", "在突发事件处置中需要采取必要智能化", ["市政府办", "市应急管理局", "市公安局", "市卫健委", "市文旅局", "各相关单位"]),
        ("89", "增强风险防范意识", ["市政府办", "市应急管理局", "市公安局", "市卫健委", "市文旅局", "各相关单位"]),
        # units glued together in the source
        ("2", "依法实施行政许可", ["市审批服务管理局", "各工作部门"]),
        # 附加项: bonus and veto rows are misaligned with their titles
        ("B2", "在法治政府建设上积极创新", ["各行政执法单位"]),
        ("V1", "发生严重违法行政行为", []),
    ],
)
def test_reconstructed_rows(cat, key, begins, units):
    ind = cat.indicator(key)
    assert ind.text.startswith(begins), ind.text[:30]
    assert list(ind.units) == units


def test_no_text_is_a_duplicate_of_another(cat):
    texts = Counter(i.text for i in cat)
    assert [t for t, n in texts.items() if n > 1] == []


def test_group_titles_only_where_the_source_gives_them(cat):
    assert cat.indicator("1").group == ""
    assert cat.indicator("6").group == cat.indicator("8").group == "2. 全面落实权责清单、负面清单制度"
    assert cat.indicator("9").group == ""
    assert cat.indicator("90").group == "2. 提高突发事件依法处置能力"
    assert cat.indicator("B1").group == "1. 加分项"
    assert cat.indicator("V2").group == "2. 否决项"


def test_material_items_on_real_rows(cat):
    three = cat.indicator("3").items
    assert [i.no for i in three] == [1, 2]
    assert three[0].asks_url and not three[0].asks_contact
    assert three[1].asks_contact
    nine = cat.indicator("9").items
    assert nine[1].quantity.count == 5 and nine[1].quantity.unit == "件"
    assert nine[0].period.since == 2020
    ten = cat.indicator("10").items[0]
    assert (ten.quantity.count, ten.quantity.unit, ten.quantity.any) == (10, "家", True)
    assert ten.asks_contact
    nineteen = cat.indicator("19").items[0]
    assert nineteen.period.years == (2021, 2022) and nineteen.period.quarterly
    assert cat.indicator("22").items[0].quantity.count == 5
    m = cat.request("M34-46")
    assert [i.no for i in m.items] == [1, 2, 3]
    assert m.items[0].asks_url and m.items[2].quantity.count == 5 and m.items[2].period.since == 2020
    m4751 = cat.request("M47-51")
    assert [i.no for i in m4751.items] == [1, 2, 3, 4, 6]  # item 5 is empty in the source
    assert cat.request("M26-29").items[0].quantity.count == 10
    assert cat.request("M26-29").items[0].text.startswith("2020年以来")


def test_one_cell_serving_68_and_69(cat):
    assert [i.text for i in cat.indicator("68").items] == ["实地核查"]
    assert cat.indicator("68").onsite
    items69 = cat.indicator("69").items
    assert len(items69) == 1 and items69[0].no == 2 and "党内监督" in items69[0].text
    assert not cat.indicator("69").onsite
    assert cat.indicator("68").materials == cat.indicator("69").materials


def test_aliases_resolve_to_one_unit(cat):
    pairs = {
        "市市场管理局": "市市场监管局", "市应急局": "市应急管理局", "市投处中心": "市投资促进中心",
        "市委办公室": "市委办", "市政府办公室": "市政府办", "市纪委监委机关": "市纪委监委",
        "市人大": "市人大常委会", "市人大常委会办公室": "市人大常委会", "市政协办公室": "市政协",
        "市委党校（晋城行政学院）": "市委党校",
    }
    for alias, canonical in pairs.items():
        assert cat.unit(alias).name == canonical
    assert [i.key for i in cat.indicators_for("市应急局")] == [str(k) for k in range(85, 92)]


def test_appendix_two_units_are_on_the_roster(cat):
    for name in ("市教育局", "市生态环境局", "市住建局", "市城市管理局", "市交通局", "市医保局", "市融媒体中心", "市税务局"):
        assert cat.unit(name).name == name


def test_group_tokens_are_not_units(cat):
    for token in ("各行政执法单位", "政府各工作部门", "市政府各工作部门", "市政府相关部门", "各相关部门",
                  "各相关单位", "市直各相关单位", "重大行政决策承办单位", "政府工作部门", "各工作部门"):
        assert cat.find_unit(token) is None, token
        assert cat.find_group(token) is not None, token


def test_indicators_of_the_justice_bureau_as_law_enforcement_unit(cat):
    direct = {i.key for i in cat.indicators_for("市司法局")}
    as_enforcer = {i.key for i in cat.indicators_for("市司法局", ["各行政执法单位"])}
    assert {"4", "20", "21", "22", "24", "26", "61", "63", "76", "81", "94"} <= direct
    assert "47" not in direct and "48" not in direct and "B1" not in direct
    assert as_enforcer - direct == {"47", "48", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                                    "62", "66", "69", "B1", "B2"}
    # group aliases resolve too
    assert {i.key for i in cat.indicators_for("市司法局", ["各执法单位"])} == as_enforcer
    # 市政府各工作部门 and its spellings
    dept = {i.key for i in cat.indicators_for("市教育局", ["市政府各工作部门"])}
    assert dept == {"2", "6", "7", "25", "73"}


def test_unknown_unit_and_group_give_chinese_errors_with_suggestions(cat):
    with pytest.raises(NotFound) as e:
        cat.unit("市公安")
    assert "市公安局" in str(e.value) and "不在" in str(e.value)
    with pytest.raises(NotFound) as e:
        cat.group("执法单位")
    assert "各行政执法单位" in str(e.value)
