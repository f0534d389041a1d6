"""Building bundles from files on disk, checked with real external tools (bagit, ssh-keygen, 7zz, unzip)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.core.bundle import NEW, REPLACEMENT, SUPPLEMENT, BundleError, PayloadEntry, PreviousSubmission
from desktop.core.bundle import bagfiles as bf
from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.verify import verify_paths
from desktop.core.bundle.zipwrite import Cancelled, SourceChanged
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import format_allowed_signer
from tests.bundle_support import build, corpus, items, read_entry, signer

KB = 1000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One three-indicator submission split into several 1 MB parts."""
    tmp = tmp_path_factory.mktemp("built")
    entries = corpus(tmp / "src", [300 * KB, 420 * KB, 150 * KB, 610 * KB, 90 * KB, 250 * KB])
    entries.append(PayloadEntry(("四、行政执法严格规范公正文明", "第55项_执法全过程记录", "1_执法记录台账", "情况说明.txt"),
                                "本单位执法记录台账情况说明。\n".encode() * 200, item_id="55.1", indicator_keys=("55",),
                                role="statement"))
    result = build(tmp / "out", entries, part_mb=1)
    return tmp, entries, result


def test_parts_are_written_with_index_and_signature(built):
    tmp, entries, result = built
    assert result.record_status == NEW and len(result.parts) >= 3
    names = sorted(p.name for p in (tmp / "out").iterdir())
    assert names == sorted([result.index_path.name, result.signature_path.name, *(p.path.name for p in result.parts)])
    assert result.index_path.name == "市司法局_第1次报送_20240315.index.json"
    assert result.parts[0].path.name == f"市司法局_第1次报送_20240315_part1of{len(result.parts)}.zip"
    assert all(p.size <= 1_000_000 for p in result.parts)
    assert result.sent_files == len(entries)
    assert sum(p.files for p in result.parts) == len(entries)


def test_every_part_unpacks_to_one_folder_named_like_the_file(built):
    _tmp, _e, result = built
    for part in result.parts:
        with zipfile.ZipFile(part.path) as z:
            tops = {n.split("/", 1)[0] for n in z.namelist()}
            assert tops == {part.path.stem}
            names = z.namelist()
            assert names == sorted(names, key=lambda n: n.encode())
            for info in z.infolist():
                assert info.flag_bits & 0x800  # UTF-8 names
                assert info.date_time == (2024, 3, 15, 10, 15, 0)
                if info.filename.endswith(".pdf"):
                    assert info.compress_type == zipfile.ZIP_STORED
                if info.filename.endswith((".txt", ".json")) and info.file_size > 300:
                    assert info.compress_type == zipfile.ZIP_DEFLATED


def test_payload_paths_follow_the_catalog(built):
    _tmp, _e, result = built
    paths = [f.path for f in result.state]
    assert "data/四、行政执法严格规范公正文明/第55项_执法全过程记录/1_执法记录台账/01_执法记录台账扫描件.pdf" in paths
    assert all(len(p) <= 180 for p in paths)


@pytest.mark.skipif(shutil.which("7zz") is None or shutil.which("unzip") is None, reason="7zz/unzip missing")
def test_7zip_and_unzip_accept_every_part(built):
    _tmp, _e, result = built
    for part in result.parts:
        r = subprocess.run(["7zz", "t", str(part.path)], capture_output=True, text=True)
        assert r.returncode == 0 and "Everything is Ok" in r.stdout, r.stdout + r.stderr
        r = subprocess.run(["unzip", "-t", str(part.path)], capture_output=True, text=True)
        assert r.returncode == 0 and "No errors detected" in r.stdout, r.stdout + r.stderr


def _unpack(part: Path, dest: Path) -> Path:
    with zipfile.ZipFile(part) as z:
        z.extractall(dest)
    return dest / part.stem


