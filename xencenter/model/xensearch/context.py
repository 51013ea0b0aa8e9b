"""One evaluation of a search: the servers, the clock, the options, and facts worth computing once.

Properties such as a VM's home host or a server's pool are asked for many times in one run (by the hiding
rules, the filter, each grouping level and the sort); the context remembers them for the run. A context
belongs to one run and one thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from xencenter.model.placement import LocalDisks, host_is_live, own_home, snapshot_source
from xencenter.model.virtualization import DEFAULT_TOOLS_NAME, VirtualizationStatus, virtualization_status
from xencenter.model.xensearch import customfields
from xencenter.model.xensearch.items import FolderIndex, connected_cache, folder_index, visible_pool

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM, Host, XenObject
    from xencenter.model.tree import Source

#: ``metrics(obj, name) -> value`` of the latest performance figures (``cpu0``, ``memory_internal_free``...),
#: as XenCenter's ``MetricUpdater.GetValue``: 0.0 when nothing is known.
Metrics = Callable[[Any, str], float]


_UNKNOWN = object()


def no_metrics(obj: Any, name: str) -> float:
    return 0.0


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """What a run depends on besides the servers."""

    show_hidden: bool = False
    product_brand: str = "XenServer"
    tools_name: str = DEFAULT_TOOLS_NAME
    #: Local unix time of the run (date queries, the virtualization grace); None = now.
    now: float | None = None
    #: Time zone of "today" and of date queries; None = the machine's.
    tz: tzinfo | None = None
    metrics: Metrics = no_metrics


@dataclass
class SearchContext:
    sources: Sequence[Source]
    options: SearchOptions = SearchOptions()
    #: Properties to keep per object for the run (those it reads more than once per object).
    remember: frozenset[Any] = frozenset()
    now: float = field(init=False)
    #: The local day of the run (date queries).
    today: date = field(init=False)
    _homes: dict[tuple[int, str], Host | None] = field(default_factory=dict, init=False)
    _local_disks: dict[int, LocalDisks] = field(default_factory=dict, init=False)
    _live: dict[tuple[int, str], bool] = field(default_factory=dict, init=False)
    _all_live: dict[int, bool] = field(default_factory=dict, init=False)
    _pools: dict[int, XenObject | None] = field(default_factory=dict, init=False)
    _virtualization: dict[tuple[int, str], VirtualizationStatus] = field(default_factory=dict, init=False)
    _fields: list[customfields.CustomFieldDefinition] | None = field(default=None, init=False)
    _uuids: dict[str, bool] = field(default_factory=dict, init=False)
    _server_fields: dict[int, list[customfields.CustomFieldDefinition]] = field(default_factory=dict, init=False)
    _values: dict[tuple[Any, int, str], Any] = field(default_factory=dict, init=False)
    _related: dict[tuple[int, int, str], bool | None] = field(default_factory=dict, init=False)
    _objects: dict[tuple[int, str], XenObject | None] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.now = time.time() if self.options.now is None else self.options.now
        self.today = datetime.fromtimestamp(self.now, self.options.tz).date()

    def forget(self) -> None:
        """Drop everything remembered (the end of a run: let it go by reference counting, not the collector)."""
        for memo in (self._homes, self._local_disks, self._live, self._all_live, self._pools, self._virtualization,
                     self._uuids, self._server_fields, self._values, self._related, self._objects):
            memo.clear()
        self._fields = None

    @property
    def caches(self) -> list[ObjectCache]:
        return [c for c in map(connected_cache, self.sources) if c is not None]

    def home(self, vm: VM) -> Host | None:
        """XenCenter's ``VM.Home()`` (``placement.vm_home``), once per VM per run (a snapshot's is its VM's)."""
        key = (id(vm.cache), vm.ref)
        home = self._homes.get(key, _UNKNOWN)
        if home is not _UNKNOWN:
            return home  # type: ignore[return-value]
        source = snapshot_source(vm) if vm.record.is_a_snapshot else vm
        if source is None:
            home = None
        elif source is not vm:
            home = self.home(source)
        else:
            disks = self._local_disks.get(id(vm.cache))
            if disks is None:
                disks = self._local_disks[id(vm.cache)] = LocalDisks(vm.cache)
            home = own_home(vm, disks)
        self._homes[key] = home
        return home

    # The memos below run for every object of a run: each looks up first and computes only when absent
    # (``_once`` would make a closure per call).

    def obj(self, cache: ObjectCache, cls: str, ref: str) -> XenObject | None:
        """``cache.get(cls, ref)``, one shared wrapper per object per run (refs are unique across classes)."""
        key = (id(cache), ref)
        found = self._objects.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._objects[key] = cache.get(cls, ref)
        return found  # type: ignore[return-value]

    def remembered(self, prop: Any, item: Any, read: Callable[[Any, SearchContext], Any]) -> Any:
        """``read(item, self)``, once per property and object per run."""
        key = (prop, id(item.cache), item.ref)
        found = self._values.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._values[key] = read(item, self)
        return found

    def related_match(self, query: Any, related: Any) -> bool | None:
        """``query.match(related)`` for an object related to the searched ones (a VM's network, pool, folder):
        thousands of VMs share a few of them, so each answer is kept for the run."""
        key = (id(query), id(related.cache), related.ref)
        found = self._related.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._related[key] = query.match(related, self)
        return found  # type: ignore[return-value]

    @staticmethod
    def _once(memo: dict[Any, Any], key: Any, compute: Callable[[], Any]) -> Any:
        found = memo.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = memo[key] = compute()
        return found

    def all_hosts_live(self, cache: ObjectCache) -> bool:
        """Every host of the server is up: no VM or SR is hidden for being on a host that is down, so their
        homes need not be worked out for that."""
        live = self._all_live.get(id(cache))
        if live is None:
            live = self._all_live[id(cache)] = all(map(self.is_live, cache.all("host")))
        return live

    def is_live(self, host: Host) -> bool:
        key = (id(host.cache), host.ref)
        live = self._live.get(key)
        if live is None:
            live = self._live[key] = host_is_live(host)
        return live

    def pool(self, cache: ObjectCache) -> XenObject | None:
        """XenCenter's ``Helpers.GetPool``: the pool when it is visible (named, or more than one host)."""
        found = self._pools.get(id(cache), _UNKNOWN)
        if found is _UNKNOWN:
            found = self._pools[id(cache)] = visible_pool(cache)
        return found  # type: ignore[return-value]

    def folders(self, cache: ObjectCache) -> FolderIndex:
        return folder_index(cache)

    def virtualization(self, vm: VM) -> VirtualizationStatus:
        return self._once(self._virtualization, (id(vm.cache), vm.ref), lambda: virtualization_status(vm, self.now))

    def server_fields(self, cache: ObjectCache) -> list[customfields.CustomFieldDefinition]:
        """The custom fields defined on one server."""
        return self._once(self._server_fields, id(cache), lambda: customfields.definitions(cache))

    def source_key(self, cache: ObjectCache) -> str | None:
        """The address a server was connected by (XenCenter's ``connection_hostname``)."""
        return next((s.key for s in self.sources if s.cache is cache), None)

    @property
    def custom_fields(self) -> list[customfields.CustomFieldDefinition]:
        """Every server's custom field definitions, each once (XenCenter's ``GetCustomFields()``)."""
        if self._fields is None:
            found: dict[customfields.CustomFieldDefinition, None] = {}
            for cache in self.caches:
                found.update(dict.fromkeys(self.server_fields(cache)))
            self._fields = list(found)
        return self._fields

    def custom_field(self, name: str) -> customfields.CustomFieldDefinition | None:
        return next((f for f in self.custom_fields if f.name == name), None)

    def uuid_of_ref(self, cls: str, ref: str) -> str | None:
        """The UUID of the object with this ref on any connected server."""
        found = (c.get(cls, ref) for c in self.caches)
        return next((obj.uuid for obj in found if obj is not None), None)

    def uuid_exists(self, uuid: str) -> bool:
        """Whether any connected server has an object with this UUID."""
        return self._once(self._uuids, uuid, lambda: any(c.find_by_uuid(uuid) is not None for c in self.caches))
