"""Smoke test of the frozen (PyInstaller) program: run with `packaging/build --smoke`.

Skipped in the ordinary run unless EVIDENCE_DESK_FROZEN points at a built program.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

FROZEN = os.environ.get("EVIDENCE_DESK_FROZEN")
pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not FROZEN, reason="set EVIDENCE_DESK_FROZEN to the built program (packaging/build --smoke)"),
]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    e.pop("PYTHONPATH", None)
    if env:
        e.update(env)
    return subprocess.run([FROZEN, *args], capture_output=True, text=True, encoding="utf-8", env=e, timeout=300)


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("evidence-desk ")


def test_catalog_show_json():
    r = run("catalog", "show", "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["indicators"]) == 104


def test_frozen_program_does_not_use_the_source_tree(tmp_path):
    r = run("catalog", "list", "--json", env={"EVIDENCE_DESK_HOME": str(tmp_path)})
    assert r.returncode == 0
    assert Path(FROZEN).resolve().parent.name == "evidence-desk"


def _pdf(path: Path, text: str) -> Path:
    """A small real PDF, written without the project's code (the frozen program must read it)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return path


def test_unit_workflow_from_the_frozen_program(tmp_path):
    """Create a workspace, attach a PDF, print a cover, export a signed bundle and verify it."""
    ws = tmp_path / "工作区"
    env = {"EVIDENCE_DESK_HOME": str(tmp_path / "home")}
    g = ["--workspace", str(ws)]
    r = run(*g, "init", "--unit", "市司法局", "--group", "各行政执法单位", "--staff", "张三",
            "--contact", "李四", "--phone", "0356-1234567", env=env)
    assert r.returncode == 0, r.stderr
    pdf = _pdf(tmp_path / "执法记录台账 2021.pdf", "ledger 2021")
    r = run(*g, "attach", "55", str(pdf), env=env)
    assert r.returncode == 0, r.stderr
    r = run(*g, "status", "--json", env=env)
    assert r.returncode == 0 and "55" in r.stdout
    cover = tmp_path / "封面.pdf"
    r = run(*g, "covers", str(cover), "55", env=env)
    assert r.returncode == 0, r.stderr
    assert cover.read_bytes().startswith(b"%PDF")
    secret = tmp_path / "pass.txt"
    secret.write_text("frozen-smoke-passphrase\n", encoding="utf-8")
    r = run(*g, "keygen", "--passphrase-file", str(secret), env=env)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "报送"
    r = run(*g, "export", str(out), "--passphrase-file", str(secret), "--yes", env=env)
    assert r.returncode == 0, r.stderr
    trust = tmp_path / "allowed_signers"
    r = run(*g, "pubkey", "--allowed-signers", env=env)
    assert r.returncode == 0, r.stderr
    trust.write_text(r.stdout, encoding="utf-8")
    r = run("verify", str(out), "--trust", str(trust), env=env)
    assert r.returncode == 0, r.stdout + r.stderr


def test_window_screenshot_from_the_frozen_program(tmp_path):
    shot = tmp_path / "window.png"
    env = {"EVIDENCE_DESK_HOME": str(tmp_path / "home"), "EVIDENCE_DESK_WORKSPACE": str(tmp_path / "ws")}
    r = run("gui", "--screenshot", str(shot), "--size", "1366x768", env=env)
    assert r.returncode == 0, r.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
