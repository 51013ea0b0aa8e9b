"""Running a search: XenCenter's grouping algorithm (``GroupAlg.cs``) over every connected server.

Each object the scope wants, that is shown (not hidden, not a control domain, not on a host that is down) and
that the filter does not reject, is added to a tree of groups: at each level the grouping gives its group
value(s); objects without one stay at that level, where the next grouping still applies to them (a VM with no
pool in "by pool, then host" sits beside the pools, under its host). A grouping by an object type turns those
objects into groups, and a group object must pass the part of the filter about that property ("VMs on networks
called *work*, by network" shows only the *work* networks). Folder groupings nest folders by path and list
their contents without further grouping.

The result is a tree of ``ResultRow`` in XenCenter's display order (``ordering.py``). A run reads the caches
from any thread; ``SearchResult.affected_by`` tells whether a cache change can alter it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model import gc_policy
from xencenter.model.objects import XenObject
from xencenter.model.tree import vtpm_template_hidden
from xencenter.model.xensearch.context import SearchContext, SearchOptions
from xencenter.model.xensearch.grouping import FolderGrouping, Grouping, PropertyGrouping
from xencenter.model.xensearch.items import (
    SEARCHED_CLASSES,
    Folder,
    Item,
    connected_cache,
    item_name,
    source_items,
)
from xencenter.model.xensearch.ordering import COLUMN_PROPERTIES, display_order, is_object, value_text
from xencenter.model.xensearch.properties import ENUM_KINDS, WORTH_REMEMBERING, Prop
from xencenter.model.xensearch.queries import GroupQuery, PropertyQuery
from xencenter.model.xensearch.scope import object_type

if TYPE_CHECKING:
    from xencenter.model.cache import ChangeSet
    from xencenter.model.tree import Source
    from xencenter.model.xensearch.queries import QueryFilter
    from xencenter.model.xensearch.search import Search


@dataclass(eq=False, slots=True)
class ResultRow:
    """One row of the results: an object, or a group (a value such as "Running", or an object such as a pool
    that stands for the objects under it)."""

    label: str
    #: The object of an object row or of an object group (a XenObject, a Folder, a DisconnectedServer).
    item: Item | None = None
    #: For a group row: the grouping that made it and the group's value (for an object group, the object).
    grouping: Grouping | None = None
    value: Any = None
    children: Sequence[ResultRow] = ()

    @property
    def is_group(self) -> bool:
        return self.grouping is not None

    @property
    def groups(self) -> list[ResultRow]:
        return [r for r in self.children if r.is_group]

    @property
    def objects(self) -> list[ResultRow]:
        return [r for r in self.children if not r.is_group]

    @property
    def identity(self) -> tuple[Any, ...]:
        """Stable among siblings across runs (for a view that updates rows in place)."""
        item = self.item
        if item is not None:  # a folder is the same folder on every server
            server = None if isinstance(item, Folder) else id(item.cache)
            return ("group" if self.is_group else "object", server, item.ref)
        return ("value", self.grouping.name if self.grouping else "", self.label)

    def walk(self, depth: int = 0) -> Iterator[tuple[int, ResultRow]]:
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@dataclass(eq=False)
class SearchResult:
    search: Search
    rows: list[ResultRow]
    #: Objects placed (an object in two groups counts twice, as XenCenter's count does).
    count: int
    #: For a "folder is ..." search: the folder XenCenter shows a navigator for (the rows are then ungrouped).
    folder: str | None
    #: ``cache.generation`` of each connected cache the run read.
    generations: tuple[int, ...] = ()

    def walk(self) -> Iterator[tuple[int, ResultRow]]:
        for row in self.rows:
            yield from row.walk()

    def affected_by(self, changes: ChangeSet) -> bool:
        """Whether a cache change (an ``ObjectCache.apply`` result) can alter these results: tasks, messages,
        consoles and the other classes no search property reads cannot."""
        return changes.touches(_RELEVANT_CLASSES)


#: The classes whose objects a search can return or read a property from.
_RELEVANT_CLASSES = frozenset({"VM", "VM_metrics", "VM_guest_metrics", "VM_appliance", "host", "host_metrics",
                               "host_cpu", "pool", "SR", "PBD", "VDI", "VBD", "VIF", "network", "PIF", "Bond"})


# ---- the grouping tree (XenCenter's NodeGroup, FolderGroup, LeafGroup) -------------------------------------


class _Run:
    def __init__(self, search: Search, ctx: SearchContext) -> None:
        self.search = search
        self.ctx = ctx
        self.count = 0


class _Leaf:
    __slots__ = ("run", "items", "folders")

    def __init__(self, run: _Run) -> None:
        self.run = run
        self.items: list[Item] = []
        self.folders: set[Folder] | None = None

    def add(self, item: Item) -> None:
        if isinstance(item, Folder):
            if self.folders is None:
                self.folders = set()
            elif item in self.folders:
                return  # one folder on several servers is shown once
            self.folders.add(item)
        self.run.count += 1
        self.items.append(item)

    def entries(self) -> list[tuple[Any, Grouping | None, Any]]:
        return [(item, None, None) for item in self.items]


def _key(group: Any) -> Any:
    """A group's dictionary key: an object by its ref (wrappers hash and compare in Python), a folder by its
    path (the same folder on every server), a value as itself. One level's groups are all of one kind."""
    if isinstance(group, XenObject):
        return group.ref
    if isinstance(group, Folder):
        return group.path
    return group


