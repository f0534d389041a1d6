"""The office's documents: 催报清单 (.docx, .xlsx), the summary workbook and the self-assessment counts."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from openpyxl import load_workbook

from desktop.core.errors import UserError
from desktop.core.office import OfficeWorkspace
from desktop.core.office.assessment import chase_rows, self_assessment
from desktop.core.office.reports import write_chase, write_summary
from tests.office_support import CATALOG, UnitBundles, allowed_signers, pdf_bytes, unit_signer

SIFA = "市司法局"
TODAY = dt.date(2024, 4, 1)


@pytest.fixture
def office(tmp_path):
    off = OfficeWorkspace.create(tmp_path / "office", CATALOG)
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
    u.add("3.1", "权责清单.pdf", pdf_bytes(3))
    (tmp_path / "as").write_text(allowed_signers(u.signer), encoding="utf-8")
    off.trust(tmp_path / "as")
    off.receive([u.export()])
    off.review(SIFA, "55", "revise", "还缺 4 件执法全过程记录电子档案", 6)
    off.review(SIFA, "3", "pass", score=10)
    yield off
    off.close()


def test_chase_rows_list_what_is_missing_and_the_revise_comment(office):
    rows = chase_rows(office.matrix(), CATALOG, SIFA)
    by_key = {r.key: r for r in rows}
    assert by_key["55"].review_comment == "还缺 4 件执法全过程记录电子档案"
    assert any("还差 4 件" in m for m in by_key["55"].missing)
    assert by_key["4"].missing == ("尚未报送任何资料",)  # named in the catalog, nothing sent
    assert "1" not in by_key  # 司法局 is not responsible for 1
    assert [r.key for r in rows] == [i.key for i in CATALOG.indicators if i.key in by_key]  # catalog order


def test_chase_list_as_word_and_excel(office, tmp_path):
    rows = chase_rows(office.matrix(), CATALOG, SIFA)
    out = write_chase(office, SIFA, tmp_path / "催报.docx", today=TODAY)
    d = docx.Document(str(out))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "印证资料催报清单" in text and f"{SIFA}：" in text and "2024年4月1日" in text
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "指标", "指标内容", "报送情况", "还缺的资料", "审核意见"]
    assert len(table.rows) == len(rows) + 1
    row55 = next(r for r in table.rows if r.cells[1].text == "第55项")
    assert row55.cells[5].text == "还缺 4 件执法全过程记录电子档案"
    xlsx = write_chase(office, SIFA, tmp_path / "催报.xlsx", today=TODAY)
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == f"{SIFA}印证资料催报清单" and ws.max_row == len(rows) + 3
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
    with pytest.raises(UserError, match=".docx 或 .xlsx"):
        write_chase(office, SIFA, tmp_path / "x.pdf")
    assert not list(tmp_path.glob(".*.part"))


def test_summary_workbook_and_self_assessment(office, tmp_path):
    path, sa = write_summary(office, tmp_path / "汇总.xlsx", today=TODAY)
    wb = load_workbook(path)
    assert wb.sheetnames == ["指标汇总", "审核明细", "单位汇总", "自评统计"]
    summary = wb["指标汇总"]
    assert summary.max_row == 3 + len(CATALOG.indicators)
    row55 = next(r for r in summary.iter_rows(min_row=4, values_only=True) if r[1] == "第55项")
    assert row55[10] == 1 and row55[12] == 6  # one 需补充, mean score 6
    detail = list(wb["审核明细"].iter_rows(min_row=4, values_only=True))
    mine = [r for r in detail if r[1] == SIFA]
    assert {r[0]: r[7] for r in mine}["第3项"] == "通过"
    m = office.matrix()
    assert sa.cells == m.total.responsible and sa.revise >= 1 and sa.units_submitted == 1
    assert sa.score == self_assessment(m, CATALOG).score
    assert sum(sa.cells_by_state.values()) == sa.cells
    assert sa.indicators + sa.bonus + sa.veto == len(CATALOG.indicators)
