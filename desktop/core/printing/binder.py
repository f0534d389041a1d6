"""Cover sheets, contents, per-indicator and per-unit PDFs: planning, drawing and streaming the pages out.

The steps, for every output: prepare each enclosed file (measure, convert,
draw picture and placeholder pages), number the pages (drawing covers and the
contents until their page counts settle), then copy every page into the
output with the footer "第 x 页 共 y 页" and the bookmarks.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.core.printing import fonts
from desktop.core.printing.attachments import Preparer, opened_pdf, pypdf_diagnostics
from desktop.core.printing.contents import contents_story
from desktop.core.printing.cover import cover_story
from desktop.core.printing.labels import clip, file_stem_label, group_label, item_label
from desktop.core.printing.layout import Entry, Layout, Section
from desktop.core.printing.model import (
    EvidenceGroup,
    PrintContext,
    Problem,
    RenderResult,
    files_for_item,
)
from desktop.core.printing.office import OfficeConverter
from desktop.core.printing.output import atomic_output
from desktop.core.printing.pdfwriter import Footer, OutlineNode, StreamingPdfWriter
from desktop.core.printing.placeholders import GeneratedPages
from desktop.core.printing.sheets import FRAME_HEIGHT, FRAME_WIDTH, render_sheets

Progress = Callable[[str, int, int], None]  # (what, done, total); raise output.Cancelled to stop
AUTO = "auto"
FOOTER_SIZE = (160.0, 16.0)
FOOTER_BOTTOM = 16.0  # points above the displayed bottom edge
MAX_ROUNDS = 6


def _converter(converter) -> OfficeConverter | None:
    return OfficeConverter.find() if converter == AUTO else converter


def _report(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress:
        progress(what, done, total)


# ---------------------------------------------------------------------------- planning


def _plan(ctx: PrintContext, groups: Sequence[EvidenceGroup], workdir: Path, *, contents: bool,
          converter, generated: GeneratedPages | None, progress: Progress | None) -> Layout:
    if not groups:
        from desktop.core.errors import UserError

        raise UserError("没有要打印的指标。请选择至少一项指标。", en="Nothing to print: no indicators selected.")
    preparer = Preparer(workdir, generated, _converter(converter))
    sections = []
    total_files = sum(len(g.files) for g in groups)
    done = 0
    for g in groups:
        label = group_label(ctx.catalog, g.keys)
        per_item_files, other_files = files_for_item(g, ctx.catalog)
        per_item = []
        for item, files in per_item_files:
            where = f"{label} · 资料要求 {clip(item_label(item), 60)}"
            entries = []
            for f in files:
                _report(progress, f"准备材料：{f.label}", done, total_files)
                entries.append(Entry(preparer.prepare(f, where)))
                done += 1
            per_item.append((item, entries))
        other = []
        for f in other_files:
            _report(progress, f"准备材料：{f.label}", done, total_files)
            other.append(Entry(preparer.prepare(f, f"{label} · 其他材料")))
            done += 1
        sections.append(Section(g, g.indicators(ctx.catalog), per_item, other))
    return Layout(sections, contents_pages=1 if contents else 0)


def _draw_generated_sheets(ctx: PrintContext, layout: Layout, workdir: Path, *, contents: bool,
                           covers: bool = True) -> tuple[Path | None, Path | None]:
    """Draw covers (and contents) until their page counts are stable; returns the two PDFs.

    ``covers`` False: the sections' cover page counts are already known (set by the caller), only the
    contents are drawn, and no covers PDF is returned.
    """
    covers_pdf, contents_pdf = workdir / "covers.pdf", workdir / "contents.pdf"
    title = f"{ctx.unit} 印证资料"
    for layout.rounds in range(1, MAX_ROUNDS + 1):
        layout.number()
        if contents:
            (n,) = render_sheets(contents_pdf, [("目录", contents_story(ctx, layout, FRAME_WIDTH))], title=title,
                                 author=ctx.unit, subject=ctx.catalog.title, created=ctx.date)
            if n != layout.contents_pages:
                layout.contents_pages = n
                continue  # the contents are cheap to draw again; covers wait for stable numbers
        if not covers:
            return None, contents_pdf
        counts = render_sheets(
            covers_pdf,
            [(group_label(ctx.catalog, s.keys) + " 封面", cover_story(ctx, s, FRAME_WIDTH, FRAME_HEIGHT))
             for s in layout.sections],
            title=title, author=ctx.unit, subject=ctx.catalog.title, created=ctx.date,
        )
        changed = False
        for s, n in zip(layout.sections, counts):
            if s.cover_pages != n:
                s.cover_pages, changed = n, True
        if not changed:
            return covers_pdf, contents_pdf if contents else None
    raise RuntimeError("page numbering did not settle")  # cannot happen: counts only depend on fixed-width cells


def _problems(layout: Layout) -> list[Problem]:
    seen: set[int] = set()
    out: list[Problem] = []
    for s in layout.sections:
        for e in s.entries:
            if id(e.prepared) not in seen:
                seen.add(id(e.prepared))
                out.extend(e.prepared.problems)
    return out


# ---------------------------------------------------------------------------- assembling


def _footer_pdf(path: Path, total: int) -> Path:
    fonts.register()
    c = Canvas(str(path), pagesize=FOOTER_SIZE, initialFontName=fonts.SANS, initialFontSize=9)
    for n in range(1, total + 1):
        c.setFont(fonts.SANS, 9)
        c.drawCentredString(FOOTER_SIZE[0] / 2, 4, f"第 {n} 页 共 {total} 页")
        c.showPage()
    c.save()
    return path


def _unreadable_page(name: str, page_no: int) -> io.BytesIO:
    buf = io.BytesIO()
    g = GeneratedPages(buf)
    g.add_placeholder("此页无法读取", f"“{name}”的第 {page_no} 页已损坏，无法读取。请找到原始文件或重新扫描后，重新添加该材料。",
                      [("文件名", name), ("页码", str(page_no))])
    g.finish()
    buf.seek(0)
    return buf


class _Assembler:
    """Copies pages into the streaming writer, one footer per page, recording where each section landed."""

    def __init__(self, writer: StreamingPdfWriter, footers: list[Footer], problems: list[Problem],
                 progress: Progress | None, total: int):
        self.w, self.footers, self.problems, self.progress, self.total = writer, footers, problems, progress, total

    def copy(self, reader, indices) -> None:
        for i in indices:
            _report(self.progress, "合并页面", self.w.page_count, self.total)
            self.w.add_page(reader, i, self.footers[self.w.page_count], FOOTER_BOTTOM)

    def copy_file(self, entry: Entry, generated_reader) -> None:
        p = entry.prepared
        if p.pdf is None:
            self.copy(generated_reader, p.generated)
            return
        done = 0
        damaged: list[int] = []
        try:
            with pypdf_diagnostics() as said, opened_pdf(p.pdf) as reader:
                for i in range(p.pages):
                    before = len(said)
                    try:
                        self.copy(reader, [i])
                    except MemoryError:
                        raise
                    except Exception:  # noqa: BLE001 - a damaged page of an untrusted file
                        self._unreadable(p, i + 1)
                    else:
                        if len(said) > before:  # pypdf had to skip or patch something on this page
                            damaged.append(i + 1)
                    done += 1
                self.w.release(reader)
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - the file changed or broke since it was measured
            for i in range(done, p.pages):
                self._unreadable(p, i + 1)
        if damaged:
            f = p.file
            which = "、".join(map(str, damaged[:10])) + ("等" if len(damaged) > 10 else "")
            self.problems.append(Problem(
                "page-damaged", f"“{f.name}”的第 {which} 页有损坏，已尽量合并，打印结果可能缺少内容。请核对原件，必要时重新扫描。", f,
                en=f"{f.name}: page(s) {which} damaged; merged as far as readable"))

    def _unreadable(self, prepared, page_no: int) -> None:
        from pypdf import PdfReader

        f = prepared.file
        self.problems.append(Problem("page-unreadable", f"“{f.name}”的第 {page_no} 页无法读取，已用说明页代替。", f,
                                     en=f"{f.name}: page {page_no} unreadable"))
        reader = PdfReader(_unreadable_page(f.name, page_no))
        self.copy(reader, [0])
        self.w.release(reader)


def _outline(ctx: PrintContext, layout: Layout, *, per_unit: bool) -> list[OutlineNode]:
    roots: list[OutlineNode] = []
    if layout.contents_pages:
        roots.append(OutlineNode("目录", 0))
    area_node = None
    for s in layout.sections:
        label = group_label(ctx.catalog, s.keys)
        if per_unit:
            if area_node is None or area_node.title != (s.area or "（未分类）"):
                area_node = OutlineNode(s.area or "（未分类）", s.first_page - 1, open=True)
                roots.append(area_node)
            text = s.indicators[0].text if len(s.indicators) == 1 else "合并报送"
            section_node = area_node.add(f"{label} {clip(text, 28)}", s.first_page - 1)
            parent = section_node
            parent.add("封面", s.first_page - 1)
        else:
            parent = None
            roots.append(OutlineNode(f"封面 {label}", s.first_page - 1))
        groups = [(f"资料要求 {clip(item_label(it), 36)}", es) for it, es in s.per_item if es]
        if s.other:
            groups.append(("其他材料", s.other))
        for title, es in groups:
            node = OutlineNode(title, es[0].first_page - 1, open=not per_unit)
            for e in es:
                node.add(clip(e.prepared.file.label, 40), e.first_page - 1)
            (parent.children if parent is not None else roots).append(node)
    return roots


def _assemble(ctx: PrintContext, layout: Layout, out_path: Path, workdir: Path, generated_pdf: Path,
              covers_pdf: Path, contents_pdf: Path | None, *, per_unit: bool, title: str,
              progress: Progress | None) -> RenderResult:
    from pypdf import PdfReader

    problems = _problems(layout)
    footer_pdf = _footer_pdf(workdir / "footers.pdf", layout.total)
    with atomic_output(out_path) as tmp, open(tmp, "wb", buffering=1 << 20) as fh, contextlib.ExitStack() as stack:
        w = StreamingPdfWriter(fh, title=title, author=ctx.unit, subject=ctx.catalog.title)
        freader = PdfReader(stack.enter_context(open(footer_pdf, "rb")))
        footers = [w.add_footer_form(freader, i) for i in range(layout.total)]
        w.release(freader)
        covers = PdfReader(stack.enter_context(open(covers_pdf, "rb")))
        generated = PdfReader(stack.enter_context(open(generated_pdf, "rb")))
        asm = _Assembler(w, footers, problems, progress, layout.total)
        if contents_pdf is not None:
            contents = PdfReader(stack.enter_context(open(contents_pdf, "rb")))
            asm.copy(contents, range(layout.contents_pages))
        cover_at = 0
        for s in layout.sections:
            asm.copy(covers, range(cover_at, cover_at + s.cover_pages))
            cover_at += s.cover_pages
            for e in s.entries:
                asm.copy_file(e, generated)
        assert w.page_count == layout.total, (w.page_count, layout.total)
        w.close(_outline(ctx, layout, per_unit=per_unit))
        fh.flush()
    _report(progress, "完成", layout.total, layout.total)
    return RenderResult(Path(out_path), layout.total, problems, [s.pages() for s in layout.sections])


# ---------------------------------------------------------------------------- public API


def render_binder(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_path: Path | str, *,
                  contents: bool | None = None, converter=AUTO, progress: Progress | None = None) -> RenderResult:
    """One PDF: (contents,) then for each group its cover sheet and every enclosed file, numbered and bookmarked.

    With one group this is the per-indicator PDF (no contents; bookmarks: cover, then item → file);
    with several it is the per-unit binder (contents first; bookmarks: area → indicator → item → file).
    ``contents`` overrides the default (only with several groups).
    """
    per_unit = len(groups) > 1
    with_contents = per_unit if contents is None else contents
    with tempfile.TemporaryDirectory(prefix="evidence-desk-print-") as tmp:
        workdir = Path(tmp)
        generated = GeneratedPages(workdir / "generated.pdf")
        try:
            layout = _plan(ctx, groups, workdir, contents=with_contents, converter=converter, generated=generated,
                           progress=progress)
        finally:
            generated_pdf = generated.finish()
        covers_pdf, contents_pdf = _draw_generated_sheets(ctx, layout, workdir, contents=with_contents)
        label = group_label(ctx.catalog, [k for g in groups for k in g.keys]) if not per_unit else "印证资料"
        title = f"{ctx.unit} {label}"
        return _assemble(ctx, layout, Path(out_path), workdir, generated_pdf, covers_pdf, contents_pdf,
                         per_unit=per_unit, title=title, progress=progress)


def render_covers(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_path: Path | str, *,
                  converter=AUTO, progress: Progress | None = None) -> RenderResult:
    """The cover sheets alone, one (or more) pages per group, for printing and putting in front of paper evidence.

    Page ranges on the sheets are those of the binder ``render_binder`` makes from the same groups, so sheets
    printed separately match the binder printed from the same selection.
    """
    with tempfile.TemporaryDirectory(prefix="evidence-desk-print-") as tmp:
        workdir = Path(tmp)
        layout = _plan(ctx, groups, workdir, contents=len(groups) > 1, converter=converter, generated=None,
                       progress=progress)
        covers_pdf, _ = _draw_generated_sheets(ctx, layout, workdir, contents=len(groups) > 1)
        with atomic_output(out_path) as out_tmp:
            out_tmp.write_bytes(covers_pdf.read_bytes())
        pages = sum(s.cover_pages for s in layout.sections)
        return RenderResult(Path(out_path), pages, _problems(layout), [s.pages() for s in layout.sections])


def render_contents(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_path: Path | str, *,
                    converter=AUTO, progress: Progress | None = None,
                    cover_pages: Sequence[int] | None = None) -> RenderResult:
    """The binder's contents alone, with the page numbers of the binder made from the same groups.

    ``cover_pages``: how many pages each group's cover takes, when the caller has just drawn the covers
    (the export draws each on its own first). A cover's page count does not depend on where it sits, so
    the covers are then not drawn a second time just to count them.
    """
    with tempfile.TemporaryDirectory(prefix="evidence-desk-print-") as tmp:
        workdir = Path(tmp)
        layout = _plan(ctx, groups, workdir, contents=True, converter=converter, generated=None, progress=progress)
        if cover_pages is not None:
            if len(cover_pages) != len(layout.sections):
                raise ValueError("cover_pages needs one count per group")
            for section, n in zip(layout.sections, cover_pages):
                section.cover_pages = n
        _covers, contents_pdf = _draw_generated_sheets(ctx, layout, workdir, contents=True,
                                                       covers=cover_pages is None)
        with atomic_output(out_path) as out_tmp:
            out_tmp.write_bytes(contents_pdf.read_bytes())
        return RenderResult(Path(out_path), layout.contents_pages, _problems(layout), [s.pages() for s in layout.sections])


def measure_pages(ctx: PrintContext, groups: Sequence[EvidenceGroup], *, converter=AUTO) -> list[int]:
    """How many binder pages each group's files take (covers not counted), as ``render_binder`` would lay them out."""
    with tempfile.TemporaryDirectory(prefix="evidence-desk-print-") as tmp:
        layout = _plan(ctx, groups, Path(tmp), contents=False, converter=converter, generated=None, progress=None)
        return [sum(e.prepared.pages for e in s.entries) for s in layout.sections]


