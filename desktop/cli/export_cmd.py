"""``evidence-desk export | submissions``: write the signed submission bundle, and list the earlier ones.

The pre-export check is printed first; at a terminal, warnings ask whether to go
on (``--yes`` skips the question); without a terminal the export proceeds and
the findings stay on stderr for the log.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from desktop.cli.main import workspace_path
from desktop.cli.output import emit_json
from desktop.core.bundle.presets import DEFAULT_PART_MB, PRESETS, preset
from desktop.core.errors import UserError


def register(sub) -> None:
    p = sub.add_parser("export", help="导出报送包（签名的 ZIP 分卷和索引），用于邮件或U盘报送")
    p.add_argument("out_dir", metavar="OUT_DIR", help="保存报送包的文件夹（如U盘；不存在时自动创建）")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--part-mb", type=float, metavar="N", help=f"每个分卷最大多少 MB（默认 {DEFAULT_PART_MB}）")
    size.add_argument("--preset", choices=[pr.key for pr in PRESETS], metavar="NAME",
                      help="按发送方式选择分卷大小：" + "；".join(f"{pr.key}＝{pr.zh}" for pr in PRESETS))
    p.add_argument("--since-last", action="store_true", help="只报送上次报送以来新增或改动的内容（补充报送）")
    p.add_argument("--indicator", action="extend", nargs="+", default=None, metavar="KEY",
                   help="只报送这些指标（默认：本单位负责的全部指标）")
    p.add_argument("--completed", action="store_true", help="只报送已标为“已完成”或“不适用”的指标")
    p.add_argument("--passphrase-file", metavar="F", help="从文件第一行读取签名密钥口令（默认：交互输入）")
    p.add_argument("--no-covers", action="store_true", help="不附封面和目录页")
    p.add_argument("--yes", "-y", action="store_true", help="检查发现问题时不再询问，直接导出")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("submissions", help="列出本工作区导出过的报送包")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_submissions)


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 100_000 else f"{n / 1e3:,.0f} KB"


class _Meter:
    """Progress on a terminal's stderr (one line); a line per stage when stderr is a log file."""

    _STAGES = {"covers": "正在生成封面", "hash": "正在计算校验值", "write": "正在写入", "verify": "正在读回核验"}

    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.stage = None
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        label = self._STAGES.get(stage, stage)
        if stage != self.stage:
            if self.tty and self.stage:
                sys.stderr.write("\r\033[K")
            self.stage = stage
            if not self.tty:
                print(f"{label}……", file=sys.stderr)
        if self.tty and total and time.monotonic() - self.last > 0.1:
            self.last = time.monotonic()
            amount = f"{done}/{total}" if stage == "covers" else f"{done / 1e6:,.0f}/{total / 1e6:,.0f} MB"
            sys.stderr.write(f"\r{label} {done * 100 // total:3d}%  {amount}\033[K")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.tty and self.stage:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _print_findings(findings, *, per_code: int = 6) -> None:
    """Every warning; of each kind of note only the first few, then how many more (the GUI lists them all)."""
    shown: dict[str, int] = {}
    for f in findings:
        if f.level != "warn":
            shown[f.code] = shown.get(f.code, 0) + 1
            if shown[f.code] > per_code:
                continue
        print(f"{'注意' if f.level == 'warn' else '提示'}：{f.message}", file=sys.stderr)
    for code, n in shown.items():
        if n > per_code:
            print(f"提示：……另有 {n - per_code} 条同类提示（{code}）。", file=sys.stderr)


