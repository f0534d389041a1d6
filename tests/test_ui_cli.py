"""``evidence-desk gui --screenshot``: a real process renders the window offscreen to a PNG."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QImage

from tests.test_ui_helpers import OFFSCREEN_NOISE, ui_app  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def distinct_colours(img: QImage, step: int = 7) -> int:
    return len({img.pixel(x, y) for x in range(0, img.width(), step) for y in range(0, img.height(), step)})


def test_screenshot_of_a_selected_indicator(cli, tmp_path, ui_app):
    out = tmp_path / "截图" / "main.png"
    r = cli("gui", "--screenshot", str(out), "--size", "1366x768", "--select", "27", "--unit", "市司法局",
            "--group", "各行政执法单位")
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1366, 768)
    assert distinct_colours(img) > 20  # a drawn window, not a blank rectangle
    assert not list(out.parent.glob(".*tmp*"))
    warnings = [line for line in r.stderr.splitlines() if "propagateSizeHints" not in line]
    assert warnings == []


def test_screenshot_in_english_from_a_profile_file(cli, tmp_path, ui_app):
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"unit": "市市场管理局", "groups": ["各执法单位"]}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "en.png"
    r = cli("gui", "--screenshot", str(out), "--size", "1920x1080", "--lang", "en", "--profile", str(profile))
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1920, 1080)


def test_bad_arguments_get_chinese_messages(cli, tmp_path):
    r = cli("gui", "--screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert r.returncode == 2 and "宽x高" in r.stderr and "Traceback" not in r.stderr
    r = cli("gui", "--screenshot", str(tmp_path / "x.png"), "--select", "999")
    assert r.returncode == 3 and "999" in r.stderr
    r = cli("gui", "--screenshot", str(tmp_path / "x.png"), "--unit", "不存在的局")
    assert r.returncode == 3 and "单位名单" in r.stderr
    assert not (tmp_path / "x.png").exists()


def test_without_a_display_the_window_explains_instead_of_aborting(cli):
    r = cli("gui", env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert r.returncode == 2 and "没有检测到图形界面" in r.stderr and "--screenshot" in r.stderr


def test_screenshot_of_a_real_workspace_and_a_dialog(cli, tmp_path, ui_app):
    from desktop.core.workspace import Workspace
    from tests.test_ui_helpers import make_pdf

    ws = Workspace.create(tmp_path / "单位工作区", "jincheng-2022", unit="市司法局", groups=["各行政执法单位"])
    ws.attach("55.1", [make_pdf(tmp_path / "台账.pdf", 2)])
    ws.close()
    out = tmp_path / "ws.png"
    r = cli("--workspace", str(tmp_path / "单位工作区"), "gui", "--screenshot", str(out), "--select", "55")
    assert r.returncode == 0, r.stderr
    assert QImage(str(out)).width() == 1366
    dialog = tmp_path / "export.png"
    r = cli("--workspace", str(tmp_path / "单位工作区"), "gui", "--screenshot", str(dialog), "--dialog", "export")
    assert r.returncode == 0, r.stderr
    img = QImage(str(dialog))
    assert 400 < img.width() < 1366 and distinct_colours(img, 5) > 10  # the dialog alone, drawn
    with Workspace.open(tmp_path / "单位工作区") as again:  # the screenshot closed the workspace behind it
        assert len(again.attachments("55.1")) == 1


def test_a_locked_workspace_stops_the_screenshot_with_the_chinese_message(cli, tmp_path):
    from desktop.core.workspace import Workspace

    with Workspace.create(tmp_path / "ws", "jincheng-2022", unit="市司法局"):
        r = cli("--workspace", str(tmp_path / "ws"), "gui", "--screenshot", str(tmp_path / "x.png"))
    assert r.returncode == 4 and "已被另一个印证资料报送程序打开" in r.stderr and "Traceback" not in r.stderr
