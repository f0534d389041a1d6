"""Verifying one part on its own: ZIP structure and CRCs, safe paths, the BagIt manifests, the signature.

A part is self-contained: it carries its own signature and the description of the whole
submission, so the office can check and import it the day it arrives, before the other
parts. Content is streamed from the ZIP (never extracted) in one sequential pass.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from desktop.core.bundle import bagfiles as bf
from desktop.core.bundle.bagpath import windows_problem
from desktop.core.bundle.model import SUBMISSION_FORMAT
from desktop.core.bundle.report import INFO, WARNING, PartReport
from desktop.core.bundle.zipread import Consumer, EntryError, Limits, SafeZipReader, ZipFatal
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import TrustFile

TAG_LIMITS = {bf.BAGIT_TXT: 4096, bf.BAG_INFO: 1 << 20, bf.MANIFEST: 64 << 20, bf.TAGMANIFEST: 1 << 20,
              bf.SIGNATURE: 64 << 10, bf.SUBMISSION_JSON: 64 << 20}


def check_part(path: Path, *, trust: TrustFile | None = None, expected_fingerprint: str | None = None,
               expected_bag: str | None = None, limits: Limits = Limits(), content: bool = True,
               file_hash: bool = False, progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, pool: ThreadPoolExecutor | None = None,
               payload_sink: Callable[[str, str], Consumer | None] | None = None) -> PartReport:
    """Check one part file; never raises for bad input, every finding is a row in the report.

    ``content`` checks every payload file's SHA-256 against the manifest (what the office
    needs); ``file_hash`` computes the ZIP file's own SHA-256 (what the export's read-back
    needs for the index). CRC-32 of every entry is always checked. Each costs one pass of
    SHA-256 over the data, so callers ask only for what they use. ``pool`` (3 workers) runs
    the hashes; callers checking many parts pass one so its threads start only once.

    ``payload_sink(path in the bag, sha256 the manifest promises)`` may return an object
    with ``update(data)`` that receives the payload file's plain data in the same pass
    (the office stores files while checking them); it is only a copy of what was hashed,
    so whether to keep it is decided from the report afterwards. Needs ``content``. Like
    every consumer it must not keep the pieces it is given (they are views of reused buffers).
    """
    rep = PartReport(Path(path))
    try:
        if pool is None:
            with ThreadPoolExecutor(max_workers=3, thread_name_prefix="verify") as own:
                _check(rep, trust, expected_fingerprint, expected_bag, limits, content, file_hash, progress, cancelled, own,
                       payload_sink)
        else:
            _check(rep, trust, expected_fingerprint, expected_bag, limits, content, file_hash, progress, cancelled, pool,
                   payload_sink)
    except OSError as e:  # the file vanished or the device failed while it was being read
        rep.fail("input.unreadable", f"读取文件时出错：{e.strerror or e}。", f"Reading the file failed: {e.strerror or e}.")
    return rep


def _check(rep: PartReport, trust, expected_fingerprint, expected_bag, limits, content, file_hash, progress,
           cancelled, pool: ThreadPoolExecutor, payload_sink=None) -> None:
    path = rep.path
    try:
        reader = SafeZipReader(path, limits)
    except ZipFatal as e:
        p = e.problem
        rep.fail(p.code, f"无法作为 ZIP 读取：{p.zh}。", f"Cannot be read as a ZIP: {p.en}.", p.entry)
        return
    except OSError as e:
        rep.fail("input.unreadable", f"无法读取文件：{e.strerror or e}。", f"Cannot read the file: {e.strerror or e}.")
        return
    with reader:
        rep.zip_size = reader.size
        if reader.problems:
            for p in reader.problems:
                rep.fail(p.code, f"{p.entry}：{p.zh}" if p.entry else p.zh, f"{p.entry}: {p.en}" if p.entry else p.en, p.entry)
            rep.fail("zip.unsafe", "ZIP 中有不安全或损坏的条目，未读取其内容。",
                     "The ZIP has unsafe or damaged entries; its content was not read.")
            return
        rep.add("zip.structure", True, f"ZIP 结构完好（{len(reader.members)} 个条目，路径安全）。",
                f"ZIP structure sound ({len(reader.members)} entries, safe paths).")
        members = _layout(rep, reader, expected_bag)
        if members is None:
            return
        tags = _read_tags(rep, reader, members)
        if tags is None:
            return
        _check_bagit(rep, tags)
        _check_signature(rep, tags, trust, expected_fingerprint)
        _check_tagmanifest(rep, tags)
        manifest = _check_manifest_lists(rep, tags, members)
        _check_submission(rep, tags, manifest)
        _check_payload(rep, reader, members, manifest, content, file_hash, progress, cancelled, pool, payload_sink)


def _layout(rep: PartReport, reader: SafeZipReader, expected_bag: str | None) -> dict | None:
    tops = {m.name.split("/", 1)[0] for m in reader.members}
    if len(tops) != 1 or any("/" not in m.name for m in reader.members):
        rep.fail("bag.layout", "ZIP 中的内容不在同一个文件夹内，不是本程序生成的资料包。",
                 "The ZIP does not unpack to a single folder: not a bundle made by this program.")
        return None
    rep.bag = tops.pop()
    if expected_bag and rep.bag != expected_bag:
        rep.fail("bag.name", f"包内文件夹名“{rep.bag}”与预期的“{expected_bag}”不符。",
                 f"The folder inside is '{rep.bag}', expected '{expected_bag}'.")
    elif rep.path.suffix.lower() == ".zip" and rep.path.stem != rep.bag and not rep.path.name.startswith("."):
        rep.add("bag.filename", False, f"文件名与包内文件夹名“{rep.bag}”不同（可能被邮件改名，不影响核验）。",
                f"The file name differs from the folder inside, '{rep.bag}' (renamed in transit? harmless).", level=INFO)
    members = {}
    for m in reader.members:
        rel = m.name[len(rep.bag) + 1:]
        for comp in rel.rstrip("/").split("/"):
            if comp and windows_problem(comp):
                rep.fail("path.windows", f"{rel}：名称在 Windows 上无效（{windows_problem(comp)}）。",
                         f"{rel}: not a valid Windows name ({windows_problem(comp)}).", rel)
                break
        if rel and not m.is_dir:
            members[rel] = m
    for rel in members:
        if "/" not in rel and rel not in bf.TAG_FILES:
            rep.fail("bag.extra-tag", f"多出一个未签名的文件：{rel}。", f"An unsigned extra file: {rel}.", rel)
        elif "/" in rel and not rel.startswith(bf.PAYLOAD_DIR + "/"):
            rep.fail("bag.extra-tag", f"多出一个不在 data/ 中的文件：{rel}。", f"An extra file outside data/: {rel}.", rel)
    return members


def _read_tags(rep: PartReport, reader: SafeZipReader, members: dict) -> dict[str, bytes] | None:
    tags: dict[str, bytes] = {}
    for name in bf.TAG_FILES:
        m = members.get(name)
        if m is None:
            rep.fail("bag.missing-tag", f"缺少 {name}。", f"{name} is missing.", name)
            continue
        try:
            tags[name] = reader.read(m, TAG_LIMITS[name])
        except EntryError as e:
            rep.fail(e.problem.code, f"{name}：{e.problem.zh}。", f"{name}: {e.problem.en}.", name)
    if bf.TAGMANIFEST not in tags or bf.BAG_INFO not in tags:
        return None
    try:
        rep.bag_info = dict(bf.parse_bag_info(tags[bf.BAG_INFO]))
    except (ValueError, UnicodeDecodeError) as e:
        rep.fail("bag.info", f"bag-info.txt 格式错误：{e}。", f"bag-info.txt is malformed: {e}.", bf.BAG_INFO)
    return tags


def _check_bagit(rep: PartReport, tags: dict[str, bytes]) -> None:
    if tags.get(bf.BAGIT_TXT) == bf.BAGIT_CONTENT:
        return
    rep.fail("bag.declaration", "bagit.txt 内容不对（应声明 BagIt 1.0、UTF-8）。",
             "bagit.txt does not declare BagIt 1.0 with UTF-8.", bf.BAGIT_TXT)


def _check_signature(rep: PartReport, tags: dict[str, bytes], trust: TrustFile | None, expected: str | None) -> None:
    sig = tags.get(bf.SIGNATURE)
    if sig is None:
        return
    try:
        info = sshsig.verify(sig, tags[bf.TAGMANIFEST], sshsig.BUNDLE_NAMESPACE)
    except sshsig.SignatureError as e:
        rep.fail(e.code, f"签名无效：{e.message}", f"Invalid signature: {e.en}", bf.SIGNATURE)
        return
    fp = info.fingerprint
    rep.signer_fingerprint = fp
    claimed = rep.bag_info.get("Signer-Fingerprint")
    if claimed != fp:
        rep.fail("signature.fingerprint", f"bag-info.txt 写的签名人指纹 {claimed} 与实际签名密钥 {fp} 不符。",
                 f"bag-info.txt names signer {claimed} but the signing key is {fp}.", bf.BAG_INFO)
    if expected and fp != expected:
        rep.fail("signature.unexpected", f"签名密钥是 {fp}，不是预期的 {expected}。", f"Signed by {fp}, expected {expected}.")
    unit = rep.bag_info.get("Source-Organization", "")
    if trust is None:
        rep.add("signature.valid", True, f"签名有效（密钥 {fp}）。未提供信任文件，未核对签名人身份。",
                f"Signature valid (key {fp}). No trust file given: the signer's identity was not checked.", level=WARNING)
        return
    principals = trust.principals_for(info.public_key, sshsig.BUNDLE_NAMESPACE)
    rep.trusted_principals = principals
    if not principals:
        if trust.knows_key(info.public_key):
            rep.fail("signature.untrusted", f"签名密钥 {fp} 在信任文件 {trust.source} 中，但不允许用于资料包签名或已过有效期。",
                     f"Key {fp} is in {trust.source} but not allowed for bundle signatures, or outside its validity.")
        else:
            rep.fail("signature.untrusted", f"签名密钥 {fp} 不在信任文件 {trust.source} 中：不能确认是“{unit}”签的。",
                     f"Key {fp} is not in the trust file {trust.source}: it cannot be confirmed to be {unit}'s.")
        return
    if unit and not any(s.allows_principal(unit) for s in trust.matching(info.public_key, sshsig.BUNDLE_NAMESPACE)):
        rep.fail("signature.principal", f"签名密钥登记为“{'、'.join(principals)}”，资料包却自称来自“{unit}”。",
                 f"The key is registered to {', '.join(principals)} but the bundle claims to be from {unit}.")
        return
    rep.add("signature.trusted", True, f"签名有效，签名人为“{'、'.join(principals)}”（{fp}）。",
            f"Signature valid, signed by {', '.join(principals)} ({fp}).")


def _check_tagmanifest(rep: PartReport, tags: dict[str, bytes]) -> None:
    raw = tags[bf.TAGMANIFEST]
    rep.tagmanifest_sha256 = hashlib.sha256(raw).hexdigest()
    try:
        listed = bf.parse_manifest(raw)
    except bf.ManifestError as e:
        rep.fail("tagmanifest.malformed", f"tagmanifest-sha256.txt 格式错误：{e}。", f"tagmanifest-sha256.txt is malformed: {e}.")
        return
    for name in bf.SIGNED_TAG_FILES:
        if name not in listed:
            rep.fail("tagmanifest.missing", f"标签清单没有列出 {name}（它不受签名保护）。",
                     f"The tag manifest does not list {name} (it is not covered by the signature).", name)
        elif name in tags and hashlib.sha256(tags[name]).hexdigest() != listed[name]:
            rep.fail("tagmanifest.altered", f"{name} 在签名后被改动过（SHA-256 与标签清单不符）。",
                     f"{name} was changed after signing (SHA-256 differs from the tag manifest).", name)
    for name in listed:
        if name not in bf.SIGNED_TAG_FILES:
            rep.fail("tagmanifest.extra", f"标签清单列出了意外的文件 {name}。", f"The tag manifest lists an unexpected file {name}.", name)


def _check_manifest_lists(rep: PartReport, tags: dict[str, bytes], members: dict) -> dict[str, str]:
    raw = tags.get(bf.MANIFEST)
    if raw is None:
        return {}
    try:
        manifest = bf.parse_manifest(raw)
    except bf.ManifestError as e:
        rep.fail("manifest.malformed", f"manifest-sha256.txt 格式错误：{e}。", f"manifest-sha256.txt is malformed: {e}.")
        return {}
    payload = {rel for rel in members if rel.startswith(bf.PAYLOAD_DIR + "/")}
    for rel in sorted(set(manifest) - payload):
        rep.fail("payload.missing", f"缺少文件：{rel}（清单中有，包中没有）。", f"Missing file: {rel} (in the manifest, not in the bag).", rel)
    for rel in sorted(payload - set(manifest)):
        rep.fail("payload.extra", f"多出文件：{rel}（包中有，清单中没有）。", f"Extra file: {rel} (in the bag, not in the manifest).", rel)
    for rel in manifest:
        if not rel.startswith(bf.PAYLOAD_DIR + "/"):
            rep.fail("manifest.path", f"清单中的路径不在 data/ 下：{rel}。", f"A manifest path is outside data/: {rel}.", rel)
    return manifest


def _check_submission(rep: PartReport, tags: dict[str, bytes], manifest: dict[str, str]) -> None:
    raw = tags.get(bf.SUBMISSION_JSON)
    if raw is None:
        return
    rep.submission_json_sha256 = hashlib.sha256(raw).hexdigest()
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != SUBMISSION_FORMAT:
            raise ValueError("format")
        files = doc["files"]
        parts = doc["parts"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        rep.fail("submission.malformed", "submission.json 无法读取或格式不对。", "submission.json is unreadable or malformed.",
                 bf.SUBMISSION_JSON)
        return
    rep.submission = doc
    info = rep.bag_info
    pn = rep.part_number
    if doc.get("submission_id") != info.get("Submission-Identifier") or pn is None or pn[1] != len(parts):
        rep.fail("submission.mismatch", "submission.json 与 bag-info.txt 说的不是同一次报送或分卷数不同。",
                 "submission.json and bag-info.txt disagree about the submission or the number of parts.", bf.SUBMISSION_JSON)
        return
    mine = {f["path"]: f["sha256"] for f in files if f.get("part") == pn[0]}
    if mine != manifest:
        rep.fail("submission.mismatch", f"submission.json 中属于第 {pn[0]} 卷的文件与清单不一致。",
                 f"The files submission.json assigns to part {pn[0]} differ from the manifest.", bf.SUBMISSION_JSON)


class _Both:
    """Feeds one stream of pieces to the hash and to the caller's copy, in order."""

    def __init__(self, first: Consumer, second: Consumer):
        self.first, self.second = first, second

    def update(self, data) -> None:
        self.first.update(data)
        self.second.update(data)


