"""Every field of the built-in catalog can be traced to the seed lines its provenance names.

A field must be made of at most a few verbatim stretches of the cited lines
(after the documented normalisation), so a typo or an invented word fails here.
"""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from desktop.core import paths
from desktop.core.catalog import load
from desktop.core.catalog.text import squash

from .conftest import DATA

SEED = DATA / "jincheng-2022-plan.txt"


@pytest.fixture(scope="module")
def prov():
    return json.loads(paths.resource("catalogs", "jincheng-2022.provenance.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def lines():
    return SEED.read_text(encoding="utf-8").split("\n")


@pytest.fixture(scope="module")
def cat():
    return load("jincheng-2022")


def cited(lines, numbers) -> str:
    return "".join(squash(lines[n - 1]) for n in numbers)


def segments(field: str, source: str) -> int:
    """How many verbatim stretches of ``source`` it takes to spell ``field`` (greedy, longest first)."""
    field = squash(field)
    i = count = 0
    while i < len(field):
        lo, hi = i + 1, len(field)
        if field[i:lo] not in source:
            return 10**6  # a character the source does not have at all
        while lo < hi:  # longest prefix of field[i:] that occurs in source
            mid = (lo + hi + 1) // 2
            if field[i:mid] in source:
                lo = mid
            else:
                hi = mid - 1
        i = lo
        count += 1
    return count


def test_seed_copy_is_the_document_the_provenance_names(prov):
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == prov["source"]["sha256"]


def test_provenance_covers_every_indicator(prov, cat):
    assert set(prov["indicators"]) == {i.key for i in cat}
    for key, p in prov["indicators"].items():
        assert p["text"], key


def test_text_is_one_verbatim_stretch_of_its_line(prov, cat, lines):
    for ind in cat:
        src = cited(lines, prov["indicators"][ind.key]["text"])
        assert squash(ind.text) in src, ind.key


def test_units_appear_on_their_lines(prov, cat, lines):
    for ind in cat:
        src = cited(lines, prov["indicators"][ind.key]["units"])
        for u in ind.units:
            assert squash(u) in src, (ind.key, u)


def test_materials_are_the_cited_cells_or_merged_requests(prov, cat, lines):
    requests = {r.id: r for r in cat.requests}
    for r in cat.requests:
        rp = prov["requests"][r.id]
        assert segments(r.text, cited(lines, rp["lines"])) <= len(rp["lines"]), r.id
    for ind in cat:
        parts = [p for p in ind.materials.split("\n") if p]
        own = [p for p in parts if p not in {requests[i.request].text for i in ind.items if i.request}]
        src = cited(lines, prov["indicators"][ind.key]["materials"])
        for p in own:
            assert segments(p, src) == 1, ind.key


def test_item_texts_come_from_the_materials(cat):
    for ind in cat:
        for item in ind.items:
            assert squash(item.text) in squash(ind.materials), (ind.key, item.id)


def test_areas_and_groups_appear_on_their_lines(prov, cat, lines):
    for ind in cat:
        p = prov["indicators"][ind.key]
        assert squash(ind.area) in [squash(lines[n - 1].split("\t")[0] or lines[n - 1].split("\t")[1]) for n in p["area"]] \
            or any(squash(ind.area) in squash(lines[n - 1]) for n in p["area"]), ind.key
        if ind.group:
            title = re.sub(r"^\d+\.\s*", "", ind.group)
            assert squash(title) in squash(lines[p["group"] - 1]), ind.key


def test_every_judged_row_says_why(prov):
    judged = {k for k, p in prov["indicators"].items() if p.get("judgements")}
    # the rows the issue calls out as misaligned are all judged
    must = {"15", "16", "28", "29", "34", "35", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53",
            "54", "55", "56", "57", "58", "59", "60", "68", "69", "70", "71", "72", "73", "74", "86", "87", "88",
            "89", "90", "B2", "V1"}
    assert must <= judged
    for k in judged:
        for note in prov["indicators"][k]["judgements"]:
            assert len(note) > 30, (k, note)


def test_roster_units_are_documented(prov, cat, lines):
    for u in cat.units:
        p = prov["units"][u.name]
        assert p["lines"], u.name
        assert any(squash(n) in squash(lines[ln - 1]) for n in u.names for ln in p["lines"]), u.name
    for alias_owner in ("市市场监管局", "市应急管理局", "市投资促进中心", "市人大常委会"):
        assert prov["units"][alias_owner].get("judgement")
