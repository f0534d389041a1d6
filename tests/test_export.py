"""Exporting a real workspace: layout a clerk can browse, records, increments, carry-over, the chain."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop.core.bundle import verify_paths
from desktop.core.errors import UserError
from desktop.core.export import export, item_folder_label, last_submission, submissions
from desktop.core.export.records import index_bytes
from desktop.core.workspace import Status
from tests.test_export_support import DAY1, DAY2, PASS, bag_info, part_json, payload_names, scan, unit_workspace

AREA4 = "四、行政执法严格规范公正文明"
F55 = f"{AREA4}/第55项_行政执法机关通过文字、音像等记录形式"
F26 = "二、依法行政制度体系完善/第26-29项_重要的行政规范性文件依法依规执行评估论证"


@pytest.fixture
def ws(tmp_path):
    w = unit_workspace(tmp_path)
    yield w
    w.close()


def _run(ws, out, **kw):
    kw.setdefault("passphrase", PASS)
    kw.setdefault("now", DAY1)
    kw.setdefault("converter", None)
    return export(ws, out, **kw)


def test_first_export_is_new_with_paths_a_clerk_can_browse(ws, tmp_path):
    r = _run(ws, tmp_path / "out")
    assert (r.record_status, r.sequence, r.verified) == ("NEW", 1, True)
    names = payload_names(r.parts)
    for i in range(4):
        assert f"{F55}/1_执法记录台账/执法记录 {i}.pdf" in names
    assert f"{F26}/1_涉及公民、企业权利义务的行政规范/合法性审核意见书.pdf" in names
    assert f"{F55}/0_封面.pdf" in names and f"{F26}/0_封面.pdf" in names
    assert "0_目录.pdf" in names
    assert f"{F55}/1_执法记录台账/情况说明.txt" in names
    # only indicators that carry something get a cover (the unit answers 59, most still empty)
    assert sum(n.endswith("/0_封面.pdf") for n in names) == 3  # 55, 26–29 and 34–42 (a web address)
    assert r.files_to_send == [r.index_path, r.signature_path, *(p.path for p in r.parts)]
    assert all(p.path.exists() for p in r.parts) and r.index_path.exists()


def test_submission_json_carries_statements_web_addresses_statuses_and_reasons(ws, tmp_path):
    ws.set_status("56", Status.NOT_APPLICABLE, reason="本单位不承担该项职能")
    r = _run(ws, tmp_path / "out")
    doc = part_json(r.parts[0].path)
    items = {i["id"]: i for i in doc["items"]}
    assert items["55.1"]["statement"] == "本单位2021年执法记录台账见附件。"
    assert items["55.1"]["status"] == "进行中"  # 4 of the 5 files asked for
    assert items["55.1"]["extra"]["files"] == 4 and items["55.1"]["extra"]["files_needed"] == 5
    assert items["M34-46.1"]["urls"] == ["http://www.jcsf.gov.cn/zdjc/2021.html"]
    assert items["56.0"]["status"] == "不适用" and items["56.0"]["reason"] == "本单位不承担该项职能"
    assert items["M26-29.1"]["indicators"] == ["26", "27", "28", "29"]
    assert items["M26-29.1"]["extra"]["indicator_status"]["26"]["status"] == "进行中"
    roles = {f["role"] for f in doc["files"]}
    assert roles == {"evidence", "cover", "contents", "statement"}
    ev = next(f for f in doc["files"] if f["path"].endswith("执法记录 1.pdf"))
    assert ev["item"] == "55.1" and ev["extra"]["pages"] == 2 and ev["extra"]["kind"] == "pdf"
    # 56 is settled by hand, so it gets a cover saying so even without files
    assert any(f["role"] == "cover" and f["indicators"] == ["56"] for f in doc["files"])


def test_statement_file_opens_in_notepad(ws, tmp_path):
    r = _run(ws, tmp_path / "out")
    import zipfile

    with zipfile.ZipFile(r.parts[0].path) as z:
        raw = z.read(next(n for n in z.namelist() if n.endswith("第55项_行政执法机关通过文字、音像等记录形式/1_执法记录台账/情况说明.txt")))
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8-sig")
    assert "第55项第1条" in text and "情况说明：" in text and "本单位2021年执法记录台账见附件。" in text


def test_each_export_is_recorded_with_its_exact_index(ws, tmp_path):
    assert last_submission(ws) is None
    r = _run(ws, tmp_path / "out", part_mb=0.3)
    subs = submissions(ws)
    assert len(subs) == 1 and subs[0].id == r.submission_id and subs[0].sequence == 1
    assert index_bytes(ws, r.submission_id) == r.index_path.read_bytes()
    assert hashlib.sha256(r.index_path.read_bytes()).hexdigest() == subs[0].index_sha256 == r.index_sha256
    assert [p["file"] for p in subs[0].parts] == [p.path.name for p in r.parts] and len(r.parts) > 1
    assert subs[0].keys == tuple(r.keys) and "55" in subs[0].keys
    assert ws.audit_log(target=r.submission_id)[0].action == "export"


def test_since_last_sends_changes_with_tombstones_chained_to_the_previous(ws, tmp_path):
    first = _run(ws, tmp_path / "one")
    gone = ws.attachments("55.1")[0]
    ws.remove_attachment(gone.id)
    ws.attach("55", [scan(tmp_path / "src" / "补充的执法档案.pdf", 2, seed=42)])
    second = _run(ws, tmp_path / "two", since_last=True, now=DAY2)
    assert (second.record_status, second.sequence) == ("SUPPLEMENT", 2)
    sent = payload_names(second.parts)
    assert f"{F55}/1_执法记录台账/补充的执法档案.pdf" in sent
    assert not any(n.endswith("执法记录 1.pdf") for n in sent)  # unchanged: referenced, not re-sent
    assert f"{F26}/0_封面.pdf" not in sent  # its indicator did not change: the cover sent on day 1 still holds
    assert f"{F55}/0_封面.pdf" in sent  # 55 changed: a new cover with the new date
    removed = {t["path"] for t in second.removed}
    assert f"data/{F55}/1_执法记录台账/{gone.original_name}" in removed
    info = bag_info(second.parts[0].path)
    assert info["Record-Status"] == "SUPPLEMENT"
    assert info["Previous-Submission-Identifier"] == first.submission_id
    assert info["Previous-Index-SHA256"] == hashlib.sha256(first.index_path.read_bytes()).hexdigest()
    doc = part_json(second.parts[0].path)
    kept = next(f for f in doc["files"] if f["path"].endswith("执法记录 1.pdf"))
    assert kept["sent_in"] == first.submission_id and "part" not in kept
    report = verify_paths([tmp_path / "one", tmp_path / "two"])
    assert report.ok, [c.zh for c in report.failures]
    assert any("接续" in c.zh for c in report.checks)


def test_replacement_sends_everything_again_and_lists_what_is_gone(ws, tmp_path):
    _run(ws, tmp_path / "one")
    gone = ws.attachments("55.1")[-1]
    ws.remove_attachment(gone.id)
    r = _run(ws, tmp_path / "two")
    assert (r.record_status, r.sequence, r.referenced_files) == ("REPLACEMENT", 2, 0)
    assert any(n.endswith("执法记录 0.pdf") for n in payload_names(r.parts))
    assert any(t["path"].endswith(gone.original_name) for t in r.removed)
    assert verify_paths([tmp_path / "one", tmp_path / "two"]).ok


def test_indicators_left_out_keep_what_was_sent_before(ws, tmp_path):
    _run(ws, tmp_path / "one", keys=["55"])
    ws.set_statement("55.1", "改过但还没报送的说明")
    r = _run(ws, tmp_path / "two", keys=["26"], since_last=True, now=DAY2)
    assert r.record_status == "SUPPLEMENT" and r.keys == ["26"]
    assert [t["path"] for t in r.removed] == ["data/0_目录.pdf"]  # 55 is not withdrawn; the contents are new
    doc = part_json(r.parts[0].path)
    paths = {f["path"] for f in doc["files"]}
    assert f"data/{F55}/1_执法记录台账/执法记录 0.pdf" in paths and f"data/{F55}/0_封面.pdf" in paths
    items = {i["id"]: i for i in doc["items"]}
    assert items["55.1"]["statement"] == "本单位2021年执法记录台账见附件。"  # as sent, not the unsent edit
    assert "M26-29.1" in items
    assert not any(n.startswith(F55) for n in payload_names(r.parts))  # nothing of 55 re-sent


def test_completed_scope_takes_only_settled_indicators(ws, tmp_path):
    ws.set_status("55", Status.DONE)
    r = _run(ws, tmp_path / "out", scope="completed")
    assert r.keys == ["55"]
    assert {n.split("/")[0] for n in payload_names(r.parts)} == {AREA4, "0_目录.pdf"}


def test_a_previous_file_deleted_for_good_is_listed_as_removed_with_a_warning(ws, tmp_path):
    _run(ws, tmp_path / "one", keys=["55"])
    victim = ws.attachments("55.1")[0]
    ws.remove_attachment(victim.id)
    ws.empty_recycle_bin()
    r = _run(ws, tmp_path / "two", keys=["26"], since_last=True)
    assert any(w.code == "carry.missing" for w in r.warnings)
    assert [t["path"].rsplit("/", 1)[1] for t in r.removed if t["item"]] == [victim.original_name]


def test_since_last_without_an_earlier_submission_is_new(ws, tmp_path):
    r = _run(ws, tmp_path / "out", since_last=True)
    assert r.record_status == "NEW" and [w.code for w in r.warnings] == ["chain.first"]


def test_nothing_changed_since_last_still_verifies(ws, tmp_path):
    _run(ws, tmp_path / "one")
    r = _run(ws, tmp_path / "two", since_last=True)
    assert r.sent_files == 0 and r.removed == [] and "export.unchanged" in [w.code for w in r.warnings]
    assert verify_paths([tmp_path / "one", tmp_path / "two"]).ok


def test_a_new_unit_name_starts_a_new_chain(ws, tmp_path):
    _run(ws, tmp_path / "one")
    ws.set_profile(unit="市应急局")
    r = _run(ws, tmp_path / "two", keys=["55"])
    assert r.record_status == "NEW" and r.sequence == 2 and "chain.restart" in [w.code for w in r.warnings]


def test_a_file_over_the_part_size_gets_its_own_part_and_a_warning(ws, tmp_path):
    ws.attach("62", [scan(tmp_path / "src" / "案卷评查（扫描）.pdf", 2, pad=700_000, seed=7)])
    r = _run(ws, tmp_path / "out", part_mb=0.5)
    assert any(p.oversize for p in r.parts)
    assert any(w.code == "part.oversize" and "U 盘" in w.zh for w in r.warnings)


def test_without_a_key_nothing_is_exported(tmp_path):
    ws = unit_workspace(tmp_path, key=False)
    try:
        with pytest.raises(UserError, match="签名密钥"):
            _run(ws, tmp_path / "out")
        assert not (tmp_path / "out").exists()
    finally:
        ws.close()


def test_a_wrong_passphrase_writes_nothing(ws, tmp_path):
    with pytest.raises(UserError):
        _run(ws, tmp_path / "out", passphrase="not the passphrase")
    assert not (tmp_path / "out").exists() and submissions(ws) == []


@pytest.mark.parametrize("text, label", [
    ("提供2021年执法记录台账及5件执法全过程记录电子档案", "执法记录台账"),
    ("本级政府制定的2021年重大行政决策事项目录以及目录公开的网址", "重大行政决策事项目录"),
    ("2020年以来本级政府对涉及公民、企业权利义务的行政规范性文件开展合法性审核工作的情况", "涉及公民、企业权利义务的行政规范"),
    ("提供2020年以来市级政府及有关部门全面推进政务诚信建设工作的情况。", "市级政府及有关部门全面推进政务诚"),
    ("本地区2020年涉及信息公开的行政诉讼案件的情况", "本地区2020年涉及信息公开的行"),  # 及 of 涉及 is no cut
    ("实地核查", "实地核查"),
    ("印证资料（表中未列具体资料）", "印证资料"),
    ("提供。", "材料"),
])
def test_item_folder_labels(text, label):
    assert item_folder_label(text) == label


def test_payload_extra_facts_survive_into_the_index(ws, tmp_path):
    att = ws.attachments("55.1")[0]
    ws.set_evidence_date(att.id, "2021-05-08")
    r = _run(ws, tmp_path / "out")
    index = json.loads(r.index_path.read_text(encoding="utf-8"))
    f = next(f for f in index["files"] if f["sha256"] == att.sha256 and f["item"] == "55.1")
    assert f["extra"]["evidence_date"] == "2021-05-08" and f["extra"]["original_name"] == att.original_name


def test_sheets_record_their_real_page_counts(ws, tmp_path):
    """Covers and contents carry the page counts printing reported, which must be what the PDFs hold."""
    import io
    import zipfile

    from pypdf import PdfReader

    ws.attach("55", [scan(tmp_path / "多" / f"台账{i}.pdf", 1, pad=2_000, seed=70 + i) for i in range(40)])
    r = _run(ws, tmp_path / "out")
    doc = part_json(r.parts[0].path)
    sheets = [f for f in doc["files"] if f["role"] in ("cover", "contents")]
    assert any(f["extra"]["pages"] > 1 for f in sheets)  # a cover listing 44 files runs over
    counted = {}
    for part in r.parts:
        with zipfile.ZipFile(part.path) as z:
            for n in z.namelist():
                if n.endswith(("0_封面.pdf", "0_目录.pdf")):
                    counted[n.split("/", 1)[1]] = len(PdfReader(io.BytesIO(z.read(n))).pages)
    assert {f["path"]: f["extra"]["pages"] for f in sheets} == counted
