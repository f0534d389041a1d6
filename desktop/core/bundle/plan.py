"""Planning a submission before a byte is written: final paths, what to send or reference, and the parts.

Everything a part says about the whole submission (the file list, the number of parts)
must be known before part 1 is written, so planning needs every file's size and hash
up front; the workspace knows the hashes already (blobs are named by them).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop.core.bundle import bagpath
from desktop.core.bundle.bagfiles import human_size
from desktop.core.bundle.model import (
    NEW, REPLACEMENT, SUPPLEMENT, BundleError, FileState, PayloadEntry, PreviousSubmission,
)
from desktop.core.bundle.presets import MB
from desktop.core.bundle.zipwrite import CHUNK, Cancelled

COMPRESSIBLE = {".txt", ".csv", ".json", ".xml", ".html", ".htm", ".md", ".rtf", ".doc", ".xls", ".wps", ".et",
                ".svg", ".log", ".bmp", ".tsv"}


@dataclass(frozen=True)
class BundleWarning:
    code: str
    zh: str
    en: str

    def to_dict(self) -> dict:
        return {"code": self.code, "zh": self.zh, "en": self.en}


@dataclass
class PlannedFile:
    entry: PayloadEntry
    path: str  # data/…
    size: int
    sha256: str
    part: int = 0

    @property
    def compress(self) -> bool:
        return Path(self.path).suffix.lower() in COMPRESSIBLE


@dataclass
class PartPlan:
    number: int
    files: list[PlannedFile] = field(default_factory=list)
    payload_bytes: int = 0
    estimated_bytes: int = 0
    oversize: bool = False


@dataclass
class Plan:
    record_status: str
    state: list[FileState]  # the cumulative state after this submission, sorted by path
    sent: list[PlannedFile]
    removed: list[dict]
    parts: list[PartPlan]
    warnings: list[BundleWarning]


def _hash_file(path: Path, progress, cancelled) -> str:
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while chunk := f.read(CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled()
            h.update(chunk)
            if progress is not None:
                progress(len(chunk))
    return h.hexdigest()


def resolve(entries: list[PayloadEntry], progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[tuple[PayloadEntry, int, str]]:
    """Size and SHA-256 of every entry; files without a known hash are read once here."""
    sized = []
    for e in entries:
        if not e.parts:
            raise ValueError("PayloadEntry.parts must name at least the file")
        if isinstance(e.source, bytes):
            sized.append((e, len(e.source)))
            continue
        try:
            st = e.source.stat()
        except OSError as err:
            raise BundleError(f"找不到要报送的文件：{e.source}（{err.strerror}）。请检查工作区。",
                              en=f"A file to submit is missing: {e.source} ({err.strerror}). Check the workspace.") from err
        if not e.source.is_file():
            raise BundleError(f"{e.source} 不是普通文件。", en=f"{e.source} is not a regular file.")
        if e.size is not None and st.st_size != e.size:
            name = e.label or e.parts[-1]
            raise BundleError(
                f"工作区中保存的文件“{name}”已损坏：登记时为 {e.size:,} 字节，现在是 {st.st_size:,} 字节。"
                "没有导出任何文件。请运行 evidence-desk check 检查工作区，删除该文件后重新添加原件，再导出。",
                en=f"The stored copy of {name} is damaged: {e.size:,} bytes when it was added, {st.st_size:,} now. "
                   "Nothing was exported. Run 'evidence-desk check', remove the file, add the original again, export.")
        sized.append((e, st.st_size))
    out = []
    for e, size in sized:
        if isinstance(e.source, bytes):
            digest = hashlib.sha256(e.source).hexdigest()
            if e.sha256 and e.sha256.lower() != digest:
                raise ValueError(f"given sha256 does not match the bytes of {e.parts[-1]!r}")
        elif e.sha256:
            digest = e.sha256.lower()
        else:
            try:
                digest = _hash_file(e.source, progress, cancelled)
            except OSError as err:
                raise BundleError(f"无法读取 {e.source}：{err.strerror}", en=f"Cannot read {e.source}: {err.strerror}") from err
        out.append((e, size, digest))
    return out


def _sort_key(e: PayloadEntry, digest: str) -> tuple:
    return ("\x00".join(bagpath.fold(p) for p in e.parts).encode(), "/".join(e.parts).encode(), e.item_id, e.role, digest)


def plan_submission(resolved: list[tuple[PayloadEntry, int, str]], *, previous: PreviousSubmission | None,
                    changes_only: bool) -> tuple[str, list[PlannedFile], list[FileState], list[dict]]:
    """Allocate paths and decide, per file, whether it is sent now or referenced from an earlier submission."""
    status = NEW if previous is None else (SUPPLEMENT if changes_only else REPLACEMENT)
    ordered = sorted(resolved, key=lambda r: _sort_key(r[0], r[2]))
    alloc = bagpath.PathAllocator()
    pool: dict[tuple[str, str], list[FileState]] = defaultdict(list)
    for f in (previous.files if previous else ()):
        pool[(f.item_id, f.sha256)].append(f)
    for lst in pool.values():
        lst.sort(key=lambda f: f.path.encode())
    referenced: dict[int, FileState] = {}
    if status == SUPPLEMENT:
        for i, (e, size, digest) in enumerate(ordered):
            same = pool.get((e.item_id, digest))
            if same:
                old = same.pop(0)
                referenced[i] = old
                alloc.reserve(old.path)
    removed = [f for lst in pool.values() for f in lst] if previous else []
    if status == REPLACEMENT:  # everything is sent again; what the previous one had and this lacks is "removed"
        now = {(e.item_id, d) for e, _s, d in ordered}
        removed = [f for f in previous.files if (f.item_id, f.sha256) not in now]
    sent: list[PlannedFile] = []
    state: list[FileState] = []
    for i, (e, size, digest) in enumerate(ordered):
        label = e.label or e.parts[-1]
        if i in referenced:
            old = referenced[i]
            state.append(FileState(old.path, digest, size, e.item_id, e.indicator_keys, e.role, label, None,
                                   old.sent_in or previous.submission_id, dict(e.extra)))
            continue
        path = alloc.allocate(e.parts)
        pf = PlannedFile(e, path, size, digest)
        sent.append(pf)
        state.append(FileState(path, digest, size, e.item_id, e.indicator_keys, e.role, label, 0, None, dict(e.extra)))
    removed_dicts = [{"path": f.path, "sha256": f.sha256, "size": f.size, "item": f.item_id,
                      "indicators": list(f.indicator_keys), "label": f.label, "sent_in": f.sent_in}
                     for f in sorted(removed, key=lambda f: f.path.encode())]
    return status, sent, state, removed_dicts


def _entry_overhead(name_bytes: int) -> int:
    # local header + ZIP64 extra + central record + ZIP64 extra + manifest line
    return (30 + name_bytes + 20) + (46 + name_bytes + 28) + (64 + 2 + name_bytes + 1)


def split_parts(sent: list[PlannedFile], *, part_mb: float, fixed_overhead: int, bag_name_bytes: int) -> tuple[list[PartPlan], list[BundleWarning]]:
    """Next-fit in path order (parts then follow the catalog, which is how a clerk browses them)."""
    limit = int(part_mb * MB)
    budget = limit - fixed_overhead
    if budget < limit // 4:
        raise BundleError(f"分卷上限 {part_mb} MB 太小，连报送说明都放不下。请调大分卷大小。",
                          en=f"A part limit of {part_mb} MB is too small even for the submission description. Use larger parts.")
    parts: list[PartPlan] = []
    warnings: list[BundleWarning] = []
    current = PartPlan(1)
    dirs: set[str] = set()

    def cost(f: PlannedFile, seen: set[str]) -> tuple[int, set[str]]:
        segs = f.path.split("/")[:-1]
        new = {"/".join(segs[:i]) for i in range(1, len(segs) + 1)} - seen
        name = bag_name_bytes + 1 + len(f.path.encode())
        return f.size + _entry_overhead(name) + sum(_entry_overhead(bag_name_bytes + len(d.encode()) + 2) for d in new), new

    for f in sorted(sent, key=lambda f: f.path.encode()):
        c, new = cost(f, dirs)
        if current.files and current.estimated_bytes + c > budget:
            parts.append(current)
            current, dirs = PartPlan(len(parts) + 1), set()
            c, new = cost(f, dirs)
        if not current.files and c > budget:
            current.oversize = True
            warnings.append(BundleWarning(
                "part.oversize",
                f"文件 {f.path[5:]}（{human_size(f.size)}）超过分卷上限 {part_mb} MB，已单独成卷。"
                "这一卷太大，邮件可能发不出去，请改用 U 盘报送。",
                f"{f.path[5:]} ({human_size(f.size)}) exceeds the {part_mb} MB part limit and has a part of its own; "
                "that part may be too large for e-mail: deliver it on a USB stick."))
        current.files.append(f)
        current.payload_bytes += f.size
        current.estimated_bytes += c
        dirs |= new
        if current.oversize:
            parts.append(current)
            current, dirs = PartPlan(len(parts) + 1), set()
    if current.files or not parts:
        parts.append(current)
    for p in parts:
        for f in p.files:
            f.part = p.number
    return parts, warnings
