"""The Performance tab: line graphs of CPU, memory, network and disk of a VM or host from ``/rrd_updates``.

A host reports itself and the VMs resident on it, so a VM's data comes from its resident host (over that
host's own pinned TLS). On show the page fetches the last 10 minutes at 5 s steps, then polls every 5 s
for the rows since the newest one it has, and only while it is visible: hiding it or changing the
selection stops the poll and drops any answer still on its way. The fetch runs on a worker; the page
keeps the merged rows (``PerformanceData``) and derives the graphs' series from them (``graphs_for``).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from xencenter.views.tabs.base import PanePage, one_machine
from xencenter.views.tabs.widgets import (
    MARGIN,
    SPACING,
    plain_label,
    secondary_text_color,
)

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.operations.background import BackgroundTask
    from xencenter.xenapi.rrd import RRDUpdates

WINDOW = 600  # seconds of history shown
STEP = 5  # seconds per row, and the poll interval
NOT_RUNNING = "Performance data is only available while the VM is running."
NO_DATA = "No data yet."

Point = tuple[int, float]  # (unix time, value); NaN values break the line


# ---- the series (no Qt) -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    color: str
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Graph:
    """One chart: a title, its values' unit (a key of ``UNITS``), a fixed top (CPU: 100 %) or None to fit."""

    title: str
    lines: tuple[Line, ...]
    unit: str
    top: float | None = None


class PerformanceData:
    """The rows fetched so far for one object (``kind`` host or vm, ``uuid``), merged by time, newest
    ``WINDOW`` seconds only. A change of legend (a VIF plugged) starts over with the new columns."""

    def __init__(self, kind: str, uuid: str) -> None:
        self.kind, self.uuid = kind, uuid
        self.names: tuple[str, ...] = ()  # the metric names of this object's columns (cpu0, memory, ...)
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
            oldest = max(self.rows) - WINDOW
            self.rows = {t: v for t, v in self.rows.items() if t > oldest}

    @property
    def newest(self) -> int | None:
        return max(self.rows) if self.rows else None

    def combined(self, pattern: str, reduce: Callable[[list[float]], float] = sum) -> tuple[Point, ...]:
        """Per time, ``reduce`` of the columns whose name matches ``pattern`` (empty when none does)."""
        regex = re.compile(pattern)
        indexes = [i for i, name in enumerate(self.names) if regex.fullmatch(name)]
        if not indexes:
            return ()
        return tuple((t, reduce([self.rows[t][i] for i in indexes])) for t in sorted(self.rows))


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


UNITS = {"%": ("%",), "B": ("B", "KB", "MB", "GB", "TB"), "B/s": ("B/s", "KiB/s", "MiB/s", "GiB/s")}


@dataclass(frozen=True, slots=True)
class Axis:
    """The value axis: ``ticks`` equal steps from 0 to ``top`` (in the series' unit), labelled in
    ``suffix`` after dividing by ``divisor`` (so a memory axis reads 0, 1, 2, 3, 4 GB, never 4.7 GB)."""

    top: float
    ticks: int
    divisor: float
    suffix: str

    def label(self, value: float) -> str:
        number = round(value / self.divisor, 3)
        return f"{number:g} {self.suffix}" if self.suffix != "%" else f"{number:g}%"


_NICE = ((1, 5), (2, 4), (2.5, 5), (4, 4), (5, 5), (6, 3), (8, 4), (10, 5))  # (top, steps) per decade


def axis_for(graph: Graph) -> Axis:
    """A round top at or above every value, a power of ten times one of ``_NICE``, in the largest binary
    unit that keeps the maximum at least 1, in whole or half steps (CPU: fixed at 100 %)."""
    if graph.top is not None:
        return Axis(graph.top, 4, 1.0, UNITS[graph.unit][0])
    peak = max((v for line in graph.lines for _, v in line.points if not math.isnan(v)), default=0.0)
    names = UNITS[graph.unit]
    power = 0
    while power + 1 < len(names) and peak >= 1024 ** (power + 1):
        power += 1
    divisor = 1024.0 ** power
    scaled = peak / divisor
    decade = 10 ** math.floor(math.log10(scaled)) if scaled > 0 else 1
    top, ticks = next((m * decade, n) for m, n in _NICE if m * decade >= scaled)
    return Axis(top * divisor, ticks, divisor, names[power])


def _scaled(points: Iterable[Point], factor: float) -> tuple[Point, ...]:
    return tuple((t, v * factor) for t, v in points)


def _difference(total: Sequence[Point], free: Sequence[Point]) -> tuple[Point, ...]:
    return tuple((t, a - b) for (t, a), (_, b) in zip(total, free))


