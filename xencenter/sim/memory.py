"""A host's memory as xapi accounts it: what each resident domain holds (its balloon, ``memory_actual``, and
its ``memory_overhead``) and the host's own overhead; ``host_metrics.memory_free`` is what is left, kept in step
whenever a domain starts, stops, moves or balloons (xapi's monitor does it every few seconds)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .fieldtypes import NULL_REF

if TYPE_CHECKING:
    from .store import Store

MiB = 1024 * 1024
Tables = Mapping[str, Mapping[str, dict[str, Any]]]


def vm_overhead(vm: Mapping[str, Any]) -> int:
    """A domain's overhead when xapi did not record one: shadow memory for its size and a little per vCPU
    (xapi's ``Memory_check.vm_compute_memory_overhead``, rounded)."""
    return int(vm["memory_static_max"]) // 128 + int(vm["VCPUs_max"]) * MiB


def footprint(tables: Tables, vm: Mapping[str, Any]) -> int:
    """What a resident domain holds: its balloon (or its target while it has no metrics) and its overhead."""
    metrics = tables["VM_metrics"].get(vm["metrics"])
    actual = metrics["memory_actual"] if metrics and metrics["memory_actual"] else (
        vm["memory_target"] or vm["memory_dynamic_max"])
    return int(actual) + int(vm["memory_overhead"])


def free_memory(tables: Tables, host: str) -> int:
    record = tables["host"][host]
    metrics = tables["host_metrics"].get(record["metrics"])
    total = metrics["memory_total"] if metrics else 0
    used = sum(footprint(tables, vm) for ref in record["resident_VMs"] if (vm := tables["VM"].get(ref)))
    return max(0, int(total) - int(record["memory_overhead"]) - used)


def refresh(store: Store, *hosts: str) -> None:
    """Bring ``host_metrics.memory_free`` of the hosts up to date (null refs and gone hosts skipped)."""
    for host in {h for h in hosts if h and h != NULL_REF}:
        record = store.records["host"].get(host)
        if record is None or not store.exists("host_metrics", record["metrics"]):
            continue
        free = free_memory(store.records, host)
        if store.get("host_metrics", record["metrics"])["memory_free"] != free:
            store.update("host_metrics", record["metrics"], {"memory_free": free})
