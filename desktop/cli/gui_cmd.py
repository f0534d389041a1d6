"""``evidence-desk gui``: open the workspace's window; with ``--screenshot`` render it offscreen to a PNG and exit.

The workspace is ``--workspace DIR`` (a global option), else EVIDENCE_DESK_WORKSPACE, else the default folder.
Without a workspace there, the first-run wizard creates one. ``--screenshot`` never runs the wizard: without a
workspace it shows the catalog alone (``--unit``/``--group``/``--profile`` choose whose indicators).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from desktop.core.errors import UserError


def register(sub) -> None:
    p = sub.add_parser("gui", help="打开程序窗口（不带命令时的默认操作）")
    p.add_argument("--screenshot", metavar="OUT.png", type=Path, help="不显示窗口，把窗口画面保存为 PNG 后退出")
    p.add_argument("--size", default=None, metavar="WxH", help="窗口大小，如 1366x768（截图默认 1366x768）")
    p.add_argument("--select", metavar="KEY", help="打开后选中这项指标，如 55、B1")
    p.add_argument("--overview", action="store_true", help="显示总览页（不选中指标）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认：设置中的语言，简体中文）")
    p.add_argument("--catalog", metavar="ID", help="使用的目录编号（默认：本单位设置中的目录或内置目录）")
    p.add_argument("--unit", metavar="NAME", help="以这个单位的身份打开（不使用已保存的单位设置）")
    p.add_argument("--group", action="append", default=[], metavar="G", help="本单位所属的类别（可重复）")
    p.add_argument("--profile", metavar="FILE.json", type=Path,
                   help="从 JSON 文件读取单位信息（unit、groups、staff、contact、phone、catalog_id）")
    p.add_argument("--dialog", choices=sorted(DIALOGS), help="截图时打开这个对话框并只截取它")
    p.set_defaults(func=cmd_gui)


DIALOGS = {"export", "print", "wizard", "settings", "recycle-bin", "about", "key"}


def _no_display() -> bool:
    """On Linux without X11, Wayland or an explicit Qt platform, Qt would abort with an English message."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{3,5})\s*[xX×*]\s*(\d{3,5})\s*", text or "")
    if not m:
        raise UserError(f"窗口大小“{text}”的格式不对，应写成 宽x高，例如 1366x768。",
                        en=f"Bad --size {text!r}; use WIDTHxHEIGHT, e.g. 1366x768.")
    return int(m.group(1)), int(m.group(2))


