"""The indicator tree as plain Python: area → group → indicator, built once from the catalog.

The Qt model (``tree_model``) is a thin adapter over these nodes; keeping the
structure here means it is built and tested without Qt, and each node knows
its own row so ``parent()`` is O(1).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.core.catalog import Catalog, Indicator

ROOT, AREA, GROUP, INDICATOR = "root", "area", "group", "indicator"


@dataclass(eq=False)
class Node:
    kind: str
    title: str
    indicator: Indicator | None = None
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    row: int = 0  # position among the parent's children, cached at build time

    def add(self, child: "Node") -> "Node":
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    @property
    def key(self) -> str | None:
        return self.indicator.key if self.indicator else None

    def indicators(self) -> Iterator[Indicator]:
        """Every indicator at or below this node, in catalog order."""
        if self.indicator is not None:
            yield self.indicator
        for c in self.children:
            yield from c.indicators()

    def walk(self) -> Iterator["Node"]:
        yield self
        for c in self.children:
            yield from c.walk()


def build_tree(catalog: Catalog) -> Node:
    """Areas hold groups; a group printed without a title is left out and its indicators sit under the area."""
    root = Node(ROOT, catalog.title)
    for area, groups in catalog.tree():
        area_node = root.add(Node(AREA, area))
        for group, inds in groups:
            parent = area_node.add(Node(GROUP, group)) if group else area_node
            for ind in inds:
                parent.add(Node(INDICATOR, ind.text, indicator=ind))
    return root


def index_by_key(root: Node) -> dict[str, Node]:
    return {n.key: n for n in root.walk() if n.kind == INDICATOR}