def _group_for(run: _Run, grouping: Grouping | None, subgrouping: Grouping | None) -> Any:
    """XenCenter's ``GetGroupFor``: what holds the members of one group."""
    if isinstance(grouping, FolderGrouping):
        return _FolderNode(run, grouping)
    if subgrouping is None:
        return _Leaf(run)
    return _Node(run, subgrouping)


class _Node:
    """One level of grouping: groups by value, and the members without a value (grouped by the next level)."""

    __slots__ = ("run", "grouping", "grouped", "ungrouped", "relevant", "passes", "group_of")

    def __init__(self, run: _Run, grouping: Grouping) -> None:
        self.run = run
        self.grouping = grouping
        self.group_of = grouping.reader(run.ctx)
        #: key -> [group value, what holds its members (made when the first member comes)]
        self.grouped: dict[Any, list[Any]] = {}
        self.ungrouped: Any = None
        self.relevant: QueryFilter | None = grouping.relevant_query(run.search.query.filter)
        self.passes: dict[Any, bool] = {}  # group object -> whether it passes ``relevant``

    def find_or_add(self, group: Any, subgrouping: Grouping | None) -> Any:
        key = _key(group)
        found = self.grouped.get(key)
        if found is None:
            found = self.grouped[key] = [group, None]
        if found[1] is None:
            found[1] = _group_for(self.run, self.grouping, subgrouping)
        return found[1]

    def add(self, item: Item) -> None:
        grouping = self.grouping
        if grouping.MAKES_OBJECT_GROUPS and grouping.belongs_as_group(item):
            self.grouped.setdefault(_key(item), [item, None])  # a group of its own, members or not
            return
        group = self.group_of(item)
        if group.__class__ is list:
            if not group:
                self.add_ungrouped(item)
            for one in group:
                if one is None:
                    self.add_ungrouped(item)
                else:
                    self.add_grouped(item, one)
        elif group is None:
            self.add_ungrouped(item)
        else:
            self.add_grouped(item, group)

    def add_grouped(self, item: Item, group: Any) -> None:
        if self.relevant is not None and is_object(group):
            key = _key(group)
            passes = self.passes.get(key)
            if passes is None:
                passes = self.passes[key] = self.relevant.match(group, self.run.ctx) is not False
            if not passes:
                return
        if isinstance(group, tuple):  # one group several levels deep
            node: Any = self
            for depth, part in enumerate(group):
                last = depth == len(group) - 1
                node = node.find_or_add(part, self.grouping.subgrouping if last else self.grouping)
        else:
            node = self.find_or_add(group, self.grouping.subgrouping)
        node.add(item)

    def add_ungrouped(self, item: Item) -> None:
        if self.ungrouped is None:
            self.ungrouped = _group_for(self.run, self.grouping, self.grouping.subgrouping)
        self.ungrouped.add(item)

    def entries(self) -> list[tuple[Any, Grouping | None, Any]]:
        """This level's groups and, merged in, the next level of the members without a group."""
        found: list[tuple[Any, Grouping | None, Any]] = [(g, self.grouping, members)
                                                         for g, members in self.grouped.values()]
        if self.ungrouped is not None:
            found.extend(self.ungrouped.entries())
        return found


class _FolderNode(_Node):
    """A folder's contents: its subfolders as groups, everything else listed."""

    __slots__ = ()

    def add(self, item: Item) -> None:
        if isinstance(item, Folder):
            self.grouped.setdefault(item.path, [item, None])
            return
        if self.ungrouped is None:
            self.ungrouped = _Leaf(self.run)
        self.ungrouped.add(item)


# ---- the rows -----------------------------------------------------------------------------------------------


def _rows(holder: Any, run: _Run) -> list[ResultRow]:
    """The rows of one holder's entries, in display order (a group row's children recursively)."""
    if isinstance(holder, _Leaf):
        items = holder.items
        names = [item_name(item) for item in items]
        return [ResultRow(names[i], items[i]) for i in display_order(items, names, run.search.sorting, run.ctx)]
    entries = holder.entries()
    objects = [is_object(entry) for entry, _, _ in entries]
    texts = []
    for (entry, grouping, _), xen in zip(entries, objects):
        if xen:
            texts.append(item_name(entry))
        else:
            kind = ENUM_KINDS.get(grouping.prop) if isinstance(grouping, PropertyGrouping) else None
            texts.append(value_text(entry, kind))
    brand = run.ctx.options.product_brand
    rows: list[ResultRow] = []
    append = rows.append
    for i in display_order([e[0] for e in entries], texts, run.search.sorting, run.ctx):
        entry, grouping, members = entries[i]
        children = _rows(members, run) if members is not None else ()
        if grouping is None:
            append(ResultRow(texts[i], entry))
        elif objects[i]:
            append(ResultRow(texts[i], entry, grouping, entry, children))
        else:
            append(ResultRow(grouping.group_label(entry, brand), None, grouping, entry, children))
    return rows


