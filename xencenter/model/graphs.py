"""Performance graphs as data: XenCenter's ranges and the RRD archive each one reads, data sources in words
and units, the graphs of an object (XenCenter's defaults, or those saved in the pool's ``gui_config``).

Ranges: the last 10 minutes at 5 s, 2 hours at 1 min, a week at 1 h, a year at 1 day, as XenCenter's
ArchiveMaintainer keeps them (120, 120, 168 and 366 rows). A request asks ``/rrd_updates`` for
``start = now - span + 2 * step`` at ``interval = step``: xapi serves the finest archive at least that coarse
whose rows reach back past ``start`` (``find_best_rras``), and two steps of slack keep a clock a little
ahead of the server's on the wanted archive. A custom range reads the finest archive that covers it
(``step_for``).

Saved graphs use XenCenter's keys (Palette.cs / SaveDataSourceStateAction): ``XenCenter.GraphLayout.<i>.
<host|vm>.<uuid>`` = the data source names, comma separated, and ``XenCenter.GraphName.<i>.<host|vm>.<uuid>``
= the graph's name, ``i`` from 0 without gaps; so XenCenter and this app show each other's graphs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

#: step (s) -> rows xapi keeps, finest first (its default RRAs; XenCenter's ArchiveMaintainer sizes).
ARCHIVES = {5: 120, 60: 120, 3600: 168, 86400: 366}


@dataclass(frozen=True, slots=True)
class GraphRange:
    words: str  # its name, marked for translation
    span: int  # seconds shown
    step: int  # seconds per point, the archive read

    @property
    def name(self) -> str:
        """Its name in the user's language."""
        return translate("Graphs", self.words)

    def start(self, now: float) -> int:
        """The ``start`` of the request for this range at server time ``now``."""
        return int(now) - self.span + 2 * self.step


RANGES = (
    GraphRange(QT_TRANSLATE_NOOP("Graphs", "Last 10 Minutes"), 600, 5),
    GraphRange(QT_TRANSLATE_NOOP("Graphs", "Last 2 Hours"), 7200, 60),
    GraphRange(QT_TRANSLATE_NOOP("Graphs", "Last Week"), 7 * 86400, 3600),
    GraphRange(QT_TRANSLATE_NOOP("Graphs", "Last Year"), 366 * 86400, 86400),
)


def step_for(start: float, now: float) -> int:
    """The finest archive whose rows reach back past ``start`` (the coarsest when none does)."""
    return next((step for step, rows in ARCHIVES.items() if start > now - step * rows), max(ARCHIVES))


def custom_range(first: float, last: float, now: float) -> GraphRange:
    """A range from ``first`` to ``last`` (unix times), read from the archive that covers ``first``."""
    span = max(int(last - first), 60)
    return GraphRange(QT_TRANSLATE_NOOP("Graphs", "Custom"), span, step_for(first, now))


# ---- data sources in words ------------------------------------------------------------------------------------

#: XenCenter's FriendlyNames ("Label-performance.*"); ``{0}`` is the device's number or name (translated where
#: named, context ``Graphs``).
_FRIENDLY = (
    (r"cpu(\d+)", "CPU {0}"),
    (r"cpu_avg", QT_TRANSLATE_NOOP("Graphs", "Average CPU")),
    (r"loadavg", QT_TRANSLATE_NOOP("Graphs", "Control Domain Load")),
    (r"memory", QT_TRANSLATE_NOOP("Graphs", "Total Memory")),
    (r"memory_total_kib", QT_TRANSLATE_NOOP("Graphs", "Total Memory")),
    (r"memory_free_kib", QT_TRANSLATE_NOOP("Graphs", "Free Memory")),
    (r"memory_internal_free", QT_TRANSLATE_NOOP("Graphs", "Free Memory")),
    (r"xapi_free_memory_kib", QT_TRANSLATE_NOOP("Graphs", "Agent Memory Free")),
    (r"pif_aggr_rx", QT_TRANSLATE_NOOP("Graphs", "Total NIC Receive")),
    (r"pif_aggr_tx", QT_TRANSLATE_NOOP("Graphs", "Total NIC Send")),
    (r"pif_eth(\d+)_rx", QT_TRANSLATE_NOOP("Graphs", "NIC {0} Receive")),
    (r"pif_eth(\d+)_tx", QT_TRANSLATE_NOOP("Graphs", "NIC {0} Send")),
    (r"pif_(.+)_rx", QT_TRANSLATE_NOOP("Graphs", "{0} Receive")),
    (r"pif_(.+)_tx", QT_TRANSLATE_NOOP("Graphs", "{0} Send")),
    (r"vif_(\d+)_rx", QT_TRANSLATE_NOOP("Graphs", "Network {0} Receive")),
    (r"vif_(\d+)_tx", QT_TRANSLATE_NOOP("Graphs", "Network {0} Send")),
    (r"vbd_(\w+?)_read", QT_TRANSLATE_NOOP("Graphs", "Disk {0} Read")),
    (r"vbd_(\w+?)_write", QT_TRANSLATE_NOOP("Graphs", "Disk {0} Write")),
)
_FRIENDLY_RE = tuple((re.compile(pattern), words) for pattern, words in _FRIENDLY)