def graphs_for(data: PerformanceData) -> list[Graph]:
    """CPU (mean over CPUs, %), memory (used vs total), network and disk (bytes/s summed over devices);
    a graph whose data sources the object does not have is left out."""
    graphs = []
    cpu = data.combined(r"cpu_avg") if data.kind == "host" else ()
    cpu = cpu or data.combined(r"cpu\d+", _mean)
    if cpu:
        graphs.append(Graph("CPU", (Line("CPU usage", "#1e88e5", _scaled(cpu, 100)),), "%", 100.0))
    if data.kind == "host":
        total, free = _scaled(data.combined("memory_total_kib"), 1024), _scaled(data.combined("memory_free_kib"), 1024)
    else:
        total, free = data.combined("memory"), _scaled(data.combined("memory_internal_free"), 1024)
    if total:
        lines = [Line("Total", "#9e9e9e", total)]
        if free:
            lines.insert(0, Line("Used", "#43a047", _difference(total, free)))
        graphs.append(Graph("Memory", tuple(lines), "B"))
    device = "pif" if data.kind == "host" else "vif"
    for title, pattern, (first, second) in (
        ("Network", device + r"_\w+_{}", ("rx", "tx")),
        ("Disk", r"vbd_\w+_{}", ("read", "write")),
    ):
        received, sent = data.combined(pattern.format(first)), data.combined(pattern.format(second))
        if received or sent:
            names = ("Receive", "Send") if title == "Network" else ("Read", "Write")
            graphs.append(Graph(title, (Line(names[0], "#1e88e5", received), Line(names[1], "#fb8c00", sent)),
                                "B/s"))
    return graphs


# ---- drawing ------------------------------------------------------------------------------------------------


