"""Folder names inside a bundle: what a clerk at the office sees when the part is unpacked in Explorer.

``data/<area>/<group folder>/<item folder>/<original file name>``, for example
``data/四、行政执法严格规范公正文明/第55项_行政执法机关通过文字/1_执法记录台账/台账.pdf``:

- the area is the catalog's 一级指标 as printed;
- the group folder is the label of the cover sheet the files belong to (第55项, 第26-29项 for a merged
  request, 加分项1) and the first clause of the first indicator's text, at most 20 characters;
- the item folder is the item's position on that cover sheet (1, 2, … over all items of the group, so
  that two merged requests which both number their items from 1 cannot clash) and a short label taken
  from the item's text (``item_folder_label``);
- the file keeps the name it had when it was attached.

The bundle builder then makes every name valid on Windows, short enough, and unique (docs/bundle.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from desktop.core.catalog import Catalog

TITLE_CHARS = 20
ITEM_LABEL_CHARS = 16

_TIME = re.compile(r"^(?:19|20)\d{2}\s*年?\s*(?:[—\-－至~～]\s*(?:19|20)?\d{2,4}\s*年?)?(?:以来|至今|度|上半年|下半年)?")
# Words that open many items and say nothing about the material (who provides it, "provide").
_LEAD_WORDS = (
    "请提供", "需提供", "须提供", "提供", "报送", "上传", "本级政府及其有关部门", "本级政府及其部门", "本级政府",
    "市政府及有关单位", "市政府及其组成部门", "市政府及其有关部门", "市政府", "本单位本部门", "本部门本单位", "本单位",
    "本部门", "近三年", "近两年", "近年来", "制定的", "出台的", "印发的",
)
_LEAD_PUNCT = " 　、，,.。:：;；及和"
_CUT_CHARS = "，。；;：:（("
_CUT_WORD = re.compile(r"以及|及其|(?<![涉普危])及|并|或者")
_MIN_BEFORE_CUT = 6


def item_folder_label(text: str, limit: int = ITEM_LABEL_CHARS) -> str:
    """A short name for a material item, from its text: 提供2021年执法记录台账及5件… → 执法记录台账.

    Leading words that every item shares are dropped (提供, a year or "2020年以来", 本级政府…), then the text is
    cut at the first clause mark or a conjunction (及, 以及, 并, 或者) that leaves at least six characters, and
    clipped to ``limit`` characters. An empty result becomes 材料.
    """
    s = unicodedata.normalize("NFC", " ".join((text or "").split()))
    while True:
        before = s
        s = s.lstrip(_LEAD_PUNCT)
        m = _TIME.match(s)
        if m and m.end():
            s = s[m.end():]
        for word in _LEAD_WORDS:
            if s.startswith(word):
                s = s[len(word):]
                break
        if len(s) > 4 and s.startswith(("关于", "对", "的")):
            s = s[2:] if s.startswith("关于") else s[1:]
        if s == before:
            break
    cut = len(s)
    for i, ch in enumerate(s):
        if ch in _CUT_CHARS and i >= 2:
            cut = i
            break
    for m in _CUT_WORD.finditer(s):
        if _MIN_BEFORE_CUT <= m.start() < cut:
            cut = m.start()
            break
    return s[:cut].strip()[:limit].strip() or "材料"


def indicator_title(text: str, limit: int = TITLE_CHARS) -> str:
    """The first clause of an indicator's text (as ``bagpath.evidence_parts`` takes it)."""
    title = unicodedata.normalize("NFC", text or "").strip()
    return re.split(r"[。；;，,]", title, maxsplit=1)[0][:limit].strip()


def group_folder(catalog: Catalog, keys: Sequence[str]) -> str:
    """第55项_行政执法机关通过文字 · 第26-29项_重要的行政规范性文件依法 · 加分项1_…"""
    from desktop.core.printing.labels import file_stem_label

    stem = file_stem_label(catalog, list(keys))
    title = indicator_title(catalog.indicator(keys[0]).text)
    return f"{stem}_{title}" if title else stem


def area_folder(catalog: Catalog, keys: Sequence[str]) -> str:
    return catalog.indicator(keys[0]).area or "未分类"
