"""``evidence-desk catalog …``: list, show and query indicator catalogs."""

from __future__ import annotations

import sys

from desktop.cli.output import clip, emit_json, table
from desktop.core.catalog import library


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
    print(f"{cat.title}（{cat.id}，版本 {cat.version}）")
    for area, groups in cat.tree():
        print(f"\n{area}")
        for group, inds in groups:
            if group:
                print(f"  {group}")
            for ind in inds:
                flag = "［实地核查］" if ind.onsite else ""
                print(f"    {ind.label()} {clip(ind.text, 60)}{flag}")
                print(f"        责任单位：{'、'.join(ind.all_units) or '（未列明）'}")
    s = cat.summary()
    print(f"\n共 {s['indicators']} 项，{s['areas']} 个一级指标。", file=sys.stderr)
    return 0


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
