"""The four other seed documents ship as built-in catalogs, produced by the importer and checked by hand.

Each shipped catalog must equal what the importer makes of its seed today plus
the hand edits its notes file records (aliases, version, source), so an
importer change that alters a shipped catalog fails here. Regenerate after a
deliberate change with ``python tests/test_import_seeds.py --write``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

from desktop.core import paths  # noqa: E402
from desktop.core.catalog import load  # noqa: E402
from desktop.core.catalog.importers import import_file  # noqa: E402
from desktop.core.catalog.library import dumps  # noqa: E402
from desktop.core.catalog.model import Catalog, Group, Unit  # noqa: E402
from desktop.core.catalog.text import squash  # noqa: E402

SEEDS = ["shenzhen-system-draft", "pingshan-plan", "anning-2021-2025-plan", "mentougou-2022-2025-plan"]


def notes(cid: str) -> dict:
    return json.loads(paths.resource("catalogs", f"{cid}.provenance.json").read_text(encoding="utf-8"))


def build(cid: str) -> Catalog:
    """The importer's catalog for the seed, with the recorded hand edits applied."""
    n = notes(cid)
    cat = import_file(ROOT / n["source"]["file"], catalog_id=cid, title=n["source"]["document"]).catalog
    e = n["edits"]
    cat.version, cat.issuer, cat.source = e["version"], e["issuer"], e["source"]
    cat.origin = "builtin"
    for canonical, aliases in e["unit_aliases"].items():
        assert cat.find_unit(canonical), canonical
        cat.units = [Unit(u.name, u.aliases + tuple(aliases)) if u.name == canonical else u
                     for u in cat.units if u.name not in aliases]
    for canonical, aliases in e["group_aliases"].items():
        cat.groups = [Group(g.name, g.aliases + tuple(aliases), g.description) if g.name == canonical else g
                      for g in cat.groups if g.name not in aliases]
    return Catalog.from_dict(cat.to_dict(full=True), origin="builtin")


@pytest.mark.parametrize("cid", SEEDS)
def test_shipped_catalog_is_the_import_plus_recorded_edits(cid):
    shipped = paths.resource("catalogs", f"{cid}.json").read_text(encoding="utf-8")
    assert dumps(build(cid)) == shipped


@pytest.mark.parametrize("cid", SEEDS)
def test_nothing_is_invented(cid):
    """Every text, title, note and unit name is a verbatim stretch of the seed (whitespace and line breaks aside)."""
    source = squash(re.sub(r"\[bookmark:[^\]]*\]", "", (ROOT / notes(cid)["source"]["file"]).read_text(encoding="utf-8")))
    cat = load(cid)
    for ind in cat:
        assert squash(ind.text) in source, ind.key
        for name in ind.all_units:
            assert squash(name) in source, (ind.key, name)
        assert squash(ind.area) in source and squash(ind.group) in source, ind.key
    for area, note in cat.area_notes.items():
        assert squash(note) in source, area
    for u in cat.units:
        assert all(squash(n) in source for n in u.names), u.name


@pytest.mark.parametrize("cid", SEEDS)
def test_notes_name_the_seed_and_its_hash(cid):
    n = notes(cid)
    assert hashlib.sha256((ROOT / n["source"]["file"]).read_bytes()).hexdigest() == n["source"]["sha256"]
    assert len(n["judgements"]) >= 5 and all(len(j) > 40 for j in n["judgements"])
    cat = load(cid)
    assert cat.summary() == n["counts"]


def test_shenzhen_system_counts_per_level():
    cat = load("shenzhen-system-draft")
    assert cat.kind == "system" and cat.title == "深圳市法治政府建设指标体系（征求意见稿）"
    s = cat.summary()
    assert (s["areas"], s["groups"], s["indicators"]) == (10, 43, 114)
    per_area = Counter(i.area[: i.area.index("、")] for i in cat)
    assert list(per_area.values()) == [9, 10, 13, 12, 13, 17, 7, 9, 10, 14]  # counted in the source with awk
    assert {i.kind for i in cat} == {"indicator"}
    assert cat.indicator("1.1.1").text.startswith("市政府建立健全市、区政府机构依法设置制度")
    assert cat.indicator("6.4.1").text.startswith("市、区政府及其部门推进“双随机、一公开”")  # after the bookmark marker
    assert cat.indicator("10.5.3").text.endswith("超大城市数字化治理新范式。")
    assert cat.indicator("1.1.1").group == "1. 优化政府机构设置和职权配置"
    assert len(cat.area_notes) == 10 and all(t.startswith("目标：") for t in cat.area_notes.values())


