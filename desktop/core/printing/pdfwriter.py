"""A PDF writer that streams: pages are copied object by object straight to the output file.

pypdf's PdfWriter keeps every copied object in memory until it writes, so a
500-page binder of scans would sit in RAM whole. Here each page's objects are
written as soon as the page is copied, and big image streams are dropped from
the reader's cache afterwards; memory stays near one page's worth of data.
Image and content streams are copied byte for byte (never decoded or
re-encoded). The page number footer is a Form XObject added as one more
content stream, so the original page content is not touched either.
"""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

_SKIP_PAGE_KEYS = {"/Parent", "/Annots", "/B", "/Thumb", "/StructParents", "/PieceInfo", "/Contents", "/Resources"}
_BIG_STREAM = 64 * 1024  # streams larger than this are evicted from the reader's cache once written


@dataclass
class OutlineNode:
    title: str
    page: int  # 0-based index of the output page it points to
    children: list["OutlineNode"] = field(default_factory=list)
    open: bool = False  # children shown when the PDF opens

    def add(self, title: str, page: int, *, open: bool = False) -> "OutlineNode":  # noqa: A002
        node = OutlineNode(title, page, open=open)
        self.children.append(node)
        return node


@dataclass
class Footer:
    """A Form XObject already written to the output, and its size."""

    ref: int
    width: float
    height: float


class _Raw:
    """Bytes to be written as they are (an already serialised value)."""

    __slots__ = ("data",)

    def __init__(self, data: bytes):
        self.data = data


