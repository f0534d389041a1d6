"""``evidence-desk init | attach | note | url | status | remove | undo | check | backup | restore``: the workspace."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.main import workspace_path
from desktop.cli.output import clip, emit_json, pad
from desktop.core.catalog import library

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def register(sub) -> None:
    p = sub.add_parser("init", help="创建工作区（填写本单位信息）")
    p.add_argument("--unit", required=True, help="本单位名称（全称或简称）")
    p.add_argument("--group", action="append", default=[], metavar="G", help="本单位所属的类别，如“各行政执法单位”（可重复）")
    p.add_argument("--catalog", metavar="ID", help=f"使用的目录（默认：{library.BUILTIN_DEFAULT}）")
    p.add_argument("--staff", action="append", default=[], metavar="NAME", help="经办人姓名（可重复）")
    p.add_argument("--contact", metavar="NAME", help="联系人")
    p.add_argument("--phone", metavar="P", help="联系电话")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("attach", help="把文件添加为某项指标的印证资料")
    p.add_argument("key", metavar="KEY", help="指标编号，如 55；或材料条目编号，如 55.1")
    p.add_argument("files", nargs="+", metavar="FILE", help="要添加的文件")
    p.add_argument("--item", type=int, metavar="N", help="第几条材料（从 1 起；默认第 1 条）")
    p.add_argument("--label", help="显示名称（默认用文件名）")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="文件上的日期（如发文日期）")
    p.add_argument("--by", metavar="NAME", help="经办人（默认：第一位经办人）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("note", help="填写某条材料的情况说明（TEXT 为 - 时从标准输入读取；空文本清除）")
    p.add_argument("key", metavar="KEY")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--item", type=int, metavar="N")
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_note)

    p = sub.add_parser("url", help="为某条材料添加网址")
    p.add_argument("key", metavar="KEY")
    p.add_argument("url", metavar="URL")
    p.add_argument("--item", type=int, metavar="N")
    p.add_argument("--label", help="说明，如“公开网址”")
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_url)

    p = sub.add_parser("status", help="查看进度（全部负责指标，或一项指标的详情）")
    p.add_argument("key", nargs="?", metavar="KEY", help="只看这一项指标（列出每个附件）")
    p.add_argument("--all", action="store_true", help="列出目录中的全部指标，而不只是本单位负责的")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("remove", help="把附件移到回收站（可用 undo 恢复）")
    p.add_argument("attachment_id", type=int, metavar="ID", help="附件编号（status KEY 可查看）")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("undo", help="从回收站恢复附件")
    p.add_argument("attachment_id", type=int, metavar="ID")
    p.set_defaults(func=cmd_undo)

    p = sub.add_parser("check", help="检查工作区：数据库完整性，并逐一校验每个文件")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="把工作区备份为一个 ZIP 文件（使用中也可备份）")
    p.add_argument("out", metavar="OUT", help="备份文件名，或存放备份的文件夹")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="从备份恢复工作区（到 --workspace 指定的文件夹）")
    p.add_argument("backup", metavar="IN", help="备份 ZIP 文件")
    p.add_argument("--replace", action="store_true", help="目标已有工作区时替换它（原文件夹改名保留）")
    p.set_defaults(func=cmd_restore)


# ---------------------------------------------------------------- helpers
def _open(args) -> Workspace:
    # The workspace package (sqlite-utils and the rest) is imported here, not at start-up: --version and
    # --help, and the commands that need no workspace, should not pay for it.
    from desktop.core.workspace import Workspace

    return Workspace.open(workspace_path(args))


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(n / 1024, 0.1):.1f} KB"
    if n < 1024 ** 3:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{n / 1024 ** 3:.2f} GB"


class _Meter:
    """A one-line progress display on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, verb: str):
        self.verb = verb
        self.active = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.active or not total:
            return
        pct = int(done * 100 / total)
        if pct != self.last:
            self.last = pct
            sys.stderr.write(f"\r{self.verb} {pct:3d}%  {clip(name, 40)}\033[K")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.active and self.last >= 0:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _item_line(ws: Workspace, item_id: str) -> str:
    it = ws.item(item_id)
    return f"{ws.describe_item(item_id)}（{clip(it.text, 36)}）"


