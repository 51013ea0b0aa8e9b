"""Build pools for model tests: complete records (schema defaults), relation sets filled, fed as events.

``World`` makes small pools by hand for rule tables; ``events_from_db``/``load_cache`` turn a whole database
(``load_state_db``, ``generate_pool``: class -> ref -> record) into ``add`` events and a loaded cache.
"""

from __future__ import annotations

import itertools
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from xencenter.model.cache import ObjectCache
from xencenter.sim.fieldtypes import new_record
from xencenter.sim.relations import fill_relations
from xencenter.xenapi.events import Event

Records = dict[str, dict[str, dict[str, Any]]]

_ids = itertools.count(1)


def events_from_db(db: Records) -> list[Event]:
    """One ``add`` event per object, with lower-case classes as ``event.from`` sends them."""
    return [
        Event(next(_ids), "20240101T00:00:00Z", cls.lower(), "add", ref, record)
        for cls, table in db.items()
        for ref, record in table.items()
    ]


def load_cache(db: Records, clock: Callable[[], float] | None = None) -> ObjectCache:
    cache = ObjectCache(clock) if clock else ObjectCache()
    cache.apply(events_from_db(db))
    return cache


def new_ref() -> str:
    return f"OpaqueRef:{uuidlib.uuid4()}"


class World:
    """A hand-made pool. Set the reference side of each relation; the set side is derived on ``records()``."""

    def __init__(self) -> None:
        self.tables: Records = defaultdict(dict)

    def add(self, cls: str, /, **fields: Any) -> str:
        ref = new_ref()
        fields.setdefault("uuid", str(uuidlib.uuid4()))
        self.tables[cls][ref] = new_record(cls, fields)
        return ref

    def update(self, cls: str, ref: str, **fields: Any) -> None:
        self.tables[cls][ref].update(fields)

    def records(self) -> Records:
        fill_relations(self.tables)
        return self.tables

    def cache(self, clock: Callable[[], float] | None = None) -> ObjectCache:
        return load_cache(self.records(), clock)

    # ---- shapes used by many tests -------------------------------------------------------------------------

    def pool(self, name: str = "pool", master: str | None = None, **fields: Any) -> str:
        return self.add("pool", name_label=name, master=master or "OpaqueRef:NULL", **fields)

    def host(self, name: str, live: bool = True, **fields: Any) -> str:
        metrics = self.add("host_metrics", live=live, memory_total=64 << 30, memory_free=32 << 30)
        host = self.add("host", name_label=name, metrics=metrics, enabled=True, **fields)
        self.add("VM", name_label=f"Control domain on host: {name}", is_control_domain=True,
                 power_state="Running", resident_on=host)
        return host

    def vm(self, name: str, power_state: str = "Halted", **fields: Any) -> str:
        return self.add("VM", name_label=name, power_state=power_state, **fields)

    def running_vm(self, name: str, host: str, **fields: Any) -> str:
        fields.setdefault("metrics", self.add("VM_metrics"))
        return self.vm(name, "Running", resident_on=host, **fields)

    def sr(self, name: str, hosts: list[str], shared: bool = False, type: str = "lvm", **fields: Any) -> str:
        sr = self.add("SR", name_label=name, shared=shared, type=type, **fields)
        for host in hosts:
            self.add("PBD", SR=sr, host=host, currently_attached=True)
        return sr

    def disk(self, vm: str, sr: str, vbd_type: str = "Disk", **vdi_fields: Any) -> str:
        vdi = self.add("VDI", **{"SR": sr, "name_label": "disk", "managed": True, **vdi_fields})
        self.add("VBD", VM=vm, VDI=vdi, type=vbd_type)
        return vdi
