"""``evidence-desk import-feedback | office-key``: the unit imports the office's signed review comments."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.main import workspace_path
from desktop.cli.output import emit_json


def register(sub) -> None:
    p = sub.add_parser("import-feedback", help="导入依法治市办的审核意见文件（核验签名）")
    p.add_argument("file", metavar="FILE", help="审核意见文件（.zip）")
    p.add_argument("--office-fingerprint", metavar="SHA256:…",
                   help="第一次导入时：向依法治市办核对过的公钥指纹（一致才导入，并从此信任该公钥）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_feedback)

    p = sub.add_parser("office-key", help="登记或查看依法治市办的公钥（用于核验审核意见）")
    p.add_argument("source", nargs="?", metavar="IMPORT", help="依法治市办的公钥文件（.pub）或公钥一行")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_office_key)


def cmd_import_feedback(args) -> int:
    from desktop.core.workspace import Workspace  # heavy: imported when the command runs

    with Workspace.open(workspace_path(args)) as ws:
        res = ws.import_feedback(Path(args.file), office_fingerprint=args.office_fingerprint)
        if args.json:
            emit_json(res.to_dict())
            return 0
        if res.already:
            print(f"这份审核意见（{res.feedback_id}）已经导入过，没有变化。")
            return 0
        if res.key_registered:
            print(f"已确认并登记{res.office or '依法治市办'}的公钥 {res.fingerprint}。", file=sys.stderr)
        reviews = ws.reviews()
        print(f"已导入{res.office or '依法治市办'}的审核意见（{res.issued[:10]}），更新 {len(res.updated)} 项指标：")
        for key in res.updated:
            r = reviews[key]
            score = f"，{r.score:g} 分" if r.score is not None else ""
            print(f"  {ws.catalog.indicator(key).label()}：{r.verdict_label}{score}" + (f"  {r.comment}" if r.comment else ""))
        if res.kept_newer:
            print(f"另有 {len(res.kept_newer)} 项已有更新的审核意见，保留较新的。")
        for w in res.warnings:
            print(f"注意：{w}", file=sys.stderr)
        if any(reviews[k].needs_revision for k in res.updated):
            print("需补充的指标请补充资料后重新导出（增量报送即可）。")
    return 0


def cmd_office_key(args) -> int:
    from desktop.core.workspace import Workspace  # heavy: imported when the command runs

    with Workspace.open(workspace_path(args)) as ws:
        if args.source:
            source = Path(args.source) if Path(args.source).is_file() else args.source
            k = ws.register_office_key(source)
            print(f"已登记{k.office}的公钥：{k.fingerprint}")
            return 0
        keys = ws.office_keys()
        if args.json:
            emit_json([k.to_dict() for k in keys])
        elif not keys:
            print("还没有登记依法治市办的公钥。")
        for k in keys:
            print(f"{k.office}  {k.fingerprint}  （{k.registered_at[:10]}，{k.source}）")
    return 0
