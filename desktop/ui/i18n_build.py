"""Update the translation source and compile it: ``python -m desktop.ui.i18n_build [update|release|all]``.

``update`` collects every translatable string of desktop/ui/*.py and forms/*.ui into
resources/i18n/evidence_desk_en.ts (Qt Linguist's format, without line numbers, so a
moved line is not a diff); a translator then fills in the new entries with Qt Linguist.
The office's window (desktop/ui/office/*.py, forms/office_*.ui) has its own
catalogue, evidence_desk_office_en.ts, built the same way.
``release`` compiles the .ts into the .qm the program loads (pyside6-lrelease). Both
.ts and .qm are committed; tests check that the .ts covers every string and the .qm
is current.

Why the strings are collected here and not by pyside6-lupdate: the Python parser of
the lupdate in PySide6 6.9 (the Qt every build uses, docs/packaging.md) misses calls
whose arguments contain a call (``translate("C", "%n 个", None, len(x))``), drops the
plural flag unless the count is a literal and skips calls spread over lines. Python's
own ``ast`` sees every ``translate(context, text[, disambiguation[, n]])`` exactly;
Designer files are plain XML. lrelease has no such problem and is still used.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("en",)
CATALOGUES = ("evidence_desk", "evidence_desk_office")


def ts_path(lang: str, catalogue: str = "evidence_desk") -> Path:
    return I18N / f"{catalogue}_{lang}.ts"


def qm_path(lang: str, catalogue: str = "evidence_desk") -> Path:
    return I18N / f"{catalogue}_{lang}.qm"


def sources(catalogue: str = "evidence_desk") -> list[Path]:
    if catalogue == "evidence_desk_office":
        return sorted((ROOT / "desktop" / "ui" / "office").glob("*.py")) + sorted((ROOT / "forms").glob("office_*.ui"))
    ui_py = sorted(p for p in (ROOT / "desktop" / "ui").glob("*.py") if p.name != "i18n_build.py")
    return ui_py + sorted(p for p in (ROOT / "forms").glob("*.ui") if not p.name.startswith("office_"))


# ---------------------------------------------------------------- collecting the strings
@dataclass(frozen=True)
class Source:
    context: str
    text: str
    comment: str = ""  # Qt's "disambiguation"
    numerus: bool = False


def _const_str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings_in_python(path: Path) -> list[Source]:
    """Every ``translate("Context", "text"[, disambiguation][, n])`` call with literal context and text,
    in reading order."""
    found: list[tuple[tuple[int, int], Source]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        if name != "translate" or len(node.args) < 2:
            continue
        ctx, text = _const_str(node.args[0]), _const_str(node.args[1])
        if ctx is None or text is None:
            continue
        kw = {k.arg: k.value for k in node.keywords}
        dis = node.args[2] if len(node.args) > 2 else kw.get("disambiguation")
        numerus = len(node.args) > 3 or "n" in kw
        found.append(((node.lineno, node.col_offset), Source(ctx, text, _const_str(dis) or "", numerus)))
    return [s for _, s in sorted(found, key=lambda t: t[0])]


def strings_in_form(path: Path) -> list[Source]:
    """Every ``<string>`` of a Designer file not marked ``notr``; the context is the form's class."""
    root = ET.parse(path).getroot()
    context = (root.findtext("class") or "").strip()
    out = []
    for el in root.iter("string"):
        if el.get("notr") == "true" or not (el.text or ""):
            continue
        out.append(Source(context, el.text, el.get("comment") or ""))
    return out


def collect(paths: list[Path]) -> list[Source]:
    seen: dict[tuple[str, str, str], Source] = {}
    for p in paths:
        found = strings_in_form(p) if p.suffix == ".ui" else strings_in_python(p)
        for s in found:
            key = (s.context, s.text, s.comment)
            if key not in seen or (s.numerus and not seen[key].numerus):
                seen[key] = s if key not in seen else Source(s.context, s.text, s.comment, True)
    return list(seen.values())


# ---------------------------------------------------------------- the .ts file
@dataclass
class Entry:
    source: Source
    translations: list[str] = field(default_factory=list)  # one, or the plural forms
    unfinished: bool = True


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str, str], Entry] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            comment = m.findtext("comment") or ""
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                texts: list[str] = []
            elif numerus:
                texts = [f.text or "" for f in tr.iter("numerusform")]
            else:
                texts = [tr.text or ""]
            unfinished = tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
            entries[(name, src, comment)] = Entry(Source(name, src, comment, numerus), texts, unfinished)
    return entries


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(path: Path, entries: list[Entry], lang: str) -> bytes:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="zh_CN">']
    by_ctx: dict[str, list[Entry]] = {}
    for e in entries:
        by_ctx.setdefault(e.source.context, []).append(e)
    for ctx in sorted(by_ctx):
        lines += ["<context>", f"    <name>{_esc(ctx)}</name>"]
        for e in by_ctx[ctx]:
            s = e.source
            lines.append('    <message numerus="yes">' if s.numerus else "    <message>")
            lines.append(f"        <source>{_esc(s.text)}</source>")
            if s.comment:
                lines.append(f"        <comment>{_esc(s.comment)}</comment>")
            attr = ' type="unfinished"' if e.unfinished else ""
            if s.numerus:
                lines.append(f"        <translation{attr}>")
                for form in e.translations or [""]:
                    lines.append(f"            <numerusform>{_esc(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = e.translations[0] if e.translations else ""
                lines.append(f"        <translation{attr}>{_esc(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(data)
    return data


def update(ts: Path, lang: str = "en", catalogue: str = "evidence_desk") -> str:
    """Merge the current source strings into ``ts`` (existing translations kept, vanished ones dropped)."""
    old = read_ts(ts)
    found = collect(sources(catalogue))
    entries, new = [], 0
    for s in found:
        prev = old.get((s.context, s.text, s.comment))
        if prev is None:
            new += 1
            entries.append(Entry(s))
        elif prev.source.numerus != s.numerus:  # a count was added or removed: the translator must look again
            entries.append(Entry(s, prev.translations[:1] * (2 if s.numerus else 1), True))
        else:
            entries.append(Entry(s, prev.translations, prev.unfinished))
    write_ts(ts, entries, lang)
    gone = len(set(old) - {(s.context, s.text, s.comment) for s in found})
    return (f"Updating '{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}'...\n"
            f"    Found {len(found)} source text(s) ({new} new and {len(found) - new} already existing)\n"
            f"    Removed {gone} obsolete entries")


def _tool(name: str) -> list[str]:
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def release(ts: Path, qm: Path) -> str:
    cmd = [*_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", nargs="?", choices=["update", "release", "all"], default="all")
    args = ap.parse_args(argv)
    for lang in LANGS:
        for cat in CATALOGUES:
            if args.step in ("update", "all"):
                print(update(ts_path(lang, cat), lang, cat).strip())
            if args.step in ("release", "all"):
                print(release(ts_path(lang, cat), qm_path(lang, cat)).strip()
                      or f"wrote {qm_path(lang, cat).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
