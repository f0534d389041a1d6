"""Statements, web addresses, on-site notes, status, labels, dates, order, the recycle bin — each audited."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import UserError
from desktop.core.workspace import Status
from desktop.core.workspace.evidence import parse_evidence_date
from tests.test_workspace_support import make_pdf, pdfs, stored_files, ws  # noqa: F401


def test_statement_is_saved_trimmed_and_audited_only_when_it_changes(ws):
    ws.set_statement("9", "  2020年以来全面推行“双随机、一公开”监管。 ", by="李四")
    assert ws.notes("9.1").statement == "2020年以来全面推行“双随机、一公开”监管。"
    ws.set_statement("9.1", "2020年以来全面推行“双随机、一公开”监管。")  # no change, no audit row
    log = ws.audit_log(target="9.1")
    assert [e.action for e in log] == ["statement"]
    assert log[0].by == "李四" and log[0].details["statement"]["old"] == ""
    ws.set_statement("9.1", "")
    assert ws.notes("9.1").statement == ""


def test_web_addresses(ws):
    a = ws.add_url("3", "http://www.jcgov.gov.cn/zwgk/qd.html", label="清单公开网址")
    b = ws.add_url("3.1", "www.jcgov.gov.cn/zjfw")
    assert [u.url for u in ws.urls("3.1")] == [a.url, b.url] and a.label == "清单公开网址"
    with pytest.raises(UserError, match="已经添加过"):
        ws.add_url("3.1", " http://www.jcgov.gov.cn/zwgk/qd.html ")
    for bad in ("", "不是网址", "http://", "javascript:alert(1)", "www example com"):
        with pytest.raises(UserError, match="不像是网址"):
            ws.add_url("3.1", bad)
    ws.remove_url(a.id)
    assert [u.url for u in ws.urls("3.1")] == [b.url]
    assert [e.action for e in ws.audit_log(target="3.1")] == ["url_remove", "url_add", "url_add"]


def test_onsite_preparation(ws):
    ws.set_onsite_notes("1", "行政复议接待室在二楼，由王五陪同讲解")
    ws.set_onsite_ready("1.1")
    n = ws.notes("1.1")
    assert n.onsite_ready and "二楼" in n.onsite_notes
    ws.set_onsite_ready("1.1", False)
    assert not ws.notes("1.1").onsite_ready
    assert [e.action for e in ws.audit_log(target="1.1")] == ["onsite_ready", "onsite_ready", "onsite_notes"]


def test_status_by_hand_and_back_to_computed(ws):
    assert ws.indicator_progress("55").status is Status.NOT_STARTED
    with pytest.raises(UserError, match="必须写明理由"):
        ws.set_status("55", "不适用")
    with pytest.raises(UserError, match="必须写明理由"):
        ws.set_status("55", Status.NOT_APPLICABLE, reason="   ")
    ws.set_status("55", "不适用", reason="本单位没有行政执法职能")
    ip = ws.indicator_progress("55")
    assert (ip.status, ip.manual, ip.reason, ip.computed) == (
        Status.NOT_APPLICABLE, True, "本单位没有行政执法职能", Status.NOT_STARTED)
    assert ip.fraction == 1.0 and ip.settled
    ws.set_status("55", "done")
    assert ws.indicator_progress("55").status is Status.DONE
    with pytest.raises(UserError, match="状态“完成了”无效"):
        ws.set_status("55", "完成了")
    ws.set_status("55", None)
    assert not ws.indicator_progress("55").manual
    log = ws.audit_log(target="55")
    assert [e.action for e in log] == ["status"] * 3
    assert log[-1].details == {"old": None, "new": ["not_applicable", "本单位没有行政执法职能"]}


def test_label_date_order_and_move(ws, pdfs):
    res = ws.attach("55", pdfs[:3])
    a, b, c = res
    assert ws.set_attachment_label(a.id, " 2021年台账 ").display_name == "2021年台账"
    assert ws.set_attachment_label(a.id, "").display_name == a.original_name
    assert ws.set_evidence_date(b.id, date(2021, 4, 1)).evidence_date == "2021-04-01"
    assert ws.set_evidence_date(b.id, "2021.5").evidence_date == "2021-05"
    assert ws.set_evidence_date(b.id, None).evidence_date is None
    ws.reorder_attachments("55.1", [c.id, a.id, b.id])
    assert [x.id for x in ws.attachments("55")] == [c.id, a.id, b.id]
    with pytest.raises(UserError, match="恰好包含"):
        ws.reorder_attachments("55.1", [c.id, a.id])
    moved = ws.move_attachment(a.id, "9.2")
    assert moved.item_id == "9.2" and moved.position == 1
    assert [x.id for x in ws.attachments("55")] == [c.id, b.id]
    actions = [e.action for e in ws.audit_log()]
    for act in ("label", "evidence_date", "reorder", "move"):
        assert act in actions


@pytest.mark.parametrize("text,expected", [
    ("2021-05-08", "2021-05-08"), ("2021年5月8日", "2021-05-08"), ("2021/5/8", "2021-05-08"),
    ("2021", "2021"), ("2021年5月", "2021-05"), ("", None), (None, None),
])
def test_evidence_dates_are_read_leniently(text, expected):
    assert parse_evidence_date(text) == expected


@pytest.mark.parametrize("text", ["2021-13-01", "2021-02-30", "21-05-08", "去年", "1800-01-01"])
def test_impossible_evidence_dates_are_refused(text):
    with pytest.raises(UserError, match="看不懂"):
        parse_evidence_date(text)


def test_recycle_bin_undo_and_garbage_collection(ws, pdfs):
    a, b = ws.attach("55", pdfs[:2])
    shared = ws.attach("9.2", [pdfs[0]])[0]  # same content as a: one blob, two rows
    ws.remove_attachment(a.id, by="李四")
    assert [x.id for x in ws.attachments("55")] == [b.id]
    (binned,) = ws.recycle_bin()
    assert binned.id == a.id and binned.in_recycle_bin and binned.removed_by == "李四"
    assert ws.attachment_path(a).exists()  # the file is kept while in the bin
    ws.undo_remove(a.id)
    assert [x.id for x in ws.attachments("55")] == [a.id, b.id]  # back in its old place
    ws.remove_attachment(a.id)
    ws.remove_attachment(b.id)
    assert ws.empty_recycle_bin() == 2
    assert ws.recycle_bin() == [] and ws.attachments("55") == []
    assert ws.attachment_path(shared).exists()  # still referenced by 9.2
    assert not ws.blob_path(b.sha256).exists()  # nothing refers to it any more
    assert len(stored_files(ws)) == 1
    with pytest.raises(UserError, match="没有编号"):
        ws.undo_remove(a.id)
    log = ws.audit_log()
    assert log[0].action == "empty_recycle_bin"
    assert {x["id"] for x in log[0].details["attachments"]} == {a.id, b.id}


def test_empty_only_some_of_the_recycle_bin(ws, pdfs):
    a, b = ws.attach("55", pdfs[:2])
    ws.remove_attachment(a.id)
    ws.remove_attachment(b.id)
    assert ws.empty_recycle_bin([b.id]) == 1
    assert [x.id for x in ws.recycle_bin()] == [a.id]


def test_garbage_collection_removes_files_a_crash_left_without_a_row(ws, tmp_path):
    (a,) = ws.attach("55", [make_pdf(tmp_path / "kept.pdf")])
    orphan = "ab" + "0" * 62
    (ws.path / "blobs" / "ab").mkdir(exist_ok=True)
    (ws.path / "blobs" / "ab" / orphan).write_bytes(b"left by a crash")
    report = ws.check()
    assert report.ok and report.unreferenced_files == 1
    assert ws.collect_garbage() == (1, len(b"left by a crash"))
    assert ws.attachment_path(a).exists()


def test_profile_can_be_changed_later_and_is_audited(ws):
    ws.set_profile(contact="王五", phone="13800000000", staff=["李四", "张三"])
    p = ws.profile
    assert (p.contact, p.phone, p.staff) == ("王五", "13800000000", ("李四", "张三"))
    assert ws.actor == "李四"
    ws.actor = "赵六"
    assert ws.actor == "赵六"
    ws.set_profile(unit="市应急局", groups=[])
    assert ws.profile.unit == "市应急管理局" and ws.profile.groups == ()
    assert "55" not in [i.key for i in ws.my_indicators()]
    with pytest.raises(UserError):
        ws.set_profile(unit="不存在的局")
    entry = ws.audit_log()[0]
    assert entry.action == "profile" and entry.by == "赵六"
    assert entry.details["unit"] == ["市司法局", "市应急管理局"]


def test_item_evidence_bundles_everything_for_the_gui(ws, pdfs):
    ws.attach("M26-29.1", pdfs[:2])
    ws.set_statement("26", "情况说明")
    ev = ws.item_evidence("M26-29.1")
    assert ev.item.id == "M26-29.1" and ev.indicator_keys == ("26", "27", "28", "29")
    assert len(ev.attachments) == 2 and ev.statement == "情况说明" and ev.in_catalog
    assert [e.item.id for e in ws.indicator_evidence("29")] == ["29.1", "M26-29.1"]
