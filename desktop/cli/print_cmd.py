"""``evidence-desk covers | binder | indicator-pdfs | contents | spine | letter | evidence-list``: printing.

The printing package (reportlab, pypdf) is imported inside the handlers: it
costs about half a second that other commands should not pay. Problems met
while printing (a password-protected or damaged file, a Word file this machine
cannot convert) are warnings on stderr: the file is still written, with a page
saying what is missing, and the exit code is 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.main import workspace_path
from desktop.cli.output import clip, emit_json


def register(sub) -> None:
    keys_help = "指标编号，如 55 26（不写：本单位负责的全部指标）"

    p = sub.add_parser("covers", help="生成印证资料封面（PDF，每项指标或合并报送组一张）")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(func=cmd_covers)

    p = sub.add_parser("binder", help="生成资料册 PDF：目录、封面和全部材料，带页码和书签")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(func=cmd_binder)

    p = sub.add_parser("indicator-pdfs", help="每项指标生成一个 PDF（封面加全部材料），即电子版资料")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    p.set_defaults(func=cmd_indicator_pdfs)

    p = sub.add_parser("contents", help="只生成资料册的目录页（PDF）")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    p.set_defaults(func=cmd_contents)

    p = sub.add_parser("spine", help="生成资料册脊背标签（PDF，常见宽度各一页）")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--volumes", type=int, default=1, metavar="N", help="资料分几册装订（默认 1）")
    p.add_argument("--width", type=float, action="append", metavar="CM", help="只生成这种宽度（厘米，可重复）")
    p.set_defaults(func=cmd_spine)

    p = sub.add_parser("letter", help="生成报送函（Word 文档，可编辑）")
    p.add_argument("out", metavar="OUT.docx")
    p.add_argument("keys", nargs="*", metavar="KEY", help="列入报送函的指标（不写：已有材料或已定状态的全部指标）")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("evidence-list", help="生成印证资料清单（Excel 表格）")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("keys", nargs="*", metavar="KEY", help=keys_help)
    p.set_defaults(func=cmd_evidence_list)


# ---------------------------------------------------------------- helpers
def _open(args):
    from desktop.core.workspace import Workspace

    return Workspace.open(workspace_path(args))


def _check_suffix(out: str, *suffixes: str) -> Path:
    from desktop.core.errors import UserError

    path = Path(out)
    if path.suffix.lower() not in suffixes:
        raise UserError(f"输出文件名“{path.name}”应以 {' 或 '.join(suffixes)} 结尾。",
                        en=f"The output file name {path.name} should end in {' or '.join(suffixes)}.")
    return path


class _Progress:
    """One status line on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self):
        self.active = sys.stderr.isatty()
        self.shown = False

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.active:
            self.shown = True
            sys.stderr.write(f"\r{done}/{total}  {clip(what, 50)}\033[K")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def report_problems(problems) -> None:
    """Each distinct problem once, as a Chinese warning on stderr."""
    seen = set()
    for pr in problems:
        if pr.message not in seen:
            seen.add(pr.message)
            print(f"注意：{pr.message}", file=sys.stderr)


def _result_dict(r) -> dict:
    return {"path": str(r.path), "pages": r.pages,
            "problems": [{"code": p.code, "message": p.message, "file": p.file.name if p.file else None}
                         for p in r.problems]}


def _run(args, job, out: Path, what: str) -> int:
    with _open(args) as ws:
        meter = _Progress()
        try:
            result = job(ws, out, args.keys or None, meter)
        finally:
            meter.finish()
    report_problems(result.problems)
    if getattr(args, "json", False):
        emit_json(_result_dict(result))
    else:
        print(f"已生成{what}：{result.path}（{result.pages} 页）")
    return 0


# ---------------------------------------------------------------- commands
def cmd_covers(args) -> int:
    from desktop.core import printjobs

    return _run(args, printjobs.covers, _check_suffix(args.out, ".pdf"), "封面")


def cmd_binder(args) -> int:
    from desktop.core import printjobs

    return _run(args, printjobs.binder, _check_suffix(args.out, ".pdf"), "资料册")


def cmd_indicator_pdfs(args) -> int:
    from desktop.core import printjobs

    with _open(args) as ws:
        meter = _Progress()
        try:
            results = printjobs.indicator_pdfs(ws, Path(args.out_dir), args.keys or None, meter)
        finally:
            meter.finish()
    report_problems([p for r in results for p in r.problems])
    if args.json:
        emit_json([_result_dict(r) for r in results])
    else:
        print(f"已在 {args.out_dir} 生成 {len(results)} 个 PDF：")
        for r in results:
            print(f"  {r.path.name}（{r.pages} 页）")
    return 0


def cmd_contents(args) -> int:
    from desktop.core import printjobs

    out = _check_suffix(args.out, ".pdf")
    with _open(args) as ws:
        result = printjobs.contents(ws, out, args.keys or None)
    report_problems(result.problems)
    print(f"已生成目录：{result.path}（{result.pages} 页）")
    return 0


def cmd_spine(args) -> int:
    from desktop.core import printjobs

    out = _check_suffix(args.out, ".pdf")
    with _open(args) as ws:
        result = printjobs.spine_labels(ws, out, args.volumes, widths_cm=args.width)
    print(f"已生成脊背标签：{result.path}（{result.pages} 页）")
    return 0


def cmd_letter(args) -> int:
    from desktop.core import printjobs

    out = _check_suffix(args.out, ".docx")
    with _open(args) as ws:
        result = printjobs.letter(ws, out, args.keys or None)
        fingerprint = printjobs.signing_fingerprint(ws)
    report_problems(result.problems)
    print(f"已生成报送函：{result.path}。请用 WPS 或 Word 打开，核对后打印盖章。")
    if not fingerprint:
        print("提示：本工作区还没有签名密钥，报送函中没有公钥指纹。生成密钥请用 keygen。", file=sys.stderr)
    return 0


def cmd_evidence_list(args) -> int:
    from desktop.core import printjobs

    out = _check_suffix(args.out, ".xlsx")
    with _open(args) as ws:
        result = printjobs.evidence_list(ws, out, args.keys or None)
    report_problems(result.problems)
    print(f"已生成印证资料清单：{result.path}")
    return 0
