"""Damaged, tampered and hostile bundles: each is rejected with a precise message, nothing is written anywhere."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.core.bundle import PreviousSubmission
from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.verify import verify_paths
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import format_allowed_signer, parse_allowed_signers
from tests.bundle_support import build, corpus, entry_data_offset, flip_byte, listing, read_entry, rezip, signer

KB = 1000
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("good")
    entries = corpus(tmp / "src", [300 * KB, 420 * KB, 150 * KB, 610 * KB, 90 * KB])
    build(tmp / "out", entries, part_mb=1)
    return tmp / "out"


@pytest.fixture
def bundle(good, tmp_path) -> Path:
    dst = tmp_path / "bundle"
    shutil.copytree(good, dst)
    return dst


def parts_of(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.zip"))


def codes(report) -> set[str]:
    return {c.code for c in report.failures}


def messages(report) -> str:
    return "\n".join(c.zh for c in report.failures)


def test_the_untouched_bundle_verifies(bundle):
    report = verify_paths([bundle])
    assert report.ok and report.exit_code == 0, messages(report)


# --- flipped bytes -------------------------------------------------------------------------------------------------


def test_flipped_byte_in_payload_file(bundle):
    part = parts_of(bundle)[0]
    offset, info = entry_data_offset(part, ".pdf")
    flip_byte(part, offset + info.file_size // 2)
    report = verify_paths([bundle])
    assert not report.ok
    bad = [c for c in report.failures if c.code == "zip.crc"]
    assert len(bad) == 1 and bad[0].entry == info.filename.split("/", 1)[1]
    assert "CRC" in bad[0].zh and bad[0].subject == part.name
    assert codes(report) == {"zip.crc"}


def test_payload_altered_with_recomputed_crc(bundle, tmp_path):
    part = parts_of(bundle)[0]
    name = next(n for n in zipfile.ZipFile(part).namelist() if n.endswith(".pdf"))
    original = read_entry(part, name)
    rezip(part, tmp_path / "x.zip", {name: original[:-1] + bytes([original[-1] ^ 1])})
    shutil.move(tmp_path / "x.zip", part)
    report = check_part(part)
    [bad] = [c for c in report.failures if c.code == "payload.altered"]
    assert bad.entry == name.split("/", 1)[1] and "SHA-256" in bad.zh


def test_flipped_byte_in_bag_info(bundle):
    part = parts_of(bundle)[0]
    offset, info = entry_data_offset(part, "/bag-info.txt")
    flip_byte(part, offset + 3)
    report = check_part(part)
    assert any(c.entry == "bag-info.txt" for c in report.failures), messages(report)


def test_edited_bag_info_breaks_the_signed_tag_manifest(bundle, tmp_path):
    part = parts_of(bundle)[0]
    info = read_entry(part, "/bag-info.txt").replace("市司法局".encode(), "市公安局".encode())
    rezip(part, tmp_path / "x.zip", {"/bag-info.txt": info})
    report = check_part(tmp_path / "x.zip")
    [bad] = [c for c in report.failures if c.code == "tagmanifest.altered"]
    assert bad.entry == "bag-info.txt" and "签名后被改动" in bad.zh


def test_flipped_byte_in_manifest(bundle, tmp_path):
    part = parts_of(bundle)[1]
    offset, _info = entry_data_offset(part, "/manifest-sha256.txt")
    flip_byte(part, offset + 5)
    assert any(c.entry == "manifest-sha256.txt" for c in check_part(part).failures)
    # edited consistently (valid CRC), the signature's tag manifest catches it
    manifest = read_entry(parts_of(bundle)[2], "/manifest-sha256.txt")
    edited = bytes([manifest[0] ^ 1]) + manifest[1:] if manifest[:1] != b"0" else b"1" + manifest[1:]
    rezip(parts_of(bundle)[2], tmp_path / "m.zip", {"/manifest-sha256.txt": edited})
    report = check_part(tmp_path / "m.zip")
    assert {"tagmanifest.altered", "payload.altered"} <= codes(report)


def test_flipped_byte_in_signature(bundle, tmp_path):
    part = parts_of(bundle)[0]
    sig = read_entry(part, "/tagmanifest-sha256.txt.sshsig").decode()
    lines = sig.splitlines()
    lines[-2] = lines[-2][:5] + ("A" if lines[-2][5] != "A" else "B") + lines[-2][6:]
    rezip(part, tmp_path / "x.zip", {".sshsig": ("\n".join(lines) + "\n").encode()})
    report = check_part(tmp_path / "x.zip")
    [bad] = [c for c in report.failures if c.code.startswith("signature.")]
    assert bad.code in ("signature.mismatch", "signature.malformed") and "签名" in bad.zh
    # and a raw flipped byte in the stored signature entry is caught by the ZIP's CRC
    offset, _ = entry_data_offset(part, ".sshsig")
    flip_byte(part, offset + 40)
    assert any(c.entry.endswith(".sshsig") for c in check_part(part).failures)


def _central_directory_offset(path: Path) -> int:
    data = path.read_bytes()
    eocd = data.rfind(b"PK\x05\x06")
    return struct.unpack_from("<I", data, eocd + 16)[0]


def test_flipped_byte_in_central_directory(bundle):
    part = parts_of(bundle)[0]
    cd = _central_directory_offset(part)
    with zipfile.ZipFile(part) as z:
        n_dirs = 0
        for info in z.infolist():
            if info.filename.endswith(".pdf"):
                break
            n_dirs += 1
    # walk to that entry's record and flip a bit of its CRC field
    data = part.read_bytes()
    pos = cd
    for _ in range(n_dirs):
        nlen, elen, clen = struct.unpack_from("<HHH", data, pos + 28)
        pos += 46 + nlen + elen + clen
    flip_byte(part, pos + 16)
    report = check_part(part)
    assert "zip.local" in codes(report), messages(report)
    assert any(".pdf" in c.entry for c in report.failures)


def test_truncated_zip(bundle):
    part = parts_of(bundle)[0]
    data = part.read_bytes()
    part.write_bytes(data[: len(data) // 2])
    report = verify_paths([bundle])
    [bad] = [c for c in report.failures if c.subject == part.name]
    assert bad.code == "zip.truncated" and "截断" in bad.zh


def test_a_zip_cut_just_before_its_end_record(bundle):
    part = parts_of(bundle)[1]
    part.write_bytes(part.read_bytes()[:-1])
    assert "zip.truncated" in codes(check_part(part))


# --- part sets -----------------------------------------------------------------------------------------------------


def test_part_missing(bundle):
    gone = parts_of(bundle)[1]
    gone.unlink()
    report = verify_paths([bundle])
    [bad] = [c for c in report.failures if c.code == "set.missing-part"]
    assert "缺少第 2 卷" in bad.zh and gone.name in bad.zh
    # checked on their own, the remaining parts are fine
    assert verify_paths(parts_of(bundle), allow_incomplete=True).ok


def test_part_from_another_submission(bundle, tmp_path):
    other = corpus(tmp_path / "src2", [300 * KB, 420 * KB, 150 * KB, 610 * KB, 90 * KB], seed=7)
    build(tmp_path / "other", other, part_mb=1, sid="20240315-101500-ffffff")
    intruder = next(p for p in parts_of(tmp_path / "other") if "part2of" in p.name)
    target = bundle / intruder.name
    assert target.exists()  # same unit, sequence and day: the same file name
    shutil.copyfile(intruder, target)
    report = verify_paths([bundle])
    [bad] = [c for c in report.failures if c.code == "set.foreign-part"]
    assert "属于另一次报送" in bad.zh and "20240315-101500-ffffff" in bad.zh
    assert "set.missing-part" in codes(report)


def test_part_from_a_re_export_under_the_same_submission_id(bundle, tmp_path):
    other = corpus(tmp_path / "src2", [300 * KB, 420 * KB, 150 * KB, 610 * KB, 90 * KB], seed=9)
    build(tmp_path / "again", other, part_mb=1)  # same id, same names, other content
    first = parts_of(tmp_path / "again")[0]
    shutil.copyfile(first, bundle / first.name)
    report = verify_paths([bundle])
    assert {"set.index-mismatch", "set.inconsistent"} <= codes(report)
    bad = [c for c in report.failures if c.code == "set.index-mismatch" and first.name in c.zh]
    assert len(bad) == 1 and "签名索引" in bad[0].zh


def test_index_altered(bundle):
    index = next(bundle.glob("*.index.json"))
    index.write_bytes(index.read_bytes().replace(b'"sequence": 1', b'"sequence": 2'))
    report = verify_paths([bundle])
    assert "index.signature" in codes(report)


def test_index_signature_missing(bundle):
    next(bundle.glob("*.sshsig")).unlink()
    assert "index.unsigned" in codes(verify_paths([bundle]))


def test_signed_by_a_key_not_in_the_trust_file(tmp_path):
    entries = corpus(tmp_path / "src", [50 * KB])
    build(tmp_path / "out", entries, key=signer(2))
    trust = parse_allowed_signers(format_allowed_signer("市司法局", signer(1).public_key, sshsig.BUNDLE_NAMESPACE), "allowed_signers")
    report = verify_paths([tmp_path / "out"], trust=trust)
    bad = [c for c in report.failures if c.code == "signature.untrusted"]
    assert bad and signer(2).fingerprint in bad[0].zh and "allowed_signers" in bad[0].zh
    good = parse_allowed_signers(format_allowed_signer("市司法局", signer(2).public_key, sshsig.BUNDLE_NAMESPACE), "as")
    assert verify_paths([tmp_path / "out"], trust=good).ok


def test_key_registered_to_another_unit(tmp_path):
    entries = corpus(tmp_path / "src", [50 * KB])
    build(tmp_path / "out", entries)
    trust = parse_allowed_signers(format_allowed_signer("市公安局", signer(1).public_key, sshsig.BUNDLE_NAMESPACE), "as")
    report = verify_paths([tmp_path / "out"], trust=trust)
    assert "signature.principal" in codes(report)
    assert "市公安局" in messages(report) and "市司法局" in messages(report)


def test_broken_chain_to_previous_submission(tmp_path):
    entries = corpus(tmp_path / "src", [50 * KB, 60 * KB])
    first = build(tmp_path / "s1", entries)
    build(tmp_path / "s2", entries[:1], seq=2, sid="x-2", previous=PreviousSubmission.load(first.index_path),
          changes_only=True)
    # the office holds a different "first submission" with the same id (re-exported, or forged)
    shutil.rmtree(tmp_path / "s1")
    build(tmp_path / "s1", entries[1:])
    report = verify_paths([tmp_path / "s1", tmp_path / "s2"])
    [bad] = [c for c in report.failures if c.code == "chain.broken"]
    assert "SHA-256" in bad.zh


# --- crafted hostile ZIPs -------------------------------------------------------------------------------------------


def _zip_with(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            z.writestr(info, data)
    return path


def _assert_rejected(path: Path, code: str, word: str) -> None:
    report = check_part(path)
    bad = [c for c in report.failures if c.code == code]
    assert bad, messages_of(report)
    assert word in bad[0].zh
    assert "zip.unsafe" in {c.code for c in report.failures}


def messages_of(report) -> str:
    return "\n".join(f"{c.code}: {c.zh}" for c in report.failures)


def test_crafted_zip_with_dotdot_path(tmp_path):
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("bag/bagit.txt", b"x"), ("bag/../../evil.txt", b"x")]),
                     "path.traversal", "..")


def test_crafted_zip_with_windows_dotdot_variants(tmp_path):
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("bag/.. /evil.txt", b"x")]), "path.traversal", "..")
    _assert_rejected(_zip_with(tmp_path / "b.zip", [("bag\\..\\evil.txt", b"x")]), "path.backslash", "反斜杠")


def test_crafted_zip_with_absolute_path(tmp_path):
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("/etc/evil.txt", b"x")]), "path.absolute", "绝对路径")


def test_crafted_zip_with_drive_letter(tmp_path):
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("C:/Windows/evil.txt", b"x")]), "path.drive", "盘符")


def test_crafted_zip_with_symlink(tmp_path):
    link = zipfile.ZipInfo("bag/data/link.pdf")
    link.create_system = 3
    link.external_attr = (0o120777 << 16)
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("bag/bagit.txt", b"x"), (link, b"/etc/passwd")]),
                     "zip.symlink", "符号链接")


def test_crafted_zip_with_names_equal_after_case_folding(tmp_path):
    _assert_rejected(_zip_with(tmp_path / "a.zip", [("bag/data/Report.pdf", b"1"), ("bag/data/REPORT.pdf", b"2")]),
                     "path.duplicate", "重名")
    # and after Unicode normalisation (é composed vs decomposed)
    _assert_rejected(_zip_with(tmp_path / "b.zip", [("bag/data/caf\u00e9.pdf", b"1"), ("bag/data/cafe\u0301.pdf", b"2")]),
                     "path.duplicate", "重名")


def _bomb_stream(gib: int) -> bytes:
    """A deflate stream that inflates to ``gib`` GiB of zeros, made in milliseconds from one repeated block."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = co.compress(bytes(1 << 24)) + co.flush(zlib.Z_FULL_FLUSH)
    return block * (gib * 64) + co.flush()