def measure_files(ctx: PrintContext, groups: Sequence[EvidenceGroup], *, converter=AUTO) -> dict[int, tuple[int, str, str]]:
    """id(file) → (binder pages, SHA-256, problem code or "") for every enclosed file, as ``render_binder`` takes them."""
    with tempfile.TemporaryDirectory(prefix="evidence-desk-print-") as tmp:
        layout = _plan(ctx, groups, Path(tmp), contents=False, converter=converter, generated=None, progress=None)
        return {id(e.prepared.file): (e.prepared.pages, e.prepared.sha256,
                                      next((p.code for p in e.prepared.problems), ""))
                for s in layout.sections for e in s.entries}


def render_indicator_pdfs(ctx: PrintContext, groups: Sequence[EvidenceGroup], out_dir: Path | str, *,
                          converter=AUTO, progress: Progress | None = None) -> list[RenderResult]:
    """One per-indicator PDF per group in ``out_dir``, named 第55项.pdf, 第26-29项.pdf, … (the electronic submission)."""
    out_dir = Path(out_dir)
    conv = _converter(converter)
    results = []
    for n, g in enumerate(groups):
        _report(progress, group_label(ctx.catalog, g.keys), n, len(groups))
        name = f"{file_stem_label(ctx.catalog, g.keys)}.pdf"
        results.append(render_binder(ctx, [g], out_dir / name, converter=conv))
    return results