def _check_payload(rep: PartReport, reader: SafeZipReader, members: dict, manifest: dict[str, str], content: bool,
                   file_hash: bool, progress, cancelled, pool: ThreadPoolExecutor, payload_sink=None) -> None:
    hashes: dict[str, object] = {}
    prefix = rep.bag + "/"

    def consumer_for(m):
        rel = m.name[len(prefix):]
        if content and rel in manifest:
            h = hashes[rel] = hashlib.sha256()
            copy = payload_sink(rel, manifest[rel]) if payload_sink is not None else None
            return _Both(h, copy) if copy is not None else h
        return None

    try:
        file_sha, errors = reader.scan(consumer_for, file_hash=file_hash, pool=pool, progress=progress,
                                       cancelled=cancelled)
    except ZipFatal as e:
        rep.fail(e.problem.code, f"读取时出错：{e.problem.zh}。", f"Reading failed: {e.problem.en}.", e.problem.entry)
        return
    rep.zip_sha256 = file_sha or ""
    for name, p in errors.items():
        rel = name[len(prefix):]
        rep.fail(p.code, f"{rel}：{p.zh}。", f"{rel}: {p.en}.", rel)
    if not content:
        return
    bad = 0
    size = 0
    count = 0
    for rel, h in hashes.items():
        if prefix + rel in errors:
            bad += 1
            continue
        if h.hexdigest() != manifest[rel]:
            bad += 1
            rep.fail("payload.altered", f"{rel} 的内容已被改动（SHA-256 与清单不符）。",
                     f"{rel} was altered (its SHA-256 differs from the manifest).", rel)
    for rel in manifest:
        m = members.get(rel)
        if m is not None:
            size += m.size
            count += 1
    rep.payload_files, rep.payload_bytes = count, size
    oxum = rep.bag_info.get("Payload-Oxum", "")
    try:
        declared = bf.Oxum.parse(oxum)
        payload = [m for rel, m in members.items() if rel.startswith(bf.PAYLOAD_DIR + "/")]
        actual = bf.Oxum(sum(m.size for m in payload), len(payload))
        if declared != actual:
            rep.fail("bag.oxum", f"Payload-Oxum 写的是 {declared}，实际是 {actual}。",
                     f"Payload-Oxum says {declared}, the payload is {actual}.", bf.BAG_INFO)
    except ValueError:
        rep.fail("bag.oxum", "bag-info.txt 缺少有效的 Payload-Oxum。", "bag-info.txt lacks a valid Payload-Oxum.", bf.BAG_INFO)
    if not bad and manifest.keys() <= members.keys():
        rep.add("payload.ok", True, f"{count} 个文件与清单一致（{bf.human_size(size)}）。",
                f"{count} files match the manifest ({bf.human_size(size)}).")
