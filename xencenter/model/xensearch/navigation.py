"""The navigation pane's Saved Searches view: every search (those saved in the connected pools by name, then
XenCenter's built-in ones), and under the one the user opened (``TreeOptions.open_search``, its UUID) its
results as the tree shows objects: XenCenter shows a chosen saved search's results in its tree.

Only the open search runs, so the view costs one search per rebuild, on the tree's worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from xencenter.model.tree import Node, Source, TreeOptions, object_node
from xencenter.model.xensearch.cells import group_look
from xencenter.model.xensearch.items import DisconnectedServer, Folder
from xencenter.model.xensearch.run import ResultRow, run_search
from xencenter.model.xensearch.saved import builtin_searches_for, saved_searches

if TYPE_CHECKING:
    from xencenter.model.xensearch.search import Search

ROOT_KEY = "saved_searches"


def listed_searches(sources: Sequence[Source]) -> list[Search]:
    """The searches the view lists, in XenCenter's order: saved ones by name, then the built-in ones."""
    saved = sorted((s.search for s in saved_searches(sources).searches), key=lambda s: (s.name.casefold(), s.uuid))
    return saved + sorted(builtin_searches_for(sources), key=lambda s: s.name.casefold())


def row_node(row: ResultRow, sources: dict[int, str], children: bool = True) -> Node:
    """A result row as a tree node (an object's, a folder's, a disconnected server's or a group's), with the
    nodes of its children unless ``children`` is False (the caller makes them)."""
    item = row.item
    if isinstance(item, Folder):
        node = Node("folder", row.label, key=item.path)
    elif isinstance(item, DisconnectedServer):
        node = Node("connection", row.label, source=item.ref, key=item.ref, icon_state="disconnected")
    elif item is not None:
        node = object_node(item, sources.get(id(item.cache), ""))
    else:
        name = row.grouping.name if row.grouping is not None else ""
        node = Node("group", row.label, key=f"{name}\x00{row.label}", icon_state=group_look(row))
    if children:
        node.children = [row_node(child, sources) for child in row.children]
    return node


def saved_searches_tree(sources: Sequence[Source], options: TreeOptions = TreeOptions()) -> Node:
    root = Node("root", "Saved Searches", key=ROOT_KEY)
    source_keys = {id(s.cache): s.key for s in sources if s.cache is not None}
    for search in listed_searches(sources):
        node = Node("search", search.name, key=search.uuid, icon_state="default" if search.builtin else "")
        if search.uuid and search.uuid == options.open_search:
            node.children = [row_node(row, source_keys) for row in run_search(search, sources).rows]
        root.children.append(node)
    return root


def search_of(sources: Sequence[Source], uuid: str) -> Search | None:
    """A listed search by UUID."""
    return next((s for s in listed_searches(sources) if s.uuid == uuid), None)
