"""The ``evidence-desk`` command: global options, sub-command discovery and error handling.

Each ``desktop/cli/*_cmd.py`` module contributes sub-commands through
``register(subparsers)``; handlers receive the parsed namespace and return an
exit code. Errors the user can fix (``UserError``) print one plain-Chinese
message to stderr; anything else is a bug: its traceback goes to a log file,
not to the user.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from desktop import __version__
from desktop.core import paths
from desktop.core.crashlog import log_crash
from desktop.core.errors import UserError


# argparse's own words ("usage:", "options", "show this help message and exit") in Chinese.
# argparse looks up its module-level ``_`` at call time, so replacing it before parsers are
# built is enough; EVIDENCE_DESK_LANG=en keeps the English originals.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其中之一",
}


def _localize_argparse() -> None:
    import os

    if os.environ.get("EVIDENCE_DESK_LANG", "zh").lower().startswith("en"):
        return
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: _ARGPARSE_ZH.get(text) or original(text)  # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse whose usage errors say, in Chinese, what to do next."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：命令参数有误（{message}）。\n用 {self.prog} --help 查看用法。\n")


def _command_modules() -> list[str]:
    import desktop.cli as pkg

    names = [m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.endswith("_cmd")]
    return sorted(names)


def build_parser() -> argparse.ArgumentParser:
    _localize_argparse()
    parser = ChineseArgumentParser(
        prog="evidence-desk",
        description="印证资料报送（Evidence Desk）：法治政府建设示范创建印证资料的收集、打印与报送。",
    )
    parser.add_argument("--version", action="version", version=f"evidence-desk {__version__}", help="显示版本号并退出")
    parser.add_argument("--workspace", metavar="DIR", help="工作区文件夹（默认：用户数据目录下的 workspace）")
    parser.add_argument("--debug", action="store_true", help="出错时显示完整的技术信息")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=ChineseArgumentParser)
    for name in _command_modules():
        module = importlib.import_module(f"desktop.cli.{name}")
        module.register(sub)
    return parser


def workspace_path(args) -> Path:
    """The workspace chosen by --workspace, then EVIDENCE_DESK_WORKSPACE, then the default."""
    return Path(args.workspace) if getattr(args, "workspace", None) else paths.default_workspace()


def _utf8_streams() -> None:
    # JSON and Chinese text must reach pipes and files as UTF-8, whatever the console code page.
    for stream in (sys.stdout, sys.stderr):
        try:
            if not stream.isatty():
                stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if args.command is None:
            # No command: start the window (what a double-click on the program means).
            args = parser.parse_args((argv or []) + ["gui"]) if "gui" in _registered(parser) else args
        if not getattr(args, "func", None):
            parser.print_help()
            return 0
    try:
        return int(args.func(args) or 0)
    except UserError as e:
        print(f"错误：{e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: keep the traceback from the user, keep it for us
        if getattr(args, "debug", False):
            raise
        log = log_crash(e)
        where = f"详细信息已记录在 {log}。" if log else ""
        print(f"错误：程序内部出错（{type(e).__name__}）。您的数据没有受到影响。{where}请把该文件发给技术支持。", file=sys.stderr)
        return 70


def _registered(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse keeps sub-commands here
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


if __name__ == "__main__":
    sys.exit(main())