#: Each category's sources, as XenCenter's Helpers.GetDataSourceCategory sorts them (ids, and their words in
#: context "Graphs": ``translate("Graphs", category)`` where shown).
CATEGORIES = ("CPU", QT_TRANSLATE_NOOP("Graphs", "Memory"), QT_TRANSLATE_NOOP("Graphs", "Network"), QT_TRANSLATE_NOOP("Graphs", "Disk"),
              QT_TRANSLATE_NOOP("Graphs", "Load Average"), QT_TRANSLATE_NOOP("Graphs", "Custom"))


def friendly_name(name: str) -> str:
    for regex, words in _FRIENDLY_RE:
        match = regex.fullmatch(name)
        if match:
            return translate("Graphs", words).format(*match.groups())
    return name


def category(name: str) -> str:
    if re.fullmatch(r"cpu\d+|cpu_avg|cpu\d+-avg-freq", name):
        return "CPU"
    if re.fullmatch(r"(vif|pif)_.+_(rx|tx)(_errors)?", name):
        return "Network"
    if name.startswith("vbd_"):
        return "Disk"
    if "loadavg" in name:
        return "Load Average"
    if name.startswith(("memory", "xapi_")) and "memory" in name:
        return "Memory"
    return "Custom"


#: The unit a source is shown in, and the factor from what rrdd reports.
def display_unit(name: str) -> tuple[str, float]:
    if re.fullmatch(r"cpu\d+|cpu_avg", name):
        return "%", 100.0
    if name.endswith("_kib") or name == "memory_internal_free":
        return "B", 1024.0
    if name == "memory":
        return "B", 1.0
    if re.fullmatch(r"(vif|pif)_.+_(rx|tx)|vbd_.+_(read|write)", name):
        return "B/s", 1.0
    return "", 1.0


_BINARY = {"B": ("B", "KiB", "MiB", "GiB", "TiB"), "B/s": ("B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s")}


def humanised(value: float, unit: str) -> str:
    """``12.3%``, ``512 MiB``, ``1.5 KiB/s``, ``0.75``; NaN is "no data"."""
    if math.isnan(value):
        return translate("Graphs", "no data")
    if unit == "%":
        return f"{value:.1f}%"
    names = _BINARY.get(unit)
    if names is None:
        return f"{value:.2f}"
    power = 0
    while power + 1 < len(names) and abs(value) >= 1024 ** (power + 1):
        power += 1
    scaled = value / 1024**power
    return f"{scaled:.0f} {names[power]}" if power == 0 or scaled >= 100 else f"{scaled:.1f} {names[power]}"


# ---- the graphs of an object ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DesignedGraph:
    """A graph as XenCenter designs it: a name ("" for none) and its data sources' names."""

    name: str
    sources: tuple[str, ...]

    @property
    def title(self) -> str:
        """The name in the user's language (a default graph's; a user's name as given), else its sources'."""
        return translate("Graphs", self.name) if self.name else translate("Graphs", ", ").join(
            friendly_name(s) for s in self.sources)


def default_graphs(kind: str, cpus: int, devices: Sequence[str], disks: Sequence[str]) -> list[DesignedGraph]:
    """XenCenter's defaults (GraphList.LoadDefaultGraphs): a host's CPUs, memory (total, free) and NICs; a
    VM's vCPUs, memory, interfaces (``devices``) and disks (``disks``, their device names)."""
    if kind == "host":
        return [
            DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "CPU Performance"), tuple(f"cpu{i}" for i in range(cpus))),
            DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "Memory Performance"), ("memory_total_kib", "memory_free_kib")),
            DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "Network Performance"),
                          tuple(f"pif_{d}_{w}" for d in devices for w in ("tx", "rx"))),
        ]
    return [
        DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "CPU Performance"), tuple(f"cpu{i}" for i in range(cpus))),
        DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "Memory Performance"), ("memory", "memory_internal_free")),
        DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "Network Performance"), tuple(f"vif_{d}_{w}" for d in devices for w in ("tx", "rx"))),
        DesignedGraph(QT_TRANSLATE_NOOP("Graphs", "Disk Performance"), tuple(f"vbd_{d}_{w}" for d in disks for w in ("read", "write"))),
    ]