def _hex_text(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _name(name: str) -> bytes:
    buf = io.BytesIO()
    NameObject(name).write_to_stream(buf)
    return buf.getvalue()


def _num(x: float) -> bytes:
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return (s if s not in ("-0", "") else "0").encode()


def _box(page: DictionaryObject) -> tuple[float, float, float, float]:
    media = [float(v) for v in page.get("/MediaBox", [0, 0, 595.276, 841.89])]
    box = media
    crop = page.get("/CropBox")
    if crop is not None:
        c = [float(v) for v in crop]
        box = [max(min(c[0], c[2]), min(media[0], media[2])), max(min(c[1], c[3]), min(media[1], media[3])),
               min(max(c[0], c[2]), max(media[0], media[2])), min(max(c[1], c[3]), max(media[1], media[3]))]
        if box[2] <= box[0] or box[3] <= box[1]:
            box = media
    x0, y0, x1, y1 = box
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def display_matrix(page: DictionaryObject) -> tuple[tuple[float, ...], float, float]:
    """The matrix from upright display coordinates to the page's user space, and the displayed size."""
    x0, y0, x1, y1 = _box(page)
    w, h = x1 - x0, y1 - y0
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    if rotate == 90:
        return (0, 1, -1, 0, x0 + w, y0), h, w
    if rotate == 180:
        return (-1, 0, 0, -1, x0 + w, y0 + h), w, h
    if rotate == 270:
        return (0, -1, 1, 0, x0, y0 + h), h, w
    return (1, 0, 0, 1, x0, y0), w, h


class StreamingPdfWriter:
    """Write a PDF page by page. ``close()`` writes the page tree, outline, info and cross-reference table."""

    def __init__(self, fh, *, title: str = "", author: str = "", subject: str = ""):
        self._fh = fh
        self._offsets: dict[int, int] = {}
        self._next = 1
        self._memo: dict[int, dict[tuple[int, int], int]] = {}  # per source reader: its object → our number
        self._readers: dict[int, Any] = {}  # keeps each source alive while its memo is in use (ids must not recur)
        self._pending: list[tuple[Any, IndirectObject, int]] = []
        self._pages: list[int] = []
        self._page_tops: list[tuple[float, float, int]] = []  # left, top, rotation of each output page
        self._catalog = self._alloc()
        self._page_tree = self._alloc()
        self._info = dict(title=title, author=author, subject=subject)
        self._q_ref: int | None = None
        fh.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    # ------------------------------------------------------------------ low level

    def _alloc(self) -> int:
        n = self._next
        self._next += 1
        return n

    def _begin(self, num: int) -> None:
        self._offsets[num] = self._fh.tell()
        self._fh.write(b"%d 0 obj\n" % num)

    def _write_object(self, num: int, value: Any) -> None:
        self._begin(num)
        if isinstance(value, StreamObject):
            self._write_stream(value)
        else:
            buf = io.BytesIO()
            self._ser(value, buf)
            self._fh.write(buf.getvalue())
        self._fh.write(b"\nendobj\n")

    def _write_stream(self, stream: StreamObject, extra: dict | None = None) -> None:
        data = stream._data  # noqa: SLF001 - the encoded bytes as stored: copied, never re-encoded
        entries = {k: v for k, v in stream.items() if k != "/Length"}
        if extra:
            entries.update(extra)
        entries["/Length"] = _Raw(b"%d" % len(data))
        buf = io.BytesIO()
        self._ser_dict(entries, buf)
        buf.write(b"\nstream\n")
        self._fh.write(buf.getvalue())
        self._fh.write(data)
        self._fh.write(b"\nendstream")

    def _write_raw_stream(self, num: int, data: bytes, entries: dict | None = None) -> None:
        self._begin(num)
        d = dict(entries or {})
        d["/Length"] = _Raw(b"%d" % len(data))
        buf = io.BytesIO()
        self._ser_dict(d, buf)
        buf.write(b"\nstream\n")
        self._fh.write(buf.getvalue() + data + b"\nendstream\nendobj\n")

    def _ref(self, ind: IndirectObject) -> bytes:
        """The output reference for a source object, queued for writing; pages of the source become null."""
        src = ind.pdf
        memo = self._memo.get(id(src))
        if memo is None:
            memo = self._memo[id(src)] = {}
            self._readers[id(src)] = src
        key = (ind.idnum, ind.generation)
        num = memo.get(key)
        if num is None:
            target = ind.get_object()
            if isinstance(target, DictionaryObject) and target.get("/Type") in ("/Page", "/Pages"):
                return b"null"  # a link into the source's other pages: never drag a whole document along
            num = self._alloc()
            memo[key] = num
            self._pending.append((src, ind, num))
        return b"%d 0 R" % num

    def release(self, reader) -> None:
        """Forget a source once all its pages are copied (its objects are not shared with later sources)."""
        self._memo.pop(id(reader), None)
        self._readers.pop(id(reader), None)

    def _ser(self, obj: Any, buf) -> None:
        if isinstance(obj, _Raw):
            buf.write(obj.data)
        elif isinstance(obj, IndirectObject):
            buf.write(self._ref(obj))
        elif isinstance(obj, StreamObject):
            raise TypeError("a stream must be an indirect object")
        elif isinstance(obj, dict):
            self._ser_dict(obj, buf)
        elif isinstance(obj, list):
            buf.write(b"[")
            for v in obj:
                buf.write(b" ")
                self._ser(v, buf)
            buf.write(b" ]")
        elif isinstance(obj, (int, float)) and not hasattr(obj, "write_to_stream"):
            buf.write(_num(obj))
        elif isinstance(obj, str) and not hasattr(obj, "write_to_stream"):
            buf.write(_name(obj) if obj.startswith("/") else _hex_text(obj))
        else:
            obj.write_to_stream(buf)

    def _ser_dict(self, d: dict, buf) -> None:
        buf.write(b"<<")
        for k, v in d.items():
            if isinstance(k, str) and len(k) > 2 and k[1] == "%" and k[-1] == "%":
                continue
            (k if isinstance(k, NameObject) else NameObject(k)).write_to_stream(buf)
            buf.write(b" ")
            self._ser(v, buf)
            buf.write(b"\n")
        buf.write(b">>")

    def _drain(self) -> None:
        while self._pending:
            src, ind, num = self._pending.pop()
            obj = ind.get_object()
            self._begin(num)
            if isinstance(obj, StreamObject):
                data = obj._data  # noqa: SLF001
                entries = {k: v for k, v in obj.items() if k != "/Length"}
                entries["/Length"] = _Raw(b"%d" % len(data))
                buf = io.BytesIO()
                self._ser_dict(entries, buf)
                buf.write(b"\nstream\n")
                self._fh.write(buf.getvalue())
                self._fh.write(data)
                self._fh.write(b"\nendstream")
                if len(data) > _BIG_STREAM:
                    src.resolved_objects.pop((ind.generation, ind.idnum), None)
            else:
                buf = io.BytesIO()
                self._ser(obj, buf)
                self._fh.write(buf.getvalue())
            self._fh.write(b"\nendobj\n")

    # ------------------------------------------------------------------ pages

    def add_footer_form(self, reader, page_index: int) -> Footer:
        """Turn one page of a small PDF (the footer text, drawn by reportlab) into a Form XObject."""
        page = reader.pages[page_index]
        contents = page["/Contents"].get_object()
        if isinstance(contents, ArrayObject):
            data = b"\n".join(c.get_object().get_data() for c in contents)
            entries: dict = {}
        else:
            data = contents._data  # noqa: SLF001
            entries = {k: v for k, v in contents.items() if k in ("/Filter", "/DecodeParms")}
        x0, y0, x1, y1 = _box(page)
        entries.update({
            "/Type": NameObject("/XObject"), "/Subtype": NameObject("/Form"),
            "/BBox": [x0, y0, x1, y1], "/Resources": page.get("/Resources", {}),
        })
        num = self._alloc()
        self._begin(num)
        entries["/Length"] = _Raw(b"%d" % len(data))
        buf = io.BytesIO()
        self._ser_dict(entries, buf)
        buf.write(b"\nstream\n")
        self._fh.write(buf.getvalue() + data + b"\nendstream\nendobj\n")
        self._drain()
        return Footer(num, x1 - x0, y1 - y0)

    def add_page(self, reader, page_index: int, footer: Footer | None = None, footer_bottom: float = 0) -> int:
        """Copy one page; with a footer, draw it centred at ``footer_bottom`` points above the displayed bottom edge.

        Returns the 0-based index of the page in the output.
        """
        page = reader.pages[page_index]
        num = self._alloc()
        try:
            self._write_page(reader, page, num, footer, footer_bottom)
        except BaseException:
            self._pending.clear()
            raise
        self._pages.append(num)
        m, _w, dh = display_matrix(page)
        rotate = int(page.get("/Rotate", 0) or 0) % 360
        self._page_tops.append((m[4], m[5] + dh if rotate == 0 else 0, rotate))
        return len(self._pages) - 1

    def _write_page(self, reader, page, num, footer, footer_bottom) -> None:
        entries: dict = {k: v for k, v in page.items() if k not in _SKIP_PAGE_KEYS}
        entries["/Type"] = NameObject("/Page")
        entries["/Parent"] = _Raw(b"%d 0 R" % self._page_tree)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        contents = page.get("/Contents")
        contents = contents.get_object() if isinstance(contents, IndirectObject) else contents
        if isinstance(contents, StreamObject):
            original = [page.get("/Contents")]
        elif isinstance(contents, ArrayObject):
            original = list(contents)
        else:
            original = []
        original = [self._indirect(c) for c in original]
        if footer is not None:
            xobjects = resources.get("/XObject")
            xobjects = dict(xobjects.get_object()) if xobjects is not None else {}
            name = "/EDFooter"
            while name in xobjects:
                name += "X"
            xobjects[name] = _Raw(b"%d 0 R" % footer.ref)
            resources = {**dict(resources), "/XObject": xobjects}
            m, dw, _dh = display_matrix(page)
            u0, v0 = (dw - footer.width) / 2, footer_bottom
            a, b, c, d, e, f = m
            matrix = (a, b, c, d, u0 * a + v0 * c + e, u0 * b + v0 * d + f)
            if self._q_ref is None:
                self._q_ref = self._alloc()
                self._write_raw_stream(self._q_ref, b"q\n")
            tail = self._alloc()
            self._write_raw_stream(tail, b"\nQ q " + b" ".join(_num(x) for x in matrix) + b" cm " +
                                   _name(name) + b" Do Q\n")
            contents_value: Any = [_Raw(b"%d 0 R" % self._q_ref), *original, _Raw(b"%d 0 R" % tail)]
        else:
            contents_value = original
        entries["/Resources"] = resources
        entries["/Contents"] = contents_value
        annots = page.get("/Annots")
        if annots is not None:
            refs = [self._annotation(reader, a, num) for a in annots.get_object()]
            entries["/Annots"] = [_Raw(r) for r in refs if r]
        self._begin(num)
        buf = io.BytesIO()
        self._ser_dict(entries, buf)
        self._fh.write(buf.getvalue() + b"\nendobj\n")
        self._drain()

    def _indirect(self, value: Any) -> Any:
        """A content stream given directly (against the spec, but seen) becomes an object of its own."""
        if isinstance(value, IndirectObject):
            return value
        if isinstance(value, StreamObject):
            num = self._alloc()
            self._write_object(num, value)
            return _Raw(b"%d 0 R" % num)
        return _Raw(b"null")

    def _annotation(self, reader, ref, page_num: int) -> bytes | None:
        """Annotations keep their appearance (stamps, electronic seals); their links into the form tree are cut."""
        annot = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") == "/Popup":
            return None
        entries = {k: v for k, v in annot.items() if k not in ("/P", "/Parent", "/Popup", "/IRT", "/StructParent")}
        entries["/P"] = _Raw(b"%d 0 R" % page_num)
        num = self._alloc()
        self._begin(num)
        buf = io.BytesIO()
        self._ser_dict(entries, buf)
        self._fh.write(buf.getvalue() + b"\nendobj\n")
        return b"%d 0 R" % num

    @property
    def page_count(self) -> int:
        return len(self._pages)

    # ------------------------------------------------------------------ the end

    def _write_outline(self, roots: list[OutlineNode]) -> int | None:
        if not roots:
            return None
        top = self._alloc()
        first, last, visible = self._write_outline_level(roots, top)
        self._begin(top)
        self._fh.write(b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>\nendobj\n" % (first, last, visible))
        return top

    def _write_outline_level(self, nodes: list[OutlineNode], parent: int) -> tuple[int, int, int]:
        """Write one level; returns its first and last object and how many items it shows (open ones included)."""
        nums = [self._alloc() for _ in nodes]
        visible = len(nodes)
        for i, (node, num) in enumerate(zip(nodes, nums)):
            entries: dict = {"/Title": _Raw(_hex_text(node.title)), "/Parent": _Raw(b"%d 0 R" % parent)}
            if i:
                entries["/Prev"] = _Raw(b"%d 0 R" % nums[i - 1])
            if i + 1 < len(nodes):
                entries["/Next"] = _Raw(b"%d 0 R" % nums[i + 1])
            page = min(max(node.page, 0), len(self._pages) - 1)
            left, top, rotate = self._page_tops[page]
            dest = b"/XYZ %s %s null" % (_num(left), _num(top)) if rotate == 0 else b"/Fit"
            entries["/Dest"] = _Raw(b"[%d 0 R %s]" % (self._pages[page], dest))
            if node.children:
                first, last, below = self._write_outline_level(node.children, num)
                entries["/First"] = _Raw(b"%d 0 R" % first)
                entries["/Last"] = _Raw(b"%d 0 R" % last)
                # Positive: open, showing that many items; negative: closed, with that many behind it.
                entries["/Count"] = _Raw(b"%d" % (below if node.open else -below))
                if node.open:
                    visible += below
            self._begin(num)
            buf = io.BytesIO()
            self._ser_dict(entries, buf)
            self._fh.write(buf.getvalue() + b"\nendobj\n")
        return nums[0], nums[-1], visible

    def close(self, outline: list[OutlineNode] | None = None) -> None:
        if not self._pages:
            raise ValueError("a PDF needs at least one page")
        self._begin(self._page_tree)
        kids = b" ".join(b"%d 0 R" % p for p in self._pages)
        self._fh.write(b"<< /Type /Pages /Kids [ %s ] /Count %d >>\nendobj\n" % (kids, len(self._pages)))
        outline_ref = self._write_outline(outline or [])
        self._begin(self._catalog)
        cat = b"<< /Type /Catalog /Pages %d 0 R /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >>" % self._page_tree
        if outline_ref:
            cat += b" /Outlines %d 0 R /PageMode /UseOutlines" % outline_ref
        self._fh.write(cat + b" >>\nendobj\n")
        info = self._alloc()
        self._begin(info)
        stamp = time.strftime("D:%Y%m%d%H%M%S")
        parts = [b"/Producer %s" % _hex_text("Evidence Desk"), b"/Creator %s" % _hex_text("Evidence Desk"),
                 b"/CreationDate (%s)" % stamp.encode()]
        for key, value in (("/Title", self._info["title"]), ("/Author", self._info["author"]),
                           ("/Subject", self._info["subject"])):
            if value:
                parts.append(key.encode() + b" " + _hex_text(value))
        self._fh.write(b"<< " + b" ".join(parts) + b" >>\nendobj\n")
        # Numbers handed out for objects that were never written (a page that failed half-way) become null objects.
        for n in range(1, self._next):
            if n not in self._offsets:
                self._begin(n)
                self._fh.write(b"null\nendobj\n")
        xref = self._fh.tell()
        size = self._next
        out = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
        out += [b"%010d 00000 n \n" % self._offsets[n] for n in range(1, size)]
        doc_id = hashlib.sha256(repr((self._offsets, self._info, stamp)).encode()).hexdigest()[:32].encode()
        out.append(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                   % (size, self._catalog, info, doc_id, doc_id, xref))
        self._fh.write(b"".join(out))

