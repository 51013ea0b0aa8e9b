"""The navigation search box: does an object match what the user typed?

An object matches when the query (trimmed, case-insensitive) is a substring of its name, its UUID, one of its
tags or one of its IP addresses (a VM's guest addresses; a host's address and management PIF addresses).
``SearchIndex`` keeps each object's lower-cased text until its record (or its guest metrics) changes, so
filtering 20,000 objects per keystroke is a scan of prepared strings; the texts are built from the raw
records (no wrappers), so that even the first keystroke over a big pool stays quick.

``SearchIndex.prepared`` goes further for the tree a keystroke filters: its nodes' texts in one string, so that
a query is found by ``str.find`` in C and only the nodes it hits cost Python (not every node of the tree). It
holds while the tree and its caches' content (their generations) do.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from xencenter.model.summaries import guest_network_addresses
from xencenter.model.tree import Node
from xencenter.model.values import as_bool

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from xencenter.model.cache import ObjectCache, Record
    from xencenter.model.objects import XenObject


def _addresses(cache: ObjectCache, cls: str, record: Record, gm_record: Record | None) -> list[str]:
    """A VM's guest addresses; a host's address and its management PIFs' addresses."""
    if cls == "VM":
        return [address for _, address in guest_network_addresses(gm_record)]
    if cls == "host":
        pifs = (cache.record("PIF", ref) for ref in record.get("PIFs") or ())
        return [record.get("address") or "",
                *(pif.get("IP") for pif in pifs if pif is not None and as_bool(pif.get("management")))]
    return []


def _text(cache: ObjectCache, cls: str, record: Record, gm_record: Record | None) -> str:
    name = record.get("name_label") or record.get("name") or ""
    items = [name, record.get("uuid"), *(record.get("tags") or ()), *_addresses(cache, cls, record, gm_record)]
    return "\n".join(item for item in items if item and isinstance(item, str)).casefold()


def _guest_metrics(obj: XenObject) -> Record | None:
    return obj.cache.record("VM_guest_metrics", obj.record.get("guest_metrics")) if obj.cls == "VM" else None


def search_text(obj: XenObject) -> str:
    """The lower-cased text a query is looked for in, one item per line: name, UUID, tags, addresses."""
    return _text(obj.cache, obj.cls, obj.record, _guest_metrics(obj))


def normalize_query(query: str) -> str:
    return query.strip().casefold()


def matches(obj: XenObject, query: str) -> bool:
    q = normalize_query(query)
    return not q or q in search_text(obj)


class SearchIndex:
    """Memoised ``search_text`` for objects of any number of caches, invalidated by record identity.

    The cache replaces a record whenever the object changes, so comparing identities (of the object's
    record and, for a VM, of its guest metrics record) tells whether the stored text is still right.
    """

    def __init__(self) -> None:
        #: id(cache) -> ref -> (record, guest metrics ref, guest metrics record, text); the guest metrics ref
        #: is the one the record named, so a lookup need not read the record again.
        self._texts: dict[int, dict[str, tuple[Record, str | None, Record | None, str]]] = {}
        self._prepared: PreparedTree | None = None

    def text(self, obj: XenObject) -> str:
        return self._text_of(obj.cache, obj.cls, obj.ref, obj.record)

    def text_at(self, cache: ObjectCache, cls: str, ref: str) -> str | None:
        """The text of an object straight from its cache (no wrapper); None when it is gone."""
        record = cache.record(cls, ref)
        return None if record is None else self._text_of(cache, cls, ref, record)

    def reader(self, cache: ObjectCache, cls: str) -> Callable[[str], str | None]:
        """``text_at`` for many objects of one class in a row (a filter pass): the class's records (and the
        guest metrics) are read from the cache once, so a prepared text costs two dictionary lookups."""
        records = dict(cache.items(cls))
        guest_metrics = dict(cache.items("VM_guest_metrics")) if cls == "VM" else None
        texts = self._texts.setdefault(id(cache), {})

        def text(ref: str) -> str | None:
            record = records.get(ref)
            if record is None:
                return None
            entry = texts.get(ref)
            if entry is not None and entry[0] is record and (
                    guest_metrics is None or guest_metrics.get(entry[1]) is entry[2]):  # type: ignore[arg-type]
                return entry[3]
            return self._text_of(cache, cls, ref, record)

        return text

    def _text_of(self, cache: ObjectCache, cls: str, ref: str, record: Record) -> str:
        texts = self._texts.setdefault(id(cache), {})
        gm_ref = record.get("guest_metrics") if cls == "VM" else None
        gm_ref = gm_ref if isinstance(gm_ref, str) else None
        gm_record = cache.record("VM_guest_metrics", gm_ref) if gm_ref is not None else None
        entry = texts.get(ref)
        if entry is not None and entry[0] is record and entry[2] is gm_record:
            return entry[3]
        text = _text(cache, cls, record, gm_record)
        texts[ref] = (record, gm_ref, gm_record, text)
        return text

    def matches(self, obj: XenObject, query: str) -> bool:
        q = normalize_query(query)
        return not q or q in self.text(obj)

    def warm(self, caches: Iterable[ObjectCache], classes: Iterable[str]) -> None:
        """Prepare the texts of every object of ``classes`` (off the UI thread, while nobody types), so
        that the first keystroke over a big pool scans prepared strings too."""
        classes = tuple(classes)
        for cache in caches:
            for cls in classes:
                for ref, record in cache.items(cls):
                    self._text_of(cache, cls, ref, record)

    def prepared(self, root: Node, caches: Mapping[str, ObjectCache | None]) -> PreparedTree:
        """The tree's texts in one string, made once per tree and content of its caches (the last is kept)."""
        held = self._prepared
        generations = tuple((key, cache.generation) for key, cache in caches.items() if cache is not None)
        if held is not None and held.generations == generations and held.holds(root):
            return held
        made = PreparedTree(root, self.object_texts(caches), generations)
        self._prepared = made
        return made

    def object_texts(self, caches: Mapping[str, ObjectCache | None]) -> Callable[[Node], str | None]:
        """An object node's text read from ``caches`` (source key -> cache); None for groups and objects that
        are gone. One reader per (source, class): a tree's nodes of one class cost two lookups each."""
        readers: dict[tuple[str | None, str | None], Callable[[str], str | None]] = {}

        def object_text(n: Node) -> str | None:
            if n.ref is None:
                return None
            reader = readers.get((n.source, n.cls))
            if reader is None:
                cache = caches.get(n.source or "")
                reader = self.reader(cache, n.cls) if cache is not None and n.cls else _no_text
                readers[(n.source, n.cls)] = reader
            return reader(n.ref)

        return object_text

    def forget(self, cache_id: int, ref: str) -> None:
        """Drop a removed object's entry (call with ``id(cache)`` on removal batches)."""
        self._texts.get(cache_id, {}).pop(ref, None)


