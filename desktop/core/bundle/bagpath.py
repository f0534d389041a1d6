"""Payload paths a clerk can browse in Explorer and that unpack on any Windows PC.

Every name is NFC, free of characters Windows forbids (replaced by their full-width
look-alikes, so ``关于:通知`` stays readable as ``关于：通知``), of control characters, of
trailing dots and spaces and of reserved device names (CON, PRN, AUX, NUL, COM1–9,
LPT1–9); components and whole paths are kept short enough to unpack under a deep folder
on Windows (MAX_PATH is 260), shortened deterministically with a hash suffix when needed;
and paths stay unique when compared the way Windows does (case-insensitively), with
folders that differ only in case merged into one spelling.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

FORBIDDEN = {'<': '＜', '>': '＞', ':': '：', '"': '＂', '/': '／', '\\': '＼', '|': '｜', '?': '？', '*': '＊'}
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
            *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³")}
COMPONENT_MAX = 80  # UTF-16 code units, as Windows counts them
PATH_MAX = 180  # inside the bag folder, ``data/`` included; the folder itself and where it is unpacked add ~80
MIN_COMPONENT = 16
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _short_hash(original: str) -> str:
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:8]


def shorten(name: str, limit: int, *, original: str | None = None) -> str:
    """Cut ``name`` to ``limit`` UTF-16 units, keeping its extension and adding ``~hash`` of the original."""
    if utf16_len(name) <= limit:
        return name
    tag = "~" + _short_hash(original or name)
    stem, ext = split_ext(name)
    if utf16_len(ext) > 12:
        stem, ext = name, ""
    room = max(1, limit - utf16_len(tag) - utf16_len(ext))
    out = ""
    for ch in stem:
        if utf16_len(out + ch) > room:
            break
        out += ch
    return clean_component(out.rstrip(" .") + tag + ext)


def split_ext(name: str) -> tuple[str, str]:
    dot = name.rfind(".")
    if dot <= 0 or dot == len(name) - 1:
        return name, ""
    return name[:dot], name[dot:]


def clean_component(name: str) -> str:
    """One file or folder name made valid on Windows and Linux, readable, NFC."""
    s = unicodedata.normalize("NFC", name)
    s = _CONTROL.sub("_", s)
    s = "".join(FORBIDDEN.get(c, c) for c in s)
    s = s.strip().rstrip(". ")
    if not s or set(s) <= {"."}:
        s = "_"
    stem = s.split(".", 1)[0].rstrip(" ").upper()
    if stem in RESERVED:
        s = "_" + s
    return s


def safe_component(name: str, limit: int = COMPONENT_MAX) -> str:
    cleaned = clean_component(name)
    return shorten(cleaned, limit, original=name)


@functools.lru_cache(maxsize=4096)
def windows_problem(component: str) -> str | None:
    """Why ``component`` is not a valid, portable name, or None (used by the verifier).

    Cached: a part's thousands of paths share a few dozen folder names.
    """
    if component != unicodedata.normalize("NFC", component):
        return "not NFC"
    if _CONTROL.search(component):
        return "control character"
    if any(c in FORBIDDEN for c in component):
        return "character Windows forbids"
    if component in ("", ".", ".."):
        return "empty or dot name"
    if component[-1] in " .":
        return "trailing dot or space"
    if component.split(".", 1)[0].rstrip(" ").upper() in RESERVED:
        return "reserved device name"
    if utf16_len(component) > 255:
        return "name longer than 255"
    return None


def fold(path: str) -> str:
    """The comparison key Windows (and macOS) effectively use: NFC, then case-folded."""
    return unicodedata.normalize("NFC", path).casefold()


def evidence_parts(area: str, indicator_key: str, indicator_title: str, item_no: int | str, item_label: str,
                   filename: str, *, title_chars: int = 20) -> tuple[str, ...]:
    """The folders of the example layout: ``四、…/第55项_执法全过程记录/1_执法记录台账/原文件名.pdf``."""
    title = unicodedata.normalize("NFC", indicator_title).strip()
    title = re.split(r"[。；;，,]", title, maxsplit=1)[0][:title_chars].strip()
    return (area, f"第{indicator_key}项_{title}" if title else f"第{indicator_key}项",
            f"{item_no}_{item_label}" if item_label else str(item_no), filename)


class PathAllocator:
    """Hands out unique, safe ``data/…`` paths; deterministic for a given sequence of requests.

    Callers must request in a stable order (the bundle builder sorts its entries first).
    """

    def __init__(self, *, prefix: str = "data", path_max: int = PATH_MAX, component_max: int = COMPONENT_MAX):
        self.prefix = prefix
        self.path_max = path_max
        self.component_max = component_max
        self._files: set[str] = set()  # folded full paths
        self._dirs: dict[str, str] = {}  # folded folder path -> the spelling used first

    def reserve(self, path: str) -> None:
        """Mark an existing path (a file referenced from an earlier submission) as taken."""
        parts = path.split("/")
        for i in range(1, len(parts)):
            self._dirs.setdefault(fold("/".join(parts[:i])), "/".join(parts[:i]))
        self._files.add(fold(path))

    def allocate(self, parts: tuple[str, ...] | list[str]) -> str:
        if not parts:
            raise ValueError("a payload path needs at least a file name")
        comps = [safe_component(p, self.component_max) for p in parts]
        comps = self._fit(comps, list(parts))
        # merge folders that differ only in case into the spelling seen first
        dirs = [self.prefix] if self.prefix else []
        for c in comps[:-1]:
            candidate = "/".join(dirs + [c])
            key = fold(candidate)
            if key in self._files:  # a file already has this name: the folder gets a suffix
                c = self._unique_variant(c, dirs, want_dir=True)
                candidate = "/".join(dirs + [c])
                key = fold(candidate)
            spelled = self._dirs.setdefault(key, candidate)
            dirs = spelled.split("/")
        name = comps[-1]
        full = "/".join(dirs + [name])
        if fold(full) in self._files or fold(full) in self._dirs:
            name = self._unique_variant(name, dirs, want_dir=False)
            full = "/".join(dirs + [name])
        self._files.add(fold(full))
        return full

    def _taken(self, path: str) -> bool:
        key = fold(path)
        return key in self._files or key in self._dirs

    def _unique_variant(self, name: str, dirs: list[str], *, want_dir: bool) -> str:
        stem, ext = (name, "") if want_dir else split_ext(name)
        n = 2
        while True:
            candidate = f"{stem} ({n}){ext}"
            if not self._taken("/".join(dirs + [candidate])):
                return candidate
            n += 1

    def _fit(self, comps: list[str], originals: list[str]) -> list[str]:
        """Shorten the file name, then the longest folders, until the whole path fits ``path_max``."""
        def total() -> int:
            # room for a " (99)" suffix a collision may add later
            return utf16_len("/".join(([self.prefix] if self.prefix else []) + comps)) + 5

        if total() <= self.path_max:
            return comps
        excess = total() - self.path_max
        last = comps[-1]
        target = max(MIN_COMPONENT, utf16_len(last) - excess)
        comps[-1] = shorten(last, target, original=originals[-1])
        while total() > self.path_max:
            longest = max(range(len(comps) - 1), key=lambda i: utf16_len(comps[i]), default=None)
            if longest is None or utf16_len(comps[longest]) <= MIN_COMPONENT:
                break
            excess = total() - self.path_max
            before = utf16_len(comps[longest])
            target = max(MIN_COMPONENT, before - excess)
            comps[longest] = shorten(comps[longest], target, original=originals[longest])
            if utf16_len(comps[longest]) >= before:
                break
        return comps