def _profile_from_args(args, catalog):
    from desktop.ui.profile import Profile

    if args.unit:
        unit = catalog.unit(args.unit).name
        groups = tuple(catalog.group(g).name for g in args.group)
        return Profile(catalog_id=catalog.id, unit=unit, groups=groups)
    if args.profile:
        try:
            data = json.loads(args.profile.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as e:
            raise UserError(f"无法读取单位信息文件“{args.profile}”：{e}", en=f"Cannot read {args.profile}: {e}") from None
        data.setdefault("catalog_id", catalog.id)
        profile = Profile.from_dict(data)
        if profile is None:
            raise UserError(f"单位信息文件“{args.profile}”中缺少 unit（单位名称）。", en="The profile file has no unit.")
        return Profile(catalog_id=catalog.id, unit=catalog.unit(profile.unit).name,
                       groups=tuple(catalog.group(g).name for g in profile.groups),
                       staff=profile.staff, contact=profile.contact, phone=profile.phone)
    return None


def cmd_gui(args) -> int:
    size = parse_size(args.size) if args.size else None
    if args.screenshot:
        size = size or (1366, 768)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.lang:
            os.environ["EVIDENCE_DESK_LANG"] = args.lang
    elif _no_display():
        raise UserError(
            "没有检测到图形界面（DISPLAY/WAYLAND_DISPLAY 未设置），无法打开窗口。请在桌面环境中运行；"
            "在没有界面的电脑上可以用 --screenshot OUT.png 生成截图。",
            en="No display found (DISPLAY/WAYLAND_DISPLAY unset). Run it on a desktop, or use --screenshot.",
        )
    from desktop.cli.main import workspace_path
    from desktop.ui import app as gui
    from desktop.ui.launcher import Launcher, has_workspace

    folder = workspace_path(args)
    qapp = gui.create_application(lang=args.lang)
    # a screenshot must not change the user's settings (scope, splitter, recent list…): it works on a copy
    store = _scratch_settings() if args.screenshot else None
    launcher = Launcher(store, restore_geometry=not args.screenshot)
    if has_workspace(folder):
        try:
            window = launcher.open_folder(folder)
        except UserError as e:
            if args.screenshot:
                raise
            from desktop.ui.launcher import show_startup_error

            show_startup_error(e)
            return e.exit_code
    elif args.screenshot:
        window = _catalog_only_window(args, store)
    else:
        window = launcher.first_run(folder)
        if window is None:
            return 0  # the user closed the wizard: nothing to do
    catalog = window.catalog if hasattr(window, "catalog") else None
    if args.select and catalog is not None:
        catalog.indicator(args.select)  # an unknown key is a UserError with the list hint
    if size:
        window.resize(*size)
    if args.select and not args.overview and catalog is not None:
        window.select_indicator(catalog.indicator(args.select).key)
    if args.screenshot:
        try:
            return _screenshot(qapp, window, args.screenshot, dialog=args.dialog, launcher=launcher)
        finally:
            window.close()
            launcher.close_all()
    window.show()
    try:
        return gui.main_loop(qapp)
    finally:
        launcher.close_all()


def _catalog_only_window(args, store):
    from desktop.core.catalog import library
    from desktop.ui import app as gui

    saved = gui.load_profile()
    catalog = library.load(args.catalog or (saved.catalog_id if saved else None))
    explicit = _profile_from_args(args, catalog)
    profile = explicit or (saved if saved and saved.catalog_id == catalog.id else None)
    return gui.build_main_window(catalog, profile, store=store, restore_geometry=False)


def _scratch_settings():
    import atexit
    import shutil
    import tempfile

    from desktop.core import paths
    from desktop.ui.settings import Settings

    folder = Path(tempfile.mkdtemp(prefix="evidence-desk-shot-"))
    atexit.register(shutil.rmtree, folder, True)
    if paths.settings_file().exists():
        shutil.copy(paths.settings_file(), folder / "settings.ini")
    return Settings(folder / "settings.ini")


def _open_dialog(name: str, window, launcher):
    """The dialog ``--dialog`` names, opened over the window (not exec'd)."""
    session = getattr(window, "session", None)
    if name in ("export", "print", "recycle-bin", "key") and session is None:
        raise UserError("截取这个对话框需要工作区：请用 --workspace 指定。", en="This dialog needs a workspace (--workspace).")
    if name == "export":
        return session.open_export_dialog()
    if name == "print":
        return session.open_print_dialog()
    if name == "recycle-bin":
        return session.open_recycle_bin()
    if name == "key":
        from desktop.ui.keys_ui import KeyDialog

        dialog = KeyDialog(session.ws, window)
        dialog.show()
        return dialog
    if name == "settings":
        return window.open_settings()
    if name == "about":
        return window.open_about()
    wizard = launcher.make_wizard(None, window)
    wizard.show()
    return wizard


def _screenshot(qapp, window, out: Path, *, dialog: str | None = None, launcher=None) -> int:
    window.show()
    for _ in range(3):  # layouts settle over a few passes (word-wrapped labels change heights)
        qapp.processEvents()
    target = window
    if dialog:
        target = _open_dialog(dialog, window, launcher)
        for _ in range(3):
            qapp.processEvents()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp.png")
    if not target.grab().save(str(tmp), "PNG"):
        raise UserError(f"无法写入截图文件“{out}”。请检查文件夹是否存在、是否有写入权限。", en=f"Cannot write {out}.")
    os.replace(tmp, out)
    print(out)
    return 0
