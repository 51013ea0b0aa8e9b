"""Performance graph benchmark: the redraw cost of a year of daily points in 10 series, pyqtgraph vs QtCharts.

    python bench/graphs.py [--points 366] [--series 10] [--runs 15] [--json]

Each library draws one 900x300 line chart (offscreen) holding ``--series`` series of ``--points`` points
(a year of 1-day rows, the Performance tab's longest range). One run is "new data": every series' points
replaced (``PlotDataItem.setData`` / ``QLineSeries.replace``) and the chart painted into an image; "repaint"
is the paint alone (a hover or a resize); "zoom" moves the visible range to the last month and paints. The
median and the spread of ``--runs`` runs after a warm-up, in milliseconds. See bench/README.md ("Graphs").
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 900, 300
DAY = 86400


def _data(points: int, series: int, shift: float) -> tuple[list[float], list[list[float]]]:
    start = 1_700_000_000
    xs = [float(start + i * DAY) for i in range(points)]
    ys = [[50 + 40 * math.sin(i / 9.0 + s + shift) * math.cos(i / 41.0 + s) for i in range(points)]
          for s in range(series)]
    return xs, ys


class PyQtGraphChart:
    name = "pyqtgraph"

    def __init__(self, series: int) -> None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True)  # as the QtCharts view: both draw smooth lines
        self.widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        self.widget.resize(WIDTH, HEIGHT)
        self.curves = [self.widget.plot(pen=pg.mkPen(pg.intColor(i, series), width=1.5)) for i in range(series)]

    def set_data(self, xs: list[float], ys: list[list[float]]) -> None:
        import numpy as np

        x = np.asarray(xs)
        for curve, y in zip(self.curves, ys):
            curve.setData(x, np.asarray(y))

    def zoom(self, first: float, last: float) -> None:
        self.widget.setXRange(first, last, padding=0)


class QtChartsChart:
    name = "QtCharts"

    def __init__(self, series: int) -> None:
        from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
        from PySide6.QtGui import QPainter

        self.chart = QChart()
        self.chart.legend().hide()
        self.x_axis, self.y_axis = QDateTimeAxis(), QValueAxis()
        self.x_axis.setFormat("dd MMM")
        self.chart.addAxis(self.x_axis, self._bottom())
        self.chart.addAxis(self.y_axis, self._left())
        self.series = []
        for _ in range(series):
            line = QLineSeries()
            self.chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self.series.append(line)
        self.widget = QChartView(self.chart)
        self.widget.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.widget.resize(WIDTH, HEIGHT)

    @staticmethod
    def _bottom() -> Any:
        from PySide6.QtCore import Qt

        return Qt.AlignmentFlag.AlignBottom

    @staticmethod
    def _left() -> Any:
        from PySide6.QtCore import Qt

        return Qt.AlignmentFlag.AlignLeft

    def set_data(self, xs: list[float], ys: list[list[float]]) -> None:
        from PySide6.QtCore import QDateTime, QPointF

        for line, y in zip(self.series, ys):
            line.replace([QPointF(x * 1000, v) for x, v in zip(xs, y)])
        self.x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(xs[0])), QDateTime.fromSecsSinceEpoch(int(xs[-1])))
        self.y_axis.setRange(min(min(y) for y in ys), max(max(y) for y in ys))

    def zoom(self, first: float, last: float) -> None:
        from PySide6.QtCore import QDateTime

        self.x_axis.setRange(QDateTime.fromSecsSinceEpoch(int(first)), QDateTime.fromSecsSinceEpoch(int(last)))


def _paint(widget: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    widget.render(painter)
    painter.end()


def _timed(runs: int, step: Callable[[int], None]) -> list[float]:
    step(-1)  # warm-up
    times = []
    for run in range(runs):
        began = time.perf_counter()
        step(run)
        times.append((time.perf_counter() - began) * 1000)
    return times


def measure(chart: Any, points: int, series: int, runs: int) -> dict[str, Any]:
    datasets = [_data(points, series, shift) for shift in (0.0, 0.5)]

    def new_data(run: int) -> None:
        chart.set_data(*datasets[run % 2])
        _paint(chart.widget)

    xs = datasets[0][0]
    result = {"library": chart.name, "new data": _timed(runs, new_data),
              "repaint": _timed(runs, lambda run: _paint(chart.widget))}

    def zoom(run: int) -> None:
        chart.zoom(xs[-31 - run % 2], xs[-1 - run % 2])
        _paint(chart.widget)

    result["zoom"] = _timed(runs, zoom)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=366)
    parser.add_argument("--series", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results = []
    for kind in (PyQtGraphChart, QtChartsChart):
        chart = kind(args.series)
        chart.widget.show()
        app.processEvents()
        results.append(measure(chart, args.points, args.series, args.runs))
        chart.widget.close()
    summary = [{"library": r["library"], **{k: {"median_ms": round(statistics.median(v), 2),
                                                  "min_ms": round(min(v), 2), "max_ms": round(max(v), 2)}
                                              for k, v in r.items() if k != "library"}} for r in results]
    if args.json:
        print(json.dumps({"points": args.points, "series": args.series, "runs": args.runs, "results": summary}))
        return 0
    print(f"{args.series} series x {args.points} points, {WIDTH}x{HEIGHT}, median of {args.runs} runs (min-max), ms")
    print(f"{'library':<10} {'new data':>22} {'repaint':>22} {'zoom':>22}")
    for row in summary:
        cells = [f"{row[k]['median_ms']:.2f} ({row[k]['min_ms']:.2f}-{row[k]['max_ms']:.2f})"
                 for k in ("new data", "repaint", "zoom")]
        print(f"{row['library']:<10} " + " ".join(f"{c:>22}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