def test_pingshan_plan_forty_tasks_without_units():
    cat = load("pingshan-plan")
    assert [i.key for i in cat] == [str(n) for n in range(1, 41)]
    assert cat.kind == "plan" and {i.kind for i in cat} == {"task"}
    assert len(cat.areas()) == 9 and not any(i.all_units for i in cat)
    assert cat.areas()[2] == "四、深化行政执法体制改革，全面推行严格规范公正文明执法"  # joined across lines
    assert cat.areas()[3] == "五、增强政府治理能力，充分发挥行政机关化解矛盾纠纷的作用"
    t15 = cat.indicator("15").text
    assert "加强对行政复议决定书以及行政复议意见书、建议书执行监督机制" in t15  # a wrapped line joined
    assert cat.indicator("13").text.startswith("加强行政调解工作。")  # half-width brackets


def test_anning_plan_units_from_brackets():
    cat = load("anning-2021-2025-plan")
    keys = [i.key for i in cat]
    assert len(keys) == 39 and keys[:8] == ["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5", "2.1.6", "2.1.7", "2.2"]
    assert keys[-6:] == ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
    assert all(i.all_units for i in cat)
    assert all("责任单位" not in i.text for i in cat)
    first = cat.indicator("2.1.1")
    assert first.units == ("市委编办", "市发展和改革局", "市市场监督管理局", "市城市管理局", "市生态环境局安宁分局")
    assert cat.indicator("2.1.2").units == ("市政务服务局", "市级有关部门")
    assert cat.indicator("2.2").text.startswith("健全依法行政制度体系，为高质量发展提供制度支撑\n加强行政规范性文件制定")
    assert cat.indicator("3.1").text.startswith("加强党对法治政府建设的领导\n各级党委、政府要深入学习")
    assert cat.indicator("2.6.5").units == ("全市行政执法部门", "昆明铁路运输法院")
    assert cat.unit("市人力资源社会保障局").name == "市人力资源和社会保障局"
    assert cat.find_group("市应急委成员单位") and cat.find_unit("市应急委成员单位") is None
    law = {i.key for i in cat.indicators_for("市司法局", ["全市行政执法部门"])}
    assert {"2.4.2", "2.6.4", "2.1.4"} <= law


def test_mentougou_plan_units_from_separate_lines():
    cat = load("mentougou-2022-2025-plan")
    assert [i.key for i in cat] == [str(n) for n in range(4, 43)]
    assert all(i.all_units for i in cat)
    assert cat.indicator("4").units == ("区委编办", "区政务服务局", "区司法局")
    assert cat.indicator("14").units == ("区政府有关部门", "区司法局", "各镇街")  # inline at the end of the paragraph
    assert "责任单位" not in cat.indicator("14").text
    assert cat.indicator("9").text.count("\n") == 1  # two paragraphs
    assert "区委社会工委区民政局" in cat.indicator("30").units
    assert cat.group("政府有关部门").name == "区政府有关部门"
    assert len(cat.areas()) == 10 and cat.areas()[0].startswith("二、健全行政权力运行体系")
    assert cat.area_notes[cat.areas()[0]].startswith("恪守法定职责必须为")
    assert {i.key for i in cat.indicators_for("区信访办", ["各镇街"])} >= {"25", "7"}


def test_builtin_list_offers_all_five():
    from desktop.core.catalog import list_catalogs

    ids = [i.id for i in list_catalogs()]
    assert ids[0] == "jincheng-2022" and set(SEEDS) <= set(ids)


if __name__ == "__main__":
    if "--write" not in sys.argv:
        sys.exit("usage: python tests/test_import_seeds.py --write   (regenerates resources/catalogs/<seed>.json)")
    for cid in SEEDS:
        out = paths.resource("catalogs", f"{cid}.json")
        out.write_text(dumps(build(cid)), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")
