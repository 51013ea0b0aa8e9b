"""The navigation search box: does an object match what the user typed?

An object matches when the query (trimmed, case-insensitive) is a substring of its name, its UUID, one of its
tags or one of its IP addresses (a VM's guest addresses; a host's address and management PIF addresses).
``SearchIndex`` keeps each object's lower-cased text until its record (or its guest metrics) changes, so
filtering 20,000 objects per keystroke is a scan of prepared strings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from xencenter.model.summaries import vm_ip_addresses

if TYPE_CHECKING:
    from collections.abc import Callable

    from xencenter.model.objects import XenObject
    from xencenter.model.tree import Node


def _addresses(obj: XenObject) -> list[str]:
    if obj.cls == "VM":
        return vm_ip_addresses(obj)  # type: ignore[arg-type]
    if obj.cls == "host":
        pif_ips = [pif.IP for pif in obj.PIFs if pif.management and pif.IP]
        return [obj.record.get("address") or "", *pif_ips]
    return []


def search_text(obj: XenObject) -> str:
    """The lower-cased text a query is looked for in, one item per line."""
    items = [obj.name, obj.uuid, *obj.tags, *_addresses(obj)]
    return "\n".join(item for item in items if item).casefold()


def normalize_query(query: str) -> str:
    return query.strip().casefold()


def matches(obj: XenObject, query: str) -> bool:
    q = normalize_query(query)
    return not q or q in search_text(obj)


class SearchIndex:
    """Memoised ``search_text`` for objects of any number of caches, invalidated by record identity.

    The cache replaces a record dict whenever the object changes, so comparing identities (of the object's
    record and, for a VM, of its guest metrics record) tells whether the stored text is still right.
    """

    def __init__(self) -> None:
        self._texts: dict[tuple[int, str], tuple[object, object, str]] = {}

    def text(self, obj: XenObject) -> str:
        key = (id(obj.cache), obj.ref)
        gm_record = None
        if obj.cls == "VM":
            gm = obj.cache.record("VM_guest_metrics", obj.record.get("guest_metrics"))  # type: ignore[arg-type]
            gm_record = gm
        entry = self._texts.get(key)
        if entry is not None and entry[0] is obj.record and entry[1] is gm_record:
            return entry[2]
        text = search_text(obj)
        self._texts[key] = (obj.record, gm_record, text)
        return text

    def matches(self, obj: XenObject, query: str) -> bool:
        q = normalize_query(query)
        return not q or q in self.text(obj)

    def forget(self, cache_id: int, ref: str) -> None:
        """Drop a removed object's entry (call with ``id(cache)`` on removal batches)."""
        self._texts.pop((cache_id, ref), None)


def filter_tree(node: Node, query: str, lookup: Callable[[Node], XenObject | None],
                index: SearchIndex | None = None) -> Node | None:
    """A copy of the tree keeping the objects that match and their ancestors; None when nothing matches.

    ``lookup`` returns the object behind an object node (None for groups). Group nodes match by name.
    An empty query returns the tree unchanged.
    """
    q = normalize_query(query)
    if not q:
        return node
    index = index or SearchIndex()

    def keep(n: Node) -> Node | None:
        children = [kept for child in n.children if (kept := keep(child)) is not None]
        if children:
            return replace(n, children=children)
        obj = lookup(n) if n.ref is not None else None
        own = q in index.text(obj) if obj is not None else (n.kind != "root" and q in n.name.casefold())
        return replace(n, children=[]) if own else None

    return keep(node)
