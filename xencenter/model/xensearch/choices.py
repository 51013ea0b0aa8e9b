"""What the query builder's choice and object editors list, from the connected servers (XenCenter fills them
from its cache the same way): enum values, the VMs' operating systems, the tags in use, and for an "Is" row the
objects it can name, as XenCenter's resource button lists them (grouped by pool and server, by name).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.words import translate
from xencenter.model.xensearch.editing import FilterRow
from xencenter.model.xensearch.filters import FALSE, TRUE, BoolType, EnumType, TagType, UuidType, ValueType
from xencenter.model.xensearch.grouping import FolderGrouping, Grouping, XenModelObjectPropertyGrouping
from xencenter.model.xensearch.items import Folder, connected_cache
from xencenter.model.xensearch.ordering import Sort
from xencenter.model.xensearch.properties import UNKNOWN_OS, Prop
from xencenter.model.xensearch.run import run_search
from xencenter.model.xensearch.scope import ObjectTypes, QueryScope, object_type
from xencenter.model.xensearch.search import Query, Search

if TYPE_CHECKING:
    from xencenter.model.tree import Source

#: Indentation of the object list's levels.
INDENT = "    "


def _object_grouping(about: ObjectTypes) -> Grouping | None:
    """XenCenter's ``GetSearchForResourceSelectButton``: how the objects of a sub-row are listed."""
    by_pool = lambda sub=None: XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=sub)  # noqa: E731
    by_host = lambda sub=None: XenModelObjectPropertyGrouping(Prop.host, "host", subgrouping=sub)  # noqa: E731
    if about in (ObjectTypes.Appliance, ObjectTypes.Server):
        return by_pool()
    if about in (ObjectTypes.VM, ObjectTypes.Network, ObjectTypes.LocalSR | ObjectTypes.RemoteSR):
        return by_pool(by_host())
    if about == ObjectTypes.VDI:
        return by_pool(by_host(XenModelObjectPropertyGrouping(Prop.storage, "SR")))
    if about == ObjectTypes.Folder:
        return FolderGrouping()
    return None


def object_choices(sources: Sequence[Source], about: ObjectTypes) -> list[tuple[str, Any]]:
    """The objects an "Is" row can name, indented by group; groups that are not of the kind asked for (a pool
    above its VMs) are listed with None (not choosable). A folder's value is its path, others' their UUID."""
    search = Search(Query(QueryScope(about)), _object_grouping(about), sorting=(Sort("name", True),))
    result = run_search(search, sources)
    scope = QueryScope(about)
    found: list[tuple[str, Any]] = []
    for depth, row in result.walk():
        item = row.item
        if item is None:
            continue
        choosable = scope.wants(object_type(item)) if not isinstance(item, Folder) else True
        found.append((INDENT * depth + row.label, (item.uuid if choosable else None)))
    return found


def os_names(sources: Sequence[Source]) -> list[str]:
    """Every operating system the VMs report, alphabetically, "Unknown" last (XenCenter's ``ValuePropertyQueryType``)."""
    names: set[str] = set()
    for source in sources:
        cache = connected_cache(source)
        for vm in cache.all("VM") if cache is not None else ():
            if vm.is_real_vm:
                names.add(vm.os_name or UNKNOWN_OS)
    return sorted(names, key=lambda n: (n == UNKNOWN_OS, n))


def all_tags(sources: Sequence[Source]) -> list[str]:
    tags: set[str] = set()
    for source in sources:
        cache = connected_cache(source)
        for cls in ("VM", "host", "pool", "SR", "network", "VDI", "VM_appliance"):
            for _, record in cache.items(cls) if cache is not None else ():
                tags.update(getattr(record, "tags", ()) or ())
    return sorted(tags, key=natural_key)


class ServerChoices:
    """The builder's ``Choices`` over the connected servers (``editing.Choices``); ``sources`` gives them as
    they are when a row asks."""

    def __init__(self, sources: Callable[[], Sequence[Source]], brand: str = "XenServer") -> None:
        self.sources = sources
        self.brand = brand

    def __call__(self, row: FilterRow) -> Sequence[tuple[str, Any]]:
        filter_type = row.type
        sources = self.sources()
        if isinstance(filter_type, EnumType):
            return filter_type.entries(self.brand)
        if isinstance(filter_type, BoolType):
            return [(translate("Search", TRUE), True), (translate("Search", FALSE), False)]
        if isinstance(filter_type, ValueType):
            return [(translate("Search", name) if name == UNKNOWN_OS else name, name) for name in os_names(sources)]
        if isinstance(filter_type, TagType):
            tags = all_tags(sources)
            if isinstance(row.value, str) and row.value and row.value not in tags:
                tags.append(row.value)  # a tag no object carries any more stays choosable (XenCenter's deletedTag)
            return [(tag, tag) for tag in tags]
        if isinstance(filter_type, UuidType) and row.about is not None:
            return object_choices(sources, row.about)
        return ()
