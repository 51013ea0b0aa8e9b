"""One performance graph drawn with QtCharts (chosen by bench/graphs.py): lines over a time axis, a round
value axis in humanised units, the value and time under the mouse, zoom with the wheel and pan by dragging.

Zoom and pan change the time window of every graph of the page together (XenCenter's DataPlotNav): the
chart only reports the window it wants (``window_requested``); the page sets it on all of them.
"""

from __future__ import annotations

import math
import time
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from xencenter.model.graphs import humanised
from xencenter.model.perf_series import Axis, Graph, axis_for

translate = QCoreApplication.translate

MIN_WINDOW = 60  # seconds: the narrowest zoom


def time_format(span: float) -> str:
    """Axis labels for a window: times for hours, days and times for days, dates beyond."""
    if span <= 6 * 3600:
        return "HH:mm"
    if span <= 8 * 86400:
        return "ddd HH:mm"
    return "d MMM"


def tick_count(span: float) -> int:
    """Ticks at round steps of XenCenter's ranges: 2 minutes, 20 minutes, a day, about a month."""
    for longest, ticks in ((600, 6), (7200, 7), (7 * 86400, 8)):
        if span <= longest:
            return ticks
    return 13


class PerformanceChart(QChartView):
    window_requested = Signal(float, float)  # (first, last) unix times, from a wheel or a drag
    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setMarkerShape(chart.legend().MarkerShape.MarkerShapeFromSeries)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setMouseTracking(True)  # the values under the mouse, without a button held
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.graph: Graph | None = None
        self.axis = Axis(1.0, 4, 1.0, "")
        self.time_window: tuple[float, float] = (0.0, 600.0)
        self.hover_text = ""  # what the tooltip says (tests read it)
        self.selected = False
        self._x = QDateTimeAxis()
        self._y = QValueAxis()
        self._y.setLabelFormat("%g")
        chart.addAxis(self._x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._y, Qt.AlignmentFlag.AlignLeft)
        self._series: list[QLineSeries] = []
        self._drag: tuple[float, tuple[float, float]] | None = None
        self._follow_palette()

    def _follow_palette(self) -> None:
        """The chart's paper, words and grid from the window's palette, so a dark window has dark charts."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        grid = QColor.fromRgbF(*(b + (t - b) * 0.15 for b, t in ((base.redF(), text.redF()),
                                                                  (base.greenF(), text.greenF()),
                                                                  (base.blueF(), text.blueF()))))
        chart = self.chart()
        chart.setBackgroundBrush(base)
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in (self._x, self._y):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()
        super().changeEvent(event)

    def set_graph(self, graph: Graph, window: tuple[float, float]) -> None:
        """Show ``graph``; its series are made again only when its lines change in number."""
        self.graph, self.axis = graph, axis_for(graph)
        chart = self.chart()
        chart.setTitle(f"<b>{graph.title}</b>")
        # many lines: a legend down the right side, where QtCharts does not cut the names short
        many = len(graph.lines) > 4
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight if many else Qt.AlignmentFlag.AlignTop)
        while len(self._series) > len(graph.lines):
            chart.removeSeries(self._series.pop())
        while len(self._series) < len(graph.lines):
            series = QLineSeries()
            chart.addSeries(series)
            series.attachAxis(self._x)
            series.attachAxis(self._y)
            series.hovered.connect(lambda point, state, s=series: self._on_hover(s, point, state))
            self._series.append(series)
        divisor = self.axis.divisor  # the axis counts in its suffix (MiB, KiB/s): QValueAxis has no label hook
        for series, line in zip(self._series, graph.lines):
            series.setName(line.name)
            series.setPen(QPen(QColor(line.color), 1.6))
            # NaN breaks the line in rrdd's data; QtCharts cannot draw a gap, so those rows are left out
            series.replace([QPointF(t * 1000.0, v / divisor) for t, v in line.points if not math.isnan(v)])
        self._y.setRange(0, self.axis.top / divisor)
        self._y.setTickCount(self.axis.ticks + 1)
        self._y.setTitleText(self.axis.suffix)
        self.set_window(window)

    def set_window(self, window: tuple[float, float]) -> None:
        self.time_window = window
        first, last = window
        self._x.setFormat(time_format(last - first))
        self._x.setTickCount(tick_count(last - first))
        self._x.setRange(QDateTime.fromSecsSinceEpoch(int(first)), QDateTime.fromSecsSinceEpoch(int(last)))

    def value_at(self, series_index: int, t: float) -> tuple[int, float] | None:
        """The point of a line nearest to time ``t`` (for the hover)."""
        if self.graph is None or not 0 <= series_index < len(self.graph.lines):
            return None
        points = [(pt, v) for pt, v in self.graph.lines[series_index].points if not math.isnan(v)]
        return min(points, key=lambda p: abs(p[0] - t)) if points else None

    def hover(self, series_index: int, t: float) -> str:
        """"CPU 0: 12.3% at 14:05:10" for the line's point nearest ``t``."""
        assert self.graph is not None
        point = self.value_at(series_index, t)
        if point is None:
            return ""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S" if self.time_window[1] - self.time_window[0] > 86400 else "%H:%M:%S",
                              time.localtime(point[0]))
        return QCoreApplication.translate("PerformanceTab", "{line}: {value} at {time}").format(
            line=self.graph.lines[series_index].name, value=humanised(point[1], self.graph.unit), time=stamp)

    def hover_all(self, t: float) -> str:
        """Every line's value nearest time ``t``, one per line (the tooltip anywhere over the plot)."""
        if self.graph is None:
            return ""
        return "\n".join(text for i in range(len(self.graph.lines)) if (text := self.hover(i, t)))

    def _on_hover(self, series: QLineSeries, point: QPointF, state: bool) -> None:
        if not state:
            return
        self.hover_text = self.hover(self._series.index(series), point.x() / 1000.0)
        self.viewport().setToolTip(self.hover_text)

    # ---- zoom and pan ----------------------------------------------------------------------------------------

    def _time_at(self, x: float) -> float:
        area = self.chart().plotArea()
        first, last = self.time_window
        return first + (last - first) * min(max((x - area.left()) / max(area.width(), 1.0), 0.0), 1.0)

    def zoomed(self, at: float, factor: float) -> tuple[float, float]:
        """The window scaled by ``factor`` (< 1 zooms in) around time ``at``."""
        first, last = self.time_window
        span = max((last - first) * factor, MIN_WINDOW)
        ratio = (at - first) / max(last - first, 1.0)
        return at - span * ratio, at - span * ratio + span

    def wheelEvent(self, event: Any) -> None:
        factor = 0.8 if event.angleDelta().y() > 0 else 1.25
        self.window_requested.emit(*self.zoomed(self._time_at(event.position().x()), factor))
        event.accept()

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().x(), self.time_window)
            self.clicked.emit()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._drag is not None:
            start_x, (first, last) = self._drag
            width = max(self.chart().plotArea().width(), 1.0)
            shift = (start_x - event.position().x()) / width * (last - first)
            self.window_requested.emit(first + shift, last + shift)
        elif self.chart().plotArea().contains(event.position()):
            self.hover_text = self.hover_all(self._time_at(event.position().x()))
            self.viewport().setToolTip(self.hover_text)  # Qt shows it where the mouse rests
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self._drag = None
        super().mouseReleaseEvent(event)

    def set_selected(self, selected: bool) -> None:
        """The graph Edit and Delete act on: a highlighted frame."""
        self.selected = selected
        self.chart().setBackgroundPen(QPen(QColor("#1e88e5"), 2) if selected else QPen(Qt.PenStyle.NoPen))
