"""What a submission carries, read from the workspace: payload entries for the bundle builder and item records.

In scope (the indicators chosen for this export): every live attachment, a
``情况说明.txt`` per item that has a statement or web addresses, a cover sheet for
every group that carries something (or whose status was settled by hand), and the
contents page of the binder those groups make; and a record per item (status,
statement, web addresses) of every indicator in scope.
Out of scope, when the submission follows an earlier one: what that one said,
unchanged — its files (from the blob store, or the workspace's copy of the files an
export made) and its item records. So submitting indicators 1–10 this week and
11–20 next week never withdraws 1–10.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.bundle import ItemRecord, PayloadEntry, PreviousSubmission
from desktop.core.bundle.plan import BundleWarning
from desktop.core.export import layout
from desktop.core.export.records import generated_file
from desktop.core.printjobs import display_text
from desktop.core.workspace.model import Status

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

STATEMENT_NAME = "情况说明.txt"


@dataclass
class Payload:
    entries: list[PayloadEntry] = field(default_factory=list)
    items: list[ItemRecord] = field(default_factory=list)
    generated: dict[str, bytes] = field(default_factory=dict)  # SHA-256 → bytes of files made here
    blobs: list[str] = field(default_factory=list)  # stored files read, to pin against garbage collection
    warnings: list[BundleWarning] = field(default_factory=list)

    def add_generated(self, entry: PayloadEntry) -> None:
        assert isinstance(entry.source, bytes)
        self.generated[hashlib.sha256(entry.source).hexdigest()] = entry.source
        self.entries.append(entry)


def statement_text(where: str, item_text: str, statement: str, urls: list[tuple[str, str | None]]) -> bytes:
    """The item's statement and web addresses as a text file Notepad opens correctly (UTF-8 BOM, CRLF)."""
    lines = [where, f"材料要求：{item_text}", ""]
    if statement.strip():
        lines += ["情况说明：", *statement.strip().splitlines(), ""]
    if urls:
        lines.append("网址：")
        lines += [f"{n}. {url}" + (f"（{label}）" if label else "") for n, (url, label) in enumerate(urls, start=1)]
        lines.append("")
    return "\ufeff".encode("utf-8") + "\r\n".join(lines).encode("utf-8")


def _item_record(ws: "Workspace", item, progress_by_key, item_progress) -> ItemRecord:
    keys = ws.indicators_of_item(item.id)
    inds = [progress_by_key[k] for k in keys if k in progress_by_key]
    reasons = list(dict.fromkeys(i.reason for i in inds if i.reason))
    if inds and all(i.status is Status.NOT_APPLICABLE for i in inds):
        status = Status.NOT_APPLICABLE
    elif item_progress.complete or (inds and all(i.status is Status.DONE for i in inds)):
        status = Status.DONE
    elif item_progress.started:
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_STARTED
    extra = {
        "indicator_status": {i.key: {"status": i.status.label, "manual": i.manual, "reason": i.reason} for i in inds},
        "files": item_progress.files, "files_needed": item_progress.files_needed,
        "quantity": item_progress.quantity, "complete": item_progress.complete,
        "missing": list(item_progress.missing),
    }
    if item_progress.onsite:
        extra["onsite_ready"] = item_progress.onsite_ready
    return ItemRecord(item.id, keys, item.text, status.label, ws.notes(item.id).statement,
                      tuple(u.url for u in ws.urls(item.id)),
                      "；".join(reasons) if status is Status.NOT_APPLICABLE else "", extra)


