"""Plans and indicator systems written as prose: 一、 areas, （一）/1. groups and tasks, 1-1 items, units clauses.

Levels are told by their markers (GB/T 9704: 一、 > （一） > 1. > （1）; "1-1"
is item 1 of group 1). A numbered line is a *heading* when it is a title
only ("（一）健全行政权力运行体系，依法全面履行政府职能"), a *task* when a sentence
follows its title ("（四）推进政府机构职能优化协同高效。优化政府组织结构……").
Unnumbered paragraphs:

* after a task: more of that task, until its units are given — a line that
  does not end a sentence is a wrapped line and is joined without a break;
* carrying a units clause (〔责任单位：…〕, a 责任单位：… line, 牵头单位/配合单位)
  right under a heading: the task of that heading (its number, its title and
  the paragraph);
* otherwise: an introduction — kept as the area's note when it belongs to an
  area ("目标：…"), not imported when it belongs to a group or follows the last
  task (closing remarks); the count is reported.

A document that names no units anywhere and writes titles on their own lines
makes each heading with paragraphs (and no numbered lines below) a task.
Numbered points listed inside a task ("（一）…如下：" then "1.… 2.…") stay
part of that task's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.catalog.importers import numbering
from desktop.core.catalog.importers.assemble import Entry
from desktop.core.catalog.importers.unitnames import LABEL_RE, find_unit_clause
from desktop.core.catalog.text import normalize

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_ENDS_SENTENCE = tuple("。！？；;!?：:”’）)】〕")
_SENTENCE = re.compile(r"[。！？；!?]")
_UNITS_LINE = re.compile(rf"^[〔【\[（(［]?\s*({LABEL_RE.pattern})")
_ATTACHMENT = re.compile(r"^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$")


@dataclass
class _Heading:
    level: int
    numbers: tuple[int, ...]  # path of numbers from the area down, this heading's last
    title: str  # as printed, marker included
    line: int
    paragraphs: list[str] = field(default_factory=list)
    has_children: bool = False
    took_task: bool = False
    unused: list[str] = field(default_factory=list)  # introduction paragraphs not imported


@dataclass
class _Task:
    path: tuple[int, ...]
    parts: list[str]
    line: int
    area: str
    group: str
    units: list[str] = field(default_factory=list)
    closed: bool = False
    level: int = 99  # the marker level of the task's own number; deeper numbered lines are points inside it


@dataclass
class OutlineResult:
    title: str
    kind: str  # system | plan
    entries: list[Entry]
    area_notes: dict[str, str]
    warnings: list[str]


def _clean(lines: list[str]) -> list[tuple[int, str]]:
    out = []
    for n, line in enumerate(lines, start=1):
        line = _BOOKMARK.sub("", line).replace("\u3000", " ").strip()
        if line:
            out.append((n, line))
    return out


def _is_title_only(rest: str) -> bool:
    """A heading has no sentence in it; "（一）加强队伍建设。" ends a sentence, so it is a task whose text may go on below."""
    return not _SENTENCE.search(rest) and len(rest.strip()) <= 60


def parse_outline(raw_lines: list[str], *, where_prefix: str = "") -> OutlineResult:
    lines = _clean(raw_lines)
    title_lines: list[str] = []
    i = 0
    while i < len(lines):
        n, line = lines[i]
        if numbering.strip_marker(line)[0] is not None or _SENTENCE.search(line.rstrip("。")) or len(line) > 50:
            break
        if not _ATTACHMENT.match(line):
            if title_lines and not line.startswith(("（", "(")):
                break
            title_lines.append(line)
        i += 1
    walker = _Walker(where_prefix)
    for n, line in lines[i:]:
        walker.feed(n, line)
    walker.finish()
    title = normalize("".join(title_lines))
    system = "指标体系" in title or walker.dash_lines > 0
    entries = walker.entries("indicator" if system else "task")
    notes = {a: t for a, t in walker.area_notes.items() if any(e.area == a for e in entries)}
    return OutlineResult(title, "system" if system else "plan", entries, notes, walker.warnings)


class _Walker:
    def __init__(self, where_prefix: str):
        self.where_prefix = where_prefix
        self.stack: list[_Heading] = []
        self.task: _Task | None = None
        self.tasks: list[_Task] = []
        self.area_notes: dict[str, str] = {}
        self.warnings: list[str] = []
        self.skipped_paragraphs = 0
        self.any_units = False
        self.dash_lines = 0
        self.last_heading_line: _Heading | None = None  # the line just read was this heading's title
        self.last_was_units = False
        self.all_headings: list[_Heading] = []

    # ---------------------------------------------------------------- reading lines
    def feed(self, n: int, line: str) -> None:
        style, nums, rest = numbering.strip_marker(line)
        heading, self.last_heading_line = self.last_heading_line, None
        was_units, self.last_was_units = self.last_was_units, False
        if style is not None:
            self._numbered(n, line, style, nums, rest)
        elif heading and len(line) <= 15 and not _SENTENCE.search(line) and len(heading.title) >= 12 \
                and not _UNITS_LINE.match(line):
            heading.title += line  # a heading wrapped onto a second line ("…公正文明执" + "法")
            self.last_heading_line = heading
        elif _UNITS_LINE.match(line):
            self._units(n, line, was_units)
            self.last_was_units = True
        else:
            self._paragraph(n, line)

    def _numbered(self, n: int, line: str, style: str, nums: tuple[int, ...], rest: str) -> None:
        level = numbering.LEVEL[style]
        if self.task and not self.task.closed and level > self.task.level:
            self.task.parts.append(line)  # "1.规范程序。" listed inside the task above: part of its text
            self._take_inline_units(self.task)
            return
        self._close_task()
        while self.stack and self.stack[-1].level >= level:
            self._flush(self.stack.pop())
        if self.stack:
            self.stack[-1].has_children = True
        number = nums[-1]
        if style == "dash":
            self.dash_lines += 1
            parent = self.stack[-1] if self.stack else None
            if parent and parent.numbers[-1] != nums[0]:
                self.warnings.append(f"{self.where_prefix}第{n}行：编号“{nums[0]}-{nums[1]}”与所在的“{parent.title[:12]}”不一致。")
        path = tuple(h.numbers[-1] for h in self.stack) + (number,)
        if _is_title_only(rest):
            h = _Heading(level, path, line, n)
            self.stack.append(h)
            self.all_headings.append(h)
            self.last_heading_line = h
            return
        self.last_heading_line = None
        self.task = _Task(path, [rest], n, self._area(), self._group(), level=level)
        self._take_inline_units(self.task)

    def _units(self, n: int, line: str, continues: bool) -> None:
        found = find_unit_clause(line)
        clause = found[1] if found else line
        self.any_units = True
        last = self.task or (self.tasks[-1] if self.tasks else None)
        if last is not None and (not last.closed or continues):
            last.units.append(clause)  # 牵头单位 and 配合单位 may come on lines of their own
            last.closed = True
            return
        h = self.stack[-1] if self.stack else None
        if h is not None and not h.has_children and not h.took_task and h.level > 0:
            self._task_from_heading(h, clause)
            return
        self.warnings.append(f"{self.where_prefix}第{n}行：“{line[:30]}”前面没有任务，已略过。")

    def _paragraph(self, n: int, line: str) -> None:
        t = self.task
        if t and not t.closed:
            last = t.parts[-1]
            if last and not last.endswith(_ENDS_SENTENCE):
                t.parts[-1] = last + line  # a wrapped line
            else:
                t.parts.append(line)
            self._take_inline_units(t)
            return
        h = self.stack[-1] if self.stack else None
        if h is None or h.has_children or h.took_task:
            self.skipped_paragraphs += 1  # before the first heading, or a closing remark after the tasks
            return
        found = find_unit_clause(line)
        if found and h.level > 0:
            self.any_units = True
            h.paragraphs.append(found[0])
            self._task_from_heading(h, found[1])
            return
        if h.paragraphs and not h.paragraphs[-1].endswith(_ENDS_SENTENCE):
            h.paragraphs[-1] += line
        else:
            h.paragraphs.append(line)

    def _take_inline_units(self, t: _Task) -> None:
        found = find_unit_clause(t.parts[-1])
        if found:
            t.parts[-1] = found[0]
            t.units.append(found[1])
            t.closed = True
            self.any_units = True

    def _task_from_heading(self, h: _Heading, clause: str | None) -> None:
        _style, _nums, rest = numbering.strip_marker(h.title)
        parts = [rest] + [p for p in h.paragraphs if p]
        h.paragraphs = []
        h.took_task = True
        parents = self.stack[:-1] if self.stack and self.stack[-1] is h else self.stack
        area = numbering.tidy_title(parents[0].title) if parents and parents[0].level == 0 else ""
        group = " / ".join(numbering.tidy_title(p.title) for p in parents if p.level > 0)
        t = _Task(h.numbers, parts, h.line, area, group, [clause] if clause else [], closed=True)
        self.tasks.append(t)

    def _close_task(self) -> None:
        if self.task is not None:
            self.tasks.append(self.task)
            self.task = None

    def _flush(self, h: _Heading) -> None:
        if not h.paragraphs:
            return
        if h.level == 0:
            self.area_notes[numbering.tidy_title(h.title)] = "\n".join(normalize(p) for p in h.paragraphs)
        else:
            self.skipped_paragraphs += len(h.paragraphs)
            h.unused = list(h.paragraphs)  # kept for the no-units fallback
        h.paragraphs = []

    def finish(self) -> None:
        self._close_task()
        while self.stack:
            self._flush(self.stack.pop())
        if not self.any_units:
            self._titles_on_their_own_lines()
        self.tasks.sort(key=lambda t: t.line)
        task_areas = {t.area for t in self.tasks}
        for area in [a for a in self.area_notes if a not in task_areas]:
            self.skipped_paragraphs += len(self.area_notes.pop(area).split("\n"))  # "一、总体要求" has no task
        if self.skipped_paragraphs:
            self.warnings.append(f"另有 {self.skipped_paragraphs} 段说明文字（如总体要求、结束语）不属于任何任务，未导入。")

    def _titles_on_their_own_lines(self) -> None:
        """No units anywhere: a heading with paragraphs and no numbered children is a task with its title."""
        for h in self.all_headings:
            left = h.unused
            if h.level == 0 or h.has_children or not left:
                continue
            self.skipped_paragraphs -= len(left)
            parents = [p for p in self.all_headings if p.numbers == h.numbers[: len(p.numbers)] and p is not h]
            _s, _n, rest = numbering.strip_marker(h.title)
            area = next((numbering.tidy_title(p.title) for p in parents if p.level == 0), "")
            group = " / ".join(numbering.tidy_title(p.title) for p in parents if p.level > 0)
            self.tasks.append(_Task(h.numbers, [rest] + left, h.line, area, group, closed=True))

    # ---------------------------------------------------------------- context
    def _area(self) -> str:
        return numbering.tidy_title(self.stack[0].title) if self.stack and self.stack[0].level == 0 else ""

    def _group(self) -> str:
        return " / ".join(numbering.tidy_title(h.title) for h in self.stack if h.level > 0)

    # ---------------------------------------------------------------- result
    def entries(self, kind: str) -> list[Entry]:
        keys = _keys([t.path for t in self.tasks])
        out = []
        for t, key in zip(self.tasks, keys):
            text = "\n".join(p for p in (normalize(x) for x in t.parts) if p)
            out.append(Entry(key=key, text=text, kind=kind, area=t.area, group=t.group,
                             where=f"{self.where_prefix}第{t.line}行", unit_cells=[("units", u) for u in t.units]))
        return out


def _keys(paths: list[tuple[int, ...]]) -> list[str]:
    """The shortest uniform tail of the number paths that tells every task apart ("17", "2.1.3", "1.1.1")."""
    if not paths:
        return []
    longest = max(len(p) for p in paths)
    for length in range(1, longest + 1):
        tails = [p[-length:] for p in paths]
        if len(set(tails)) == len(tails):
            return [".".join(map(str, t)) for t in tails]
    keys, seen = [], {}
    for p in paths:
        k = ".".join(map(str, p))
        seen[k] = seen.get(k, 0) + 1
        keys.append(k if seen[k] == 1 else f"{k}.{seen[k]}")
    return keys
