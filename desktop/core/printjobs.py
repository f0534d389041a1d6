"""Printing from a workspace: the unit's profile and attachments handed to ``desktop.core.printing`` as plain data.

The printing package knows nothing of workspaces (it also prints at the office,
from received bundles); this adapter is the one place that turns a workspace
into a ``PrintContext`` and ``EvidenceGroup``s. It imports the printing package
(reportlab, pypdf: about half a second) only when a function runs, so the GUI
and the CLI can import it at start-up for free.

``progress(what, done, total)`` callbacks receive a Chinese description of the
current step; raising ``desktop.core.printing.Cancelled`` from one stops the job
and leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import UserError

if TYPE_CHECKING:
    from desktop.core.printing import EnclosedFile, EvidenceGroup, PrintContext, RenderResult
    from desktop.core.workspace import Attachment, Workspace

Progress = Callable[[str, int, int], None]
AUTO = "auto"  # find LibreOffice for Word/Excel attachments; None: never convert


def display_text(text: str, *, fallback: str = "（无名文件）") -> str:
    """A name made safe to print: NFC; control characters shown as "_"; invisible format characters (bidi
    overrides that could disguise an extension, zero-width joiners) dropped; lone surrogates shown as "�"."""
    out = []
    for ch in unicodedata.normalize("NFC", text or ""):
        cat = unicodedata.category(ch)
        if cat == "Cs":
            out.append("\ufffd")
        elif cat == "Cc":
            out.append("_")
        elif cat != "Cf":
            out.append(ch)
    return "".join(out).strip() or fallback


def selected_keys(ws: "Workspace", keys: Iterable[str] | None = None) -> list[str]:
    """The indicator keys to print, in catalog order: the given ones (checked), or all of the unit's."""
    catalog = ws.catalog
    if keys is None:
        chosen = [ind.key for ind in ws.my_indicators()]
        if not chosen:
            raise UserError(
                f"目录中没有“{ws.profile.unit}”负责的指标。请检查单位名称和所属类别（如“各行政执法单位”），"
                "或在命令后写出要打印的指标编号。",
                en=f"The catalog lists no indicators for {ws.profile.unit}; name the indicators to print.")
        return chosen
    wanted = {catalog.indicator(str(k).strip()).key for k in keys}
    if not wanted:
        raise UserError("没有要打印的指标。请选择至少一项指标。", en="No indicators selected.")
    return [ind.key for ind in catalog.indicators if ind.key in wanted]


def print_context(ws: "Workspace", date: dt.date | None = None) -> "PrintContext":
    """Who prints: the unit, its contact and phone from the workspace profile, the catalog, and the date."""
    from desktop.core.printing import PrintContext

    p = ws.profile
    return PrintContext(ws.catalog, unit=p.unit, contact=p.contact or "", phone=p.phone or "",
                        date=date or dt.date.today())


def _print_kind(att: "Attachment") -> str | None:
    """The printing package's kind: the workspace knows pdf/image by content; Office files by their name."""
    if att.kind in ("pdf", "image"):
        return att.kind
    from desktop.core.printing.attachments import _SUFFIX_KIND

    return _SUFFIX_KIND.get(Path(att.original_name).suffix.lower().lstrip("."), "other")


def _named_copy(ws: "Workspace", att: "Attachment", name: str) -> Path:
    """A copy of an Office attachment under its own name: LibreOffice decides the format by the extension,
    and stored files have none. In the workspace's tmp/ (emptied at every open); small files, made once."""
    folder = ws.tmp_dir / "print" / att.sha256[:16]
    target = folder / (Path(name).stem[:60] + Path(name).suffix.lower())
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(ws.blob_path(att.sha256), partial)
        partial.replace(target)
    return target


def enclosed_file(ws: "Workspace", att: "Attachment", key: str, *, convertible: bool = False) -> "EnclosedFile":
    """One attachment as printing takes it. ``convertible``: Office files get a named copy LibreOffice can read."""
    from desktop.core.printing import EnclosedFile

    name = display_text(att.original_name)
    label = display_text(att.label) if att.label else display_text(Path(name).stem, fallback=name)
    kind = _print_kind(att)
    path = ws.blob_path(att.sha256)
    if convertible and kind in ("word", "excel", "presentation") and path.exists():
        path = _named_copy(ws, att, name)
    return EnclosedFile(path=path, label=label, item_id=att.item_id, key=key, original_name=name, pages=att.pages,
                        sha256=att.sha256, kind=kind, evidence_date=att.evidence_date)


def evidence_groups(ws: "Workspace", keys: Iterable[str] | None = None, *, merge: bool = True,
                    converter=AUTO) -> list["EvidenceGroup"]:
    """The selected indicators (default: the unit's) as printing groups, each with its live attachments.

    Indicators that submit materials together (merged requests) share one group when both are selected;
    ``merge=False`` gives every indicator its own. Attachments follow the order of the material items,
    then their order within the item. Evidence of items the catalog no longer has is not printed.
    """
    from dataclasses import replace

    from desktop.core.printing import ItemNote, OfficeConverter, build_groups

    chosen = selected_keys(ws, keys)
    convertible = (OfficeConverter.find() if converter == AUTO else converter) is not None
    owner: dict[str, str] = {}
    for key in chosen:
        for item in ws.items(key):
            owner.setdefault(item.id, key)
    files = [enclosed_file(ws, att, owner[att.item_id], convertible=convertible)
             for att in ws.attachments() if att.item_id in owner]
    groups = build_groups(ws.catalog, chosen, files, merge=merge)
    out = []
    for g in groups:
        notes = []
        for item_id in dict.fromkeys(it.id for k in g.keys for it in ws.items(k)):
            statement, urls = ws.notes(item_id).statement, tuple(u.url for u in ws.urls(item_id))
            if statement.strip() or urls:
                notes.append(ItemNote(item_id, display_text(statement, fallback=""), urls))
        out.append(replace(g, notes=tuple(notes)))
    return out