def test_bagit_validator_accepts_unpacked_parts(built, tmp_path):
    bagit = pytest.importorskip("bagit")
    _tmp, _e, result = built
    for part in result.parts:
        bag = bagit.Bag(str(_unpack(part.path, tmp_path / part.path.stem)))
        bag.validate()  # raises BagValidationError on any problem
        assert bag.info["Bag-Count"] == f"{part.number} of {len(result.parts)}"
        assert bag.info["Source-Organization"] == "市司法局"
        assert bag.info["Record-Status"] == "NEW"


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen missing")
def test_ssh_keygen_verifies_part_and_index_signatures(built, tmp_path):
    _tmp, _e, result = built
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(format_allowed_signer("市司法局", signer().public_key, sshsig.BUNDLE_NAMESPACE) + "\n")
    for part in result.parts[:2]:
        bag = _unpack(part.path, tmp_path / f"u{part.number}")
        r = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(allowed), "-I", "市司法局", "-n", sshsig.BUNDLE_NAMESPACE,
                            "-s", str(bag / bf.SIGNATURE)], input=(bag / bf.TAGMANIFEST).read_bytes(), capture_output=True)
        assert r.returncode == 0, r.stderr
        # and the tag manifest really covers the files (sha256sum layout)
        r = subprocess.run(["sha256sum", "-c", bf.TAGMANIFEST], cwd=bag, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout
        r = subprocess.run(["sha256sum", "-c", bf.MANIFEST], cwd=bag, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout
    r = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(allowed), "-I", "市司法局", "-n", sshsig.BUNDLE_NAMESPACE,
                        "-s", str(result.signature_path)], input=result.index_path.read_bytes(), capture_output=True)
    assert r.returncode == 0, r.stderr


def test_index_lists_parts_with_their_sha256(built):
    _tmp, _e, result = built
    index = json.loads(result.index_path.read_text(encoding="utf-8"))
    assert index["submission_id"] == result.submission_id
    assert [p["file"] for p in index["parts"]] == [p.path.name for p in result.parts]
    for entry, part in zip(index["parts"], result.parts):
        assert entry["sha256"] == hashlib.sha256(part.path.read_bytes()).hexdigest()
    assert hashlib.sha256(result.index_path.read_bytes()).hexdigest() == result.index_sha256


def test_submission_json_describes_everything_in_every_part(built):
    _tmp, entries, result = built
    docs = [read_entry(p.path, "/submission.json") for p in result.parts]
    assert len(set(docs)) == 1
    doc = json.loads(docs[0])
    assert doc["unit"] == "市司法局" and doc["record_status"] == "NEW" and doc["previous"] is None
    assert {i["id"] for i in doc["items"]} == {"55.1", "56.2", "3.1"}
    assert doc["items"][1]["statement"] or doc["items"][0]["statement"]
    assert len(doc["files"]) == len(entries)
    assert {f["part"] for f in doc["files"]} == set(range(1, len(result.parts) + 1))
    assert doc["removed"] == []


def test_whole_set_verifies(built):
    tmp, _e, result = built
    report = verify_paths([tmp / "out"])
    assert report.ok, [c.en for c in report.failures]
    assert any(c.code == "set.complete" for c in report.checks)


def test_same_content_gives_byte_identical_bundle(built, tmp_path):
    tmp, entries, result = built
    again = build(tmp_path / "again", entries, part_mb=1)
    for a, b in zip(result.parts, again.parts):
        assert a.path.read_bytes() == b.path.read_bytes()
    assert result.index_path.read_bytes() == again.index_path.read_bytes()
    # the order entries arrive in does not matter either
    shuffled = build(tmp_path / "shuffled", list(reversed(entries)), part_mb=1)
    assert [p.sha256 for p in shuffled.parts] == [p.sha256 for p in result.parts]


