"""Live object caches for view tests without a server: synthetic pools fed as ``event.from`` events.

``LivePool`` changes objects the way the event loop does (a new snapshot per ``mod``), so the tree model
sees exactly what it sees in production; ``Sources`` is the tree's source protocol over such pools.
"""

from __future__ import annotations

import itertools
import uuid as uuidlib
from typing import Any

from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.tree import Source
from xencenter.sim.fieldtypes import new_record
from xencenter.sim.synthetic import generate_pool
from xencenter.xenapi.events import Event

NOW = 1_700_000_000.0
_ids = itertools.count(1)


def _event(cls: str, operation: str, ref: str, snapshot: dict[str, Any] | None) -> Event:
    return Event(next(_ids), "20240101T00:00:00Z", cls.lower(), operation, ref, snapshot)


class LivePool:
    """One connection's cache, filled from a synthetic pool and changed through events."""

    def __init__(self, hosts: int = 3, vms: int = 24, key: str = "pool.example:443", seed: int = 1) -> None:
        self.key = key
        self.cache = ObjectCache()
        db = generate_pool(hosts, vms, seed=seed, now=NOW)
        self.cache.apply(_event(cls, "add", ref, rec) for cls, table in db.items() for ref, rec in table.items())

    def source(self, connected: bool = True, name: str = "") -> Source:
        pool = self.cache.pool()
        return Source(self.key, name or (pool.name if pool else self.key), self.cache, connected)

    def modify(self, cls: str, ref: str, **fields: Any) -> ChangeSet:
        snapshot = dict(self.cache.record(cls, ref))
        snapshot.update(fields)
        return self.cache.apply([_event(cls, "mod", ref, snapshot)])

    def delete(self, cls: str, ref: str) -> ChangeSet:
        return self.cache.apply([_event(cls, "del", ref, None)])

    def add(self, cls: str, **fields: Any) -> tuple[str, ChangeSet]:
        ref = f"OpaqueRef:{uuidlib.uuid4()}"
        fields.setdefault("uuid", str(uuidlib.uuid4()))
        return ref, self.cache.apply([_event(cls, "add", ref, new_record(cls, fields))])

    def vms(self, power_state: str | None = None) -> list:
        return sorted((vm for vm in self.cache.all("VM") if vm.is_real_vm and not vm.hidden
                       and (power_state is None or vm.power_state == power_state)), key=lambda v: v.name)

    def first_vm(self, power_state: str) -> Any:
        return self.vms(power_state)[0]


class Sources:
    """The tree model's source protocol over LivePools (connected or not)."""

    def __init__(self, *pools: LivePool) -> None:
        self.pools = list(pools)
        self.connected = {p.key: True for p in pools}
        self.reasons: dict[str, str] = {}

    def sources(self) -> list[Source]:
        return [p.source(self.connected[p.key]) for p in self.pools]

    def cache(self, source_key: str) -> ObjectCache | None:
        return next((p.cache for p in self.pools if p.key == source_key), None)

    def reason(self, source_key: str) -> str:
        return self.reasons.get(source_key, "Disconnected")

    def by_key(self, source_key: str | None) -> None:
        """No Connection objects here: disconnected rows give no ServerItem."""
