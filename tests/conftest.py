"""Test set-up shared by every test: headless Qt, and no test touches the real user folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A clean, English-free locale must not change behaviour; tests pin the UI language explicitly.
os.environ.setdefault("EVIDENCE_DESK_LANG", "zh_CN")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own per-user data folder and default workspace."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EVIDENCE_DESK_HOME", str(home))
    monkeypatch.setenv("EVIDENCE_DESK_WORKSPACE", str(home / "workspace"))
    monkeypatch.delenv("EVIDENCE_DESK_PORTABLE", raising=False)
    yield home


@pytest.fixture
def data_dir() -> Path:
    return DATA


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, input: str | None = None):
    """Run the real ``python -m desktop`` in a child process; returns CompletedProcess (text)."""
    import subprocess

    e = dict(os.environ)
    e["PYTHONIOENCODING"] = "utf-8"
    if env:
        e.update(env)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=e, cwd=cwd or ROOT, input=input, timeout=600,
    )


@pytest.fixture
def cli():
    return run_cli
