"""The pre-export check, finding by finding, on a real workspace."""

from __future__ import annotations

import pytest

from desktop.core.export import precheck, scope_keys
from desktop.core.signing import keystore
from desktop.core.workspace import Status
from tests.test_export_support import PASS, scan, unit_workspace
from tests.test_print_inputs import encrypted_pdf, word_docx


@pytest.fixture
def ws(tmp_path):
    w = unit_workspace(tmp_path)
    yield w
    w.close()


def _find(findings, code, item_id=None):
    return [f for f in findings if f.code == code and (item_id is None or f.item_id == item_id)]


def test_count_below_the_requested_number(ws):
    (f,) = _find(precheck(ws), "count_below", "55.1")
    assert f.level == "warn" and f.key == "55" and "要求 5件，目前只有 4 个文件" in f.message


def test_item_with_neither_file_nor_statement(ws):
    (f,) = _find(precheck(ws), "empty", "62.1")
    assert f.level == "warn" and "既没有文件，也没有填写情况说明" in f.message
    ws.set_statement("62.1", "本年度未开展案卷评查，原因见说明。")
    assert _find(precheck(ws), "empty", "62.1") == []  # a statement answers an item that asks no number


def test_web_address_asked_but_absent(ws):
    found = _find(precheck(ws), "url_missing")
    assert "M34-46.2" in {f.item_id for f in found} and "M34-46.1" not in {f.item_id for f in found}
    assert all(f.level == "warn" for f in found)


def test_merged_item_is_reported_once(ws):
    assert len(_find(precheck(ws), "count_below", "M26-29.1")) == 1


def test_file_dated_before_the_period_asked_for(ws, tmp_path):
    (att,) = ws.attach("62", [scan(tmp_path / "src" / "2018年评查.pdf", seed=3)])
    ws.set_evidence_date(att.id, "2018-06")
    (f,) = _find(precheck(ws), "too_old", "62.1")
    assert f.level == "warn" and "2019年以来" in f.message and "2018-06" in f.message


def test_file_from_another_year_than_asked(ws):
    att = ws.attachments("55.1")[0]
    ws.set_evidence_date(att.id, "2023-01-05")
    (f,) = _find(precheck(ws), "other_year", "55.1")
    assert f.level == "info" and "2021年" in f.message


def test_same_file_under_two_indicators(ws):
    dup = ws.attachments("55.1")[0]
    ws.attach("63", [ws.blob_path(dup.sha256)])
    (f,) = _find(precheck(ws), "duplicate")
    assert f.level == "info" and "第55项第1条" in f.message and "第63项第1条" in f.message


def test_file_larger_than_a_part(ws, tmp_path):
    ws.attach("62", [scan(tmp_path / "src" / "大案卷.pdf", pad=1_200_000, seed=5)])
    (f,) = _find(precheck(ws, part_mb=1), "large_file")
    assert f.level == "warn" and "U盘" in f.message
    assert _find(precheck(ws, part_mb=20), "large_file") == []


def test_password_protected_and_office_files(ws, tmp_path):
    ws.attach("62", [encrypted_pdf(tmp_path / "加密.pdf"), word_docx(tmp_path / "说明.docx")])
    found = precheck(ws)
    assert _find(found, "encrypted", "62.1")[0].level == "warn"
    assert _find(found, "office_format", "62.1")[0].level == "info"


def test_evidence_the_catalog_no_longer_has(ws):
    with ws.transaction() as db:  # as a catalog update leaves it: rows under an item id the catalog lacks
        db.execute("UPDATE attachments SET item_id = 'X99.1' WHERE id = (SELECT min(id) FROM attachments)")
    (f,) = _find(precheck(ws), "orphaned")
    assert f.level == "warn" and f.item_id == "X99.1" and "不会报送" in f.message


def test_onsite_and_not_started_are_notes(ws):
    found = precheck(ws)
    assert _find(found, "onsite_not_ready", "M57-58.1")[0].level == "info"
    assert any(f.key == "62" for f in _find(found, "not_started"))
    assert not any(f.key == "55" for f in _find(found, "not_started"))


def test_not_applicable_indicators_are_not_checked(ws):
    ws.set_status("62", Status.NOT_APPLICABLE, reason="本单位无执法案卷")
    assert [f for f in precheck(ws) if f.key == "62"] == []


def test_no_signing_key(tmp_path):
    w = unit_workspace(tmp_path, key=False)
    try:
        assert precheck(w)[0].code == "no_signing_key"
        keystore.generate(w.path, PASS, w.profile.unit)
        assert _find(precheck(w), "no_signing_key") == []
    finally:
        w.close()


def test_completed_scope_with_nothing_completed(ws):
    assert scope_keys(ws, scope="completed") == []
    (f,) = _find(precheck(ws, scope="completed"), "nothing_selected")
    assert f.level == "warn"
    ws.set_status("55", Status.DONE)
    assert scope_keys(ws, scope="completed") == ["55"]
    assert {f.key for f in precheck(ws, scope="completed") if f.key} == {"55"}


def test_warnings_come_first_and_each_has_a_chinese_message(ws):
    found = precheck(ws, ["55", "62", "57"])
    levels = [f.level for f in found]
    assert levels == sorted(levels, key=lambda lv: lv != "warn")
    assert all(f.message and f.en for f in found)
    assert {f.key for f in found if f.key} <= {"55", "62", "57"}
