"""The indicator tree: plain structure, the Qt model (model tester), scope, status and search filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon

from desktop.ui.evidence import Attachment, CatalogOnly, Status
from desktop.ui.indicator_tree import AREA, GROUP, INDICATOR, build_tree
from desktop.ui.tree_model import PROGRESS, IndicatorFilter, IndicatorTreeModel, KeyRole
from tests.test_ui_helpers import OFFSCREEN_NOISE, FakeEvidence, catalog, sifa_profile, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_plain_tree_areas_groups_indicators(catalog):
    root = build_tree(catalog)
    assert [n.kind for n in root.children] == [AREA] * len(catalog.areas())
    keys = [n.key for n in root.walk() if n.kind == INDICATOR]
    assert keys == [i.key for i in catalog.indicators]  # every indicator once, in catalog order
    for node in root.walk():
        if node.kind == GROUP:
            assert node.title, "a group printed without a title must not become an empty node"
        for row, child in enumerate(node.children):
            assert child.row == row and child.parent is node
    # area 一 starts with ungrouped indicators sitting directly under the area
    first_area = root.children[0]
    assert first_area.children[0].kind == INDICATOR
    bonus = next(n for n in root.walk() if n.kind == GROUP and n.title == "1. 加分项")
    assert [c.key for c in bonus.children] == ["B1", "B2"]


def test_model_passes_qtmodeltester(qtmodeltester, ui_app, catalog):
    model = IndicatorTreeModel(catalog, FakeEvidence(statuses={"55": Status.DONE}))
    qtmodeltester.check(model, force_py=True)


def test_filtered_model_passes_qtmodeltester(qtmodeltester, ui_app, catalog):
    model = IndicatorTreeModel(catalog)
    proxy = IndicatorFilter()
    proxy.setSourceModel(model)
    proxy.set_scope(k.key for k in catalog.indicators_for("市司法局", ["各行政执法单位"]))
    proxy.set_search("执法")
    qtmodeltester.check(proxy, force_py=True)


def test_model_data_roles(ui_app, catalog):
    model = IndicatorTreeModel(catalog)
    idx = model.index_for_key("55")
    assert idx.data(Qt.ItemDataRole.DisplayRole).startswith("第55项")
    assert isinstance(idx.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert idx.data(KeyRole) == "55"
    assert idx.data(Qt.ItemDataRole.UserRole + 77) is None  # unhandled roles: None, not a default value
    assert model.index_for_key("55", PROGRESS).data() == "0/1"
    parent = model.parent(idx)
    assert parent.data() == "3. 全面推行执法全过程记录制度"
    assert model.parent(parent).data() == "四、行政执法严格规范公正文明"
    assert model.index_for_key("B1").data().startswith("加分项1")
    assert not model.index_for_key("nope").isValid()


def test_evidence_changed_repaints_indicator_and_ancestors(qtbot, ui_app, catalog):
    fake = FakeEvidence()
    model = IndicatorTreeModel(catalog, fake)
    assert model.index_for_key("55", PROGRESS).data() == "0/1"
    fake.attachments["55.1"] = [Attachment(f"记录{n}.pdf") for n in range(5)]
    seen = []
    model.dataChanged.connect(lambda a, b: seen.append(model.node(a).title if a.isValid() else None))
    model.evidence_changed(["55"])
    assert model.index_for_key("55", PROGRESS).data() == "1/1"
    assert len(seen) == 3  # the indicator, its group and its area
    assert model.index_for_key("55").data(Qt.ItemDataRole.ToolTipRole).count("1/1") == 1


def _proxy(catalog, evidence=None):
    model = IndicatorTreeModel(catalog, evidence or CatalogOnly())
    proxy = IndicatorFilter()
    proxy.setSourceModel(model)
    return model, proxy


def test_scope_keeps_the_units_indicators_and_their_parents(ui_app, catalog):
    model, proxy = _proxy(catalog)
    mine = [i.key for i in catalog.indicators_for("市司法局", ["各行政执法单位"])]
    proxy.set_scope(mine)
    assert proxy.visible_keys() == mine
    shown = []

    def walk(parent=QModelIndex()):
        for r in range(proxy.rowCount(parent)):
            i = proxy.index(r, 0, parent)
            if i.data(KeyRole):
                shown.append(i.data(KeyRole))
            walk(i)

    walk()
    assert shown == mine
    # an area row counts only what is in scope: area 一 has 20 indicators, two of them the unit's
    area = proxy.index(0, PROGRESS)
    assert area.data() == f"0/{sum(1 for k in mine if catalog.get(k).area == catalog.areas()[0])}"
    proxy.set_scope(None)
    assert len(proxy.visible_keys()) == len(catalog)


def test_search_matches_text_materials_and_terms(ui_app, catalog):
    _model, proxy = _proxy(catalog)
    proxy.set_search("执法记录台账")  # only in 55's 具体资料报送
    assert proxy.visible_keys() == ["55"]
    proxy.set_search("合法性审核意见书 任意10件")  # all terms, in a merged request
    assert proxy.visible_keys() == ["26", "27", "28", "29"]
    proxy.set_search("２０２１年执法记录")  # full-width digits find half-width ones
    assert "55" in proxy.visible_keys()
    proxy.set_search("加分项")
    assert set(proxy.visible_keys()) >= {"B1", "B2"}
    proxy.set_search("没有这种说法的指标")
    assert proxy.visible_keys() == []
    assert proxy.rowCount() == 0  # no empty areas left standing


def test_search_reaches_attachment_names_and_statements_through_the_source(ui_app, catalog):
    fake = FakeEvidence()
    _model, proxy = _proxy(catalog, fake)
    proxy.set_search("城管支队2021年台账")
    assert proxy.visible_keys() == []
    fake.attachments["55.1"] = [Attachment("城管支队2021年台账.pdf")]
    fake.statements["12.1"] = "已于2021年10月完成清理"
    proxy.evidence_changed(["55", "12"])
    assert proxy.visible_keys() == ["55"]
    proxy.set_search("完成清理")
    assert proxy.visible_keys() == ["12"]


def test_status_filter_uses_the_status_provider(ui_app, catalog):
    fake = FakeEvidence(statuses={"1": Status.DONE, "2": Status.NOT_APPLICABLE, "3": Status.IN_PROGRESS})
    _model, proxy = _proxy(catalog, fake)
    proxy.set_status_filter("DONE")
    assert proxy.visible_keys() == ["1"]
    proxy.set_status_filter("IN_PROGRESS")
    assert proxy.visible_keys() == ["3"]
    proxy.set_status_filter("unfinished")
    keys = proxy.visible_keys()
    assert "1" not in keys and "2" not in keys and "3" in keys and len(keys) == len(catalog) - 2
    proxy.set_status_filter("NOT_STARTED")
    assert len(proxy.visible_keys()) == len(catalog) - 3
    with pytest.raises(ValueError):
        proxy.set_status_filter("whatever")
