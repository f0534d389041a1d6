"""Reviews at the office, the signed review file, and the unit importing it (only if the office signed it)."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pytest

from desktop.core.errors import UserError
from desktop.core.office import OfficeWorkspace, read_feedback
from desktop.core.office.feedback import FEEDBACK_FORMAT, FeedbackError, write_feedback
from desktop.core.office.model import REVIEW_CHANGED
from desktop.core.workspace import Workspace
from tests.office_support import CATALOG, UnitBundles, allowed_signers, pdf_bytes, unit_signer

SIFA = "市司法局"
PASSPHRASE = "office-passphrase"


@pytest.fixture
def office(tmp_path):
    off = OfficeWorkspace.create(tmp_path / "office", CATALOG)
    off.keygen(PASSPHRASE)
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
    u.add("3.1", "权责清单.pdf", pdf_bytes(3))
    (tmp_path / "as").write_text(allowed_signers(u.signer), encoding="utf-8")
    off.trust(tmp_path / "as")
    off.receive([u.export()])
    off.units = u  # the unit's exporter, for tests that resubmit
    yield off
    off.close()


@pytest.fixture
def unit_ws(tmp_path):
    ws = Workspace.create(tmp_path / "unit", CATALOG, unit=SIFA, groups=["各行政执法单位"])
    yield ws
    ws.close()


def test_a_review_records_verdict_comment_score_and_what_it_judged(office):
    with pytest.raises(UserError, match="需要写明"):
        office.review(SIFA, "55", "需补充")
    with pytest.raises(UserError, match="超出范围"):
        office.review(SIFA, "55", "pass", score=-1)
    with pytest.raises(UserError, match="不负责"):
        office.review(SIFA, "1", "pass")
    r = office.review(SIFA, "55", "需补充", "还缺 4 件执法全过程记录", "6.5", by="王审核")
    assert (r.verdict, r.score, r.reviewer, r.verdict_label) == ("revise", 6.5, "王审核", "需补充")
    assert r.submission_id == office.submission_in_force(SIFA).submission_id
    cell = office.cell(SIFA, "55")
    assert cell.review_state == "revise" and cell.review.comment == "还缺 4 件执法全过程记录"
    office.review(SIFA, "55", "通过", score=9)
    assert office.cell(SIFA, "55").review_state == "pass"
    assert len(office.reviews(SIFA, history=True)) == 2 and len(office.reviews(SIFA)) == 1
    # the unit's next submission changes the evidence: the review is shown as waiting for a second look
    office.units.add("55.1", "补充.pdf", pdf_bytes(11))
    office.receive([office.units.export()])
    assert office.cell(SIFA, "55").review_state == REVIEW_CHANGED
    assert office.matrix().column_counts[SIFA].changed == 1


def test_the_review_file_verifies_with_ssh_keygen(office, tmp_path):
    office.review(SIFA, "55", "revise", "请补充")
    res = office.feedback(SIFA, tmp_path, passphrase=PASSPHRASE)
    assert res.path.name.startswith("依法治市办审核意见_市司法局_") and res.reviews == 1 and res.revise == 1
    with zipfile.ZipFile(res.path) as z:
        assert sorted(z.namelist()) == ["feedback.json", "feedback.json.sshsig"]
        z.extractall(tmp_path / "x")
    doc = json.loads((tmp_path / "x" / "feedback.json").read_text(encoding="utf-8"))
    assert doc["format"] == FEEDBACK_FORMAT and doc["unit"] == SIFA
    assert doc["office"]["fingerprint"] == office.key_registration().fingerprint
    assert doc["reviews"][0]["verdict_label"] == "需补充"
    (tmp_path / "signers").write_text(f'依法治市办 namespaces="evidence-desk-feedback" {doc["office"]["public_key"]}\n',
                                      encoding="utf-8")
    with open(tmp_path / "x" / "feedback.json", "rb") as f:
        out = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "signers"), "-I", "依法治市办", "-n",
                              "evidence-desk-feedback", "-s", str(tmp_path / "x" / "feedback.json.sshsig")],
                             stdin=f, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with pytest.raises(UserError, match="口令不正确"):
        office.feedback(SIFA, tmp_path, passphrase="wrong-passphrase")


def test_the_unit_imports_it_after_confirming_the_fingerprint(office, unit_ws, tmp_path):
    office.review(SIFA, "55", "revise", "还缺 4 件执法全过程记录", 6)
    office.review(SIFA, "3", "pass", score=10)
    res = office.feedback(SIFA, tmp_path / "fb.zip", passphrase=PASSPHRASE)
    fp = office.key_registration().fingerprint
    with pytest.raises(FeedbackError) as e:
        unit_ws.import_feedback(res.path)
    assert e.value.code == "feedback.unconfirmed" and fp in e.value.message
    imp = unit_ws.import_feedback(res.path, office_fingerprint=fp)
    assert imp.key_registered and sorted(imp.updated) == ["3", "55"]
    assert unit_ws.import_feedback(res.path).already  # idempotent
    r = unit_ws.review("55")
    assert (r.verdict, r.comment, r.score, r.status_label) == ("revise", "还缺 4 件执法全过程记录", 6.0, "需补充")
    ip = unit_ws.progress(["55"]).by_key["55"]
    assert ip.review_status == "needs_revision" and ip.to_dict()["review_status_label"] == "需补充"
    assert unit_ws.progress().needs_revision == 1
    assert [k.fingerprint for k in unit_ws.office_keys()] == [fp]


def test_review_file_not_signed_by_the_office(office, unit_ws, tmp_path):
    office.review(SIFA, "55", "revise", "请补充")
    genuine = office.feedback(SIFA, tmp_path / "genuine.zip", passphrase=PASSPHRASE)
    fp = office.key_registration().fingerprint
    # a file made by someone else, naming itself the office, with its own key
    impostor = unit_signer("冒充者")
    doc = json.loads(zipfile.ZipFile(genuine.path).read("feedback.json"))
    doc["office"] = {"name": "依法治市办", "fingerprint": impostor.fingerprint, "public_key": impostor.public_key.line("")}
    doc["feedback_id"] = "forged-1"
    doc["reviews"][0]["comment"] = "全部通过，无需补充"
    forged, _sha = write_feedback(doc, impostor, tmp_path / "forged.zip")
    # confirmed against the real fingerprint: refused
    with pytest.raises(FeedbackError) as e:
        unit_ws.import_feedback(forged, office_fingerprint=fp)
    assert e.value.code == "feedback.not-office"
    unit_ws.import_feedback(genuine.path, office_fingerprint=fp)
    # once the office key is registered, another key is refused without any confirmation asked
    with pytest.raises(FeedbackError) as e:
        unit_ws.import_feedback(forged)
    assert e.value.code == "feedback.not-office" and impostor.fingerprint in e.value.message
    # the genuine file with its JSON altered after signing
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(genuine.path) as zin, zipfile.ZipFile(altered, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "feedback.json":
                data = data.replace("请补充".encode(), "已通过".encode())
            zout.writestr(name, data)
    with pytest.raises(FeedbackError) as e:
        unit_ws.import_feedback(altered)
    assert e.value.code == "feedback.signature"
    # an extra unsigned file riding along
    extra = tmp_path / "extra.zip"
    shutil.copy(genuine.path, extra)
    with zipfile.ZipFile(extra, "a") as z:
        z.writestr("readme.txt", "x")
    with pytest.raises(FeedbackError, match="不是审核意见文件"):
        read_feedback(extra)
    assert unit_ws.review("55").comment == "请补充"


def test_a_review_file_for_another_unit_is_refused(office, tmp_path):
    office.review(SIFA, "55", "revise", "请补充")
    res = office.feedback(SIFA, tmp_path / "fb.zip", passphrase=PASSPHRASE)
    with Workspace.create(tmp_path / "gongan", CATALOG, unit="市公安局") as other:
        with pytest.raises(FeedbackError) as e:
            other.import_feedback(res.path, office_fingerprint=office.key_registration().fingerprint)
        assert e.value.code == "feedback.other-unit"
        assert other.office_keys() == []  # nothing was trusted on the way


def test_an_older_review_file_does_not_overwrite_a_newer_verdict(office, unit_ws, tmp_path):
    fp = office.key_registration().fingerprint
    office.review(SIFA, "55", "revise", "第一次：请补充")
    first = office.feedback(SIFA, tmp_path / "1.zip", passphrase=PASSPHRASE)
    office.review(SIFA, "55", "pass", "第二次：通过")
    second = office.feedback(SIFA, tmp_path / "2.zip", passphrase=PASSPHRASE)
    unit_ws.import_feedback(second.path, office_fingerprint=fp)
    late = unit_ws.import_feedback(first.path)
    assert late.kept_newer == ["55"] and late.updated == []
    assert unit_ws.review("55").comment == "第二次：通过"


def test_office_key_registered_beforehand_from_its_public_key_file(office, unit_ws, tmp_path):
    office.review(SIFA, "3", "pass")
    res = office.feedback(SIFA, tmp_path / "fb.zip", passphrase=PASSPHRASE)
    pub = tmp_path / "office.pub"
    pub.write_text(office.key_registration().public_key + "\n", encoding="utf-8")
    key = unit_ws.register_office_key(pub)
    assert key.fingerprint == office.key_registration().fingerprint and key.office == "依法治市办"
    assert unit_ws.import_feedback(res.path).updated == ["3"]
