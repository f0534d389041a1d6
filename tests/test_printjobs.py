"""Printing from a workspace: the adapter's groups and context, checked on the real outputs."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import printjobs
from desktop.core.errors import UserError
from desktop.core.printing import OfficeConverter, qr
from tests.test_export_support import PASS, scan, unit_workspace
from tests.test_print_covers import decode_qr, pdftotext_pages, squash
from tests.test_print_inputs import encrypted_pdf, word_docx


@pytest.fixture
def ws(tmp_path):
    w = unit_workspace(tmp_path, key=False)
    yield w
    w.close()


def test_print_context_comes_from_the_profile(ws):
    ctx = printjobs.print_context(ws, dt.date(2024, 3, 15))
    assert (ctx.unit, ctx.contact, ctx.phone, ctx.date) == ("市司法局", "张三", "0356-1234567", dt.date(2024, 3, 15))
    assert ctx.catalog is ws.catalog


def test_groups_follow_the_catalog_and_merge_shared_materials(ws):
    groups = printjobs.evidence_groups(ws, ["55", "27", "26", "62"], converter=None)
    assert [g.keys for g in groups] == [("26", "27"), ("55",), ("62",)]
    g55 = groups[1]
    assert [f.original_name for f in g55.files] == [f"执法记录 {i}.pdf" for i in range(4)]
    f = g55.files[0]
    att = ws.attachments("55.1")[0]
    assert (f.path, f.sha256, f.item_id, f.key, f.kind, f.pages) == (ws.blob_path(att.sha256), att.sha256, "55.1", "55",
                                                                     "pdf", att.pages)
    assert f.label == "执法记录 0"  # no label set: the name without its extension
    assert [f.item_id for f in groups[0].files] == ["M26-29.1"]


def test_default_is_every_indicator_of_the_unit(ws):
    keys = [k for g in printjobs.evidence_groups(ws, converter=None) for k in g.keys]
    assert keys == [i.key for i in ws.my_indicators()]


def test_unknown_indicator_is_a_plain_error(ws):
    with pytest.raises(UserError, match="不在目录"):
        printjobs.evidence_groups(ws, ["999"], converter=None)


def test_names_are_made_safe_to_print(ws, tmp_path):
    tricky = scan(tmp_path / "src" / "合同\u202efdp.exe\u0007.pdf", seed=11)
    (att,) = ws.attach("62", [tricky])
    ws.set_attachment_label(att.id, "评查\u200b报告\t2021")
    (f,) = printjobs.evidence_groups(ws, ["62"], converter=None)[0].files
    assert f.original_name == "合同fdp.exe_.pdf" and f.label == "评查报告_2021"
    assert printjobs.display_text("\udcff坏名.pdf") == "\ufffd坏名.pdf"
    assert printjobs.display_text("  ") == "（无名文件）"


def test_files_of_items_without_a_catalog_entry_stay_with_their_indicator(ws, tmp_path):
    ws.attach("56", [scan(tmp_path / "src" / "文书格式文本.pdf", seed=12)])
    (g,) = printjobs.evidence_groups(ws, ["56"], converter=None)
    assert [(f.item_id, f.key) for f in g.files] == [("56.0", "56")]


def test_word_files_get_a_named_copy_for_libreoffice_only_when_it_is_there(ws, tmp_path):
    (att,) = ws.attach("62", [word_docx(tmp_path / "说明材料.docx")])
    (f,) = printjobs.evidence_groups(ws, ["62"], converter=None)[0].files
    assert f.kind == "word" and f.path == ws.blob_path(att.sha256)
    fake = OfficeConverter("/nonexistent/soffice")
    (f,) = printjobs.evidence_groups(ws, ["62"], converter=fake)[0].files
    assert f.path.name == "说明材料.docx" and ws.tmp_dir in f.path.parents
    assert f.path.read_bytes() == ws.blob_path(att.sha256).read_bytes()


def test_covers_from_the_workspace_carry_the_unit_the_text_and_a_qr_of_the_hashes(ws, tmp_path):
    out = tmp_path / "covers.pdf"
    r = printjobs.covers(ws, out, ["55"], converter=None)
    assert r.pages == 1 and r.problems == []
    text = squash(pdftotext_pages(out)[0])
    assert "市司法局" in text and squash(ws.catalog.indicator("55").text)[:30] in text
    payload = qr.parse_payload(decode_qr(out, 1, tmp_path))
    assert payload.unit == "市司法局" and payload.keys == ("55",)
    assert list(payload.hashes) == [a.sha256 for a in ws.attachments("55.1")]


def test_problems_are_reported_not_dropped(ws, tmp_path):
    ws.attach("62", [encrypted_pdf(tmp_path / "加密的案卷.pdf")])
    r = printjobs.binder(ws, tmp_path / "b.pdf", ["62"], converter=None)
    assert [p.code for p in r.problems] == ["encrypted"] and "加密的案卷.pdf" in r.problems[0].message


def test_letter_shows_the_signing_key_fingerprint_once_there_is_one(ws, tmp_path):
    import docx

    from desktop.core.signing import keystore

    def text(path):
        d = docx.Document(str(path))
        return "\n".join(p.text for p in d.paragraphs) + "".join(c.text for t in d.tables for r in t.rows for c in r.cells)

    printjobs.letter(ws, tmp_path / "a.docx", ["55"], converter=None)
    assert "公钥指纹" not in text(tmp_path / "a.docx")
    reg = keystore.generate(ws.path, PASS, ws.profile.unit)
    printjobs.letter(ws, tmp_path / "b.docx", ["55"], converter=None)
    body = text(tmp_path / "b.docx")
    assert "公钥指纹" in body and reg.fingerprint in body and "第55项" in body


def test_spine_labels_check_the_volume_count(ws, tmp_path):
    r = printjobs.spine_labels(ws, tmp_path / "s.pdf", volumes=2, widths_cm=[3])
    assert r.pages == 1
    with pytest.raises(UserError):
        printjobs.spine_labels(ws, tmp_path / "t.pdf", volumes=0)


def test_covers_show_statements_and_web_addresses(ws, tmp_path):
    ws.set_statement("M34-46.2", "征求意见情况" * 60)  # a long statement is clipped, the sheet stays one page
    out = tmp_path / "c.pdf"
    r = printjobs.covers(ws, out, ["34", "55"], converter=None)
    pages = [squash(t) for t in pdftotext_pages(out)]
    assert r.pages == 2
    assert "网址：http://www.jcsf.gov.cn/zdjc/2021.html" in pages[0] and "情况说明：征求意见情况" in pages[0]
    assert "（未附材料）" in pages[0]  # item 3 of 34 still has nothing
    assert "情况说明：本单位2021年执法记录台账见附件。" in pages[1]


def test_letter_lists_what_is_being_submitted(ws, tmp_path):
    import docx

    printjobs.letter(ws, tmp_path / "l.docx", converter=None)
    table = docx.Document(str(tmp_path / "l.docx")).tables[0]
    labels = [row.cells[1].text for row in table.rows[1:-1]]
    assert labels == ["第26～29项", "第34～42项", "第55项"]  # not the unit's other, still empty indicators