def test_single_file_over_the_limit_gets_its_own_part_and_a_warning(tmp_path):
    entries = corpus(tmp_path / "src", [200 * KB, 1_500 * KB, 100 * KB])
    result = build(tmp_path / "out", entries, part_mb=1)
    big = [p for p in result.parts if p.oversize]
    assert len(big) == 1 and big[0].files == 1 and big[0].size > 1_000_000
    assert [w.code for w in result.warnings] == ["part.oversize"]
    assert "U 盘" in result.warnings[0].zh
    assert verify_paths([tmp_path / "out"]).ok


def test_large_and_small_limits(tmp_path):
    entries = corpus(tmp_path / "src", [100 * KB] * 4)
    one = build(tmp_path / "one", entries)  # default 20 MB: a single part
    assert len(one.parts) == 1 and one.parts[0].path.name.endswith("_part1of1.zip")
    with pytest.raises(BundleError):
        build(tmp_path / "tiny", entries, part_mb=0.01)


def test_existing_files_are_not_overwritten(built):
    tmp, entries, _result = built
    with pytest.raises(BundleError) as e:
        build(tmp / "out", entries, part_mb=1)
    assert "同名" in e.value.message


def test_cancel_leaves_nothing_behind(tmp_path):
    entries = corpus(tmp_path / "src", [400 * KB] * 5)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    (tmp_path / "out").mkdir()
    with pytest.raises(Cancelled):
        build(tmp_path / "out", entries, part_mb=1, cancelled=cancelled)
    assert list((tmp_path / "out").iterdir()) == []


def test_source_changed_since_planning_is_refused(tmp_path):
    entries = corpus(tmp_path / "src", [100 * KB, 100 * KB])
    wrong = PayloadEntry(entries[0].parts, entries[0].source, item_id="55.1", sha256="0" * 64)
    (tmp_path / "out").mkdir()
    with pytest.raises(SourceChanged) as e:
        build(tmp_path / "out", [wrong, entries[1]])
    assert "evidence-desk check" in e.value.message
    assert list((tmp_path / "out").iterdir()) == []


def test_missing_source_file_is_a_clear_error(tmp_path):
    entries = corpus(tmp_path / "src", [10 * KB])
    entries[0].source.unlink()
    with pytest.raises(BundleError) as e:
        build(tmp_path / "out", entries)
    assert "找不到" in e.value.message


# --- increments --------------------------------------------------------------------------------------------------


def test_supplement_sends_only_changes_and_tombstones_removals(tmp_path):
    entries = corpus(tmp_path / "src", [100 * KB, 120 * KB, 140 * KB, 160 * KB])
    first = build(tmp_path / "s1", entries, part_mb=1)
    prev = PreviousSubmission.load(first.index_path)
    assert prev.index_sha256 == first.index_sha256 and len(prev.files) == 4
    changed_src = tmp_path / "src" / "changed.pdf"
    changed_src.write_bytes(entries[1].source.read_bytes() + b"more")
    new_src = tmp_path / "src" / "new.pdf"
    new_src.write_bytes(b"%PDF-1.7\nnew evidence\n")
    current = [entries[0], PayloadEntry(entries[1].parts, changed_src, item_id=entries[1].item_id),
               entries[3], PayloadEntry(("四、行政执法严格规范公正文明", "第55项_x", "1_y", "新增.pdf"), new_src, item_id="55.1")]
    second = build(tmp_path / "s2", current, seq=2, sid="20240401-090000-bbbbbb", previous=prev, changes_only=True)
    assert second.record_status == SUPPLEMENT
    assert second.sent_files == 2 and second.referenced_files == 2
    sent = {f.path for f in second.state if f.part}
    assert any(p.endswith("新增.pdf") for p in sent)
    refs = [f for f in second.state if f.sent_in]
    assert all(f.sent_in == first.submission_id for f in refs)
    # unchanged files keep their path and are referenced by hash
    first_paths = {f.sha256: f.path for f in first.state}
    assert all(first_paths[f.sha256] == f.path for f in refs)
    removed = {r["sha256"] for r in second.removed}
    assert removed == {first.state[i].sha256 for i in range(4)} - {f.sha256 for f in second.state}
    assert len(removed) == 2  # the changed file's old version and the dropped one
    doc = json.loads(read_entry(second.parts[0].path, "/submission.json"))
    assert doc["previous"] == {"submission_id": first.submission_id, "index_sha256": first.index_sha256, "sequence": 1}
    assert len(doc["removed"]) == 2
    bag_info = read_entry(second.parts[0].path, "/bag-info.txt").decode()
    assert f"Previous-Index-SHA256: {first.index_sha256}" in bag_info and "Record-Status: SUPPLEMENT" in bag_info
    report = verify_paths([tmp_path / "s1", tmp_path / "s2"])
    assert report.ok, [c.en for c in report.failures]
    assert any(c.code == "chain.ok" for c in report.checks)
    # a third increment chains on the second and still knows what the first one sent
    third = build(tmp_path / "s3", current, seq=3, sid="20240410-090000-cccccc",
                  previous=PreviousSubmission.load(second.index_path), changes_only=True)
    assert third.sent_files == 0 and third.referenced_files == 4
    assert {f.sent_in for f in third.state} == {first.submission_id, second.submission_id}
    assert verify_paths([tmp_path / "s2", tmp_path / "s3"]).ok