def _raw_zip(path: Path, name: str, stream: bytes, declared: int, crc: int = 0) -> Path:
    raw = name.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, len(stream), declared, len(raw), 0) + raw
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, 0x800, 8, 0, 0x21, crc, len(stream), declared,
                          len(raw), 0, 0, 0, 0, 0o100644 << 16, 0) + raw
    body = local + stream
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(body), 0)
    path.write_bytes(body + central + eocd)
    return path


def test_crafted_zip_bomb_declaring_gigabytes(tmp_path):
    bomb = _raw_zip(tmp_path / "bomb.zip", "bag/data/zeros.pdf", _bomb_stream(3), 3 << 30)
    assert bomb.stat().st_size < 5 << 20
    _assert_rejected(bomb, "zip.bomb", "ZIP 炸弹")


def test_crafted_zip_bomb_lying_about_its_size(tmp_path):
    bomb = _raw_zip(tmp_path / "liar.zip", "bag/data/zeros.pdf", _bomb_stream(2), 1000)
    from desktop.core.bundle.zipread import SafeZipReader

    with SafeZipReader(bomb) as r:
        assert r.problems == []  # nothing looks wrong until it is read…
        _sha, errors = r.scan(lambda m: None)
    [problem] = errors.values()
    assert problem.code == "zip.bomb" and "比声明的大" in problem.zh  # …and reading stops at the declared size


