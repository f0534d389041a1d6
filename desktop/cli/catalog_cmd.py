"""``evidence-desk catalog …``: list, show, query and import indicator catalogs."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.output import clip, emit_json, table
from desktop.core.catalog import library
from desktop.core.errors import CatalogError


def register(sub) -> None:
    p = sub.add_parser("catalog", help="查看指标目录（任务分解表）")
    csub = p.add_subparsers(dest="catalog_command", metavar="子命令", parser_class=type(p))
    p.set_defaults(func=lambda a: (p.print_help(), 0)[1])

    lp = csub.add_parser("list", help="列出可用的目录")
    lp.add_argument("--json", action="store_true", help="以 JSON 输出")
    lp.set_defaults(func=cmd_list)

    sp = csub.add_parser("show", help="显示一个目录的全部指标")
    sp.add_argument("id", nargs="?", help=f"目录编号（默认：{library.BUILTIN_DEFAULT}）")
    sp.add_argument("--json", action="store_true", help="以 JSON 输出")
    sp.set_defaults(func=cmd_show)

    up = csub.add_parser("units", help="列出某个单位负责的指标")
    up.add_argument("id", nargs="?", help="目录编号（默认：内置目录）")
    up.add_argument("--unit", required=True, help="单位名称（全称或简称）")
    up.add_argument("--group", action="append", default=[], metavar="G",
                    help="本单位所属的类别，如“各行政执法单位”（可重复）")
    up.add_argument("--json", action="store_true", help="以 JSON 输出")
    up.set_defaults(func=cmd_units)

    ip = csub.add_parser("import", help="导入依法治市办下发的指标表或实施方案（Word、Excel、CSV、纯文本）",
                         description="读取 .docx/.xlsx/.csv/.tsv/.txt 文件，显示导入结果；加 --save 才保存到目录库。")
    ip.add_argument("file", metavar="FILE", help="要导入的文件")
    ip.add_argument("--json", action="store_true", help="以 JSON 输出（与 catalog show --json 相同的结构）")
    ip.add_argument("--save", action="store_true", help="保存到目录库，之后 catalog list 和程序界面都能选用")
    ip.add_argument("--replace", action="store_true", help="与 --save 一起用：替换目录库中编号相同的目录")
    ip.add_argument("--id", dest="catalog_id", metavar="ID", help="目录编号（小写字母、数字、-；默认取自文件名）")
    ip.add_argument("--title", metavar="T", help="目录标题（默认取自文件中的标题）")
    ip.add_argument("--output", metavar="JSON", help="把完整的目录文件写到这个路径（可发给各单位）")
    ip.set_defaults(func=cmd_import)


def cmd_list(args) -> int:
    infos = library.list_catalogs()
    if args.json:
        emit_json([
            {"id": i.id, "title": i.title, "version": i.version, "kind": i.kind, "origin": i.origin, "indicators": i.count}
            for i in infos
        ])
        return 0
    origin = {"builtin": "内置", "library": "已导入"}
    rows = [[i.id, clip(i.title, 40), i.version, str(i.count), origin.get(i.origin, i.origin)] for i in infos]
    print(table(rows, ["编号", "标题", "版本", "条目", "来源"]))
    return 0


def cmd_show(args) -> int:
    cat = library.load(args.id)
    if args.json:
        emit_json(cat.to_dict(full=False))
        return 0
    print_catalog(cat)
    s = cat.summary()
    print(f"\n共 {s['indicators']} 项，{s['areas']} 个一级指标。", file=sys.stderr)
    return 0


def print_catalog(cat) -> None:
    version = f"，版本 {cat.version}" if cat.version else ""
    print(f"{cat.title}（{cat.id}{version}）")
    for area, groups in cat.tree():
        print(f"\n{area}")
        if cat.area_notes.get(area):
            print(f"  {clip(cat.area_notes[area].replace(chr(10), ' '), 76)}")
        for group, inds in groups:
            if group:
                print(f"  {group}")
            for ind in inds:
                flag = "［实地核查］" if ind.onsite else ""
                print(f"    {ind.label()} {clip(ind.text, 60)}{flag}")
                print(f"        {_units_line(ind)}")


def _units_line(ind) -> str:
    parts = [f"{label}：{'、'.join(names)}" for label, names in
             (("责任单位", ind.units), ("牵头单位", ind.lead_units), ("配合单位", ind.assist_units)) if names]
    return "；".join(parts) or "责任单位：（未列明）"


def cmd_units(args) -> int:
    cat = library.load(args.id)
    unit = cat.unit(args.unit)
    groups = [cat.group(g).name for g in args.group]
    inds = cat.indicators_for(unit.name, groups)
    if args.json:
        emit_json({
            "catalog": cat.id,
            "unit": unit.name,
            "groups": groups,
            "indicators": [
                {**i.to_dict(), "responsible_as": cat.responsible(i, unit.name, groups)} for i in inds
            ],
        })
        return 0
    print(f"{unit.name}{'（' + '、'.join(groups) + '）' if groups else ''}负责的指标共 {len(inds)} 项：")
    for i in inds:
        via = cat.responsible(i, unit.name, groups)
        print(f"  {i.label()} {clip(i.text, 56)}" + (f"  ［作为{via}］" if via != unit.name and via not in unit.aliases else ""))
    return 0


def cmd_import(args) -> int:
    from desktop.core.catalog.importers import import_file

    result = import_file(args.file, catalog_id=args.catalog_id, title=args.title)
    cat = result.catalog
    saved = None
    if args.save:
        existing = next((i for i in library.list_catalogs() if i.id == cat.id), None)
        if existing is not None and existing.origin == "library" and not args.replace:
            raise CatalogError(
                f"目录库中已有编号为“{cat.id}”的目录《{existing.title}》。要替换它请加 --replace；"
                "要另存一份请用 --id 换一个编号。",
                en=f"Catalog {cat.id} already exists in the library; use --replace or --id.",
            )
        saved = library.save_to_library(cat)
    if args.output:
        library.atomic_write_text(Path(args.output), library.dumps(cat))
    if args.json:
        emit_json(cat.to_dict(full=False))
    else:
        print_catalog(cat)
    for w in result.warnings:
        print(f"注意：{w}", file=sys.stderr)
    print(f"导入“{Path(args.file).name}”：{result.summary_line()}", file=sys.stderr)
    if saved:
        print(f"已保存到目录库，编号“{cat.id}”。用 catalog show {cat.id} 查看。", file=sys.stderr)
    elif not args.output:
        print("（未保存；确认无误后加 --save 保存到目录库。）", file=sys.stderr)
    return 0
