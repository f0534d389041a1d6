"""Shared helpers for the export and printjobs tests: a unit's workspace with real files and a signing key."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from desktop.core.signing import keystore
from desktop.core.workspace import Workspace
from tests.test_print_inputs import text_pdf
from tests.test_workspace_support import junk, make_workspace

PASS = "正确的口令 horse battery"
TZ = dt.timezone(dt.timedelta(hours=8))
DAY1 = dt.datetime(2024, 3, 15, 10, 0, tzinfo=TZ)
DAY2 = dt.datetime(2024, 3, 18, 9, 30, tzinfo=TZ)


def scan(path: Path, pages: int = 2, *, title: str | None = None, pad: int = 0, seed: int = 0) -> Path:
    """A real PDF with searchable Chinese text, made bigger (like a scan) with ``pad`` bytes after %%EOF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text_pdf(path, pages, title or path.stem)
    if pad:
        with open(path, "ab") as f:
            f.write(junk(pad, seed))
    return path


def unit_workspace(folder: Path, *, key: bool = True) -> Workspace:
    """市司法局 with a contact, five files on 55, one on the merged 26–29 item, a statement and a web address."""
    ws = make_workspace(folder / "ws", contact="张三", phone="0356-1234567")
    src = folder / "src"
    files = [scan(src / f"执法记录 {i}.pdf", 1 + i % 2, pad=20_000, seed=i) for i in range(5)]
    ws.attach("55", files[:4])
    ws.attach("26", [scan(src / "合法性审核意见书.pdf", 3, seed=9)])
    ws.set_statement("55.1", "本单位2021年执法记录台账见附件。")
    ws.add_url("M34-46.1", "http://www.jcsf.gov.cn/zdjc/2021.html", label="公开网址")
    if key:
        keystore.generate(ws.path, PASS, ws.profile.unit)
    return ws


def part_json(part: Path, name: str = "submission.json") -> dict:
    with zipfile.ZipFile(part) as z:
        return json.loads(z.read(next(n for n in z.namelist() if n.endswith("/" + name))).decode("utf-8"))


def bag_info(part: Path) -> dict[str, str]:
    with zipfile.ZipFile(part) as z:
        text = z.read(next(n for n in z.namelist() if n.endswith("/bag-info.txt"))).decode("utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines())


def payload_names(parts) -> list[str]:
    """Every payload path below ``data/`` in the parts, as a clerk would browse them."""
    out = []
    for p in parts:
        path = getattr(p, "path", p)
        with zipfile.ZipFile(path) as z:
            out += [n.split("/", 2)[2] for n in z.namelist() if n.split("/")[1:2] == ["data"] and not n.endswith("/")]
    return sorted(out)