# ---- which objects ------------------------------------------------------------------------------------------


def _shown(item: Item, ctx: SearchContext) -> bool:
    """XenCenter's ``Hide`` and ``Show``: hidden objects only with the option; never control domains, templates
    that need a restricted vTPM, the tools SR, the root folder, or VMs and SRs whose home host is down."""
    cls = item.cls
    show_hidden = ctx.options.show_hidden
    if cls == "VM":
        if item.record.is_control_domain or not item.shown(show_hidden):  # type: ignore[union-attr]
            return False
        if vtpm_template_hidden(item):  # type: ignore[arg-type]
            return False
        if ctx.all_hosts_live(item.cache):  # type: ignore[arg-type]
            return True
        home = ctx.home(item)  # type: ignore[arg-type]
        return home is None or ctx.is_live(home)
    if cls == "SR":
        if not item.shown(show_hidden) or item.is_tools_sr:  # type: ignore[union-attr]
            return False
        if ctx.all_hosts_live(item.cache):  # type: ignore[arg-type]
            return True
        home = item.home  # type: ignore[union-attr]
        return home is None or ctx.is_live(home)
    if cls in ("network", "VDI"):
        return item.shown(show_hidden)  # type: ignore[union-attr]
    if isinstance(item, Folder):
        return not item.is_root
    return True


def matching_items(search: Search, ctx: SearchContext) -> Iterator[Item]:
    """The objects a search returns, before grouping (each server's in XenCenter's order)."""
    scope = search.query.scope
    query_filter = search.query.filter
    classes = [cls for cls in (*SEARCHED_CLASSES, "folder", "pool") if scope.wants_class(cls)]
    for source in ctx.sources:
        for item in source_items(source, classes):
            if not scope.wants(object_type(item)) or not _shown(item, ctx):
                continue
            if query_filter is None or query_filter.match(item, ctx) is not False:
                yield item


def _filter_properties(f: QueryFilter | None) -> Iterator[Prop]:
    """The properties a filter reads from the searched objects (not those its inner queries read from related
    objects)."""
    if isinstance(f, GroupQuery):
        for sub in f.subqueries:
            yield from _filter_properties(sub)
    elif isinstance(f, PropertyQuery):
        yield f.prop


def _read_twice(search: Search) -> frozenset[Prop]:
    """The costly properties a run reads more than once per object: worth remembering."""
    props = list(_filter_properties(search.query.filter))
    grouping = search.effective_grouping
    for level in grouping.levels if grouping is not None else ():
        if isinstance(level, PropertyGrouping):
            props.append(level.prop)
    props.extend(COLUMN_PROPERTIES[s.column] for s in search.sorting if s.column in COLUMN_PROPERTIES)
    return frozenset(p for p in WORTH_REMEMBERING if props.count(p) > 1)


def run_search(search: Search, sources: Sequence[Source], options: SearchOptions = SearchOptions()) -> SearchResult:
    """Evaluate a search over the given servers (disconnected ones appear as "Disconnected servers").

    A run makes many short-lived objects and no cycles: the cyclic collector is paused meanwhile.
    """
    ctx = SearchContext(sources, options, _read_twice(search))
    run = _Run(search, ctx)
    generations = tuple(cache.generation for cache in ctx.caches)
    with gc_policy.paused():
        root = _group_for(run, None, search.effective_grouping)
        for item in matching_items(search, ctx):
            root.add(item)
        rows = _rows(root, run)
        # Freed here, by reference counting: the young collection due when the collector resumes then walks
        # only the rows, not every memo and group holder of the run.
        del root
        ctx.forget()
    return SearchResult(search, rows, run.count, search.folder_for_navigator, generations)



def refresh(result: SearchResult, sources: Sequence[Source], changes: ChangeSet | None = None,
            options: SearchOptions = SearchOptions()) -> SearchResult:
    """The results of ``result.search`` now: ``result`` itself when the caches did not change since it was made
    (same generations) or ``changes`` (what changed since) cannot alter it, else a new run.

    Results also age with the clock alone (the 2-minute virtualization grace, "today" in date filters): a
    view showing such a search should refresh it on a timer as well.
    """
    generations = tuple(cache.generation for cache in map(connected_cache, sources) if cache is not None)
    if generations == result.generations or (changes is not None and not result.affected_by(changes)):
        result.generations = generations
        return result
    return run_search(result.search, sources, options)
