"""The data sources rrdd publishes for a host and a VM, their values over time, and the API calls about them
(``host.get_data_sources``, ``VM.get_data_sources``, ``*.query_data_source``, ``*.record_data_source``,
``*.forget_data_source_archives``).

Sources follow the object's devices: one ``cpuN`` per physical CPU (host) or vCPU (VM), ``pif_<dev>_rx/tx``
per PIF and their sum ``pif_aggr_rx/tx``, ``vif_<N>_rx/tx`` per VIF, ``vbd_<dev>_read/write`` per attached
disk; a host also has ``cpu_avg``, ``loadavg`` (XenCenter's "Control Domain Load"), ``memory_total_kib``,
``memory_free_kib`` and ``xapi_free_memory_kib``. A value is a function of (object uuid, source, time,
step), so every request agrees with every other and the pool's uuids (deterministic from the generator's
seed) fix the whole history. Slow components (a day, a week) carry long ranges; fast ones average out at
coarse steps, as consolidation does in a real RRD.
"""

from __future__ import annotations

import math
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .context import Context
from .errors import XapiError
from .registry import implements

Value = Callable[[int, int], float]  # (unix time, step) -> the consolidated value of that step
_PERIODS = (300.0, 3600.0, 86400.0, 7 * 86400.0, 91 * 86400.0)  # the signal's components, fast to slow


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    description: str
    units: str
    low: float
    high: float
    value: Value

    def record(self, t: int, enabled: bool = True) -> dict[str, Any]:
        """As ``data_source`` records are (``value`` the newest 5 s one)."""
        return {"name_label": self.name, "name_description": self.description, "enabled": enabled,
                "standard": True, "units": self.units, "min": self.low, "max": self.high,
                "value": self.value(t, 5)}


def wave(seed: str, low: float, high: float) -> Value:
    """A smooth, deterministic signal between low and high, different for every seed; components shorter
    than eight steps are averaged away (their mean is the middle), so every archive draws smooth curves."""
    phases = [zlib.crc32(f"{seed}/{p}".encode()) / 2**32 * 2 * math.pi for p in _PERIODS]

    def value(t: int, step: int) -> float:
        level = 0.5
        for weight, period, phase in zip((0.12, 0.1, 0.14, 0.08, 0.15), _PERIODS, phases):
            if period >= 8 * step:
                level += weight * math.sin(t / period * 2 * math.pi + phase)
        return low + (high - low) * min(1.0, max(0.0, level))

    return value


def constant(number: float) -> Value:
    return lambda t, step: number


def _total(parts: list[Value]) -> Value:
    return lambda t, step: sum(part(t, step) for part in parts)


def _pair(prefix: str, ways: tuple[str, str], seed: str, high: float, words: str) -> list[Source]:
    return [Source(f"{prefix}_{way}", f"Bytes per second {way_words} {words}", "B/s", 0.0, math.inf,
                   wave(f"{seed}{prefix}{way}", 0.0, high))
            for way, way_words in zip(ways, ("received by" if ways[0] == "rx" else "read from",
                                             "sent by" if ways[0] == "rx" else "written to"))]


def vm_sources(store: Any, vm: dict[str, Any]) -> list[Source]:
    uuid = vm["uuid"]
    memory = float(vm.get("memory_target") or vm.get("memory_static_max") or 0)
    busy = 0.1 + (zlib.crc32(uuid.encode()) % 60) / 100
    sources = [Source(f"cpu{i}", f"Utilisation of vCPU {i}", "(fraction)", 0.0, 1.0, wave(f"{uuid}cpu{i}", 0.0, busy))
               for i in range(max(1, int(vm.get("VCPUs_at_startup") or 1)))]
    sources.append(Source("memory", "Memory currently allocated to the VM", "B", 0.0, math.inf, constant(memory)))
    sources.append(Source("memory_internal_free", "Memory the guest reports free", "KiB", 0.0, math.inf,
                          wave(f"{uuid}free", memory * 0.1 / 1024, memory * 0.6 / 1024)))
    for vif in vm.get("VIFs", []):
        device = store.records["VIF"].get(vif, {}).get("device", "0")
        sources += _pair(f"vif_{device}", ("rx", "tx"), uuid, 2e6, f"virtual interface {device}")
    for vbd in vm.get("VBDs", []):
        record = store.records["VBD"].get(vbd, {})
        if record.get("type") == "Disk" and record.get("device"):
            sources += _pair(f"vbd_{record['device']}", ("read", "write"), uuid, 5e6, f"disk {record['device']}")
    return sources