# ---------------------------------------------------------------- commands
def cmd_init(args) -> int:
    from desktop.core.workspace import Workspace

    ws = Workspace.create(
        workspace_path(args), args.catalog, unit=args.unit, groups=args.group, staff=args.staff,
        contact=args.contact, phone=args.phone,
    )
    with ws:
        p = ws.profile
        mine = ws.my_indicators()
        if args.json:
            emit_json({"workspace": str(ws.path), "id": ws.id, "profile": p.to_dict(),
                       "catalog": {"id": ws.catalog.id, "version": ws.catalog.version},
                       "indicators": [i.key for i in mine]})
            return 0
        groups = f"（{'、'.join(p.groups)}）" if p.groups else ""
        print(f"已创建工作区：{ws.path}")
        print(f"  单位：{p.unit}{groups}")
        print(f"  目录：{ws.catalog.title}（{ws.catalog.id}，版本 {ws.catalog.version}）")
        print(f"  本单位负责的指标：{len(mine)} 项。用 status 查看进度，用 attach 添加材料。")
    return 0


def cmd_attach(args) -> int:
    from desktop.core.workspace.filetypes import KIND_LABELS

    with _open(args) as ws:
        item = ws.resolve_item(args.key, args.item)
        meter = _Meter("正在复制")
        try:
            result = ws.attach(item.id, [Path(f) for f in args.files], label=args.label, added_by=args.by,
                               evidence_date=args.date, progress=meter)
        finally:
            meter.finish()
        prog = ws.progress([ws.indicators_of_item(item.id)[0]]).by_key
        ip = next(i for k in prog.values() for i in k.items if i.item_id == item.id)
        if args.json:
            emit_json({
                "item_id": item.id, "attached": [a.to_dict() for a in result],
                "warnings": [{"file": str(w.path), "code": w.code, "message": w.message} for w in result.warnings],
                "refused": [{"file": str(r.path), "code": r.code, "message": r.message} for r in result.refused],
                "item": ip.to_dict(),
            })
        else:
            if result:
                print(f"已添加到 {_item_line(ws, item.id)}：")
                for a in result:
                    pages = f"，{a.pages} 页" if a.pages else ""
                    print(f"  [{a.id}] {a.original_name}（{KIND_LABELS[a.kind]}{pages}，{_size(a.size)}）")
            for w in result.warnings:
                print(f"提示：{w.message}")
            for r in result.refused:
                print(f"未添加：{r.message}", file=sys.stderr)
            need = f"{ip.files}/{ip.quantity}" if ip.quantity else f"{ip.files} 个文件"
            print(f"{ws.describe_item(item.id)}现有材料：{need}{'，已齐全' if ip.complete else ''}。")
        return 2 if result.refused else 0


def cmd_note(args) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    with _open(args) as ws:
        item = ws.resolve_item(args.key, args.item)
        ws.set_statement(item.id, text, by=args.by)
        n = len(text.strip())
        print(f"已保存 {_item_line(ws, item.id)} 的情况说明（{n} 字）。" if n else f"已清除 {_item_line(ws, item.id)} 的情况说明。")
    return 0


def cmd_url(args) -> int:
    with _open(args) as ws:
        item = ws.resolve_item(args.key, args.item)
        w = ws.add_url(item.id, args.url, label=args.label, by=args.by)
        print(f"已为 {_item_line(ws, item.id)} 添加网址：{w.url}")
    return 0


def _status_json(ws: Workspace, progress, detail: bool) -> dict:
    p = ws.profile
    inds = []
    for ip in progress.indicators:
        items = []
        for n, it in enumerate(ip.items, start=1):
            d = {"position": n, "text": ws.item(it.item_id).text, **it.to_dict()}
            d["attachments"] = d.pop("files")
            d["required"] = d.pop("files_needed")
            if detail:
                d["files"] = [a.to_dict() for a in ws.attachments(it.item_id)]
                d["urls"] = [u.url for u in ws.urls(it.item_id)]
                d["statement"] = ws.notes(it.item_id).statement
            items.append(d)
        inds.append({**{k: v for k, v in ip.to_dict().items() if k != "items"}, "done": ip.settled, "items": items})
    return {
        "workspace": str(ws.path), "unit": p.unit, "groups": list(p.groups),
        "catalog": {"id": ws.catalog.id, "version": ws.catalog.version},
        "overall": progress.to_dict(), "indicators": inds,
    }


_MARK = {"done": "✓", "not_applicable": "—", "in_progress": "…", "not_started": " "}  # by Status value


def _item_summary(it) -> str:
    parts = []
    if it.files_needed:
        if it.quantity:
            parts.append(f"{it.files}/{it.quantity}")
        elif it.files:
            parts.append(f"{it.files} 个文件")
        elif not it.has_statement:
            parts.append("尚无材料")
    if it.has_statement:
        parts.append("有说明")
    if it.url_needed:
        parts.append("网址✓" if it.urls else "缺网址")
    if it.onsite:
        parts.append("实地核查已准备" if it.onsite_ready else "实地核查未准备")
    if it.too_old:
        parts.append(f"{it.too_old} 件日期偏早")
    return "，".join(parts) + (" ✓" if it.complete else "")


