"""Attaching dropped files one call per file, so every finished file is kept, and one summary of what happened.

``ws.attach`` treats its batch as one unit: a cancel rolls the whole call
back. For a person dragging twenty scans that would throw away the nineteen
already copied, so the GUI calls it once per file: Cancel stops the file being
copied (nothing of it remains) and keeps the ones before it. Runs on the write
lane; progress is reported in KiB so that batches over 2 GB fit Qt's int.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.workspace import Attachment, AttachWarning, Cancelled, DiskFull, Refusal, Workspace
from desktop.ui.i18n import fmt, translate


@dataclass
class AttachOutcome:
    item_id: str
    attached: list[Attachment] = field(default_factory=list)
    warnings: list[AttachWarning] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    error: str | None = None  # what stopped the batch (a full disk, a vanished workspace)
    cancelled: bool = False
    not_tried: list[Path] = field(default_factory=list)  # left out because of the cancel or the error

    @property
    def quiet(self) -> bool:
        """Nothing to tell beyond "added N files" (a status-bar line is enough)."""
        return not (self.warnings or self.refused or self.error or self.cancelled)


def _size(path: Path) -> int:
    try:
        return max(os.stat(path).st_size, 0)
    except OSError:
        return 0


def attach_each(ws: Workspace, item_id: str, paths: list[Path], progress: Callable[..., None],
                cancelled: Callable[[], bool]) -> AttachOutcome:
    """Attach ``paths`` to ``item_id`` one by one; never raises for a file the user chose."""
    out = AttachOutcome(item_id)
    sizes = [_size(p) for p in paths]
    total = max(sum(sizes), 1)
    base = 0
    count = len(paths)
    for n, (path, size) in enumerate(zip(paths, sizes)):
        if cancelled():
            out.cancelled = True
            out.not_tried = list(paths[n:])
            break
        label = fmt(translate("AttachJob", "第 %1/%2 个：%3"), n + 1, count, path.name)

        def report(done: int, _total: int, _name: str, _base: int = base, _label: str = label) -> None:
            progress((_base + done) // 1024, total // 1024, _label)

        progress(base // 1024, total // 1024, label)
        try:
            result = ws.attach(item_id, [path], progress=report, cancelled=cancelled)
        except Cancelled:
            out.cancelled = True
            out.not_tried = list(paths[n:])
            break
        except (DiskFull, UserError) as e:  # the workspace itself cannot take more: stop, keep what is in
            out.error = str(e)
            out.not_tried = list(paths[n:])
            break
        out.attached += list(result)
        out.warnings += result.warnings
        out.refused += result.refused
        base += size
    progress(total // 1024, total // 1024, "")
    return out


def summary(out: AttachOutcome, where: str) -> tuple[str, str]:
    """(headline, details) for one message: what went in, what did not and why, what to look at."""
    added = len(out.attached)
    head = fmt(translate("AttachJob", "已添加 %n 个文件到%1。", None, added), where)
    if out.cancelled:
        head += translate("AttachJob", "已取消：已添加的文件保留，其余 %n 个没有添加。", None, len(out.not_tried))
    parts = []
    if out.error:
        parts.append(out.error)
        if out.not_tried:
            parts.append(translate("AttachJob", "另有 %n 个文件没有添加。", None, len(out.not_tried)))
    if out.refused:
        parts.append(translate("AttachJob", "以下文件没有添加："))
        parts += [f"• {r.message}" for r in out.refused]
    notes = [w for w in out.warnings]
    if notes:
        parts.append(translate("AttachJob", "请注意："))
        parts += [f"• {w.message}" for w in notes]
    return head, "\n".join(parts)