def host_sources(store: Any, host: dict[str, Any]) -> list[Source]:
    uuid = host["uuid"]
    metrics = store.records["host_metrics"].get(host.get("metrics", ""), {})
    total_kib = float(metrics.get("memory_total") or 0) / 1024
    # one data source per physical CPU, as rrdd has: the host_cpu objects, else what cpu_info counts
    cpus = max(1, len(host.get("host_CPUs", [])) or int((host.get("cpu_info") or {}).get("cpu_count") or 0) or 4)
    sources = [Source(f"cpu{i}", f"Physical cpu usage for cpu {i}", "(fraction)", 0.0, 1.0,
                      wave(f"{uuid}cpu{i}", 0.01, 0.6)) for i in range(cpus)]
    sources += [
        Source("cpu_avg", "Average physical cpu usage", "(fraction)", 0.0, 1.0, wave(f"{uuid}cpu_avg", 0.02, 0.5)),
        Source("loadavg", "Domain0 loadavg", "(fraction)", 0.0, math.inf, wave(f"{uuid}load", 0.1, 4.0)),
        Source("memory_total_kib", "Total amount of memory in the host", "KiB", 0.0, math.inf, constant(total_kib)),
        Source("memory_free_kib", "Total amount of free memory", "KiB", 0.0, math.inf,
               wave(f"{uuid}memfree", total_kib * 0.1, total_kib * 0.7)),
        Source("xapi_free_memory_kib", "Free memory available to the toolstack", "KiB", 0.0, math.inf,
               wave(f"{uuid}xapifree", 60_000, 200_000)),
    ]
    devices = [store.records["PIF"].get(pif, {}).get("device", "") for pif in host.get("PIFs", [])]
    pifs = [_pair(f"pif_{device}", ("rx", "tx"), uuid, 1e7, f"physical interface {device}")
            for device in dict.fromkeys(d for d in devices if d)]
    for pair in pifs:
        sources += pair
    if pifs:
        for way, index in (("rx", 0), ("tx", 1)):
            sources.append(Source(f"pif_aggr_{way}", f"Bytes per second {way} by all physical interfaces", "B/s",
                                  0.0, math.inf, _total([pair[index].value for pair in pifs])))
    return sources


def sources_of(store: Any, cls: str, ref: str) -> list[Source]:
    record = store.get(cls, ref)
    return host_sources(store, record) if cls == "host" else vm_sources(store, record)


# -- the API ------------------------------------------------------------------------------------------------


def _now() -> int:
    return int(time.time())


def _forgotten(ctx: Context) -> set[tuple[str, str]]:
    """(object ref, source) whose archives were forgotten (shown disabled until recorded again)."""
    return ctx.api.forgotten_sources


@implements("host.get_data_sources", "VM.get_data_sources")
def get_data_sources(ctx: Context, ref: str) -> list[dict[str, Any]]:
    cls = "host" if ref in ctx.store.records["host"] else "VM"
    record = ctx.store.get(cls, ref)
    if cls == "VM" and record.get("power_state") not in ("Running", "Paused"):
        return []  # rrdd knows only the running domains
    t, forgotten = _now(), _forgotten(ctx)
    return [s.record(t, (ref, s.name) not in forgotten) for s in sources_of(ctx.store, cls, ref)]


def _source(ctx: Context, ref: str, name: str) -> Source:
    cls = "host" if ref in ctx.store.records["host"] else "VM"
    for source in sources_of(ctx.store, cls, ref):
        if source.name == name:
            return source
    raise XapiError("INTERNAL_ERROR", f"Rrd.Invalid_data_source(\"{name}\")")


@implements("host.query_data_source", "VM.query_data_source")
def query_data_source(ctx: Context, ref: str, name: str) -> float:
    return _source(ctx, ref, name).value(_now(), 5)


@implements("host.record_data_source", "VM.record_data_source")
def record_data_source(ctx: Context, ref: str, name: str) -> None:
    _source(ctx, ref, name)
    _forgotten(ctx).discard((ref, name))


@implements("host.forget_data_source_archives", "VM.forget_data_source_archives")
def forget_data_source_archives(ctx: Context, ref: str, name: str) -> None:
    _source(ctx, ref, name)
    _forgotten(ctx).add((ref, name))
