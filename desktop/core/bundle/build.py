"""``build_submission``: turn payload entries and item records into signed, verified bundle parts and an index.

Order of work: plan (sizes, hashes, paths, parts) → write every part under a temporary
name → read each back from the destination and verify it (USB sticks lie) → write and
sign the index with the parts' hashes → rename everything, index last. Any failure or
Cancel removes what this run wrote.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from desktop.core.bundle import bagfiles as bf
from desktop.core.bundle import bagpath
from desktop.core.bundle.chunks import borrowed_ring
from desktop.core.bundle.fsutil import Opener, PartialFile, default_opener, explain_os_error, sync_dir
from desktop.core.bundle.model import (
    FORMAT_VERSION, INDEX_FORMAT, SUBMISSION_FORMAT, BundleError, FileState, ItemRecord, PayloadEntry,
    PreviousSubmission, SubmissionMeta, canonical_json,
)
from desktop.core.bundle.plan import BundleWarning, PartPlan, PlannedFile, plan_submission, resolve, split_parts
from desktop.core.bundle.presets import DEFAULT_PART_MB
from desktop.core.bundle.readback import ReadBack
from desktop.core.bundle.zipwrite import SourceChanged, ZipWriter
from desktop.core.signing import sshsig
from desktop.core.signing.keys import Signer

Progress = Callable[[str, int, int], None]  # (stage: "hash" | "write" | "verify", bytes done, bytes total)


@dataclass(frozen=True)
class PartResult:
    number: int
    path: Path
    size: int
    sha256: str
    tagmanifest_sha256: str
    files: int
    payload_bytes: int
    oversize: bool


@dataclass
class SubmissionResult:
    submission_id: str
    record_status: str
    base_name: str
    parts: list[PartResult]
    index_path: Path
    signature_path: Path
    index_sha256: str
    state: list[FileState]
    removed: list[dict]
    warnings: list[BundleWarning] = field(default_factory=list)
    verified: bool = False  # every part was read back from the destination and checked

    @property
    def files_to_send(self) -> list[Path]:
        """Everything the office needs, in the order to send it: the index and its signature, then the parts."""
        return [self.index_path, self.signature_path, *(p.path for p in self.parts)]

    @property
    def sent_files(self) -> int:
        return sum(p.files for p in self.parts)

    @property
    def referenced_files(self) -> int:
        return sum(1 for f in self.state if f.sent_in)

    def to_dict(self) -> dict:
        return {
            "submission_id": self.submission_id, "record_status": self.record_status, "index": str(self.index_path),
            "index_sha256": self.index_sha256, "signature": str(self.signature_path), "verified": self.verified,
            "parts": [{"number": p.number, "path": str(p.path), "size": p.size, "sha256": p.sha256, "files": p.files,
                       "oversize": p.oversize} for p in self.parts],
            "sent_files": self.sent_files, "referenced_files": self.referenced_files, "removed_files": len(self.removed),
            "warnings": [w.to_dict() for w in self.warnings],
        }


def base_name(meta: SubmissionMeta) -> str:
    unit = bagpath.safe_component(meta.unit, 40)
    return f"{unit}_第{meta.sequence}次报送_{meta.created.strftime('%Y%m%d')}"


def part_name(base: str, number: int, count: int) -> str:
    return f"{base}_part{number}of{count}"


def _bag_info(meta: SubmissionMeta, signer: Signer, status: str, previous: PreviousSubmission | None,
              part: PartPlan, count: int) -> bytes:
    fields = [("Source-Organization", meta.unit)]
    if meta.contact_name:
        fields.append(("Contact-Name", meta.contact_name))
    if meta.contact_phone:
        fields.append(("Contact-Phone", meta.contact_phone))
    fields += [
        ("External-Description", f"{meta.description}（{meta.catalog_id} {meta.catalog_version}）"),
        ("Bagging-Date", meta.created.date().isoformat()),
        ("External-Identifier", meta.submission_id),
        ("Bag-Size", bf.human_size(part.payload_bytes)),
        ("Payload-Oxum", str(bf.Oxum(part.payload_bytes, len(part.files)))),
        ("Bag-Group-Identifier", meta.submission_id),
        ("Bag-Count", f"{part.number} of {count}"),
        ("Bag-Software-Agent", meta.software),
        ("Evidence-Desk-Format-Version", str(FORMAT_VERSION)),
        ("Catalog-Identifier", meta.catalog_id),
        ("Catalog-Version", meta.catalog_version),
        ("Submission-Identifier", meta.submission_id),
        ("Submission-Sequence", str(meta.sequence)),
        ("Submission-Created", meta.created.isoformat(timespec="seconds")),
        ("Record-Status", status),
    ]
    if previous is not None:
        fields += [("Previous-Submission-Identifier", previous.submission_id),
                   ("Previous-Index-SHA256", previous.index_sha256)]
    fields += [("Signer-Fingerprint", signer.fingerprint), ("Signature-Namespace", sshsig.BUNDLE_NAMESPACE)]
    return bf.bag_info_text(fields)


def _submission_doc(meta: SubmissionMeta, signer: Signer, status: str, previous: PreviousSubmission | None,
                    items: list[ItemRecord], state: list[FileState], removed: list[dict],
                    parts: list[dict]) -> dict:
    return {
        "format": SUBMISSION_FORMAT,
        "format_version": FORMAT_VERSION,
        "submission_id": meta.submission_id,
        "sequence": meta.sequence,
        "record_status": status,
        "created": meta.created.isoformat(timespec="seconds"),
        "unit": meta.unit,
        "contact": {"name": meta.contact_name, "phone": meta.contact_phone},
        "unit_groups": list(meta.groups),
        "catalog": {"id": meta.catalog_id, "version": meta.catalog_version},
        "previous": ({"submission_id": previous.submission_id, "index_sha256": previous.index_sha256,
                      "sequence": previous.sequence} if previous else None),
        "signer_fingerprint": signer.fingerprint,
        "software": meta.software,
        "parts": parts,
        "items": [i.to_dict() for i in sorted(items, key=lambda i: i.item_id)],
        "files": [f.to_dict() for f in state],
        "removed": removed,
    }


def _part_entries(bag: str, tag: dict[str, bytes], files: list[PlannedFile]) -> list[tuple[str, object]]:
    """Every ZIP entry of a part, in byte order of the names (which the writer insists on)."""
    entries: dict[str, object] = {f"{bag}/": None, f"{bag}/{bf.PAYLOAD_DIR}/": None}
    for f in files:
        segs = f.path.split("/")
        for i in range(1, len(segs)):
            entries[f"{bag}/{'/'.join(segs[:i])}/"] = None
        entries[f"{bag}/{f.path}"] = f
    for name, data in tag.items():
        entries[f"{bag}/{name}"] = data
    return sorted(entries.items(), key=lambda kv: kv[0].encode("utf-8"))


def build_submission(
    entries: Iterable[PayloadEntry],
    *,
    meta: SubmissionMeta,
    signer: Signer,
    out_dir: Path,
    items: Iterable[ItemRecord] = (),
    part_mb: float = DEFAULT_PART_MB,
    previous: PreviousSubmission | None = None,
    changes_only: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    overwrite: bool = False,
    opener: Opener = default_opener,
    read_back_from_device: bool = True,
) -> SubmissionResult:
    """Write a signed submission into ``out_dir``: the parts, ``<base>.index.json`` and its ``.sshsig``.

    ``previous`` (from :meth:`PreviousSubmission.load` on the last export's index) chains this
    submission to it: with ``changes_only`` only new and changed files are sent
    (SUPPLEMENT), otherwise everything is sent again (REPLACEMENT); without it the record
    is NEW. Every part is read back and verified before the index is signed; the read-back
    first asks the OS to drop the written pages (``read_back_from_device``) so it checks what
    the stick really holds, not the cache. Raises ``UserError`` subclasses for everything a
    user can cause, ``Cancelled`` when ``cancelled()`` turns true; in every failure case
    nothing with a final name is left.
    """
    meta.check()
    entries = list(entries)
    items = list(items)
    out_dir = Path(out_dir)
    if previous is not None:
        if previous.unit != meta.unit:
            raise BundleError(f"上次报送属于“{previous.unit}”，不是“{meta.unit}”，不能接续。",
                              en=f"The previous submission belongs to {previous.unit}, not {meta.unit}.")
        if meta.sequence <= previous.sequence:
            raise BundleError(f"报送序号应大于上次的 {previous.sequence}。",
                              en=f"The sequence number must be greater than the previous {previous.sequence}.")
    if not entries and not items and previous is None:
        raise BundleError("没有可以报送的内容。", en="There is nothing to submit.")
    if not out_dir.is_dir():
        raise BundleError(f"导出位置 {out_dir} 不存在或不是文件夹。", en=f"The destination {out_dir} is not a folder.")

    hash_total = sum(e.source.stat().st_size for e in entries if isinstance(e.source, Path) and not e.sha256
                     and e.source.exists())
    done = [0]

    def tick(stage: str, total: int):
        def f(n: int) -> None:
            done[0] += n
            if progress is not None:
                progress(stage, done[0], total)
        return f

    resolved = resolve(entries, tick("hash", hash_total), cancelled)
    status, sent, state, removed = plan_submission(resolved, previous=previous, changes_only=changes_only)
    base = base_name(meta)
    bag_probe = part_name(base, 999, 999)
    # The description (submission.json) goes into every part; measure it with worst-case part numbers.
    probe_parts = [{"number": 9999, "name": bag_probe + ".zip", "files": 999999, "bytes": 10 ** 15}]
    probe_state = [FileState(**{**f.__dict__, "part": 9999}) if f.part is not None else f for f in state]
    probe = canonical_json(_submission_doc(meta, signer, status, previous, items, probe_state, removed, probe_parts))
    fixed = len(probe) * 2 + 8192 + 64 * 1024  # description (and its list of parts) + other tag files + headers
    parts, warnings = split_parts(sent, part_mb=part_mb, fixed_overhead=fixed, bag_name_bytes=len(bag_probe.encode()))
    count = len(parts)
    names = [part_name(base, p.number, count) for p in parts]
    index_path = out_dir / f"{base}.index.json"
    sig_path = out_dir / f"{base}.index.json.sshsig"
    finals = [out_dir / f"{n}.zip" for n in names] + [index_path, sig_path]
    if not overwrite:
        clash = [p.name for p in finals if p.exists()]
        if clash:
            raise BundleError(f"导出位置已有同名文件：{clash[0]}。请换一个文件夹，或先移走旧文件。",
                              en=f"The destination already holds {clash[0]}. Choose another folder or move the old files.")

    part_of = {p.path: p.part for p in sent}
    final_state = [FileState(**{**f.__dict__, "part": part_of[f.path]}) if f.part is not None else f for f in state]
    part_dicts = [{"number": p.number, "name": names[p.number - 1] + ".zip", "files": len(p.files),
                   "bytes": p.payload_bytes} for p in parts]
    description = canonical_json(_submission_doc(meta, signer, status, previous, items, final_state, removed, part_dicts))

    written: list[PartialFile] = []
    write_total = sum(p.payload_bytes for p in parts)
    done[0] = 0
    wtick = tick("write", write_total)
    when = meta.created.replace(tzinfo=None)
    checker = ReadBack(fingerprint=signer.fingerprint, drop_cache=read_back_from_device)
    try:
        try:
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="hash") as pool, borrowed_ring() as ring:
                for part, name in zip(parts, names):
                    tag = {
                        bf.BAGIT_TXT: bf.BAGIT_CONTENT,
                        bf.BAG_INFO: _bag_info(meta, signer, status, previous, part, count),
                        bf.MANIFEST: bf.manifest_text({f.path: f.sha256 for f in part.files}),
                        bf.SUBMISSION_JSON: description,
                    }
                    tag[bf.TAGMANIFEST] = bf.manifest_text({n: hashlib.sha256(tag[n]).hexdigest()
                                                            for n in bf.SIGNED_TAG_FILES})
                    tag[bf.SIGNATURE] = sshsig.sign(signer, tag[bf.TAGMANIFEST]).encode("ascii")
                    pf = _open(out_dir / f"{name}.zip", opener)
                    written.append(pf)
                    w = ZipWriter(pf.stream, when=when, pool=pool, progress=wtick, cancelled=cancelled, ring=ring)
                    for entry_name, what in _part_entries(name, tag, part.files):
                        if what is None:
                            w.add_dir(entry_name)
                        elif isinstance(what, bytes):
                            w.add_bytes(entry_name, what, compress=True)
                        else:
                            _write_payload(w, entry_name, what)
                    size = w.finish()
                    pf.close(sync=False)  # the read-back thread fsyncs it, while the next part is written
                    checker.submit(part.number, pf, name, size)
            reports = checker.finish(progress, cancelled)
        except OSError as e:
            raise explain_os_error(e, out_dir) from e
        results = [PartResult(p.number, pf.temp, reports[p.number].zip_size, reports[p.number].zip_sha256,
                              reports[p.number].tagmanifest_sha256, len(p.files), p.payload_bytes, p.oversize)
                   for p, pf in zip(parts, written)]
        index = {
            "format": INDEX_FORMAT, "format_version": FORMAT_VERSION,
            "submission_id": meta.submission_id, "sequence": meta.sequence, "record_status": status,
            "created": meta.created.isoformat(timespec="seconds"), "unit": meta.unit,
            "catalog": {"id": meta.catalog_id, "version": meta.catalog_version},
            "previous": ({"submission_id": previous.submission_id, "index_sha256": previous.index_sha256,
                          "sequence": previous.sequence} if previous else None),
            "signer_fingerprint": signer.fingerprint,
            "namespace": sshsig.BUNDLE_NAMESPACE,
            "submission_json_sha256": hashlib.sha256(description).hexdigest(),
            "parts": [{"number": r.number, "file": names[r.number - 1] + ".zip", "size": r.size, "sha256": r.sha256,
                       "tagmanifest_sha256": r.tagmanifest_sha256, "files": r.files, "payload_bytes": r.payload_bytes,
                       "oversize": r.oversize} for r in results],
            "files": [f.to_dict() for f in final_state],
            "removed": removed,
            "warnings": [w.to_dict() for w in warnings],
        }
        index_bytes = canonical_json(index)
        signature = sshsig.sign(signer, index_bytes).encode("ascii")
        try:
            for path, data in ((sig_path, signature), (index_path, index_bytes)):
                pf = _open(path, opener)
                written.append(pf)
                pf.stream.write(data)
                pf.close(sync=True)
            for pf in written:  # parts first, the signature, and the index last: its presence means "complete"
                pf.commit()
            sync_dir(out_dir)
        except OSError as e:
            raise explain_os_error(e, out_dir) from e
    except BaseException:
        checker.abort()  # nothing may still read a file being removed
        for pf in written:
            pf.discard()
        raise
    final_parts = [PartResult(r.number, out_dir / f"{names[r.number - 1]}.zip", r.size, r.sha256, r.tagmanifest_sha256,
                              r.files, r.payload_bytes, r.oversize) for r in results]
    return SubmissionResult(meta.submission_id, status, base, final_parts, index_path, sig_path,
                            hashlib.sha256(index_bytes).hexdigest(), final_state, removed, warnings, True)


def _open(path: Path, opener: Opener) -> PartialFile:
    try:
        return PartialFile(path, opener)
    except OSError as e:
        raise explain_os_error(e, path.parent) from e


def _write_payload(w: ZipWriter, name: str, f: PlannedFile) -> None:
    if isinstance(f.entry.source, bytes):
        got = w.add_bytes(name, f.entry.source, compress=f.compress).sha256
    else:
        try:
            got = w.add_file(name, f.entry.source, compress=f.compress, size=f.size).sha256
        except FileNotFoundError as e:
            raise BundleError(f"要报送的文件在导出时不见了：{f.entry.source}。", en=f"{f.entry.source} vanished during the export.") from e
        except PermissionError as e:
            raise BundleError(f"要报送的文件被占用或无权读取：{f.entry.source}。请关闭打开它的程序后重试。",
                              en=f"{f.entry.source} is locked or unreadable. Close the program using it and retry.") from e
    if got != f.sha256:
        raise SourceChanged(
            f"文件内容与登记的不一致：{f.entry.source if isinstance(f.entry.source, Path) else f.path}。"
            "可能在导出时被改动，或工作区中的文件已损坏；请运行 evidence-desk check。",
            en=f"The content of {f.path} differs from its recorded SHA-256: changed during the export, or damaged in "
               "the workspace; run 'evidence-desk check'.")