def build_payload(ws: "Workspace", keys: list[str], *, previous: PreviousSubmission | None,
                  previous_items: list[dict], include_covers: bool, date: dt.date, converter="auto",
                  tick: Callable[[int, int], None] | None = None) -> Payload:
    """Entries and records for the indicators in ``keys`` plus, after an earlier submission, the rest as it was."""
    from desktop.core.export import sheets
    from desktop.core.printing.labels import group_label
    from desktop.core import printjobs
    from desktop.core.printjobs import evidence_groups, print_context

    catalog = ws.catalog
    payload = Payload()
    groups = evidence_groups(ws, keys, converter=converter) if keys else []
    progress = ws.progress(keys) if keys else None
    attachments = defaultdict(list)
    for a in ws.attachments():
        attachments[a.item_id].append(a)
    in_scope_items: set[str] = set()
    with_content = printjobs.with_content(ws, groups)  # the groups that get a cover

    for group in groups:
        area, folder = layout.area_folder(catalog, group.keys), layout.group_folder(catalog, group.keys)
        items = list({it.id: it for k in group.keys for it in ws.items(k)}.values())
        for n, item in enumerate(items, start=1):
            in_scope_items.add(item.id)
            item_folder = f"{n}_{layout.item_folder_label(item.text)}"
            indicator_keys = ws.indicators_of_item(item.id)
            ip = next(i for k in group.keys for i in progress.by_key[k].items if i.item_id == item.id)
            payload.items.append(_item_record(ws, item, progress.by_key, ip))
            for a in attachments.get(item.id, ()):
                name = display_text(a.original_name)
                extra = {"kind": a.kind, "pages": a.pages, "evidence_date": a.evidence_date, "original_name": name}
                if a.encrypted:
                    extra["encrypted"] = True
                payload.entries.append(PayloadEntry(
                    (area, folder, item_folder, name), ws.blob_path(a.sha256), item_id=item.id,
                    indicator_keys=indicator_keys, sha256=a.sha256, role="evidence",
                    label=display_text(a.display_name), extra={k: v for k, v in extra.items() if v is not None},
                    size=a.size))
                payload.blobs.append(a.sha256)
            statement, urls = ws.notes(item.id).statement, [(u.url, u.label) for u in ws.urls(item.id)]
            if statement.strip() or urls:
                text = statement_text(ws.describe_item(item.id), item.text, statement, urls)
                payload.add_generated(PayloadEntry((area, folder, item_folder, STATEMENT_NAME), text, item_id=item.id,
                                                   indicator_keys=indicator_keys, role="statement", label="情况说明"))

    previous_files = previous.files if previous else ()
    if include_covers and with_content:
        ctx = print_context(ws, date)
        done = [0]

        def step() -> None:
            done[0] += 1
            if tick:
                tick(done[0], len(with_content) + 1)
        covers = sheets.cover_sheets(ctx, with_content, previous_files=previous_files, converter=converter, tick=step)
        for group, sheet in zip(with_content, covers):
            payload.add_generated(PayloadEntry(
                (layout.area_folder(catalog, group.keys), layout.group_folder(catalog, group.keys), sheets.COVER_NAME),
                sheet.data, indicator_keys=tuple(group.keys), role="cover", label=f"{group_label(catalog, group.keys)}封面",
                extra={"date": sheet.date.isoformat(), "pages": sheet.pages}))
        contents = sheets.contents_sheet(ctx, with_content, previous_files=previous_files, converter=converter,
                                         covers=covers)
        step()
        payload.add_generated(PayloadEntry((sheets.CONTENTS_NAME,), contents.data, indicator_keys=tuple(keys),
                                           role="contents", label="目录",
                                           extra={"date": contents.date.isoformat(), "pages": contents.pages}))

    if previous is not None:
        _carry_over(ws, payload, previous, previous_items, in_scope_items, set(keys))
    return payload


def _carry_over(ws: "Workspace", payload: Payload, previous: PreviousSubmission, previous_items: list[dict],
                in_scope_items: set[str], in_scope_keys: set[str]) -> None:
    """Keep what the previous submission said about the indicators this one does not cover."""
    for f in previous.files:
        if f.role == "contents":
            continue
        if f.role == "cover":
            if in_scope_keys & set(f.indicator_keys):
                continue
        elif f.item_id in in_scope_items:
            continue
        blob = ws.blob_path(f.sha256)
        if f.role == "evidence" and blob.is_file():
            source: Path | bytes = blob
            payload.blobs.append(f.sha256)
        else:
            data = generated_file(ws, f.sha256)
            if data is None or hashlib.sha256(data).hexdigest() != f.sha256:
                payload.warnings.append(BundleWarning(
                    "carry.missing",
                    f"上次报送的文件“{f.label}”（{f.path[5:]}）已从工作区彻底删除，本次报送中记为已删除。"
                    "如仍需报送，请重新添加后再导出。",
                    f"{f.path[5:]}, sent before, is no longer in the workspace; this submission lists it as removed."))
                continue
            source = data
            payload.generated[f.sha256] = data
        payload.entries.append(PayloadEntry(tuple(f.path.split("/")[1:]), source, item_id=f.item_id,
                                            indicator_keys=f.indicator_keys, sha256=f.sha256, role=f.role,
                                            label=f.label, extra=dict(f.extra), size=f.size))
    for d in previous_items:
        if d.get("id") not in in_scope_items:
            payload.items.append(ItemRecord(d["id"], tuple(d.get("indicators", ())), d.get("title", ""),
                                            d.get("status", ""), d.get("statement", ""), tuple(d.get("urls", ())),
                                            d.get("reason", ""), d.get("extra", {})))
