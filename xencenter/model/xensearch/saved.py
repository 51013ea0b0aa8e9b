"""XenCenter's built-in searches and the searches saved in each pool's ``gui_config``.

XenCenter saves a search in ``pool.gui_config["<brand>.Search-<uuid>"]`` as the XML of its ``<Search>``
element; the brand is ``xensearch`` for XenCenter (older builds wrote ``[xensearch]``), so any
``<brand>.Search-<uuid>`` key is read. A value that is not a search (``null``, damaged XML) is skipped with a
warning, as XenCenter skips it.
"""

from __future__ import annotations

import re
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from xencenter.model.brand import Brand, brand_of
from xencenter.model.virtualization import DEFAULT_TOOLS_NAME, OPTIMIZED
from xencenter.model.words import translate
from xencenter.model.xensearch.context import SearchOptions
from xencenter.model.xensearch.grouping import Grouping, PropertyGrouping, XenModelObjectPropertyGrouping
from xencenter.model.xensearch.items import connected_cache
from xencenter.model.xensearch.kinds import POWER_STATE, VIRTUALIZATION, PowerState
from xencenter.model.xensearch.marshal import SearchXMLError, parse_search, search_xml
from xencenter.model.xensearch.properties import Prop
from xencenter.model.xensearch.queries import BooleanQuery, EnumPropertyQuery, GroupQuery, ListEmptyQuery
from xencenter.model.xensearch.scope import ObjectTypes, QueryScope
from xencenter.model.xensearch.search import Query, Search

if TYPE_CHECKING:
    from xencenter.model.tree import Source

#: The brand XenCenter writes in front of ``.Search-<uuid>``.
SEARCH_KEY_BRAND = "xensearch"
_KEY = re.compile(r"^(?P<brand>[^.]*)\.Search-(?P<uuid>.+)$")

_VMS = QueryScope(ObjectTypes.VM)


def sources_brand(sources: Sequence[Source]) -> Brand:
    """The brand the searches speak of: the first connected pool's (model.brand), XenServer without one."""
    return brand_of(next((c for s in sources if (c := connected_cache(s)) is not None), None))


def brand_options(sources: Sequence[Source], **options: Any) -> SearchOptions:
    """Search options naming the pools' product and its tools, as every label does."""
    brand = sources_brand(sources)
    return SearchOptions(product_brand=brand.product, tools_name=brand.tools, **options)


def builtin_searches_for(sources: Sequence[Source]) -> list[Search]:
    """XenCenter's built-in searches, with the pools' tools name ("VMs without XCP-ng Tools")."""
    return builtin_searches(sources_brand(sources).tools)


def builtin_searches(tools_name: str = DEFAULT_TOOLS_NAME) -> list[Search]:
    """XenCenter's default searches (its ``InitDefaultSearches``), with its names and UUIDs."""
    def builtin(name: str, uuid: str, query: Query, grouping: Grouping) -> Search:
        return Search(query, grouping, name, uuid, builtin=True)

    without_tools = GroupQuery("And", (
        EnumPropertyQuery(Prop.power_state, POWER_STATE, PowerState.Running, True),  # type: ignore[attr-defined]
        EnumPropertyQuery(Prop.virtualisation_status, VIRTUALIZATION, OPTIMIZED, False),
    ))
    by_vm = XenModelObjectPropertyGrouping(Prop.vm, "VM")
    by_host = XenModelObjectPropertyGrouping(Prop.host, "host", subgrouping=by_vm)
    return [
        builtin(translate("Search", "VMs by Operating System"), "dead-beef-1234-vmsbyos", Query(_VMS), PropertyGrouping(Prop.os_name)),
        builtin(translate("Search", "VMs without {tools}").format(tools=tools_name), "dead-beef-1234-vmswotools", Query(_VMS, without_tools),
                PropertyGrouping(Prop.virtualisation_status)),
        builtin(translate("Search", "VMs by Power State"), "dead-beef-1234-vmsbyps", Query(_VMS), PropertyGrouping(Prop.power_state)),
        builtin(translate("Search", "VMs by Network"), "dead-beef-1234-vmsbynet", Query(_VMS),
                XenModelObjectPropertyGrouping(Prop.networks, "network")),
        builtin(translate("Search", "VMs by vApp"), "dead-beef-1234-vmsbyappliance", Query(_VMS, BooleanQuery(Prop.in_any_appliance, True)),
                XenModelObjectPropertyGrouping(Prop.appliance, "VM_appliance")),
        builtin(translate("Search", "Resources by Tag"), "dead-beef-1234-objbytags", Query(QueryScope(), ListEmptyQuery(Prop.tags, False)),
                PropertyGrouping(Prop.tags)),
        builtin(translate("Search", "VMs and Snapshots"), "dead-beef-1234-snapshotsbyvm",
                Query(QueryScope(ObjectTypes.Snapshot | ObjectTypes.VM)),
                XenModelObjectPropertyGrouping(Prop.pool, "pool", subgrouping=by_host)),
    ]


@dataclass(frozen=True)
class SavedSearch:
    """A search stored on a server: the ``gui_config`` key it is under and the server it came from."""

    search: Search
    key: str
    source: str


@dataclass(frozen=True)
class SavedSearches:
    searches: list[SavedSearch]
    #: Values that were not readable, each in words (key, server and what is wrong).
    warnings: list[str]


def saved_searches(sources: Sequence[Source]) -> SavedSearches:
    """Every search saved in the pools of the connected servers (one per UUID: the last server's wins)."""
    found: dict[str, SavedSearch] = {}
    warnings: list[str] = []
    for source in sources:
        cache = connected_cache(source)
        pool = cache.pool() if cache is not None else None
        gui_config = (pool.record.gui_config or {}) if pool is not None else {}
        for key, xml in gui_config.items():
            m = _KEY.match(key)
            if m is None or xml in ("", "null"):
                continue
            try:
                search = parse_search(xml)
            except SearchXMLError as e:
                warnings.append(f"{source.name}: the saved search {key} is not readable: {e}")
                continue
            warnings.extend(f"{source.name}: {search.name}: {w}" for w in search.warnings)
            if search.uuid is None:
                search = replace(search, uuid=m["uuid"])  # the key names it too
            found[m["uuid"]] = SavedSearch(search, key, source.key)
    return SavedSearches(list(found.values()), warnings)


@dataclass(frozen=True)
class GuiConfigEntry:
    """What saving a search writes: ``pool.remove_from_gui_config(key)`` then ``pool.add_to_gui_config(key,
    value)``, as XenCenter's ``Search.Save`` does. ``search`` is the saved search (with its UUID)."""

    key: str
    value: str
    search: Search


def gui_config_entry(search: Search, key: str | None = None, brand: str = SEARCH_KEY_BRAND) -> GuiConfigEntry:
    """The key and value that store ``search``: under ``key`` when it was read from one (keep it, so the
    pool does not end up with two copies), else under a new ``<brand>.Search-<uuid>`` key. A search without
    a UUID gets a new one, as XenCenter gives it on its first save."""
    if search.uuid is None:
        search = replace(search, uuid=str(uuidlib.uuid4()))
    return GuiConfigEntry(key or f"{brand}.Search-{search.uuid}", search_xml(search), search)