def layout_key(index: int, kind: str, uuid: str) -> str:
    return f"XenCenter.GraphLayout.{index}.{kind}.{uuid}"


def name_key(index: int, kind: str, uuid: str) -> str:
    return f"XenCenter.GraphName.{index}.{kind}.{uuid}"


_GRAPH_KEY = re.compile(r"^XenCenter\.Graph(Layout|Name)\.[0-9]+\.(host|vm)\.[a-zA-Z0-9_\-]+$")


def saved_graphs(gui_config: Mapping[str, str], kind: str, uuid: str) -> list[DesignedGraph]:
    """The graphs saved for the object, in order (empty: show the defaults)."""
    graphs = []
    index = 0
    while (layout := gui_config.get(layout_key(index, kind, uuid))) is not None:
        sources = tuple(s for s in layout.split(",") if s)
        graphs.append(DesignedGraph(gui_config.get(name_key(index, kind, uuid), ""), sources))
        index += 1
    return graphs


def with_graphs(gui_config: Mapping[str, str], kind: str, uuid: str, graphs: Sequence[DesignedGraph]) -> dict[str, str]:
    """``gui_config`` with the object's graphs replaced by ``graphs`` (XenCenter's SaveDataSourceStateAction:
    every other key kept, the object's layout and name keys written again from 0)."""
    kept = {k: v for k, v in gui_config.items() if not (_GRAPH_KEY.match(k) and k.endswith(f".{kind}.{uuid}"))}
    for index, graph in enumerate(graphs):
        kept[layout_key(index, kind, uuid)] = ",".join(graph.sources)
        if graph.name:
            kept[name_key(index, kind, uuid)] = graph.name
    return kept


def _object_devices(obj: Any) -> tuple[str, int, list[str], list[str]]:
    """(kind, CPUs, interface devices, disk devices) of a host or VM from the cache."""
    if getattr(obj, "cls", "") == "host":
        cpus = len(obj.host_CPUs or ()) or int((obj.cpu_info or {}).get("cpu_count") or 0) or 1
        nics = sorted({p.device for p in obj.PIFs if p is not None and p.device})
        return "host", cpus, nics, []
    vifs = sorted((v.device for v in obj.VIFs if v is not None), key=lambda d: (len(d), d))
    disks = [b.device for b in obj.VBDs if b is not None and b.type == "Disk" and b.device]
    return "vm", max(1, int(obj.VCPUs_at_startup or 1)), vifs, sorted(disks)


def graphs_of(obj: Any, gui_config: Mapping[str, str]) -> tuple[list[DesignedGraph], bool]:
    """The object's graphs and whether they are XenCenter's defaults (nothing saved for it)."""
    kind, cpus, devices, disks = _object_devices(obj)
    saved = saved_graphs(gui_config, kind, obj.uuid)
    return (saved, False) if saved else (default_graphs(kind, cpus, devices, disks), True)


def expected_sources(obj: Any) -> list[str]:
    """The data sources rrdd publishes for the object's devices (before ``get_data_sources`` answers)."""
    kind, cpus, devices, disks = _object_devices(obj)
    names = [f"cpu{i}" for i in range(cpus)]
    if kind == "host":
        names += ["cpu_avg", "loadavg", "memory_total_kib", "memory_free_kib", "xapi_free_memory_kib"]
        names += [f"pif_{d}_{w}" for d in devices for w in ("rx", "tx")] + ["pif_aggr_rx", "pif_aggr_tx"]
    else:
        names += ["memory", "memory_internal_free"]
        names += [f"vif_{d}_{w}" for d in devices for w in ("rx", "tx")]
        names += [f"vbd_{d}_{w}" for d in disks for w in ("read", "write")]
    return names


def pool_gui_config(obj: Any) -> dict[str, str]:
    """The gui_config of the pool ``obj`` belongs to (empty when the cache has no pool yet)."""
    pool = obj.cache.pool()
    return dict(pool.gui_config or {}) if pool is not None else {}
