"""Where everything goes in a binder: sections (one per cover sheet), their files, and page numbers.

A cover lists the binder pages of its files, and a contents page lists the
covers, but how many pages a cover or the contents take is only known once
they are drawn. The binder therefore draws, counts and re-numbers until the
counts stop changing (page numbers sit in fixed-width columns, so they never
change a count: two rounds at most in practice).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.catalog import Indicator, MaterialItem
from desktop.core.printing.attachments import PreparedFile
from desktop.core.printing.model import EvidenceGroup, SectionPages


@dataclass
class Entry:
    """One enclosed file in one section, with its place in the binder."""

    prepared: PreparedFile
    first_page: int = 0  # 1-based

    @property
    def last_page(self) -> int:
        return self.first_page + self.prepared.pages - 1


@dataclass
class Section:
    """One cover sheet and the files behind it."""

    group: EvidenceGroup
    indicators: list[Indicator]
    per_item: list[tuple[MaterialItem, list[Entry]]]
    other: list[Entry]
    cover_pages: int = 1
    first_page: int = 0  # of the cover, 1-based

    @property
    def keys(self) -> tuple[str, ...]:
        return self.group.keys

    @property
    def entries(self) -> list[Entry]:
        return [e for _it, es in self.per_item for e in es] + self.other

    @property
    def last_page(self) -> int:
        entries = self.entries
        return entries[-1].last_page if entries else self.first_page + self.cover_pages - 1

    @property
    def area(self) -> str:
        return self.indicators[0].area if self.indicators else ""

    def pages(self) -> SectionPages:
        return SectionPages(self.keys, (self.first_page, self.first_page + self.cover_pages - 1),
                            tuple((e.first_page, e.last_page) for e in self.entries))


@dataclass
class Layout:
    sections: list[Section]
    contents_pages: int = 0  # 0: no contents
    total: int = 0
    rounds: int = 0

    def number(self) -> None:
        """Assign page numbers from the current page counts."""
        page = self.contents_pages + 1
        for s in self.sections:
            s.first_page = page
            page += s.cover_pages
            for e in s.entries:
                e.first_page = page
                page += e.prepared.pages
        self.total = page - 1
