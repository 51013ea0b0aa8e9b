"""The Performance tab: a VM's or host's graphs (XenCenter's defaults, or those saved in the pool's
gui_config) over XenCenter's ranges, from ``/rrd_updates``.

A host reports itself and the VMs resident on it, so a VM's data comes from its resident host (over that
host's own pinned TLS). A range (``model.graphs.RANGES``, or a custom one) is one archive: on show the page
asks for the range at its step, then polls for the rows since the newest one it has (every step, at most
every minute) and only while it is visible: hiding it or changing the selection stops the poll and drops any
answer still on its way. The fetch runs on a worker. Zoom (the wheel) and pan (a drag) move every graph's
time window together within what was fetched; New, Edit and Delete Graph run ``graph.*`` commands.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.graphs import RANGES, GraphRange, custom_range, graphs_of, pool_gui_config
from xencenter.model.perf_series import Graph, PerformanceData, graphs_for
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.base import PanePage, one_machine
from xencenter.views.tabs.perf_chart import PerformanceChart
from xencenter.views.tabs.widgets import MARGIN, SPACING, plain_label, secondary_text_color

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject
    from xencenter.operations.background import BackgroundTask
    from xencenter.xenapi.rrd import RRDUpdates

translate = QCoreApplication.translate

NOT_RUNNING = QT_TRANSLATE_NOOP("Tabs", "Performance data is only available while the VM is running.")
NO_DATA = QT_TRANSLATE_NOOP("Tabs", "No data yet.")
CUSTOM = QT_TRANSLATE_NOOP("PerformanceTab", "Custom...")


@dataclass(frozen=True, slots=True)
class _Target:
    """What the page fetches: over which connection, from which host (its URL), for which object."""

    connection: Any
    host_url: str
    kind: str
    uuid: str


class CustomRangeDialog(QDialog):
    """From and to, for a range XenCenter's four do not cover."""

    def __init__(self, first: float, last: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PerformanceTab", "Custom Range"))
        self.first, self.last = QDateTimeEdit(), QDateTimeEdit()
        for edit, value in ((self.first, first), (self.last, last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("PerformanceTab", "&From:"), self.first)
        form.addRow(translate("PerformanceTab", "&To:"), self.last)
        form.addRow(buttons)

    def window(self) -> tuple[float, float]:  # type: ignore[override]
        first, last = self.first.dateTime().toSecsSinceEpoch(), self.last.dateTime().toSecsSinceEpoch()
        return float(min(first, last)), float(max(first, last))


class PerformancePage(PanePage):
    title = QT_TRANSLATE_NOOP("Tabs", "Performance")
    scrolling = True

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status = plain_label("")
        self.status.setStyleSheet(f"color: {secondary_text_color(self)};")
        self.range_box = QComboBox()
        self.range_box.addItems([r.name for r in RANGES] + [translate("PerformanceTab", CUSTOM)])
        self.range_box.activated.connect(self._on_range)
        self.range = RANGES[0]
        self.custom: tuple[float, float] | None = None  # the custom window, when one is chosen
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(MARGIN, SPACING, MARGIN, 0)
        bar.addWidget(plain_label(translate("PerformanceTab", "Show:")))
        bar.addWidget(self.range_box)
        bar.addStretch(1)
        for command_id, text in (("graph.new", translate("PerformanceTab", "New Graph...")), ("graph.edit", translate("PerformanceTab", "Edit Graph...")),
                                 ("graph.delete", translate("PerformanceTab", "Delete Graph"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=command_id: self.run_graph_command(c))
            bar.addWidget(button)
            self.buttons[command_id] = button
        self.body.insertLayout(0, bar)
        self.graph_widgets: list[PerformanceChart] = []
        self.graphs: list[Graph] = []
        self.selected_graph = 0
        self.data: PerformanceData | None = None
        self.time_window: tuple[float, float] = (0.0, 0.0)
        self.fetches = 0  # requests made (tests check that a hidden page stops asking)
        self._target: _Target | None = None
        self._task: BackgroundTask | None = None
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
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

    # ---- ranges ----------------------------------------------------------------------------------------------

    def set_range(self, graph_range: GraphRange, custom: tuple[float, float] | None = None) -> None:
        """Show ``graph_range`` (one of RANGES, or a custom one with its window): fetched again from scratch."""
        self.range, self.custom = graph_range, custom
        names = [r.name for r in RANGES]
        self.range_box.setCurrentIndex(names.index(graph_range.name) if graph_range.name in names else len(names))
        self._stop()
        self.data = None
        self.refresh()

    def _on_range(self, index: int) -> None:
        if index < len(RANGES):
            self.set_range(RANGES[index])
            return
        now = self._server_now()
        dialog = CustomRangeDialog(now - 86400, now, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            first, last = dialog.window()
            self.set_range(custom_range(first, last, now), (first, last))
        else:
            self.set_range(self.range, self.custom)

    def _server_now(self) -> float:
        offset = self._target.connection.cache.server_time_offset if self._target is not None else 0.0
        return time.time() + offset

    # ---- fetching --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Start fetching for the selection, unless what is fetched stays the same (a change of the VM's
        metrics must not restart the poll, nor hide a notice); the graphs follow the pool's gui_config."""
        objects = self.current()
        target = self._target_for(objects[0]) if objects else translate("PerformanceTab", "The selected object no longer exists.")
        if target == self._target and self.polling:
            self._redraw()
            return
        self._stop()
        if isinstance(target, str):
            self._target = None
            self.show_message(target)
            return
        self._target = target
        span, step = self.range.span, self.range.step
        data = self.data
        if data is None or (data.kind, data.uuid, data.span, data.step) != (target.kind, target.uuid, span, step):
            self.data = PerformanceData(target.kind, target.uuid, span, step)
            self._show_graphs([])
        if self.graphs:
            self.show_body()
        else:
            self.show_message(translate("Tabs", NO_DATA))
        self._fetch()

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({"pool"})  # a graph saved in gui_config redraws the page

    def _target_for(self, obj: XenObject) -> _Target | str:
        """What to fetch for ``obj``, or why nothing can be."""
        connection = self.connection_for(obj)
        host = obj if obj.cls == "host" else None
        if obj.cls == "VM":
            if obj.power_state not in ("Running", "Paused"):
                return translate("Tabs", NOT_RUNNING)
            host = obj.resident_on
        if host is None or not host.address:
            return translate("PerformanceTab", "Performance data is not available: the server's address is not known.")
        if connection is None or connection.session is None:
            return translate("PerformanceTab", "Performance data is only available while connected.")
        return _Target(connection, connection.url_of(host.address), obj.cls.lower(), obj.uuid)

    def _fetch(self) -> None:
        from xencenter.operations.metrics import fetch_metrics

        target, data = self._target, self.data
        if target is None or data is None or not self.isVisible() or self._task is not None:
            return
        if data.newest is not None:
            start = data.newest
        elif self.custom is not None:
            start = int(self.custom[0])
        else:
            start = self.range.start(self._server_now())
        self.fetches += 1
        self._task = fetch_metrics(target.connection, target.host_url, start, self.range.step,
                                   target.uuid if target.kind == "vm" else None,
                                   on_success=self._arrived, on_failure=self._failed)

    def _arrived(self, updates: RRDUpdates) -> None:
        self._task = None
        if self.data is None:
            return
        self.data.merge(updates)
        if self.custom is None and self.data.newest is not None:
            self.time_window = (self.data.newest - self.range.span, float(self.data.newest))
        elif self.custom is not None:
            self.time_window = self.custom
        if not self._redraw():
            self.show_message(translate("Tabs", NO_DATA))
        self._schedule()

    def _redraw(self) -> bool:
        """Draw the object's graphs from the data held; False when there is nothing to draw."""
        objects = self.current()
        if self.data is None or not objects:
            return False
        designed, _ = graphs_of(objects[0], pool_gui_config(objects[0]))
        settings = getattr(self.context, "settings", None)
        graphs = graphs_for(self.data, designed, settings.options.display.graph_colors if settings else ())
        if not graphs:
            return False
        self._show_graphs(graphs)
        newest = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.data.newest))
        self.status.setText(translate("PerformanceTab", "{range}: one point every {step}; last updated {time}. Scroll "
                                      "to zoom, drag to move.").format(
            range=self.range.name if self.custom is None else translate("PerformanceTab", "Custom range"),
            step=_step_words(self.data.step), time=newest))
        self.show_body()
        return True

    def _failed(self, error: BaseException) -> None:
        self._task = None
        text = translate("PerformanceTab", "Performance data could not be fetched: {error}").format(error=error)
        if self.graphs:
            self.status.setText(text)
        else:
            self.show_message(text)
        self._schedule()

    def _schedule(self) -> None:
        live = self.custom is None or self.custom[1] >= self._server_now() - self.range.step
        if self.isVisible() and self._target is not None and live:
            self._poll.start(min(self.range.step, 60) * 1000)

    # ---- graphs ----------------------------------------------------------------------------------------------

    def _show_graphs(self, graphs: list[Graph]) -> None:
        """Reuse one chart per graph; every chart shows the page's time window."""
        self.graphs = graphs
        while len(self.graph_widgets) > len(graphs):
            self.graph_widgets.pop().deleteLater()
        while len(self.graph_widgets) < len(graphs):
            chart = PerformanceChart(self.content)
            chart.window_requested.connect(self.set_time_window)
            chart.clicked.connect(lambda c=chart: self.select_graph(self.graph_widgets.index(c)))
            self.body_layout.insertWidget(self.body_layout.count() - 1, chart)
            self.graph_widgets.append(chart)
        for chart, graph in zip(self.graph_widgets, graphs):
            chart.set_graph(graph, self.time_window)
        self.select_graph(min(self.selected_graph, max(len(graphs) - 1, 0)))

    def set_time_window(self, first: float, last: float) -> None:
        """Zoom or pan every graph to ``first``-``last``, kept within the range fetched."""
        if self.data is None or not self.data.rows:
            return
        oldest, newest = float(min(self.data.rows)), float(max(self.data.rows))
        span = min(last - first, max(newest - oldest, 60.0))
        first = min(max(first, oldest), newest - span)
        self.time_window = (first, first + span)
        for chart in self.graph_widgets:
            chart.set_window(self.time_window)

    def select_graph(self, index: int) -> None:
        self.selected_graph = index
        for i, chart in enumerate(self.graph_widgets):
            chart.set_selected(i == index)

    def run_graph_command(self, command_id: str) -> None:
        """New, Edit or Delete Graph on the selected object (Edit and Delete: the selected graph)."""
        objects = self.current()
        commands = getattr(self.context, "commands", None)
        if not objects or commands is None:
            return
        params: dict[str, Any] = {}
        if command_id != "graph.new":
            designed, _ = graphs_of(objects[0], pool_gui_config(objects[0]))
            shown = self.graphs[self.selected_graph].title if self.graphs else ""
            params["index"] = next((i for i, g in enumerate(designed) if g.title == shown), self.selected_graph)
        commands[command_id].run(objects, self.context, **params)

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


def _step_words(step: int) -> str:
    words = {5: translate("PerformanceTab", "5 seconds"), 60: translate("PerformanceTab", "minute"),
             3600: translate("PerformanceTab", "hour"), 86400: translate("PerformanceTab", "day")}
    return words.get(step) or translate("PerformanceTab", "{seconds} s").format(seconds=step)
