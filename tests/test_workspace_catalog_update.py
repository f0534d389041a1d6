"""A new catalog only by an explicit, previewed step; evidence of a dropped item is kept, never re-mapped."""

from __future__ import annotations

import copy

import pytest

from desktop.core.catalog import Catalog
from desktop.core.errors import UserError
from tests.test_workspace_support import make_pdf, ws  # noqa: F401


def revised(ws, change) -> Catalog:
    d = copy.deepcopy(ws.catalog.to_dict(full=True))
    d["version"] = "2023-01-01"
    change(d)
    return Catalog.from_dict(d)


def _indicator(d, key):
    return next(i for i in d["indicators"] if i["key"] == key)


def test_preview_lists_kept_gone_and_new_items_and_changes_nothing(ws, tmp_path):
    ws.attach("55", [make_pdf(tmp_path / "a.pdf")])
    ws.set_statement("9.1", "情况")
    ws.add_url("3.1", "http://www.jcgov.gov.cn/qd")

    def change(d):
        _indicator(d, "55")["items"][0]["text"] = "提供2022年执法记录台账及5件执法全过程记录电子档案"
        ind9 = _indicator(d, "9")
        ind9["items"] = [i for i in ind9["items"] if i["id"] != "9.1"]
        _indicator(d, "3")["items"].append({"id": "3.3", "no": 3, "text": "新增的材料", "quantity": None,
                                             "period": None, "url": False, "contact": False, "onsite": False,
                                             "request": None})

    new = revised(ws, change)
    before = ws.audit_log()
    pv = ws.preview_catalog_update(new)
    assert [c.item_id for c in pv.kept] == ["3.1", "55.1"]
    assert next(c for c in pv.kept if c.item_id == "55.1").text_changed
    assert [c.item_id for c in pv.gone] == ["9.1"] and pv.gone[0].has_notes
    assert pv.new_items == ("3.3",)
    assert pv.can_apply and not pv.loses_nothing
    assert "9.1" in pv.summary() and "不会删除" in pv.summary()
    assert ws.audit_log() == before and ws.catalog.version != "2023-01-01"

    applied = ws.apply_catalog_update(new)
    assert applied == pv
    assert ws.catalog.version == "2023-01-01"
    assert [it.id for it in ws.items("3")] == ["3.1", "3.2", "3.3"]
    assert ws.orphaned_item_ids() == ["9.1"]
    (orphan,) = ws.orphaned_evidence()
    assert not orphan.in_catalog and orphan.statement == "情况"
    assert orphan.item.text.startswith("2020年以来全面推行")  # described as the old catalog had it
    assert ws.audit_log()[0].action == "catalog_update"
    assert [h["version"] for h in ws.catalog_history()] == ["2022-04-19", "2023-01-01"]


def test_orphaned_attachments_can_be_moved_to_a_current_item(ws, tmp_path):
    (a,) = ws.attach("9.1", [make_pdf(tmp_path / "a.pdf")])
    ws.apply_catalog_update(revised(ws, lambda d: _indicator(d, "9")["items"].pop(0)))
    assert ws.attachments("9.1") == [ws.attachment(a.id)]  # still reachable by its old id
    with pytest.raises(UserError):
        ws.attach("9.1", [make_pdf(tmp_path / "b.pdf")])  # no new evidence for an item that is gone
    ws.move_attachment(a.id, "9.2")
    assert ws.orphaned_item_ids() == []


def test_update_survives_reopening(ws, tmp_path):
    ws.apply_catalog_update(revised(ws, lambda d: None))
    path = ws.path
    ws.close()
    from desktop.core.workspace import Workspace

    with Workspace.open(path) as w:
        assert w.catalog.version == "2023-01-01"


def test_a_catalog_without_our_unit_is_refused(ws):
    def drop_unit(d):
        d["units"] = [u for u in d["units"] if u["name"] != "市司法局"]

    new = revised(ws, drop_unit)
    pv = ws.preview_catalog_update(new)
    assert not pv.can_apply and "没有本单位" in pv.summary()
    with pytest.raises(UserError, match="单位名单中没有“市司法局”"):
        ws.apply_catalog_update(new)
    assert ws.catalog.version == "2022-04-19"
