"""The Performance tab's data: rows merged from ``/rrd_updates`` for one object and the series of its graphs
(``model.graphs.DesignedGraph``) in display units, with a round value axis. No Qt.

Free memory (``memory_free_kib`` of a host, ``memory_internal_free`` of a VM) is drawn as used memory,
total less free, when the graph's object reports its total, as XenCenter draws it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.graphs import DesignedGraph, display_unit, friendly_name
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.xenapi.rrd import RRDUpdates

Point = tuple[int, float]  # (unix time, value); NaN values break the line
COLORS = ("#1e88e5", "#fb8c00", "#43a047", "#e53935", "#8e24aa", "#00acc1", "#6d4c41", "#c0ca33", "#5e35b1",
          "#d81b60", "#546e7a", "#fdd835")
_FREE_OF = {"memory_free_kib": "memory_total_kib", "memory_internal_free": "memory"}


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    color: str
    points: tuple[Point, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class Graph:
    """One chart: a title, its values' unit ("%", "B", "B/s" or ""), a fixed top (CPU: 100 %) or None."""

    title: str
    lines: tuple[Line, ...]
    unit: str
    top: float | None = None


class PerformanceData:
    """The rows fetched so far for one object (``kind`` host or vm, ``uuid``) at one step, merged by time,
    the newest ``span`` seconds only. A change of legend (a VIF plugged) starts over with the new columns."""

    def __init__(self, kind: str, uuid: str, span: int = 600, step: int = 5) -> None:
        self.kind, self.uuid, self.span, self.step = kind, uuid, span, step
        self.names: tuple[str, ...] = ()  # the data source names of this object's columns (cpu0, memory, ...)
        self.rows: dict[int, tuple[float, ...]] = {}

    def merge(self, updates: RRDUpdates) -> None:
        prefix = f":{self.kind}:{self.uuid}:"
        mine = [(i, entry.split(prefix, 1)[1]) for i, entry in enumerate(updates.columns) if prefix in entry]
        names = tuple(name for _, name in mine)
        if names != self.names:
            self.names, self.rows = names, {}
        for t, values in updates.rows:
            self.rows[t] = tuple(values[i] for i, _ in mine)
        if self.rows:
            oldest = max(self.rows) - self.span
            self.rows = {t: v for t, v in self.rows.items() if t > oldest}

    @property
    def newest(self) -> int | None:
        return max(self.rows) if self.rows else None

    def series(self, name: str) -> tuple[Point, ...]:
        """One column, oldest first (empty when the object does not publish it)."""
        if name not in self.names:
            return ()
        index = self.names.index(name)
        return tuple((t, self.rows[t][index]) for t in sorted(self.rows))

    def combined(self, pattern: str) -> tuple[Point, ...]:
        """Per time, the mean of the columns whose name matches ``pattern`` (empty when none does)."""
        regex = re.compile(pattern)
        indexes = [i for i, name in enumerate(self.names) if regex.fullmatch(name)]
        if not indexes:
            return ()
        return tuple((t, sum(self.rows[t][i] for i in indexes) / len(indexes)) for t in sorted(self.rows))


def _line(data: PerformanceData, source: str, color: str) -> Line | None:
    points = data.series(source)
    if not points:
        return None
    unit, factor = display_unit(source)
    name = friendly_name(source)
    total = _FREE_OF.get(source)
    if total is not None and data.series(total):
        _, total_factor = display_unit(total)
        points = tuple((t, a * total_factor - b * factor) for (t, a), (_, b) in zip(data.series(total), points))
        return Line(translate("Graphs", "Used Memory"), color, points, source)
    return Line(name, color, tuple((t, v * factor) for t, v in points), source)


def graphs_for(data: PerformanceData, designed: list[DesignedGraph],
               colors: tuple[str, ...] = COLORS) -> list[Graph]:
    """The designed graphs with the lines the object publishes; a graph with none of its sources is left out.
    The lines of a graph take ``colors`` in turn (Options > Display chooses them)."""
    colors = colors or COLORS
    graphs = []
    for graph in designed:
        lines = [line for i, source in enumerate(graph.sources)
                 if (line := _line(data, source, colors[i % len(colors)])) is not None]
        if not lines:
            continue
        unit = display_unit(lines[0].source)[0]
        graphs.append(Graph(graph.title, tuple(lines), unit, 100.0 if unit == "%" else None))
    return graphs


UNITS = {"%": ("%",), "": ("",), "B": ("B", "KiB", "MiB", "GiB", "TiB"),
         "B/s": ("B/s", "KiB/s", "MiB/s", "GiB/s")}


@dataclass(frozen=True, slots=True)
class Axis:
    """The value axis: ``ticks`` equal steps from 0 to ``top`` (in the series' unit), labelled in
    ``suffix`` after dividing by ``divisor`` (so a memory axis reads 0, 1, 2, 3, 4 GiB, never 4.7 GiB)."""

    top: float
    ticks: int
    divisor: float
    suffix: str

    def label(self, value: float) -> str:
        number = round(value / self.divisor, 3)
        if self.suffix == "%":
            return f"{number:g}%"
        return f"{number:g} {self.suffix}".rstrip()


_NICE = ((1, 5), (2, 4), (2.5, 5), (4, 4), (5, 5), (6, 3), (8, 4), (10, 5))  # (top, steps) per decade


def axis_for(graph: Graph) -> Axis:
    """A round top at or above every value, a power of ten times one of ``_NICE``, in the largest binary
    unit that keeps the maximum at least 1, in whole or half steps (CPU: fixed at 100 %)."""
    if graph.top is not None:
        return Axis(graph.top, 4, 1.0, UNITS[graph.unit][0])
    peak = max((v for line in graph.lines for _, v in line.points if not math.isnan(v)), default=0.0)
    names = UNITS.get(graph.unit, ("",))
    power = 0
    while power + 1 < len(names) and peak >= 1024 ** (power + 1):
        power += 1
    divisor = 1024.0 ** power
    scaled = peak / divisor
    decade = 10 ** math.floor(math.log10(scaled)) if scaled > 0 else 1
    top, ticks = next((m * decade, n) for m, n in _NICE if m * decade >= scaled)
    return Axis(top * divisor, ticks, divisor, names[power])
