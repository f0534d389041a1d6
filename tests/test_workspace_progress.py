"""Progress per item, indicator, area and overall, by the rules in progress.py."""

from __future__ import annotations

from desktop.core.workspace import Status
from tests.test_workspace_support import make_pdf, ws  # noqa: F401


def test_quantity_must_be_met(ws, tmp_path):
    files = [make_pdf(tmp_path / f"{i}.pdf", text=str(i)) for i in range(5)]
    ws.attach("55", files[:4])
    (it,) = ws.indicator_progress("55").items
    assert (it.files, it.files_needed, it.quantity, it.complete) == (4, 5, "5件", False)
    assert it.missing == ("还差 1 件（已有 4/5件）",)
    assert abs(it.fraction - 0.8) < 1e-9
    assert ws.indicator_progress("55").status is Status.IN_PROGRESS
    ws.attach("55", files[4:])
    assert ws.indicator_progress("55").status is Status.DONE


def test_web_address_where_asked(ws, tmp_path):
    ws.attach("3", [make_pdf(tmp_path / "清单.pdf")])
    it = ws.indicator_progress("3").items[0]
    assert it.url_needed and not it.complete and it.missing == ("需要填写网址",)
    ws.add_url("3", "http://www.jcgov.gov.cn/qd")
    assert ws.indicator_progress("3").items[0].complete


def test_a_statement_is_the_evidence_where_no_number_is_asked(ws):
    ws.set_statement("9.1", "2020年以来……的情况")
    items = ws.indicator_progress("9").items
    assert items[0].complete and items[0].has_statement
    assert not items[1].complete  # "5件高质量案例" needs five files, a statement is not enough
    ws.set_statement("9.2", "案例概述")
    assert not ws.indicator_progress("9").items[1].complete


def test_onsite_items_count_as_ready_when_prepared(ws):
    it = ws.indicator_progress("1").items[0]
    assert it.onsite and it.files_needed == 0 and not it.complete and it.missing == ("实地核查准备尚未完成",)
    ws.set_onsite_notes("1.1", "准备好原件")
    assert ws.indicator_progress("1").status is Status.IN_PROGRESS
    ws.set_onsite_ready("1.1")
    assert ws.indicator_progress("1").status is Status.DONE


def test_documents_dated_before_the_period_are_flagged(ws, tmp_path):
    a, b = ws.attach("9.2", [make_pdf(tmp_path / "a.pdf", text="a"), make_pdf(tmp_path / "b.pdf", text="b")])
    ws.set_evidence_date(a.id, "2019-12-31")
    ws.set_evidence_date(b.id, "2020-01-01")
    assert ws.indicator_progress("9").items[1].too_old == 1


def test_merged_items_count_once_overall_but_show_on_each_indicator(ws, tmp_path):
    files = [make_pdf(tmp_path / f"{i}.pdf", text=str(i)) for i in range(10)]
    ws.attach("26", files)
    p = ws.progress(["26", "27", "28"])
    assert (p.done, p.total) == (3, 3)
    assert (p.items_done, p.items_total) == (1, 1)
    p = ws.progress(["26", "29"])
    assert [ip.status for ip in p.indicators] == [Status.DONE, Status.IN_PROGRESS]
    assert (p.items_done, p.items_total) == (1, 2)


def test_areas_and_overall_follow_the_catalog(ws, tmp_path):
    p = ws.progress()
    mine = [i.key for i in ws.my_indicators()]
    assert [i.key for i in p.indicators] == mine
    assert [a.area for a in p.areas] == list(dict.fromkeys(ws.catalog.indicator(k).area for k in mine))
    assert (p.done, p.total, p.fraction) == (0, len(mine), 0.0)
    ws.set_status("55", "不适用", reason="无")
    p2 = ws.progress()
    assert p2.done == 1
    assert p2.items_total == p.items_total - 1  # a not-applicable indicator's items no longer count
    area = next(a for a in p2.areas if any(i.key == "55" for i in a.indicators))
    assert area.done == 1 and 0 < area.fraction < 1
    d = p2.to_dict()
    assert d["indicators_done"] == 1 and d["areas"][0]["total"] >= 1


def test_progress_over_the_whole_catalog(ws):
    p = ws.progress([i.key for i in ws.catalog.indicators])
    assert p.total == 104 and len(p.areas) >= 9
