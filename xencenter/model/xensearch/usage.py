"""The performance figures behind the Search tab's CPU, memory, disk and network columns (XenCenter's
``MetricUpdater``): the newest value of each data source of each host and VM, from the hosts' ``/rrd_updates``.

xapi's ``VM_metrics.VCPUs_utilisation`` is no live figure (xapi no longer updates it: every running VM would
show 0 %), so CPU, disk and network come only from the RRDs, as in XenCenter; an unknown figure is 0. A host's
memory, which ``host_metrics`` keeps up to date, is read from there until its first RRD figures arrive.

``merge`` runs on the UI thread when a poll lands; ``value`` may be called from a search's worker: the figures
are replaced whole, never changed in place.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from xencenter.model.values import as_int

if TYPE_CHECKING:
    from xencenter.xenapi.rrd import RRDUpdates

_KIB = 1024


def _host_memory(obj: Any, name: str) -> float | None:
    metrics = obj.cache.record("host_metrics", obj.record.metrics) if obj.cache is not None else None
    if metrics is None:
        return None
    if name == "memory_total_kib":
        return as_int(metrics.memory_total) / _KIB
    if name == "memory_free_kib":
        return as_int(metrics.memory_free) / _KIB
    return None


class UsageFigures:
    """Latest figures by object UUID and data source name (``cpu0``, ``memory_internal_free``...)."""

    def __init__(self) -> None:
        self._values: dict[str, dict[str, float]] = {}

    def merge(self, updates: RRDUpdates) -> set[str]:
        """Take the newest number of every column of an export; returns the UUIDs it had figures for."""
        found: dict[str, dict[str, float]] = {}
        for index, entry in enumerate(updates.columns):
            parts = entry.split(":", 3)
            if len(parts) != 4:
                continue
            for _, values in updates.rows:  # newest first, as xapi sends them
                value = values[index]
                if not math.isnan(value):
                    found.setdefault(parts[2], {})[parts[3]] = value
                    break
        if found:
            self._values = {**self._values, **found}
        return set(found)

    def value(self, obj: Any, name: str) -> float:
        """XenCenter's ``MetricUpdater.GetValue``: the figure, else 0 (a host's memory from its metrics)."""
        figures = self._values.get(getattr(obj, "uuid", "") or "")
        if figures is not None and name in figures:
            return figures[name]
        if getattr(obj, "cls", "") == "host":
            fallback = _host_memory(obj, name)
            if fallback is not None:
                return fallback
        return 0.0
