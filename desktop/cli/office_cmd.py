"""``evidence-desk office …``: the rule-of-law office's workspace — keys, receiving, the matrix, reviews, reports."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.bundle_cmd import read_passphrase
from desktop.cli.main import ChineseArgumentParser, workspace_path
from desktop.cli.output import clip, emit_json, pad, table
from desktop.core.errors import UserError


def register(sub) -> None:
    office = sub.add_parser("office", help="依法治市办：接收、核验、审核各单位的资料包")
    osub = office.add_subparsers(dest="office_command", metavar="命令", parser_class=ChineseArgumentParser)
    office.set_defaults(func=lambda args: (office.print_help(), 0)[1])

    p = osub.add_parser("init", help="创建依法治市办工作区（--workspace 指定文件夹）")
    p.add_argument("--catalog", metavar="ID", help="使用的目录（默认：内置目录）")
    p.add_argument("--name", default="依法治市办", help="本办名称（写在审核意见和催报清单上）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    p = osub.add_parser("keygen", help="生成依法治市办的签名密钥（用于签发审核意见）")
    p.add_argument("--passphrase-file", metavar="F", help="从文件第一行读取口令（默认：交互输入）")
    p.add_argument("--replace", action="store_true", help="替换已有的密钥")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keygen)

    p = osub.add_parser("pubkey", help="显示依法治市办的公钥和指纹（交给各单位核对）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_pubkey)

    p = osub.add_parser("trust", help="从 allowed_signers 文件登记各单位的公钥")
    p.add_argument("file", metavar="ALLOWED_SIGNERS")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trust)

    p = osub.add_parser("register", help="核对指纹后登记一个单位的公钥（来自公钥登记表，或待确认的资料包）")
    p.add_argument("unit", nargs="?", metavar="UNIT", help="单位名称")
    p.add_argument("key", nargs="?", metavar="KEY", help="公钥（ssh-ed25519 AAAA… 一行，或存放它的文件）")
    p.add_argument("--waiting", type=int, metavar="N", help="登记待确认列表中第 N 个文件的签名公钥（见 office waiting）")
    p.add_argument("--fingerprint", required=True, metavar="SHA256:…", help="从公钥登记表上核对过的指纹（必须一致）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_register)

    p = osub.add_parser("waiting", help="列出因公钥未登记而暂存的资料包")
    p.add_argument("--discard", type=int, metavar="N", help="删除第 N 个暂存的文件（不是本市单位发来的）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_waiting)

    p = osub.add_parser("units", help="单位名单：登记的公钥、所属类别、当前报送")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_units)

    p = osub.add_parser("groups", help="设置单位所属的类别（如“各行政执法单位”），用于按类别分配的指标")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("groups", nargs="*", metavar="G", help="类别名称；不给则清空")
    p.set_defaults(func=cmd_groups)

    p = osub.add_parser("receive", help="接收资料包：分卷 .zip、索引，或整个文件夹（如U盘）")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receive)

    p = osub.add_parser("matrix", help="指标×单位 报送情况（每项指标的计数；--unit 看一个单位）")
    p.add_argument("--unit", metavar="UNIT", help="只看这个单位负责的指标")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_matrix)

    p = osub.add_parser("show", help="查看某单位某项指标的资料（情况说明、网址、文件）")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("key", metavar="KEY")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = osub.add_parser("submissions", help="各单位的报送记录（第几次、分卷收到几卷、衔接）")
    p.add_argument("unit", nargs="?", metavar="UNIT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_submissions)

    p = osub.add_parser("rejected", help="被拒收的文件及原因")
    p.add_argument("--clear", action="store_true", help="清空列表")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rejected)

    p = osub.add_parser("review", help="审核：某单位某项指标 通过 / 需补充")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("key", metavar="KEY")
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--pass", dest="verdict", action="store_const", const="pass", help="通过")
    verdict.add_argument("--revise", dest="verdict", action="store_const", const="revise", help="需补充")
    p.add_argument("--comment", default="", metavar="T", help="审核意见（需补充时必填）")
    p.add_argument("--score", metavar="S", help="分数（可选）")
    p.add_argument("--by", metavar="NAME", help="审核人")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_review)

    p = osub.add_parser("feedback", help="生成发给某单位的审核意见文件（依法治市办签名）")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("out", metavar="OUT", help="文件名（.zip）或存放它的文件夹")
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_feedback)

    p = osub.add_parser("report", help="汇总表（.xlsx）：各指标报送、审核、分数，以及自评统计")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--json", action="store_true", help="同时以 JSON 输出自评统计")
    p.set_defaults(func=cmd_report)

    p = osub.add_parser("chase", help="某单位的催报清单（.docx 或 .xlsx）")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("out", metavar="OUT.docx|OUT.xlsx")
    p.set_defaults(func=cmd_chase)

    p = osub.add_parser("gui", help="打开依法治市办窗口")
    p.add_argument("--screenshot", metavar="OUT.png", type=Path, help="不显示窗口，把窗口画面保存为 PNG 后退出")
    p.add_argument("--size", default=None, metavar="WxH", help="窗口大小，如 1366x768")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument("--select", metavar="UNIT/KEY", help="打开后选中这个单元格，如 市司法局/55")
    p.set_defaults(func=cmd_gui)


# ---------------------------------------------------------------- helpers
def _open(args):
    from desktop.core.office import OfficeWorkspace

    return OfficeWorkspace.open(workspace_path(args))


class _Meter:
    def __init__(self):
        self.active = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int, name: str = "") -> None:
        if not self.active or not total:
            return
        pct = int(done * 100 / total)
        if pct != self.last:
            self.last = pct
            sys.stderr.write(f"\r正在核验 {pct:3d}%  {clip(name, 40)}\033[K")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.active and self.last >= 0:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# ---------------------------------------------------------------- workspace and keys
def cmd_init(args) -> int:
    from desktop.core.office import OfficeWorkspace

    with OfficeWorkspace.create(workspace_path(args), args.catalog, office_name=args.name) as off:
        if args.json:
            emit_json({"workspace": str(off.path), "id": off.id, "office": off.office_name,
                       "catalog": {"id": off.catalog.id, "version": off.catalog.version}, "units": len(off.catalog.units)})
            return 0
        print(f"已创建依法治市办工作区：{off.path}")
        print(f"  目录：{off.catalog.title}（{off.catalog.id}，版本 {off.catalog.version}），单位名单 {len(off.catalog.units)} 个")
        print("  下一步：office keygen 生成本办签名密钥；office trust 登记各单位公钥；office receive 接收资料包。")
    return 0


def _print_registration(reg) -> None:
    print(f"名称：{reg.unit}")
    print(f"公钥指纹：{reg.fingerprint}")
    print(f"公钥：{reg.public_key}")


def cmd_keygen(args) -> int:
    with _open(args) as off:
        reg = off.keygen(read_passphrase(args, confirm=True), replace=args.replace)
        if args.json:
            emit_json(reg.to_dict())
            return 0
        print("已生成依法治市办签名密钥（私钥已用口令加密）。请把下面的指纹告知各单位，供其导入审核意见时核对：", file=sys.stderr)
        _print_registration(reg)
    return 0


def cmd_pubkey(args) -> int:
    with _open(args) as off:
        reg = off.key_registration()
        if args.json:
            emit_json(reg.to_dict())
        else:
            print(reg.public_key)
            print(f"指纹：{reg.fingerprint}", file=sys.stderr)
    return 0


def cmd_trust(args) -> int:
    with _open(args) as off:
        result = off.trust(Path(args.file))
        if args.json:
            emit_json(result.to_dict())
        else:
            for k in result.added:
                print(f"已登记：{k.unit}  {k.fingerprint}")
            for k in result.already:
                print(f"已登记过：{k.unit}  {k.fingerprint}")
            for s in result.skipped:
                print(f"跳过：{s}", file=sys.stderr)
            print(f"共登记 {len(result.added)} 个公钥。")
        if result.added:
            report = off.receive_quarantined()
            if report.outcomes and not args.json:
                print(f"待确认列表中的文件：{report.summary()}")
        return 0 if result.added or result.already else 2


def cmd_register(args) -> int:
    with _open(args) as off:
        if args.waiting is not None:
            q = next((q for q in off.quarantined() if q.id == args.waiting), None)
            if q is None:
                raise UserError(f"待确认列表中没有第 {args.waiting} 个文件。用 office waiting 查看。", en="No such waiting part.")
            unit, key = q.unit, q.public_key
        else:
            if not args.unit or not args.key:
                raise UserError("请给出单位名称和公钥，或用 --waiting N 指定待确认列表中的文件。",
                                en="Give UNIT and KEY, or --waiting N.")
            unit, key = args.unit, args.key
            if Path(key).is_file():
                key = Path(key).read_text(encoding="utf-8-sig")
        k = off.register_key(unit, key, confirm_fingerprint=args.fingerprint,
                             source="核对指纹后登记" if args.waiting is not None else "公钥登记表")
        report = off.receive_quarantined(k.fingerprint)
        if args.json:
            emit_json({"registered": k.to_dict(), "received": report.to_dict()})
            return 0
        print(f"已登记：{k.unit}  {k.fingerprint}")
        if report.outcomes:
            print(f"该公钥签名的暂存文件：{report.summary()}")
    return 0


def cmd_waiting(args) -> int:
    with _open(args) as off:
        if args.discard is not None:
            off.discard_quarantined(args.discard)
            print(f"已删除暂存的第 {args.discard} 个文件。")
            return 0
        waiting = off.quarantined()
        if args.json:
            emit_json([q.to_dict() for q in waiting])
            return 0
        if not waiting:
            print("没有待确认公钥的文件。")
        for q in waiting:
            part = f"第 {q.part}/{q.parts} 卷" if q.part else ""
            print(f"[{q.id}] {q.unit}  {q.file_name} {part}  指纹 {q.fingerprint}  （{q.received_at[:16].replace('T', ' ')}）")
        if waiting:
            print("核对指纹后登记：office register --waiting N --fingerprint SHA256:…")
    return 0


def cmd_units(args) -> int:
    with _open(args) as off:
        roster = off.roster()
        if args.json:
            emit_json([e.to_dict() for e in roster])
            return 0
        rows = [[e.unit, str(e.named_in), "、".join(e.groups) or "—", str(len(e.keys)),
                 f"第{e.sequence}次" if e.sequence else "—", (e.last_received or "")[:10], str(e.waiting or "")]
                for e in roster]
        print(table(rows, ["单位", "点名指标", "类别", "公钥", "当前报送", "最近接收", "待确认"]))
    return 0


def cmd_groups(args) -> int:
    with _open(args) as off:
        names = off.set_unit_groups(args.unit, args.groups)
        unit = off.require_unit(args.unit)
        print(f"{unit}所属类别：{'、'.join(names) or '（无）'}")
    return 0


# ---------------------------------------------------------------- receiving
def cmd_receive(args) -> int:
    with _open(args) as off:
        meter = _Meter()
        try:
            report = off.receive([Path(p) for p in args.paths], progress=meter)
        finally:
            meter.finish()
        if args.json:
            emit_json(report.to_dict())
            return 0 if report.ok else 1
        for o in report.outcomes:
            print(f"[{o.status_label}] {Path(o.file).name}")
            print(f"    {o.message}")
        for n in report.notes:
            print(f"{'注意' if n.level == 'warning' else '说明'}：{n.message}")
        print(report.summary())
        return 0 if report.ok else 1


# ---------------------------------------------------------------- the matrix and evidence
_SYMBOL = {"complete": "●", "partial": "◐", "nothing": "○", "onsite": "实", "not_applicable": "—", "not_responsible": ""}


def cmd_matrix(args) -> int:
    with _open(args) as off:
        m = off.matrix()
        if args.json:
            data = m.to_dict()
            if args.unit:
                unit = off.require_unit(args.unit)
                data = {"unit": unit, "counts": m.column_counts[unit].to_dict(),
                        "cells": [m.cell(r.key, unit).to_dict() for r in m.rows if m.cell(r.key, unit).responsible]}
            emit_json(data)
            return 0
        if args.unit:
            unit = off.require_unit(args.unit)
            print(f"{unit}：")
            for r in m.rows:
                c = m.cell(r.key, unit)
                if not c.responsible:
                    continue
                review = f"  审核：{c.review.verdict_label}" if c.review else ""
                print(f"  {_SYMBOL[c.state]} {pad(r.label, 9)}{pad(c.state_label, 9)}{c.files} 个文件{review}")
            c = m.column_counts[unit]
            print(f"合计：负责 {c.responsible} 项，齐全 {c.complete}，部分 {c.partial}，未报送 {c.nothing}，通过 {c.passed}，需补充 {c.revise}")
            return 0
        rows = []
        for r in m.rows:
            c = m.row_counts[r.key]
            if not c.responsible:
                continue
            rows.append([r.label, clip(r.text, 24), str(c.responsible), str(c.complete), str(c.partial), str(c.nothing),
                         str(c.onsite), str(c.passed), str(c.revise), str(c.changed)])
        print(table(rows, ["指标", "内容", "责任单位", "齐全", "部分", "未报送", "实地", "通过", "需补充", "待复核"]))
        t = m.total
        print(f"\n合计（单位×指标）：{t.responsible}，齐全 {t.complete}，部分 {t.partial}，未报送 {t.nothing}，"
              f"实地核查 {t.onsite}；通过 {t.passed}，需补充 {t.revise}，待复核 {t.changed}。")
    return 0


def cmd_show(args) -> int:
    with _open(args) as off:
        unit = off.require_unit(args.unit)
        ind = off.catalog.indicator(args.key)
        cell = off.cell(unit, ind.key)
        items = off.evidence(unit, ind.key)
        if args.json:
            emit_json({"cell": cell.to_dict(), "items": [i.to_dict() for i in items]})
            return 0
        print(f"{unit} · {ind.label()}：{cell.state_label}（{cell.items_done}/{cell.items_total} 条）")
        for n, it in enumerate(items, start=1):
            print(f"  {n}. {clip(it.text, 50)}  [{it.status or '未填写'}]")
            if it.statement:
                print(f"     情况说明：{it.statement}")
            for u in it.urls:
                print(f"     网址：{u}")
            for f in it.files:
                where = "" if f.available else "（尚未收到）"
                print(f"     {f.label}{where}")
            for m in it.missing:
                print(f"     还缺：{m}")
        if cell.review:
            r = cell.review
            print(f"审核：{r.verdict_label}{f'，{r.score:g} 分' if r.score is not None else ''}  {r.comment}")
    return 0


def cmd_submissions(args) -> int:
    with _open(args) as off:
        subs = off.submissions(args.unit)
        if args.json:
            emit_json([s.to_dict() for s in subs])
            return 0
        chain = {"first": "首次", "ok": "衔接无误", "unchecked": "未核对", "broken": "衔接不上"}
        rows = [[s.unit, f"第{s.sequence}次", s.record_status, f"{len(s.parts_received)}/{s.parts_total}",
                 s.first_received_at[:10], chain.get(s.chain, s.chain), "当前" if s.in_force else ""] for s in subs]
        print(table(rows, ["单位", "批次", "类型", "分卷", "收到", "衔接", ""]) if rows else "还没有收到任何报送。")
    return 0


def cmd_rejected(args) -> int:
    with _open(args) as off:
        if args.clear:
            print(f"已清空拒收列表（{off.clear_rejections()} 条）。")
            return 0
        rows = off.rejections()
        if args.json:
            emit_json([r.to_dict() for r in rows])
            return 0
        if not rows:
            print("没有被拒收的文件。")
        for r in rows:
            times = f"（{r.times} 次）" if r.times > 1 else ""
            print(f"{r.file_name}{times}\n    {r.reason}")
    return 0


# ---------------------------------------------------------------- reviews, feedback, reports
def cmd_review(args) -> int:
    with _open(args) as off:
        r = off.review(args.unit, args.key, args.verdict, args.comment, args.score, by=args.by)
        if args.json:
            emit_json(r.to_dict())
        else:
            score = f"，{r.score:g} 分" if r.score is not None else ""
            print(f"已记录：{r.unit} {off.catalog.indicator(r.key).label()} {r.verdict_label}{score}。")
    return 0


def cmd_feedback(args) -> int:
    with _open(args) as off:
        passphrase = read_passphrase(args, confirm=False)
        res = off.feedback(args.unit, Path(args.out), passphrase=passphrase)
        if args.json:
            emit_json(res.to_dict())
        else:
            print(f"已生成审核意见文件：{res.path}（{res.reviews} 项，其中需补充 {res.revise} 项）。请发给该单位导入。")
    return 0


def cmd_report(args) -> int:
    from desktop.core.office.reports import write_summary

    with _open(args) as off:
        path, sa = write_summary(off, Path(args.out))
        if args.json:
            emit_json({"path": str(path), "self_assessment": sa.to_dict()})
        else:
            print(f"已生成汇总表：{path}")
            print(f"  指标 {sa.indicators} 项（另有加分项 {sa.bonus}、否决项 {sa.veto}）；资料齐全 {sa.settled} 项，"
                  f"审核通过 {sa.passed} 项，需补充 {sa.revise} 项；已报送单位 {sa.units_submitted}/{sa.units_responsible}。")
    return 0


def cmd_chase(args) -> int:
    from desktop.core.office.reports import write_chase

    with _open(args) as off:
        path = write_chase(off, args.unit, Path(args.out))
        print(f"已生成催报清单：{path}")
    return 0


def cmd_gui(args) -> int:
    from desktop.cli.gui_cmd import parse_size

    size = parse_size(args.size) if args.size else None
    import os

    if args.screenshot:
        size = size or (1366, 768)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.office.launch import run

    return run(workspace_path(args), size=size, screenshot=args.screenshot, lang=args.lang, select=args.select)
