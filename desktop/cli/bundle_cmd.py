"""``evidence-desk keygen | pubkey | verify``: the unit's signing key and bundle verification.

The signing and bundle packages (cryptography among them) are imported inside the handlers, so that
``--version``, ``--help`` and the other commands start without them.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from desktop.cli.main import workspace_path
from desktop.cli.output import emit_json
from desktop.core.errors import UserError


def register(sub) -> None:
    kp = sub.add_parser("keygen", help="生成本单位的签名密钥（也可备份或恢复）")
    kp.add_argument("--unit", metavar="单位", help="单位名称（写入公钥备注和公钥登记表；默认：工作区的单位）")
    kp.add_argument("--passphrase-file", metavar="F", help="从文件第一行读取口令（默认：交互输入）")
    kp.add_argument("--backup", metavar="OUT", help="把加密的私钥备份到此文件或文件夹（已有密钥时只做备份）")
    kp.add_argument("--restore", metavar="FILE", help="从备份文件恢复密钥")
    kp.add_argument("--replace", action="store_true", help="替换已有的密钥（旧密钥移到 keys/retired/）")
    kp.add_argument("--json", action="store_true", help="以 JSON 输出公钥登记信息")
    kp.set_defaults(func=cmd_keygen)

    pp = sub.add_parser("pubkey", help="显示本单位的公钥和指纹")
    pp.add_argument("--allowed-signers", action="store_true", help="输出一行 allowed_signers（供依法治市办登记）")
    pp.add_argument("--json", action="store_true", help="以 JSON 输出公钥登记信息")
    pp.add_argument("--form", metavar="OUT.pdf", help="生成公钥登记表（PDF，含二维码），打印盖章后交依法治市办")
    pp.add_argument("--contact", metavar="姓名", default="", help="登记表上的联系人")
    pp.add_argument("--phone", metavar="电话", default="", help="登记表上的联系电话")
    pp.set_defaults(func=cmd_pubkey)

    vp = sub.add_parser("verify", help="核验资料包（分卷、索引、签名、清单、衔接）")
    vp.add_argument("paths", nargs="+", metavar="PATH", help="分卷 .zip、索引 .index.json，或存放它们的文件夹")
    vp.add_argument("--trust", metavar="ALLOWED_SIGNERS", help="信任文件（OpenSSH allowed_signers 格式）")
    vp.add_argument("--allow-incomplete", action="store_true", help="只核验给出的分卷，不要求整套齐全")
    vp.add_argument("--json", action="store_true", help="以 JSON 输出核验结果")
    vp.set_defaults(func=cmd_verify)


def read_passphrase(args, *, confirm: bool) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except OSError as e:
            raise UserError(f"无法读取口令文件 {args.passphrase_file}：{e.strerror}",
                            en=f"Cannot read the passphrase file: {e.strerror}") from e
        return text.splitlines()[0] if text.splitlines() else ""
    if not sys.stdin.isatty():
        raise UserError("需要口令：请在终端中运行，或用 --passphrase-file 指定口令文件。",
                        en="A passphrase is needed: run in a terminal or use --passphrase-file.")
    first = getpass.getpass("签名密钥口令：")
    if confirm and getpass.getpass("再输入一次：") != first:
        raise UserError("两次输入的口令不一致。", en="The two passphrases differ.")
    return first


def _print_registration(reg, as_json: bool) -> None:
    if as_json:
        emit_json(reg.to_dict())
        return
    print(f"单位：{reg.unit}")
    print(f"公钥指纹：{reg.fingerprint}")
    print(f"公钥：{reg.public_key}")
    print(f"生成日期：{reg.created}")


def _profile_unit(ws: Path) -> str | None:
    """The unit of the workspace's profile, the natural default for the key's owner; None when there is no
    workspace at ``ws`` (keys can also live beside one)."""
    from desktop.core.workspace import Workspace, WorkspaceNotFound

    try:
        with Workspace.open(ws) as w:
            return w.profile.unit
    except WorkspaceNotFound:
        return None


def cmd_keygen(args) -> int:
    from desktop.core.signing import keystore

    ws = workspace_path(args)
    if args.restore:
        reg = keystore.restore(ws, Path(args.restore), read_passphrase(args, confirm=False), unit=args.unit,
                               replace=args.replace)
        print("已从备份恢复签名密钥。", file=sys.stderr)
        _print_registration(reg, args.json)
        return 0
    if keystore.has_key(ws) and args.backup and not args.replace:
        out = keystore.backup(ws, Path(args.backup))
        print(f"已有签名密钥，已备份到 {out}（仍需口令才能使用）。", file=sys.stderr)
        return 0
    unit = args.unit or _profile_unit(ws)
    if not unit:
        raise UserError("请用 --unit 指明单位名称（它会写在公钥登记表上）。", en="Name the unit with --unit.")
    reg = keystore.generate(ws, read_passphrase(args, confirm=True), unit, replace=args.replace)
    print(f"已生成签名密钥，保存在 {keystore.key_dir(ws)}（私钥已用口令加密）。请打印公钥登记表，盖章后交依法治市办。",
          file=sys.stderr)
    if args.backup:
        out = keystore.backup(ws, Path(args.backup))
        print(f"私钥已备份到 {out}。", file=sys.stderr)
    _print_registration(reg, args.json)
    return 0


def cmd_pubkey(args) -> int:
    from desktop.core.signing import keystore

    ws = workspace_path(args)
    reg = keystore.registration(ws)
    if args.form:
        from desktop.core.signing.regform import render_registration_pdf

        out = render_registration_pdf(reg, Path(args.form), contact_name=args.contact, contact_phone=args.phone)
        print(f"已生成公钥登记表：{out}", file=sys.stderr)
        return 0
    if args.json:
        emit_json(reg.to_dict())
    elif args.allowed_signers:
        print(reg.allowed_signers)
    else:
        print(reg.public_key)
        print(f"指纹：{reg.fingerprint}", file=sys.stderr)
    return 0


def cmd_verify(args) -> int:
    from desktop.core.bundle.verify import verify_paths
    from desktop.core.signing.allowed_signers import load_trust_file

    trust = load_trust_file(Path(args.trust)) if args.trust else None
    report = verify_paths([Path(p) for p in args.paths], trust=trust, allow_incomplete=args.allow_incomplete)
    if args.json:
        emit_json(report.to_dict())
        return report.exit_code
    if trust is not None and trust.problems:
        for p in trust.problems:
            print(f"注意：信任文件中有一行无法识别，已跳过：{p}", file=sys.stderr)
    for unit in [*report.parts, *report.indexes]:
        print(unit.path.name)
        for c in unit.checks:
            print(f"  {_label(c)}  {c.zh}")
    if report.checks:
        print("整套核验")
        for c in report.checks:
            print(f"  {_label(c)}  {c.zh}")
    n = len(report.failures)
    if report.ok:
        print("结果：全部通过。")
    elif not report.parts and not report.indexes and not n:
        print("结果：没有可核验的文件。")
    else:
        print(f"结果：未通过（{n} 项问题）。")
    return report.exit_code


def _label(check) -> str:
    if check.level == "warning":
        return "注意"
    if check.level == "info" and not check.ok:
        return "提示"
    return "通过" if check.ok else "失败"