def filter_tree(node: Node, query: str, lookup: Callable[[Node], XenObject | None] | None = None,
                index: SearchIndex | None = None,
                caches: Mapping[str, ObjectCache | None] | None = None) -> Node | None:
    """A copy of the tree keeping the objects that match and their ancestors; None when nothing matches.

    The object behind an object node comes from ``caches`` (source key -> cache; no wrappers, the fast
    way: the index's prepared tree) or else from ``lookup`` (None for groups). Group nodes match by name. An
    empty query returns the tree unchanged.
    """
    q = normalize_query(query)
    if not q:
        return node
    index = index or SearchIndex()
    if caches is not None and SEPARATOR not in q:
        return index.prepared(node, caches).filtered(q)

    def object_text(n: Node) -> str | None:
        obj = lookup(n) if lookup is not None else None
        return index.text(obj) if obj is not None else None

    def keep(n: Node) -> Node | None:
        if n.children:
            children = [kept for child in n.children if (kept := keep(child)) is not None]
            if children:
                return _copy(n, children)
        text = object_text(n) if n.ref is not None else None
        own = q in text if text is not None else (n.kind != "root" and q in n.name.casefold())
        return _copy(n, []) if own else None

    return keep(node)


def _copy(n: Node, children: list[Node]) -> Node:
    return Node(n.kind, n.name, n.cls, n.ref, n.source, n.key, n.icon_state, children)


#: Between two nodes' texts in ``PreparedTree.haystack``: no query holds it, so no match spans two nodes.
SEPARATOR = "\0"


class PreparedTree:
    """A tree's nodes in preorder with the text each matches by (an object's ``search_text``, else a
    group's lower-cased name), joined in one string: a query costs one ``str.find`` per node it hits."""

    def __init__(self, root: Node, object_text: Callable[[Node], str | None],
                 generations: tuple[tuple[str, int], ...] = ()) -> None:
        self.root, self.tops, self.generations = root, tuple(root.children), generations
        self.nodes: list[Node] = []
        self.parents: list[int] = []
        self.ends: list[int] = []  # the preorder position after each node's subtree
        self.starts: list[int] = []  # where each text starts in the haystack, and whose it is
        self.owners: list[int] = []
        texts: list[str] = []
        length = 0

        def visit(n: Node, parent: int) -> None:
            nonlocal length
            at = len(self.nodes)
            self.nodes.append(n)
            self.parents.append(parent)
            self.ends.append(0)
            text = object_text(n)
            if text is None and n.kind != "root":
                text = n.name.casefold()
            if text:
                self.starts.append(length)
                self.owners.append(at)
                texts.append(text)
                length += len(text) + 1
            for child in n.children:
                visit(child, at)
            self.ends[at] = len(self.nodes)

        visit(root, -1)
        self.haystack = SEPARATOR.join(texts)

    def holds(self, root: Node) -> bool:
        """Whether ``root`` is this tree: the same node, or a new root over the same (memoised) subtrees."""
        if root is self.root:
            return True
        return root.kind == self.root.kind and len(root.children) == len(self.tops) and all(
            a is b for a, b in zip(root.children, self.tops))

    def hits(self, q: str) -> set[int]:
        """The preorder positions of the nodes whose text holds ``q``."""
        found: set[int] = set()
        find, starts, owners, last = self.haystack.find, self.starts, self.owners, len(self.starts) - 1
        at = find(q)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(owners[k])
            at = find(q, starts[k + 1]) if k < last else -1
        return found

    def filtered(self, q: str) -> Node | None:
        """What ``filter_tree`` gives: the nodes that match and their ancestors (a match with no matching
        descendant keeps no children), None when nothing matches."""
        found = self.hits(q)
        if not found:
            return None
        kept = bytearray(len(self.nodes))  # 1: matches; 2: a descendant matches
        parents = self.parents
        for at in found:
            kept[at] |= 1
            up = parents[at]
            while up >= 0 and not kept[up] & 2:
                kept[up] |= 2
                up = parents[up]
        nodes, ends = self.nodes, self.ends

        def copy(at: int) -> Node:
            if not kept[at] & 2:  # a match with no matching descendant: itself, without its children
                return _copy(nodes[at], []) if nodes[at].children else nodes[at]  # (trees are never changed)
            children = []
            child, end = at + 1, ends[at]
            while child < end:
                if kept[child]:
                    children.append(copy(child))
                child = ends[child]
            return _copy(nodes[at], children)

        return copy(0)


def _no_text(ref: str) -> None:
    return None
