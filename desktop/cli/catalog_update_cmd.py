"""``evidence-desk catalog update ID|FILE [--apply]``: move the workspace to a new catalog, previewed first.

Without ``--apply`` nothing changes: the command prints what the update would do (the same preview the
window shows). The sub-command joins the ``catalog`` family registered by catalog_cmd.py, whose own
sub-commands read catalogs only; this one writes the workspace, so it lives beside them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.main import workspace_path
from desktop.cli.output import clip, emit_json
from desktop.core.catalog import Catalog, library
from desktop.core.errors import UserError

FILE_SUFFIXES = (".json", ".docx", ".xlsx", ".csv", ".tsv", ".txt")


def register(sub) -> None:
    catalog = sub.choices.get("catalog")
    if catalog is None:  # catalog_cmd registers the family first (modules are loaded in name order)
        return
    family = next(a for a in catalog._actions if isinstance(a, argparse._SubParsersAction))
    p = family.add_parser(
        "update", help="把工作区更新到新版目录（先预览；加 --apply 才更新）",
        description="显示把工作区换到新目录后，已有资料如何保留、哪些条目的资料会成为目录外资料（不会删除）、"
                    "新增了什么；确认无误后加 --apply 执行。")
    p.add_argument("source", metavar="ID|FILE",
                   help="目录库中的目录编号（catalog list 可查看），或目录文件（.json）、指标表（Word、Excel、CSV、纯文本）")
    p.add_argument("--apply", action="store_true", help="执行更新（不加时只预览，不做任何更改）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出预览")
    p.set_defaults(func=cmd_update)


def load_new_catalog(source: str) -> Catalog:
    """An existing file is read (a catalog JSON as is, anything else through the importer); else a library id."""
    path = Path(source)
    if path.is_file():
        if path.suffix.lower() == ".json":
            return library.load_file(path)
        from desktop.core.catalog.importers import import_file

        result = import_file(path)
        for w in result.warnings:
            print(f"注意：{w}", file=sys.stderr)
        return result.catalog
    named_like_a_file = path.suffix.lower() in FILE_SUFFIXES or len(path.parts) > 1
    if named_like_a_file and not any(i.id == source for i in library.list_catalogs()):
        raise UserError(f"找不到文件“{source}”。请检查路径和文件名，或用 catalog list 查看可用的目录编号。",
                        en=f"File not found: {source}")
    return library.load(source)  # an unknown id: NotFound, listing the ids there are


def print_preview(pv) -> None:
    print(pv.summary())
    for c in pv.kept:
        if c.text_changed:
            print(f"  要求文字有改动  {c.item_id}：{clip(c.old_text or '', 40)} → {clip(c.new_text or '', 40)}")
    for c in pv.gone:
        print(f"  将成为目录外资料  {c.item_id}：{clip(c.old_text or '', 50)}（{c.attachments} 个文件）")
    if pv.indicators_removed:
        print(f"  删除的指标：{'、'.join(pv.indicators_removed)}")
    if pv.indicators_added:
        print(f"  新增的指标：{'、'.join(pv.indicators_added)}")
    if pv.statuses_dropped:
        print(f"  手动设定的状态将不再使用：{'、'.join(pv.statuses_dropped)}")
    before, after = len(pv.my_indicators_before), len(pv.my_indicators_after)
    if pv.unit_after is not None and before != after:
        print(f"  本单位负责的指标：{before} 项 → {after} 项")


def cmd_update(args) -> int:
    """Exit 0 when the preview can be applied (or was), 2 (as a refused --apply) when the unit is not on the new roster."""
    from desktop.core.workspace import Workspace  # not at import: --help and --version stay light

    new = load_new_catalog(args.source)
    with Workspace.open(workspace_path(args)) as ws:
        pv = ws.preview_catalog_update(new)
        if args.apply:
            ws.apply_catalog_update(new)  # refuses, with the reason, when the unit is not on the new roster
        if args.json:
            emit_json({**pv.to_dict(), "can_apply": pv.can_apply, "applied": bool(args.apply)})
        else:
            print_preview(pv)
        if not args.apply:
            if not args.json:
                print("（只是预览，工作区没有任何更改；确认无误后加 --apply 执行更新。）" if pv.can_apply
                      else "（不能更新到这个目录。）", file=sys.stderr)
            return 0 if pv.can_apply else 2  # as the refusal of --apply (a UserError)
        print(f"已把工作区更新到《{new.title}》（{new.id}，版本 {new.version}）。", file=sys.stderr)
        if pv.gone:
            print(f"{len(pv.gone)} 条材料的资料不在新目录中，仍保存在工作区（目录外资料），没有删除："
                  f"{'、'.join(c.item_id for c in pv.gone)}。", file=sys.stderr)
    return 0