def with_content(ws: "Workspace", groups: Sequence["EvidenceGroup"]) -> list["EvidenceGroup"]:
    """The groups that carry something — files, a statement, a web address — or whose status was settled
    by hand: what a letter lists and a bundle gives covers to."""
    progress = ws.progress([k for g in groups for k in g.keys])
    return [g for g in groups if g.files or g.notes or any(progress.by_key[k].settled for k in g.keys)]


def signing_fingerprint(ws: "Workspace") -> str | None:
    """The unit's signing-key fingerprint (SHA256:…), or None before ``keygen``."""
    from desktop.core.signing import keystore

    try:
        return keystore.load_public(ws.path).fingerprint if keystore.has_key(ws.path) else None
    except UserError:
        return None


# ---------------------------------------------------------------------------- what the print menu offers


def covers(ws: "Workspace", out: Path | str, keys: Iterable[str] | None = None, progress: Progress | None = None, *,
           date: dt.date | None = None, converter=AUTO) -> "RenderResult":
    """Cover sheets (封面) of the selected indicators, page numbers as in ``binder`` for the same selection."""
    from desktop.core.printing import render_covers

    return render_covers(print_context(ws, date), evidence_groups(ws, keys, converter=converter), out,
                         converter=converter, progress=progress)


def binder(ws: "Workspace", out: Path | str, keys: Iterable[str] | None = None, progress: Progress | None = None, *,
           date: dt.date | None = None, converter=AUTO) -> "RenderResult":
    """One PDF: contents, then each cover sheet followed by its files (one indicator: the per-indicator PDF)."""
    from desktop.core.printing import render_binder

    return render_binder(print_context(ws, date), evidence_groups(ws, keys, converter=converter), out,
                         converter=converter, progress=progress)


def indicator_pdfs(ws: "Workspace", out_dir: Path | str, keys: Iterable[str] | None = None,
                   progress: Progress | None = None, *, date: dt.date | None = None,
                   converter=AUTO) -> list["RenderResult"]:
    """第55项.pdf, 第26-29项.pdf, … in ``out_dir``: the electronic (PDF) submission, one file per cover sheet."""
    from desktop.core.printing import render_indicator_pdfs

    return render_indicator_pdfs(print_context(ws, date), evidence_groups(ws, keys, converter=converter), out_dir,
                                 converter=converter, progress=progress)


def contents(ws: "Workspace", out: Path | str, keys: Iterable[str] | None = None, *, date: dt.date | None = None,
             converter=AUTO) -> "RenderResult":
    """The binder's contents page(s) (目录) alone, numbered as the binder of the same selection."""
    from desktop.core.printing import render_contents

    return render_contents(print_context(ws, date), evidence_groups(ws, keys, converter=converter), out,
                           converter=converter)


def spine_labels(ws: "Workspace", out: Path | str, volumes: int = 1, keys: Iterable[str] | None = None, *,
                 widths_cm: Sequence[float] | None = None, date: dt.date | None = None) -> "RenderResult":
    """Spine labels (脊背标签) for a set of ``volumes`` binders, in the common binder widths."""
    from desktop.core.printing import COMMON_WIDTHS_CM, render_spine_labels, spine_labels_for

    if volumes < 1 or volumes > 50:
        raise UserError("册数应在 1 到 50 之间。", en="The number of volumes must be between 1 and 50.")
    ctx = print_context(ws, date)
    groups = evidence_groups(ws, keys, converter=None)
    labels = spine_labels_for(ctx, groups, volumes=volumes)
    return render_spine_labels(ctx, out, labels, widths_cm=widths_cm or COMMON_WIDTHS_CM)


def letter(ws: "Workspace", out: Path | str, keys: Iterable[str] | None = None, *, date: dt.date | None = None,
           converter=AUTO) -> "RenderResult":
    """The submission letter (报送函, .docx) listing the indicators with file and page counts, and the
    signing-key fingerprint when the unit has a key, so the office can match it with the registration form.

    Without ``keys`` it lists the unit's indicators that carry something (see ``with_content``): a letter
    says what is being submitted, not what is still missing.
    """
    from desktop.core.printing import write_letter

    groups = evidence_groups(ws, keys, converter=converter)
    if keys is None:
        groups = with_content(ws, groups)
        if not groups:
            raise UserError("还没有任何可以报送的材料，报送函没有内容。请先添加材料，或在命令后写出指标编号。",
                            en="Nothing collected yet; the letter would list nothing.")
    return write_letter(print_context(ws, date), groups, out, converter=converter,
                        signing_fingerprint=signing_fingerprint(ws))


def evidence_list(ws: "Workspace", out: Path | str, keys: Iterable[str] | None = None, *,
                  date: dt.date | None = None, converter=AUTO) -> "RenderResult":
    """The evidence list (印证资料清单, .xlsx): one row per file with pages, date and SHA-256."""
    from desktop.core.printing import write_evidence_list

    return write_evidence_list(print_context(ws, date), evidence_groups(ws, keys, converter=converter), out,
                               converter=converter)
