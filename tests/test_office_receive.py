"""Receiving bundles at the office: every bad input the issue names, and the store staying clean."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.errors import UserError
from desktop.core.office import COMPLETE, NOT_RESPONSIBLE, NOTHING, PARTIAL, OfficeWorkspace, ReceiveCancelled
from tests.bundle_support import entry_data_offset, flip_byte
from tests.office_support import CATALOG, UnitBundles, allowed_signers, index_of, parts_of, pdf_bytes, unit_signer

SIFA = "市司法局"
GONGAN = "市公安局"


@pytest.fixture
def office(tmp_path):
    off = OfficeWorkspace.create(tmp_path / "office", CATALOG)
    yield off
    off.close()


@pytest.fixture
def sifa(tmp_path):
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
    u.add("55.1", "执法案卷1.pdf", pdf_bytes(2))
    u.add("3.1", "权责清单.pdf", pdf_bytes(3))
    u.statements["3.2"] = "已在政府网站公开，见网址。"
    return u


def trust(office, tmp_path, *units):
    path = tmp_path / "allowed_signers"
    path.write_text(allowed_signers(*(u.signer for u in units)), encoding="utf-8")
    return office.trust(path)


def blob_files(office) -> set[str]:
    return {p.name for p in (office.path / "blobs").glob("??/*")}


def db_count(office, table: str) -> int:
    with office.read() as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_registered_units_bundle_is_verified_stored_and_applied(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    report = office.receive([sifa.export()])
    assert [o.status for o in report.outcomes] == ["accepted", "accepted"]  # the index, then the part
    assert report.new_files == 3 and len(blob_files(office)) == 3
    assert [n.code for n in report.notes] == ["applied", "complete"]
    m = office.matrix()
    assert m.cell("55", SIFA).files == 2 and m.cell("55", SIFA).state == PARTIAL  # 5 cases asked, 2 sent
    assert m.cell("3", SIFA).state in (PARTIAL, COMPLETE)
    items = office.evidence(SIFA, "55")
    assert [f.label for f in items[0].files] == ["执法案卷1.pdf", "执法记录台账.pdf"]
    assert all(f.blob_path.read_bytes()[:5] == b"%PDF-" for f in items[0].files)
    assert not list(office.blobs.partial.iterdir())


def test_same_part_twice_is_a_no_op(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    folder = sifa.export()
    office.receive([folder])
    before = (blob_files(office), db_count(office, "parts"), db_count(office, "submissions"), db_count(office, "state_files"))
    again = office.receive([folder, parts_of(folder)[0]])  # the folder, and one of its parts named again
    assert [o.status for o in again.outcomes] == ["duplicate", "duplicate"]
    assert "已收过" in again.outcomes[1].message and again.new_files == 0
    assert (blob_files(office), db_count(office, "parts"), db_count(office, "submissions"),
            db_count(office, "state_files")) == before
    # a copy under another name (a second download of the same mail) is the same part
    copy = tmp_path / "重新下载.zip"
    shutil.copy(parts_of(folder)[0], copy)
    assert office.receive([copy]).outcomes[0].status == "duplicate"


def test_older_submission_after_newer_does_not_overwrite(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    first = sifa.export()
    sifa.add("55.1", "执法案卷2.pdf", pdf_bytes(4))
    sifa.remove("3.1", "权责清单.pdf")
    second = sifa.export()  # SUPPLEMENT: one new file, one tombstone, two files referenced by hash
    report = office.receive([second])
    assert [n.code for n in report.notes] == ["applied", "complete"]
    assert office.submissions(SIFA)[0].chain == "unchecked"  # the first one is not here yet
    cell = office.cell(SIFA, "55")
    assert (cell.files, cell.pending_files) == (1, 2)  # the referenced files were sent in the first submission
    late = office.receive([first])
    older = [n for n in late.notes if n.code == "older"]
    assert len(older) == 1 and "晚于第 2 次报送到达" in older[0].message
    subs = {s.sequence: s for s in office.submissions(SIFA)}
    assert subs[2].in_force and not subs[1].in_force
    assert subs[2].chain == "ok"  # the first index arrived: the chain is now checked
    cell = office.cell(SIFA, "55")
    assert (cell.files, cell.pending_files) == (3, 0)  # the late submission supplied the referenced files
    assert [f.label for f in office.evidence(SIFA, "3")[0].files] == []  # removed by the newer one, not back


def test_parts_arriving_days_apart(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    for n in range(4):
        sifa.add("55.1", f"执法案卷{n + 3}.pdf", pdf_bytes(10 + n, 200_000))
    folder = sifa.export(part_mb=0.25)
    parts = parts_of(folder)
    assert len(parts) >= 3
    day1 = office.receive([parts[1]])
    assert day1.outcomes[0].status == "accepted"
    held = [n for n in day1.notes if n.code == "held"]
    assert held and f"共 {len(parts)} 卷，已收到 1 卷" in held[0].message
    sub = office.submissions(SIFA)[0]
    assert sub.in_force and sub.parts_received == (2,) and sub.completed_at is None
    cell = office.cell(SIFA, "55")
    assert cell.pending_files > 0 and cell.files > 0  # applied at once; the rest shows as on its way
    day2 = office.receive([parts[0], index_of(folder)])
    assert {o.status for o in day2.outcomes} == {"accepted"}
    day3 = office.receive(parts[2:])
    assert any(n.code == "complete" for n in day3.notes)
    sub = office.submissions(SIFA)[0]
    assert sub.complete and sub.completed_at and sub.has_index
    assert office.cell(SIFA, "55").pending_files == 0


def test_unit_not_in_roster(office, tmp_path):
    stranger = UnitBundles("市不存在局", tmp_path / "units", unit_signer("市不存在局"))
    stranger.add("55.1", "a.pdf", pdf_bytes(1))
    folder = stranger.export()
    report = office.receive([folder])
    part = next(o for o in report.outcomes if o.kind == "part")
    assert part.status == "rejected" and part.code == "unit.unknown"
    assert "市不存在局" in part.message and "不在目录" in part.message
    assert blob_files(office) == set() and db_count(office, "submissions") == 0
    assert {r.code for r in office.rejections()} == {"unit.unknown"}


def test_different_catalog_version(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    sifa.catalog_version = "2021-01-01"
    report = office.receive([sifa.export()])
    part = next(o for o in report.outcomes if o.kind == "part")
    assert part.status == "rejected" and part.code == "catalog.mismatch"
    assert "2021-01-01" in part.message and CATALOG.version in part.message
    assert blob_files(office) == set() and db_count(office, "submissions") == 0


def test_unregistered_key_waits_until_its_fingerprint_is_confirmed(office, sifa, tmp_path):
    report = office.receive([sifa.export()])
    assert [o.status for o in report.outcomes] == ["quarantined", "quarantined"]  # the index and the part
    assert sifa.signer.fingerprint in report.outcomes[1].message
    assert blob_files(office) == set() and db_count(office, "rejections") == 0
    waiting = office.quarantined()
    assert len(waiting) == 2 and {q.fingerprint for q in waiting} == {sifa.signer.fingerprint}
    assert office.receive([sifa.last_index.parent]).outcomes[0].status == "duplicate"  # waiting already
    with pytest.raises(UserError, match="不一致"):
        office.register_key(SIFA, waiting[0].public_key, confirm_fingerprint="SHA256:AAAAwrong")
    assert office.keys() == []
    key = office.register_key(SIFA, waiting[0].public_key, confirm_fingerprint=" " + sifa.signer.fingerprint[7:])
    assert key.unit == SIFA
    released = office.receive_quarantined()
    assert [o.status for o in released.outcomes] == ["accepted", "accepted"]
    assert office.submissions(SIFA)[0].has_index
    assert office.quarantined() == [] and len(blob_files(office)) == 3
    assert not any((office.path / "quarantine").iterdir())


def test_key_registered_to_another_unit_is_refused(office, sifa, tmp_path):
    other = UnitBundles(GONGAN, tmp_path / "gongan", sifa.signer)  # 公安局 signing with 司法局's key
    other.add("55.1", "a.pdf", pdf_bytes(9))
    trust(office, tmp_path, sifa)
    part = next(o for o in office.receive([other.export()]).outcomes if o.kind == "part")
    assert part.status == "rejected" and part.code == "key.other-unit"


def test_an_altered_part_is_refused_and_nothing_enters_the_store(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    folder = sifa.export()
    part = parts_of(folder)[0]
    offset, _info = entry_data_offset(part, "执法记录台账.pdf")
    flip_byte(part, offset + 100)
    report = office.receive([part])
    assert report.outcomes[0].status == "rejected" and "核验未通过" in report.outcomes[0].message
    assert blob_files(office) == set() and not list(office.blobs.partial.iterdir())
    assert db_count(office, "parts") == 0


def test_files_are_stored_once_across_units_and_versions(office, sifa, tmp_path):
    gongan = UnitBundles(GONGAN, tmp_path / "gongan", unit_signer(GONGAN))
    gongan.add("55.1", "同一份文件.pdf", pdf_bytes(1))  # the same bytes 司法局 sends
    trust(office, tmp_path, sifa, gongan)
    office.receive([sifa.export(), gongan.export()])
    sifa.add("55.1", "新增.pdf", pdf_bytes(7))
    office.receive([sifa.export(record_status="REPLACEMENT")])  # everything sent again
    assert len(blob_files(office)) == 4
    assert db_count(office, "blobs") == 4


def test_a_whole_usb_stick_with_other_files(office, sifa, tmp_path):
    gongan = UnitBundles(GONGAN, tmp_path / "gongan", unit_signer(GONGAN))
    gongan.add("4.1", "证明事项清单.pdf", pdf_bytes(5))
    trust(office, tmp_path, sifa, gongan)
    stick = tmp_path / "stick"
    shutil.copytree(sifa.export(), stick / "司法局" / "第1次")
    shutil.copytree(gongan.export(), stick / "公安局")
    (stick / "说明.docx").write_bytes(b"not a bundle")
    (stick / "公安局" / ".公安局_part1of1.zip.x1.partial").write_bytes(b"half")
    report = office.receive([stick])
    assert sorted(o.status for o in report.outcomes) == ["accepted"] * 4
    assert set(office.matrix().submissions) == {SIFA, GONGAN}


def test_cancel_keeps_parts_received_completely(office, sifa, tmp_path):
    gongan = UnitBundles(GONGAN, tmp_path / "gongan", unit_signer(GONGAN))
    gongan.add("4.1", "证明事项清单.pdf", pdf_bytes(5, 300_000))
    trust(office, tmp_path, sifa, gongan)
    a, b = parts_of(gongan.export()), parts_of(sifa.export())
    stop = []

    def progress(_done, _total, name):
        if name == b[0].name:  # Cancel pressed while the second part is being read
            stop.append(name)

    with pytest.raises(ReceiveCancelled) as e:
        office.receive(a + b, progress=progress, cancelled=lambda: bool(stop))
    assert len(e.value.report.accepted) == 1
    assert db_count(office, "parts") == 1 and not list(office.blobs.partial.iterdir())
    rest = office.receive(a + b)
    assert sorted(o.status for o in rest.outcomes) == ["accepted", "duplicate"]


def test_supplement_tombstones_and_replacement_reset(office, sifa, tmp_path):
    trust(office, tmp_path, sifa)
    office.receive([sifa.export()])
    sifa.remove("55.1", "执法案卷1.pdf")
    office.receive([sifa.export()])
    assert [f.label for f in office.evidence(SIFA, "55")[0].files] == ["执法记录台账.pdf"]
    sifa.files = {("4.1", "证明.pdf"): pdf_bytes(8)}
    sifa.statements = {}
    office.receive([sifa.export(record_status="REPLACEMENT")])
    assert office.evidence(SIFA, "55")[0].files == ()
    # 55 reaches 司法局 only through a group (各行政执法单位); the replacement no longer lists it
    assert office.cell(SIFA, "55").state == NOT_RESPONSIBLE and office.cell(SIFA, "4").files == 1
    office.set_unit_groups(SIFA, ["各行政执法单位"])
    assert office.cell(SIFA, "55").state == NOTHING
