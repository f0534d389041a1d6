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
