"""Payload paths: readable, valid on Windows, short enough, unique as Windows compares names."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.bundle.bagpath import (
    PATH_MAX, PathAllocator, evidence_parts, fold, safe_component, utf16_len, windows_problem,
)


@pytest.mark.parametrize("name,expected", [
    ("CON.pdf", "_CON.pdf"), ("con", "_con"), ("Com1.tar.gz", "_Com1.tar.gz"), ("LPT9.txt", "_LPT9.txt"),
    ("nul .pdf", "_nul .pdf"), ("CONSOLE.pdf", "CONSOLE.pdf"),
    ("关于:通知?.pdf", "关于：通知？.pdf"), ('a<b>c"d|e*f.pdf', "a＜b＞c＂d｜e＊f.pdf"), ("a/b\\c.pdf", "a／b＼c.pdf"),
    ("报告.pdf. . ", "报告.pdf"), ("tab\there.pdf", "tab_here.pdf"), ("..", "_"), ("", "_"), ("   ", "_"),
])
def test_clean_names(name, expected):
    assert safe_component(name) == expected
    assert windows_problem(safe_component(name)) is None


def test_nfc():
    decomposed = unicodedata.normalize("NFD", "café 文件.pdf")
    assert safe_component(decomposed) == unicodedata.normalize("NFC", "café 文件.pdf")


def test_long_names_shortened_deterministically_keeping_the_extension():
    long = "关于印发《某某市法治政府建设实施方案》的通知" * 6 + ".pdf"
    a, b = safe_component(long), safe_component(long)
    assert a == b and a.endswith(".pdf") and utf16_len(a) <= 80 and "~" in a
    assert safe_component(long.replace("通知", "决定")) != a  # different names stay different


def test_whole_path_kept_under_the_limit():
    alloc = PathAllocator()
    path = alloc.allocate(("四、行政执法严格规范公正文明" * 3, "第55项_" + "执法全过程记录" * 8, "1_" + "执法记录台账" * 10,
                           "原文件名" * 40 + ".pdf"))
    assert utf16_len(path) <= PATH_MAX
    assert path.startswith("data/") and path.endswith(".pdf")
    assert all(windows_problem(c) is None for c in path.split("/"))


def test_unique_after_case_folding_and_folders_merged():
    alloc = PathAllocator()
    a = alloc.allocate(("Area", "Report.pdf"))
    b = alloc.allocate(("area", "REPORT.pdf"))
    c = alloc.allocate(("AREA", "report.PDF"))
    assert a == "data/Area/Report.pdf"
    assert b == "data/Area/REPORT (2).pdf"
    assert c == "data/Area/report (3).PDF"
    assert len({fold(p) for p in (a, b, c)}) == 3


def test_file_and_folder_with_the_same_name():
    alloc = PathAllocator()
    f = alloc.allocate(("x", "y"))
    d = alloc.allocate(("x", "y", "z.pdf"))
    assert fold(d).split("/")[2] != fold(f).split("/")[2]


def test_reserved_paths_of_earlier_submissions_are_avoided():
    alloc = PathAllocator()
    alloc.reserve("data/甲/报告.pdf")
    assert alloc.allocate(("甲", "报告.pdf")) == "data/甲/报告 (2).pdf"


def test_evidence_parts_layout():
    parts = evidence_parts("四、行政执法严格规范公正文明", "55", "执法全过程记录。行政执法机关…", 1, "执法记录台账", "原文件名.pdf")
    assert parts == ("四、行政执法严格规范公正文明", "第55项_执法全过程记录", "1_执法记录台账", "原文件名.pdf")
    assert PathAllocator().allocate(parts) == "data/四、行政执法严格规范公正文明/第55项_执法全过程记录/1_执法记录台账/原文件名.pdf"
