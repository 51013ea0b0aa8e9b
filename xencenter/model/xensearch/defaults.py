"""The searches XenCenter makes for what is selected (its ``Search.SearchFor``): the Search tab of a pool lists
the pool's objects grouped by server, a server's its own, a folder's its contents, a tag's the tagged objects.

Nothing selected, or objects of several servers: the overview of every server (servers, VMs, custom templates
and remote SRs, grouped by pool then server).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from xencenter.model.tree import folder_path, pool_display_name
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.model.xensearch.grouping import FolderGrouping, Grouping, XenModelObjectPropertyGrouping
from xencenter.model.xensearch.items import visible_pool
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import (
    QueryFilter,
    RecursiveXMOListPropertyQuery,
    RecursiveXMOPropertyQuery,
    StringListContainsQuery,
    StringPropertyQuery,
)
from xencenter.model.xensearch.scope import ALL_INC_FOLDERS, ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

#: XenCenter's ``GetOverviewScope``: what the overview of a pool or server lists.
OVERVIEW_TYPES = (ObjectTypes.DisconnectedServer | ObjectTypes.Server | ObjectTypes.VM | ObjectTypes.RemoteSR
                  | ObjectTypes.UserTemplate)
OVERVIEW_SCOPE = QueryScope(OVERVIEW_TYPES)
OVERVIEW_NAME = QT_TRANSLATE_NOOP("Search", "All Servers, VMs, Custom Templates & Remote SRs")


def _by_host() -> Grouping:
    return XenModelObjectPropertyGrouping(Prop.host, "host")


def _by_pool_and_host() -> Grouping:
    return XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=_by_host())


def _is(uuid: str) -> StringPropertyQuery:
    return StringPropertyQuery(Prop.uuid, uuid, "exactmatch", True)


def _in_pool(pool: XenObject) -> QueryFilter:
    return RecursiveXMOPropertyQuery(Prop.pool, "pool", _is(pool.uuid))


def _on_host(host: XenObject) -> QueryFilter:
    return RecursiveXMOListPropertyQuery(Prop.host, "host", _is(host.uuid))


def overview() -> Search:
    """Every server's overview, grouped by pool then server (nothing selected)."""
    return Search(Query(OVERVIEW_SCOPE), _by_pool_and_host(), translate("Search", OVERVIEW_NAME))


def search_for(obj: XenObject | None) -> Search:
    """The search of one selected object: a pool's or a server's overview, else the overview of everything."""
    if obj is None:
        return overview()
    if obj.cls == "pool":
        return Search(Query(OVERVIEW_SCOPE, _in_pool(obj)), _by_pool_and_host(),
                      f"{pool_display_name(obj)}: Overview")  # type: ignore[arg-type]
    if obj.cls == "host":
        return Search(Query(OVERVIEW_SCOPE, _on_host(obj)), _by_host(), f"{obj.name}: Overview")
    return overview()


def search_for_server(objects: Sequence[XenObject]) -> Search:
    """What the Search tab shows for a selection in the Infrastructure view (XenCenter's rule): the overview
    of the selection's server when everything selected is on one server (its pool, or its coordinator for a
    server without a visible pool), else the overview of every server."""
    caches = {id(obj.cache): obj.cache for obj in objects if getattr(obj, "cache", None) is not None}
    if len(caches) != 1:
        return overview()
    cache = next(iter(caches.values()))
    pool = visible_pool(cache)
    if pool is not None:
        return search_for(pool)
    found = cache.pool()
    coordinator = found.master if found is not None else None
    return search_for(coordinator) if coordinator is not None else overview()


def search_for_folder(path: str) -> Search:
    """A folder's contents (XenCenter shows the folder's navigator above them)."""
    parts = folder_path(path)
    name = parts[-1] if parts else translate("Search", "Folders")
    query = Query(QueryScope(ALL_INC_FOLDERS), RecursiveXMOPropertyQuery(Prop.folder, "folder",
                                                                        _is("/" + "/".join(parts))))
    return Search(query, FolderGrouping(), name)


def search_for_tag(tag: str) -> Search:
    return Search(Query(QueryScope(), StringListContainsQuery(Prop.tags, True, tag)), None,
                  translate("Search", "Objects with tag '{tag}'").format(tag=tag))