def test_replacement_sends_everything_again_chained(tmp_path):
    entries = corpus(tmp_path / "src", [100 * KB, 120 * KB])
    first = build(tmp_path / "s1", entries)
    second = build(tmp_path / "s2", entries[:1], seq=2, sid="20240401-090000-bbbbbb",
                   previous=PreviousSubmission.load(first.index_path))
    assert second.record_status == REPLACEMENT
    assert second.sent_files == 1 and second.referenced_files == 0
    assert len(second.removed) == 1
    assert verify_paths([tmp_path / "s1", tmp_path / "s2"]).ok


def test_increment_must_follow_the_same_unit_and_a_later_sequence(tmp_path):
    entries = corpus(tmp_path / "src", [10 * KB])
    first = build(tmp_path / "s1", entries)
    prev = PreviousSubmission.load(first.index_path)
    with pytest.raises(BundleError):
        build(tmp_path / "s2", entries, seq=1, sid="x-2", previous=prev)
    with pytest.raises(BundleError):
        PreviousSubmission.load(first.parts[0].path)  # a part is not an index


def test_empty_supplement_still_makes_a_valid_bag(tmp_path):
    bagit = pytest.importorskip("bagit")
    entries = corpus(tmp_path / "src", [10 * KB])
    first = build(tmp_path / "s1", entries)
    second = build(tmp_path / "s2", entries, seq=2, sid="x-2", previous=PreviousSubmission.load(first.index_path),
                   changes_only=True, items=items()[:1])
    assert second.sent_files == 0 and len(second.parts) == 1
    assert check_part(second.parts[0].path).ok
    with zipfile.ZipFile(second.parts[0].path) as z:
        z.extractall(tmp_path / "x")
    bagit.Bag(str(tmp_path / "x" / second.parts[0].path.stem)).validate()


def test_no_private_key_material_in_any_output(built):
    from cryptography.hazmat.primitives import serialization

    tmp, _e, _result = built
    raw = signer()._key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption())
    import base64

    needles = [raw, base64.b64encode(raw), raw.hex().encode(), b"PRIVATE KEY"]
    for f in (tmp / "out").iterdir():
        blobs = [f.read_bytes()]
        if f.suffix == ".zip":
            with zipfile.ZipFile(f) as z:
                blobs += [z.read(i) for i in z.infolist()]  # deflated entries too
        assert not any(n in b for n in needles for b in blobs), f.name


def test_part_size_presets_are_one_sane_table():
    from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS, preset

    keys = [p.key for p in PRESETS]
    assert len(set(keys)) == len(keys) and preset("default").part_mb == DEFAULT_PART_MB == 20
    assert all(0 < p.part_mb < 4096 and p.zh and p.en for p in PRESETS)  # FAT32 holds files under 4 GiB