def _ask_to_go_on(warnings: int) -> bool:
    sys.stderr.write(f"检查发现 {warnings} 项需要注意的问题（见上）。仍要导出吗？[y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "是", "好", "继续")


_STATUS_ZH = {"NEW": "首次报送", "SUPPLEMENT": "补充报送", "REPLACEMENT": "替换报送"}


def cmd_export(args) -> int:
    from desktop.cli.bundle_cmd import read_passphrase
    from desktop.core.export import export, precheck
    from desktop.core.workspace import Workspace

    part_mb = preset(args.preset).part_mb if args.preset else (args.part_mb or DEFAULT_PART_MB)
    if part_mb <= 0:
        raise UserError("分卷大小必须大于 0。", en="The part size must be positive.")
    scope = "completed" if args.completed else "all"
    with Workspace.open(workspace_path(args)) as ws:
        findings = precheck(ws, args.indicator, scope, part_mb=part_mb)
        _print_findings(findings)
        warnings = sum(1 for f in findings if f.level == "warn")
        if warnings and not args.yes and sys.stdin.isatty() and sys.stderr.isatty():
            if not _ask_to_go_on(warnings):
                print("没有导出。", file=sys.stderr)
                return 1
        passphrase = read_passphrase(args, confirm=False)
        meter = _Meter()
        try:
            result = export(ws, Path(args.out_dir), passphrase=passphrase, part_mb=part_mb, since_last=args.since_last,
                            keys=args.indicator, scope=scope, include_covers=not args.no_covers, progress=meter)
        finally:
            meter.finish()
        office = ws.catalog.submission or {}
    for w in result.warnings:
        print(f"注意：{w.zh}", file=sys.stderr)
    if args.json:
        emit_json({**result.to_dict(), "precheck": [f.to_dict() for f in findings]})
        return 0
    _summary(result, office, part_mb)
    return 0


def _summary(result, office: dict, part_mb: float) -> None:
    status = _STATUS_ZH.get(result.record_status, result.record_status)
    print(f"已导出第 {result.sequence} 次报送（{status}，{result.record_status}），编号 {result.submission_id}。")
    print(f"每个分卷都已从目标位置读回并核验无误。位置：{result.out_dir}")
    for p in result.parts:
        note = "（超过分卷上限，请用U盘报送）" if p.oversize else ""
        print(f"  分卷 {p.number}/{len(result.parts)}：{p.path.name}（{_size(p.size)}，{p.files} 个文件）{note}")
    print(f"  索引：{result.index_path.name} 及签名 {result.signature_path.name}")
    print(f"  索引 SHA-256：{result.index_sha256}")
    print(f"  签名公钥指纹：{result.fingerprint}")
    line = f"本次发送 {result.sent_files} 个文件"
    if result.referenced_files:
        line += f"，沿用此前已报送的 {result.referenced_files} 个"
    if result.removed:
        line += f"，撤回 {len(result.removed)} 个"
    print(line + f"，共 {_size(result.total_bytes)}。")
    to = re.sub(r"[（(][^（）()]*[)）]\s*$", "", str(office.get("office") or "")).strip() or "依法治市办"
    mail = f"（邮箱 {office['email']}）" if office.get("email") else ""
    n = len(result.files_to_send)
    if len(result.parts) == 1:
        print(f"请把这 {n} 个文件（索引、索引签名和分卷）一起发给{to}{mail}，或拷到U盘报送。")
    else:
        print(f"请把这 {n} 个文件全部交给{to}{mail}：第 1 封邮件附索引、索引签名和分卷 1，之后每封邮件附一个分卷；"
              "也可以把整个文件夹拷到U盘报送。")
    if any(p.oversize for p in result.parts):
        print(f"有分卷超过 {part_mb:g} MB，邮件可能发不出去，请用U盘报送这些分卷。")


def cmd_submissions(args) -> int:
    from desktop.core.export import submissions
    from desktop.core.workspace import Workspace

    with Workspace.open(workspace_path(args)) as ws:
        subs = submissions(ws)
    if args.json:
        emit_json([s.to_dict() for s in subs])
        return 0
    if not subs:
        print("本工作区还没有导出过报送包。")
        return 0
    for s in subs:
        status = _STATUS_ZH.get(s.record_status, s.record_status)
        print(f"第 {s.sequence} 次  {s.created_at[:16].replace('T', ' ')}  {status}  {len(s.parts)} 卷 "
              f"{_size(s.total_bytes)}  {s.out_dir / s.index_name}")
    return 0
