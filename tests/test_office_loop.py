"""THE LOOP: two units export from their real workspaces, the office receives and reviews, the unit imports the
review file, answers the 需补充 with an increment, and the office sees the cell change."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main as cli
from desktop.core.export import export
from desktop.core.office import COMPLETE, PARTIAL, OfficeWorkspace
from desktop.core.office.model import REVIEW_CHANGED, REVISE
from desktop.core.signing import keystore
from desktop.core.workspace import Workspace
from tests.test_export_support import DAY1, DAY2, PASS, scan, unit_workspace

SIFA, GONGAN = "市司法局", "市公安局"
OFFICE_PASS = "依法治市办的口令 2024"


@pytest.fixture
def units(tmp_path):
    sifa = unit_workspace(tmp_path / "sifa")  # 4 of the 5 cases 55 asks for, a merged item, a statement, an address
    gongan = Workspace.create(tmp_path / "gongan" / "ws", None, unit=GONGAN, groups=["各行政执法单位"], staff=["李警官"])
    gongan.attach("4", [scan(tmp_path / "gongan" / "src" / "证明事项清单.pdf", 2, seed=21)])
    gongan.attach("55", [scan(tmp_path / "gongan" / "src" / f"执法记录 {i}.pdf", 1, pad=10_000, seed=30 + i)
                         for i in range(5)])
    keystore.generate(gongan.path, PASS, GONGAN)
    yield sifa, gongan
    sifa.close()
    gongan.close()


def status_json(ws: Workspace, capsys) -> dict:
    """The unit's ``status --json`` as the real command prints it (the workspace is closed for it, then reopened)."""
    path = ws.path
    ws.close()
    capsys.readouterr()
    assert cli(["--workspace", str(path), "status", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    ws.__init__(path)
    return out


def test_the_whole_loop(units, tmp_path, capsys):
    sifa, gongan = units
    out1 = export(sifa, tmp_path / "out" / "sifa-1", passphrase=PASS, now=DAY1, converter=None)
    out2 = export(gongan, tmp_path / "out" / "gongan-1", passphrase=PASS, now=DAY1, converter=None)

    # ---- the office: register both keys from the lines the units' `pubkey --allowed-signers` prints, receive
    office = OfficeWorkspace.create(tmp_path / "office", None)
    lines = "".join(keystore.registration(ws.path).allowed_signers + "\n" for ws in (sifa, gongan))
    assert len(office.trust(lines).added) == 2
    report = office.receive([tmp_path / "out"])  # the whole "stick": both units' folders
    assert len(report.accepted) == 4 and not report.rejected and not report.quarantined
    m = office.matrix()
    assert set(m.submissions) == {SIFA, GONGAN}
    c55 = m.cell("55", SIFA)
    assert (c55.state, c55.files) == (PARTIAL, 4) and any("还差 1 件" in x for x in c55.missing)
    assert m.cell("55", GONGAN).state == COMPLETE
    assert m.cell("26", SIFA).files == 1 and m.cell("27", SIFA).files == 1  # a merged item shows on every member
    items = office.evidence(SIFA, "55")
    assert items[0].statement == "本单位2021年执法记录台账见附件。"
    evidence = [f for f in items[0].files if f.role == "evidence"]
    assert len(evidence) == 4 and all(f.blob_path.read_bytes().startswith(b"%PDF") for f in evidence)
    assert {f.role for f in items[0].files} == {"evidence", "statement"}  # the statement travels as text too

    # ---- review: one 需补充, the rest 通过; the review file, signed by the office's key
    office.review(SIFA, "55", "需补充", "还差 1 件执法全过程记录电子档案，请补充", 6)
    office.review(SIFA, "26", "通过", score=10)
    office.review(GONGAN, "55", "通过", score=9.5)
    office.keygen(OFFICE_PASS)
    fb = office.feedback(SIFA, tmp_path / "mail", passphrase=OFFICE_PASS)
    assert (fb.reviews, fb.revise) == (2, 1)
    fingerprint = office.key_registration().fingerprint

    # ---- the unit imports it (confirming the office's fingerprint) and sees 需补充 with the comment
    imported = sifa.import_feedback(fb.path, office_fingerprint=fingerprint)
    assert sorted(imported.updated) == ["26", "55"]
    status = status_json(sifa, capsys)
    ind55 = next(i for i in status["indicators"] if i["key"] == "55")
    assert ind55["review_status_label"] == "需补充"
    assert ind55["review"]["comment"] == "还差 1 件执法全过程记录电子档案，请补充" and ind55["review"]["score"] == 6
    assert next(i for i in status["indicators"] if i["key"] == "26")["review_status"] == "passed"
    assert status["overall"]["needs_revision"] == 1

    # ---- the unit answers: the fifth file, then an increment (SUPPLEMENT) since the last export
    sifa.attach("55", [scan(tmp_path / "sifa" / "src" / "执法记录 5.pdf", 1, pad=20_000, seed=55)])
    out3 = export(sifa, tmp_path / "out2", passphrase=PASS, since_last=True, now=DAY2, converter=None)
    assert (out3.record_status, out3.sequence) == ("SUPPLEMENT", 2)
    assert sifa.review("55").status == "answered"
    status = status_json(sifa, capsys)
    assert next(i for i in status["indicators"] if i["key"] == "55")["review_status_label"] == "已补充，待复核"
    assert status["overall"]["needs_revision"] == 0

    # ---- the office receives the increment: the cell changes, the 需补充 shows as answered
    before = {f.name for f in (office.path / "blobs").glob("??/*")}
    report = office.receive([tmp_path / "out2"])
    assert [o.status for o in report.accepted] == ["accepted", "accepted"]
    new = {f.name for f in (office.path / "blobs").glob("??/*")} - before
    assert 1 <= len(new) < out3.sent_files + 1  # only what changed travelled, and is stored once
    m2 = office.matrix()
    c55 = m2.cell("55", SIFA)
    assert (c55.state, c55.files, c55.pending_files) == (COMPLETE, 5, 0)
    assert c55.review.verdict == REVISE and c55.review_state == REVIEW_CHANGED
    assert m2.cell("26", SIFA).review_state == "pass"  # unchanged evidence keeps its verdict
    before55, after55 = m.cell("55", GONGAN), m2.cell("55", GONGAN)  # the other unit's column did not move
    assert (after55.state, after55.files, after55.digest, after55.review_state) == (
        before55.state, before55.files, before55.digest, "pass")
    subs = {s.sequence: s for s in office.submissions(SIFA)}
    assert subs[2].in_force and subs[2].record_status == "SUPPLEMENT" and subs[2].chain == "ok"
    assert m2.column_counts[SIFA].changed == 1 and m2.column_counts[SIFA].revise == 0
    office.close()
    assert out1.verified and out2.verified


def test_declared_groups_travel_and_are_adopted_once(units, tmp_path):
    """A unit's groups ride in the signed submission; the office takes them the first time, then keeps its own word."""
    sifa, gongan = units
    out = export(gongan, tmp_path / "out" / "gongan-1", passphrase=PASS, now=DAY1, converter=None)
    office = OfficeWorkspace.create(tmp_path / "office", None)
    office.trust(keystore.registration(gongan.path).allowed_signers + "\n")
    report = office.receive([out.index_path.parent])
    assert not report.rejected
    assert office.unit_groups(GONGAN) == ("各行政执法单位",)
    assert any(n.code == "unit-groups" for n in report.notes)
    # 47 names only the group: the unit is now responsible for it in the matrix
    assert office.matrix().cell("47", GONGAN).state != "not_responsible"
    # the office decides otherwise; a later submission does not overrule it
    office.set_unit_groups(GONGAN, [])
    later = export(gongan, tmp_path / "out" / "gongan-2", passphrase=PASS, now=DAY2, converter=None)
    office.receive([later.index_path.parent])
    assert office.unit_groups(GONGAN) == ()
