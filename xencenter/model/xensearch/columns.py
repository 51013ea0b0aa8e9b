"""The Search tab's figure columns (CPU, memory, disks, network, HA) as XenCenter computes them for sorting.

The performance figures come from the context's ``metrics`` (the UI feeds its RRD updates there); like
XenCenter's ``MetricUpdater`` an unknown figure is 0, so with no figures every running VM sorts as idle and
every VM that is not running sorts as having no value. Which objects have a value follows XenCenter: memory
only for VMs with the management agent, disks and network only with I/O drivers.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from xencenter.model import formats
from xencenter.model.summaries import KIB, size_text
from xencenter.model.values import as_bool, as_int
from xencenter.model.virtualization import VirtualizationFlag
from xencenter.model.words import translate
from xencenter.model.xensearch.kinds import HA_PRIORITIES, HA_PRIORITY_NAMES, HaRestartPriority, shown
from xencenter.model.xensearch.scope import is_real_vm

if TYPE_CHECKING:
    from xencenter.model.xensearch.context import SearchContext
    from xencenter.model.xensearch.items import Item

HYPHEN = "-"


def _running_vm(item: Item, ctx: SearchContext, flag: VirtualizationFlag | None = None) -> bool:
    if not is_real_vm(item) or item.record.power_state != "Running":
        return False
    return flag is None or bool(ctx.virtualization(item).flags & flag)  # type: ignore[arg-type]


def _cpu_sum(item: Item, ctx: SearchContext) -> tuple[float, int] | None:
    """(sum of the per-CPU loads, CPU count), None when the object has no CPU figures."""
    if _running_vm(item, ctx):
        metrics = item.cache.record("VM_metrics", item.record.metrics)  # type: ignore[union-attr]
        if metrics is None:
            return None
        count = as_int(metrics.VCPUs_number)
    elif item.cls == "host" and item.cache is not None:
        # servers that no longer publish host_cpu objects count their CPUs in cpu_info (rrdd has a cpuN each)
        count = len(item.record.host_CPUs or ()) or as_int((item.record.cpu_info or {}).get("cpu_count"))
    else:
        return None
    return sum(ctx.options.metrics(item, f"cpu{i}") for i in range(count)), count


def cpu_value(item: Item, ctx: SearchContext) -> int | None:
    figures = _cpu_sum(item, ctx)
    if figures is None:
        return 0 if _running_vm(item, ctx) else None  # a running VM without metrics ranks 0
    total, count = figures
    return round(total * 100 / count) if count else None


def cpu_text(item: Item, ctx: SearchContext) -> str | None:
    figures = _cpu_sum(item, ctx)
    if figures is None:
        return "" if _running_vm(item, ctx) else None
    total, count = figures
    if count == 0 or math.isnan(total):
        return HYPHEN
    if count == 1:
        return translate("Search", "{percent} of 1 CPU").format(percent=formats.percent(round(total * 100)))
    return translate("Search", "{percent} of {count} CPUs").format(percent=formats.percent(round(total * 100 / count)),
                                                                   count=count)


def _memory(item: Item, ctx: SearchContext) -> tuple[float, float] | None:
    """(used, total) bytes for a running VM with the management agent or a host; None otherwise."""
    metric = ctx.options.metrics
    if _running_vm(item, ctx, VirtualizationFlag.MANAGEMENT_INSTALLED):
        total = metric(item, "memory")
        return total - metric(item, "memory_internal_free") * KIB, total
    if item.cls == "host" and item.cache is not None:
        total = metric(item, "memory_total_kib")
        return (total - metric(item, "memory_free_kib")) * KIB, total * KIB
    return None


def memory_value(item: Item, ctx: SearchContext) -> float | None:
    if item.cls == "VDI":
        return float(as_int(item.record.physical_utilisation)) if as_int(item.record.virtual_size) else 0.0
    figures = _memory(item, ctx)
    return figures[0] if figures is not None else None


def memory_rank(item: Item, ctx: SearchContext) -> int | None:
    if item.cls == "VDI":
        size = as_int(item.record.virtual_size)
        return as_int(item.record.physical_utilisation) * 100 // size if size else 0
    figures = _memory(item, ctx)
    if figures is None or not figures[1]:
        return None
    return round(figures[0] * 100 / figures[1])


def memory_text(item: Item, ctx: SearchContext) -> str | None:
    if item.cls == "VDI":
        size = as_int(item.record.virtual_size)
        return size_text(size) if size else HYPHEN
    figures = _memory(item, ctx)
    if figures is None:
        return None
    used, total = figures
    if not total or used < 0:
        return HYPHEN
    return translate("Search", "{used} of {total}").format(used=size_text(int(used)), total=size_text(int(total)))


def _throughput(item: Item, ctx: SearchContext, names: list[tuple[str, str]]) -> str:
    values = [ctx.options.metrics(item, a) + ctx.options.metrics(item, b) for a, b in names]
    if not values:
        return HYPHEN
    return f"{formats.fixed(sum(values) / (KIB * len(values)), 0)}/{formats.fixed(max(values) / KIB, 0)}"


def disk_text(item: Item, ctx: SearchContext) -> str | None:
    if not _running_vm(item, ctx, VirtualizationFlag.IO_DRIVERS_INSTALLED):
        return None
    vbds = [item.cache.record("VBD", ref) for ref in item.record.VBDs or ()]  # type: ignore[union-attr]
    return _throughput(item, ctx, [(f"vbd_{v.device}_read", f"vbd_{v.device}_write") for v in vbds if v is not None])


def network_text(item: Item, ctx: SearchContext) -> str | None:
    cache = item.cache
    if _running_vm(item, ctx, VirtualizationFlag.IO_DRIVERS_INSTALLED):
        vifs = [cache.record("VIF", ref) for ref in item.record.VIFs or ()]  # type: ignore[union-attr]
        return _throughput(item, ctx, [(f"vif_{v.device}_rx", f"vif_{v.device}_tx") for v in vifs if v is not None])
    if item.cls == "host" and cache is not None:
        pifs = [cache.record("PIF", ref) for ref in item.record.PIFs or ()]
        return _throughput(item, ctx, [(f"pif_{p.device}_rx", f"pif_{p.device}_tx")
                                       for p in pifs if p is not None and as_bool(p.physical)])
    return None


def ha_text(item: Item, ctx: SearchContext) -> str | None:
    """A VM's restart priority, a pool's HA state, "HA Heartbeat SR" for the SR holding the state file."""
    record, cls = item.record, item.cls
    if cls == "VM":
        if not is_real_vm(item):
            return HYPHEN
        priority = HA_PRIORITIES.get(record.ha_restart_priority or "", HaRestartPriority.AlwaysRestart)
        return shown(HA_PRIORITY_NAMES[priority])
    if cls == "pool":
        if not as_bool(record.ha_enabled):
            return translate("Search", "Disabled")
        plan = as_int(record.ha_plan_exists_for)
        return (translate("Search", "%n failure tolerated", None, plan) if plan == 1
                else translate("Search", "%n failures tolerated", None, plan))
    if cls == "SR" and item.cache is not None:
        pool = item.cache.pool()
        statefiles = (pool.record.ha_statefiles or ()) if pool is not None else ()
        return translate("Search", "HA Heartbeat SR") if statefiles and statefiles[0] in (record.VDIs or ()) else ""
    return None

