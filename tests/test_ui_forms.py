"""The compiled Designer forms are exactly what pyside6-uic makes of forms/*.ui today."""

from __future__ import annotations

from desktop.ui.forms import build


def test_forms_regenerate_identically(tmp_path):
    fresh = build.build(tmp_path)
    assert fresh, "no forms found"
    committed = {p.name for p in build.OUT.glob("ui_*.py")}
    assert committed == {p.name for p in fresh}, "a form has no compiled module, or a module has no form"
    stale = [p.name for p in fresh if p.read_text(encoding="utf-8") != (build.OUT / p.name).read_text(encoding="utf-8")]
    assert stale == [], f"regenerate with: {build.COMMAND}"


def test_generated_modules_say_so():
    for path in build.OUT.glob("ui_*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Generated from forms/") and build.COMMAND in first