def test_verification_writes_nothing_anywhere(tmp_path):
    hostile = tmp_path / "in"
    hostile.mkdir()
    _zip_with(hostile / "a.zip", [("bag/../../evil.txt", b"x"), ("/tmp/evil2.txt", b"x")])
    _raw_zip(hostile / "b.zip", "bag/data/zeros.pdf", _bomb_stream(1), 1000)
    link = zipfile.ZipInfo("bag/data/l")
    link.create_system, link.external_attr = 3, 0o120777 << 16
    _zip_with(hostile / "c.zip", [(link, b"/etc/passwd")])
    before = listing(hostile)
    cwd, tmpdir = tmp_path / "cwd", tmp_path / "tmpdir"
    cwd.mkdir()
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    r = subprocess.run([sys.executable, "-m", "desktop", "verify", str(hostile)], cwd=cwd, env=env,
                       capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert r.returncode == 1, r.stderr
    assert "不安全的路径" in r.stdout and "符号链接" in r.stdout
    assert listing(hostile) == before
    assert list(cwd.iterdir()) == [] and list(tmpdir.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil2.txt").exists()


def test_not_a_zip_and_unknown_inputs(tmp_path):
    (tmp_path / "x.zip").write_text("hello")
    (tmp_path / "notes.txt").write_text("hello")
    report = verify_paths([tmp_path / "x.zip", tmp_path / "notes.txt", tmp_path / "missing.zip"])
    assert {"zip.truncated", "input.unknown", "input.missing"} <= codes(report)
    assert verify_paths([tmp_path / "empty"] if (tmp_path / "empty").mkdir() is None else []).exit_code == 1