def cmd_status(args) -> int:
    with _open(args) as ws:
        if args.key:
            keys = [ws.catalog.indicator(args.key).key]
        elif args.all:
            keys = [i.key for i in ws.catalog.indicators]
        else:
            keys = None
        progress = ws.progress(keys)
        detail = bool(args.key)
        if args.json:
            emit_json(_status_json(ws, progress, detail))
            return 0
        p = ws.profile
        groups = f"（{'、'.join(p.groups)}）" if p.groups else ""
        print(f"{p.unit}{groups} · 目录 {ws.catalog.id} · 工作区 {ws.path}")
        print(f"总体进度：已完成 {progress.done}/{progress.total} 项指标，材料条目 {progress.items_done}/{progress.items_total} 条"
              f"（{progress.fraction:.0%}）")
        if progress.needs_revision:
            print(f"依法治市办审核：{progress.needs_revision} 项指标需补充（补充后重新导出即可）。")
        for area in progress.areas:
            print(f"\n{area.area}（{area.done}/{area.total}）")
            for ip in area.indicators:
                how = "（手动）" if ip.manual else ""
                print(f"  {_MARK[ip.status.value]} {pad(ip.label, 10)}{ip.status.label}{how}"
                      + (f"：{ip.reason}" if ip.reason else ""))
                if ip.review:  # the office's verdict from an imported review file
                    r = ip.review
                    score = f"，{r.score:g} 分" if r.score is not None else ""
                    print(f"      审核：{r.status_label}{score}" + (f"  {r.comment}" if r.comment else ""))
                for n, it in enumerate(ip.items, start=1):
                    text = clip(ws.item(it.item_id).text, 40)
                    print(f"      {n}. {text}  [{_item_summary(it)}]")
                    if detail:
                        for a in ws.attachments(it.item_id):
                            print(f"         [{a.id}] {a.display_name}（{_size(a.size)}）")
                        for u in ws.urls(it.item_id):
                            print(f"         网址：{u.url}")
                        st = ws.notes(it.item_id).statement
                        if st:
                            print(f"         情况说明：{clip(st, 60)}")
                        for m in it.missing:
                            print(f"         还需：{m}")
    return 0


def cmd_remove(args) -> int:
    with _open(args) as ws:
        a = ws.remove_attachment(args.attachment_id)
        print(f"已把“{a.display_name}”移到回收站（{ws.describe_item(a.item_id)}）。可用 undo {a.id} 恢复。")
    return 0


def cmd_undo(args) -> int:
    with _open(args) as ws:
        a = ws.undo_remove(args.attachment_id)
        print(f"已恢复“{a.display_name}”（{ws.describe_item(a.item_id)}）。")
    return 0


def cmd_check(args) -> int:
    with _open(args) as ws:
        meter = _Meter("正在校验")
        try:
            report = ws.check(progress=meter)
        finally:
            meter.finish()
        if args.json:
            emit_json(report.to_dict())
            return 0 if report.ok else 1
        if report.ok:
            print(f"检查通过：数据库完好，{report.files_checked} 个文件（{_size(report.bytes_checked)}）逐一校验无误，"
                  f"共 {report.attachments} 个附件。")
        else:
            print(f"检查发现 {len(report.problems)} 个问题：")
            for pr in report.problems:
                print(f"  - {pr.message}")
        if report.unreferenced_files:
            print(f"另有 {report.unreferenced_files} 个不再使用的文件（{_size(report.unreferenced_bytes)}），清空回收站时会删除。")
        return 0 if report.ok else 1


def cmd_backup(args) -> int:
    with _open(args) as ws:
        meter = _Meter("正在备份")
        try:
            info = ws.backup(args.out, progress=meter)
        finally:
            meter.finish()
        if args.json:
            emit_json({"path": str(info.path), "files": info.files, "bytes": info.bytes, "attachments": info.attachments})
        else:
            print(f"已备份到 {info.path}（{info.attachments} 个附件，{info.files} 个文件，{_size(info.bytes)}）。")
    return 0


def cmd_restore(args) -> int:
    from desktop.core.workspace import Workspace

    target = workspace_path(args)
    info = Workspace.restore(args.backup, target, replace=args.replace)
    print(f"已从备份恢复工作区到 {info.path}（{info.attachments} 个附件，{info.files} 个文件，均已校验）。")
    if info.previous:
        print(f"原有的工作区已改名保留为 {info.previous}。")
    return 0