class LineGraph(QWidget):
    """One graph: title and legend above a plot with a light grid, value labels left, times below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph: Graph | None = None
        self.axis = Axis(1.0, 4, 1.0, "")
        self.span: tuple[int, int] = (0, WINDOW)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def set_graph(self, graph: Graph, span: tuple[int, int]) -> None:
        self.graph, self.span, self.axis = graph, span, axis_for(graph)
        self.update()

    def plot_rect(self) -> QRectF:
        """The plot area; the left margin is the same for every graph so that their time axes line up."""
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("1000 MiB/s") + 10
        header = metrics.height() + 10
        return QRectF(left + 0.5, header + 0.5, self.width() - left - 12.0,
                      self.height() - header - metrics.height() - 12.0)

    def paintEvent(self, event: Any) -> None:
        if self.graph is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text_color = QColor(secondary_text_color(self))
        plot = self.plot_rect()
        painter.fillRect(plot, self.palette().color(QPalette.ColorRole.Base))
        self._draw_header(painter, text_color)
        self._draw_grid(painter, plot, text_color)
        painter.setClipRect(plot.adjusted(-1, -2, 1, 1))
        for line in self.graph.lines:
            painter.setPen(QPen(QColor(line.color), 1.6))
            painter.drawPath(self._path(line.points, plot))
        painter.end()

    def _draw_header(self, painter: QPainter, text_color: QColor) -> None:
        assert self.graph is not None
        metrics = painter.fontMetrics()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(2, metrics.ascent() + 2), self.graph.title)
        painter.setFont(self.font())
        x = self.width() - 12.0
        for line in reversed(self.graph.lines):  # the legend, right-aligned
            x -= metrics.horizontalAdvance(line.name)
            painter.setPen(text_color)
            painter.drawText(QPointF(x, metrics.ascent() + 2), line.name)
            x -= 18
            painter.fillRect(QRectF(x, metrics.ascent() * 0.6, 12, 4), QColor(line.color))
            x -= 16

    def _draw_grid(self, painter: QPainter, plot: QRectF, text_color: QColor) -> None:
        assert self.graph is not None
        metrics = painter.fontMetrics()
        grid = self.palette().color(QPalette.ColorRole.Midlight)
        axis = self.axis
        for k in range(axis.ticks + 1):
            y = plot.bottom() - plot.height() * k / axis.ticks
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = axis.label(axis.top * k / axis.ticks)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        first, last = self.span
        every = 120 if last - first > 300 else 60
        for t in range(first - first % every + every, last + 1, every):
            x = self._x(t, plot)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_color)
            label = time.strftime("%H:%M", time.localtime(t))
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 4), label)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

    def _x(self, t: float, plot: QRectF) -> float:
        first, last = self.span
        return plot.left() + plot.width() * (t - first) / max(1, last - first)

    def _path(self, points: Sequence[Point], plot: QRectF) -> QPainterPath:
        path, pen_down, top = QPainterPath(), False, self.axis.top
        for t, value in points:
            if math.isnan(value):
                pen_down = False
                continue
            point = QPointF(self._x(t, plot), plot.bottom() - plot.height() * max(0.0, value) / top)
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        return path


# ---- the page -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Target:
    """What the page fetches: over which connection, from which host (its URL), for which object."""

    connection: Any
    host_url: str
    kind: str
    uuid: str


class PerformancePage(PanePage):
    title = "Performance"

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status = plain_label("")
        self.status.setStyleSheet(f"color: {secondary_text_color(self)};")
        self.graph_widgets: list[LineGraph] = []
        self.graphs: list[Graph] = []
        self.data: PerformanceData | None = None
        self.fetches = 0  # requests made (tests check that a hidden page stops asking)
        self._target: _Target | None = None
        self._task: BackgroundTask | None = None
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(STEP * 1000)
        self._poll.timeout.connect(self._fetch)
        self.body_layout = QVBoxLayout(self.content)
        self.body_layout.setContentsMargins(MARGIN, SPACING, MARGIN, MARGIN)
        self.body_layout.setSpacing(2 * SPACING)
        self.body_layout.addWidget(self.status)
        self.body_layout.addStretch(1)

    def applies_to(self, selection: list[XenObject]) -> bool:
        return one_machine(selection)

    @property
    def polling(self) -> bool:
        """Whether a fetch is on its way or scheduled."""
        return self._poll.isActive() or self._task is not None

    def refresh(self) -> None:
        """Start fetching for the selection, unless what is fetched stays the same (a change of the VM's
        metrics must not restart the poll, nor hide a notice)."""
        objects = self.current()
        target = self._target_for(objects[0]) if objects else "The selected object no longer exists."
        if target == self._target and self.polling:
            return
        self._stop()
        if isinstance(target, str):
            self._target = None
            self.show_message(target)
            return
        self._target = target
        if self.data is None or (self.data.kind, self.data.uuid) != (target.kind, target.uuid):
            self.data = PerformanceData(target.kind, target.uuid)
            self._show_graphs([])
        if self.graphs:
            self.show_body()
        else:
            self.show_message(NO_DATA)
        self._fetch()

    def _target_for(self, obj: XenObject) -> _Target | str:
        """What to fetch for ``obj``, or why nothing can be."""
        connection = self.connection_for(obj)
        host = obj if obj.cls == "host" else None
        if obj.cls == "VM":
            if obj.power_state not in ("Running", "Paused"):
                return NOT_RUNNING
            host = obj.resident_on
        if host is None or not host.address:
            return "Performance data is not available: the server's address is not known."
        if connection is None or connection.session is None:
            return "Performance data is only available while connected."
        return _Target(connection, connection.url_of(host.address), obj.cls.lower(), obj.uuid)

    def _fetch(self) -> None:
        from xencenter.operations.metrics import fetch_metrics

        target, data = self._target, self.data
        if target is None or data is None or not self.isVisible() or self._task is not None:
            return
        start = data.newest if data.newest is not None else int(time.time()) - WINDOW
        self.fetches += 1
        self._task = fetch_metrics(target.connection, target.host_url, start, STEP,
                                   target.uuid if target.kind == "vm" else None,
                                   on_success=self._arrived, on_failure=self._failed)

    def _arrived(self, updates: RRDUpdates) -> None:
        self._task = None
        if self.data is None:
            return
        self.data.merge(updates)
        graphs = graphs_for(self.data)
        if graphs:
            self._show_graphs(graphs)
            self.status.setText(f"Last updated {time.strftime('%H:%M:%S', time.localtime(self.data.newest))}, "
                                f"every {STEP} seconds")
            self.show_body()
        else:
            self.show_message(NO_DATA)
        self._schedule()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        text = f"Performance data could not be fetched: {error}"
        if self.graphs:
            self.status.setText(text)
        else:
            self.show_message(text)
        self._schedule()

    def _schedule(self) -> None:
        if self.isVisible() and self._target is not None:
            self._poll.start()

    def _show_graphs(self, graphs: list[Graph]) -> None:
        """Reuse one LineGraph per graph; the span is the shown window ending at the newest row."""
        self.graphs = graphs
        while len(self.graph_widgets) > len(graphs):
            self.graph_widgets.pop().deleteLater()
        while len(self.graph_widgets) < len(graphs):
            widget = LineGraph(self.content)
            self.body_layout.insertWidget(self.body_layout.count() - 1, widget)
            self.graph_widgets.append(widget)
        newest = self.data.newest if self.data is not None and self.data.newest is not None else int(time.time())
        for widget, graph in zip(self.graph_widgets, graphs):
            widget.set_graph(graph, (newest - WINDOW, newest))

    def _stop(self) -> None:
        """Stop polling and ignore any answer still on its way."""
        self._poll.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def showEvent(self, event: Any) -> None:
        self._dirty = True  # shown again: start polling even when nothing changed meanwhile
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._stop()
        super().hideEvent(event)
