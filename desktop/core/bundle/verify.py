"""``verify PATH…``: check parts, their index and part set, and the chain to the previous submission.

Inputs are part files (``*.zip``), index files (``*.index.json`` with ``.sshsig`` beside
them) or folders holding them. Each part is checked on its own (see partcheck); then
parts are grouped by submission: every part listed must be present exactly once, all
must describe the same submission, and the signed index must record each part's signed
tag manifest (which binds every byte of its content; the ZIP file's own SHA-256 in the
index is for ``sha256sum`` users and the export's read-back). A submission naming a previous one is checked against that one's index when it
is among the inputs. The result says, row by row, what held and what failed.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop.core.bundle.model import INDEX_FORMAT, MAX_INDEX_BYTES
from desktop.core.bundle.partcheck import check_part
from desktop.core.bundle.report import ERROR, INFO, WARNING, Check, PartReport
from desktop.core.bundle.zipread import Limits
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import TrustFile

INDEX_SUFFIX = ".index.json"


@dataclass
class IndexReport:
    path: Path
    checks: list[Check] = field(default_factory=list)
    data: dict | None = None
    sha256: str = ""
    signer_fingerprint: str = ""

    def fail(self, code: str, zh: str, en: str) -> None:
        self.checks.append(Check(code, False, zh, en, self.path.name))

    @property
    def ok(self) -> bool:
        return not any(c.failed for c in self.checks)

    def to_dict(self) -> dict:
        return {"path": str(self.path), "ok": self.ok, "sha256": self.sha256,
                "submission_id": (self.data or {}).get("submission_id", ""), "checks": [c.to_dict() for c in self.checks]}


@dataclass
class VerifyReport:
    parts: list[PartReport] = field(default_factory=list)
    indexes: list[IndexReport] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)  # about sets, chains and inputs

    def add(self, code: str, ok: bool, zh: str, en: str, subject: str = "", level: str = ERROR) -> None:
        self.checks.append(Check(code, ok, zh, en, subject, "", level))

    @property
    def all_checks(self) -> list[Check]:
        out = [c for p in self.parts for c in p.checks] + [c for i in self.indexes for c in i.checks]
        return out + self.checks

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.all_checks if c.failed]

    @property
    def ok(self) -> bool:
        return not self.failures and bool(self.parts or self.indexes)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def to_dict(self) -> dict:
        return {"ok": self.ok, "failures": len(self.failures), "parts": [p.to_dict() for p in self.parts],
                "indexes": [i.to_dict() for i in self.indexes], "checks": [c.to_dict() for c in self.checks]}


def collect_inputs(paths: list[Path], report: VerifyReport) -> tuple[list[Path], list[Path]]:
    parts: list[Path] = []
    indexes: list[Path] = []

    def take(p: Path, explicit: bool) -> None:
        name = p.name
        if name.startswith(".") and name.endswith(".partial"):
            if explicit:
                report.add("input.partial", False, f"{name} 是没有写完的临时文件，不是资料包。",
                           f"{name} is an unfinished temporary file, not a bundle.", name)
            return
        if name.lower().endswith(".zip"):
            parts.append(p)
        elif name.endswith(INDEX_SUFFIX):
            indexes.append(p)
        elif name.endswith(INDEX_SUFFIX + ".sshsig"):
            if explicit and not p.with_name(name[:-len(".sshsig")]).exists():
                report.add("index.missing", False, f"只有签名文件 {name}，缺少索引文件本身。",
                           f"Only the signature {name} was given; the index itself is missing.", name)
        elif explicit:
            report.add("input.unknown", False, f"{name} 不是资料包分卷（.zip）或索引（.index.json）。",
                       f"{name} is neither a bundle part (.zip) nor an index (.index.json).", name)

    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(p.iterdir(), key=lambda x: x.name)
            before = len(parts) + len(indexes)
            for child in found:
                if child.is_file():
                    take(child, False)
            if len(parts) + len(indexes) == before:
                report.add("input.empty", False, f"文件夹 {p} 中没有资料包。", f"No bundle files in the folder {p}.", p.name)
        elif p.is_file():
            take(p, True)
        else:
            report.add("input.missing", False, f"找不到 {p}。", f"{p} does not exist.", p.name)
    # the same file named twice (a folder and one of its files) is checked once
    seen, uniq_parts, uniq_idx = set(), [], []
    for lst, out in ((parts, uniq_parts), (indexes, uniq_idx)):
        for p in lst:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.append(p)
    return uniq_parts, uniq_idx


def check_index(path: Path, trust: TrustFile | None, expected_fingerprint: str | None) -> IndexReport:
    rep = IndexReport(path)
    try:
        if path.stat().st_size > MAX_INDEX_BYTES:
            rep.fail("index.malformed", "索引文件大得异常。", "The index file is absurdly large.")
            return rep
        raw = path.read_bytes()
    except OSError as e:
        rep.fail("input.unreadable", f"无法读取索引：{e.strerror}。", f"Cannot read the index: {e.strerror}.")
        return rep
    rep.sha256 = hashlib.sha256(raw).hexdigest()
    sig_path = path.with_name(path.name + ".sshsig")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != INDEX_FORMAT or not isinstance(doc.get("parts"), list):
            raise ValueError
        for p in doc["parts"]:
            int(p["number"]), str(p["file"]), str(p["sha256"])
        rep.data = doc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        rep.fail("index.malformed", "索引文件无法读取或格式不对。", "The index file is unreadable or malformed.")
        return rep
    if not sig_path.exists():
        rep.fail("index.unsigned", f"缺少索引的签名文件 {sig_path.name}。", f"The index signature {sig_path.name} is missing.")
        return rep
    try:
        info = sshsig.verify(sig_path.read_bytes()[:sshsig.MAX_ARMOR + 1], raw, sshsig.BUNDLE_NAMESPACE)
    except (sshsig.SignatureError, OSError) as e:
        detail = e.message if isinstance(e, sshsig.SignatureError) else str(e)
        rep.fail("index.signature", f"索引的签名无效：{detail}", f"The index signature is invalid: {getattr(e, 'en', detail)}")
        return rep
    rep.signer_fingerprint = info.fingerprint
    if doc.get("signer_fingerprint") != info.fingerprint:
        rep.fail("index.signature", "索引中写的签名人与实际签名密钥不符。", "The index names a different signer than the key that signed it.")
    if expected_fingerprint and info.fingerprint != expected_fingerprint:
        rep.fail("signature.unexpected", f"索引由 {info.fingerprint} 签名，不是预期的 {expected_fingerprint}。",
                 f"The index was signed by {info.fingerprint}, expected {expected_fingerprint}.")
    if trust is not None and not trust.principals_for(info.public_key, sshsig.BUNDLE_NAMESPACE):
        rep.fail("signature.untrusted", f"索引的签名密钥 {info.fingerprint} 不在信任文件 {trust.source} 中。",
                 f"The index's signing key {info.fingerprint} is not in the trust file {trust.source}.")
    if rep.ok:
        rep.checks.append(Check("index.ok", True, f"索引签名有效（{len(doc['parts'])} 个分卷）。",
                                f"Index signature valid ({len(doc['parts'])} parts).", path.name))
    return rep


def verify_paths(paths: list[Path], *, trust: TrustFile | None = None, expected_fingerprint: str | None = None,
                 allow_incomplete: bool = False, limits: Limits = Limits(),
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> VerifyReport:
    """Verify everything under ``paths``; ``allow_incomplete`` checks parts on their own (parts arriving days apart)."""
    report = VerifyReport()
    part_paths, index_paths = collect_inputs(list(paths), report)
    total = sum(p.stat().st_size for p in part_paths)
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress is not None:
            progress(done[0], total)

    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="verify") as pool:
        for p in part_paths:
            report.parts.append(check_part(p, trust=trust, expected_fingerprint=expected_fingerprint, limits=limits,
                                           progress=tick, cancelled=cancelled, pool=pool))
    for p in index_paths:
        report.indexes.append(check_index(p, trust, expected_fingerprint))
    _check_sets(report, allow_incomplete)
    _check_chains(report)
    return report


def _check_sets(report: VerifyReport, allow_incomplete: bool) -> None:
    groups: dict[str, list[PartReport]] = defaultdict(list)
    for p in report.parts:
        if p.submission_id and p.part_number:
            groups[p.submission_id].append(p)
    indexes = {i.data["submission_id"]: i for i in report.indexes if i.data}
    by_name = {p.path.name: p for p in report.parts}
    # a part sitting where an index expects one of its own, but belonging to another submission
    for sid, idx in indexes.items():
        for entry in idx.data["parts"]:
            other = by_name.get(entry["file"])
            if other is not None and other.submission_id and other.submission_id != sid:
                report.add("set.foreign-part", False,
                           f"{other.path.name} 属于另一次报送（{other.submission_id}），不是报送 {sid} 的第 {entry['number']} 卷。",
                           f"{other.path.name} belongs to another submission ({other.submission_id}), not to part "
                           f"{entry['number']} of {sid}.", other.path.name)
    for sid, members in sorted(groups.items()):
        subject = f"报送 {sid}"
        counts = {p.part_number[1] for p in members}
        descs = {p.submission_json_sha256 for p in members}
        signers = {p.signer_fingerprint for p in members if p.signer_fingerprint}
        if len(counts) > 1 or len(descs) > 1 or len(signers) > 1:
            report.add("set.inconsistent", False, f"{subject} 的各分卷内容说明不一致（分卷数、报送说明或签名人不同），可能混入了别的报送。",
                       f"The parts of {sid} disagree (part count, description or signer): another submission's part may be mixed in.", sid)
        n = max(counts)
        by_number: dict[int, list[PartReport]] = defaultdict(list)
        for p in members:
            by_number[p.part_number[0]].append(p)
        for k, dupes in by_number.items():
            if len({d.zip_sha256 for d in dupes}) > 1:
                report.add("set.duplicate", False, f"{subject} 的第 {k} 卷有两个内容不同的文件：{'、'.join(d.path.name for d in dupes)}。",
                           f"Part {k} of {sid} appears twice with different content: {', '.join(d.path.name for d in dupes)}.", sid)
        names = {}
        idx = indexes.get(sid)
        if idx is not None:
            names = {e["number"]: e["file"] for e in idx.data["parts"]}
        elif members[0].submission:
            names = {e.get("number"): e.get("name") for e in members[0].submission.get("parts", [])}
        missing = [k for k in range(1, n + 1) if k not in by_number]
        unit = members[0].bag_info.get("Source-Organization", "")
        if missing:
            listing = "、".join(f"第 {k} 卷（{names.get(k, '?')}）" for k in missing)
            report.add("set.missing-part", False, f"{subject}（{unit}）共 {n} 卷，缺少{listing}。",
                       f"{sid} ({unit}) has {n} parts; missing: " + ", ".join(f"part {k} ({names.get(k, '?')})" for k in missing),
                       sid, level=INFO if allow_incomplete else ERROR)
        if idx is None:
            report.add("set.no-index", False, f"{subject} 的索引文件（.index.json 及其 .sshsig）不在所给的文件中，无法核对整套分卷的校验值。",
                       f"The index of {sid} (.index.json and its .sshsig) was not given; the part set's hashes cannot be checked.",
                       sid, level=INFO if allow_incomplete else ERROR)
        else:
            _match_index(report, sid, idx, by_number)
        if not missing and idx is not None and idx.ok and all(p.ok for p in members):
            report.add("set.complete", True, f"{subject}（{unit}，第 {members[0].bag_info.get('Submission-Sequence', '?')} 次，"
                       f"{members[0].bag_info.get('Record-Status', '')}）：{n} 卷齐全，与签名的索引一致。",
                       f"{sid} ({unit}): all {n} parts present and matching the signed index.", sid)
    for sid, idx in indexes.items():
        if sid not in groups:
            report.add("set.no-parts", False, f"索引 {idx.path.name} 所列的分卷一个也没有找到。",
                       f"None of the parts listed in {idx.path.name} was found.", idx.path.name,
                       level=INFO if allow_incomplete else ERROR)


def _match_index(report: VerifyReport, sid: str, idx: IndexReport, by_number: dict[int, list[PartReport]]) -> None:
    listed = {e["number"]: e for e in idx.data["parts"]}
    n = max([p.part_number[1] for ps in by_number.values() for p in ps] or [0])
    if len(listed) != n:
        report.add("set.index-mismatch", False, f"索引列出 {len(listed)} 卷，分卷自称共 {n} 卷。",
                   f"The index lists {len(listed)} parts; the parts say {n}.", idx.path.name)
    for k, parts in sorted(by_number.items()):
        entry = listed.get(k)
        for p in parts:
            if entry is None:
                report.add("set.index-mismatch", False, f"{p.path.name}：索引中没有第 {k} 卷。", f"{p.path.name}: the index has no part {k}.", p.path.name)
            elif p.tagmanifest_sha256 and entry.get("tagmanifest_sha256") != p.tagmanifest_sha256 or \
                    p.zip_sha256 and entry["sha256"] != p.zip_sha256:
                report.add("set.index-mismatch", False,
                           f"{p.path.name} 不是签名索引中记录的第 {k} 卷（内容的签名清单不同）。",
                           f"{p.path.name} is not the part {k} the signed index records (its signed tag manifest differs).",
                           p.path.name)
    if idx.data.get("submission_json_sha256") and any(
            p.submission_json_sha256 and p.submission_json_sha256 != idx.data["submission_json_sha256"]
            for ps in by_number.values() for p in ps):
        report.add("set.index-mismatch", False, "分卷中的报送说明（submission.json）与索引记录的不一致。",
                   "A part's submission.json differs from the one the index records.", idx.path.name)


def _check_chains(report: VerifyReport) -> None:
    indexes = {i.data["submission_id"]: i for i in report.indexes if i.data}
    described: dict[str, dict] = {}
    for p in report.parts:
        if p.submission and p.submission_id:
            described.setdefault(p.submission_id, p.submission)
    for sid, idx in indexes.items():
        described.setdefault(sid, idx.data)
    for sid, doc in sorted(described.items()):
        prev = doc.get("previous")
        if not prev:
            continue
        prev_id = prev.get("submission_id")
        prev_idx = indexes.get(prev_id)
        if prev_idx is None:
            report.add("chain.unchecked", False, f"报送 {sid} 接续报送 {prev_id}；未提供那次的索引，未核对衔接。",
                       f"{sid} follows {prev_id}; its index was not given, so the chain was not checked.", sid, level=INFO)
            continue
        problems = []
        if prev.get("index_sha256") != prev_idx.sha256:
            problems.append(("上次索引的 SHA-256 与记录的不符（上次的索引被改动过，或不是同一次报送）",
                             "the previous index's SHA-256 differs from the one recorded (altered, or another submission)"))
        if prev_idx.data.get("unit") != doc.get("unit"):
            problems.append(("两次报送的单位不同", "the two submissions are from different units"))
        if int(prev_idx.data.get("sequence", 0)) >= int(doc.get("sequence", 0)):
            problems.append(("报送序号没有递增", "the sequence number does not increase"))
        if problems:
            report.add("chain.broken", False, f"报送 {sid} 与上次报送 {prev_id} 衔接不上：" + "；".join(p[0] for p in problems) + "。",
                       f"{sid} does not chain to {prev_id}: " + "; ".join(p[1] for p in problems) + ".", sid)
        else:
            if prev_idx.signer_fingerprint and doc.get("signer_fingerprint") != prev_idx.signer_fingerprint:
                report.add("chain.key-changed", False, f"报送 {sid} 换了签名密钥（上次 {prev_idx.signer_fingerprint}）。",
                           f"{sid} is signed with a different key than {prev_id}.", sid, level=WARNING)
            report.add("chain.ok", True, f"报送 {sid} 正确接续上次报送 {prev_id}。", f"{sid} correctly follows {prev_id}.", sid)
