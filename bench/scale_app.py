"""Our side of the scale benchmark: the real Connection, TreeModel and General tab in an offscreen window.

One ``measure_app`` call is one repetition: connect, wait for the cache and the complete Infrastructure
tree, filter it, open the General tab, switch the selection across VMs, then let the simulator churn and
watch the event throughput and the UI thread's worst stall. Times are taken in the slots that see each
moment (``perf_counter``), never by the polling loop that waits for them.
"""

from __future__ import annotations

import gc
import resource
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSplitter, QTabWidget, QTreeView, QWidget

from sim_process import PASSWORD, USER, SimProcess
from xencenter.connection import Connection, ConnectionState
from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.tree import Source, infrastructure_tree
from xencenter.settings import ServerAddress, TrustStore
from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tree_model import FILTER_DELAY_MS, KindRole, TreeModel
from xencenter.xenapi.session import Session

FILTER_QUERY = "web"
SELECTIONS = 100
TAB_OPENINGS = 10
STALL_TICK_MS = 10
QUIET_S = 1.5  # no tree update for this long after a load: the model has settled


class CountingCache(ObjectCache):
    """The real cache, counting what it applies and when (the writer thread's clock)."""

    def __init__(self) -> None:
        super().__init__()
        self.applied = 0
        self.last_applied_at = 0.0
        self.filled_at: float | None = None

    def apply(self, events: Iterable[Any]) -> ChangeSet:
        events = events if isinstance(events, list) else list(events)
        changes = super().apply(events)
        self.applied += len(events)
        self.last_applied_at = time.perf_counter()
        return changes

    def refill(self, events: Iterable[Any]) -> ChangeSet:
        changes = super().refill(events)
        if self.filled_at is None:
            self.filled_at = time.perf_counter()
        return changes


class OneConnection:
    """The TreeSource of the model: one connection, as the main window's list would describe it."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.key = connection.address.key

    def sources(self) -> list[Source]:
        c = self.connection
        connected = c.state is ConnectionState.CONNECTED
        return [Source(self.key, c.name or str(c.address), c.cache, connected)]

    def cache(self, source_key: str) -> ObjectCache | None:
        return self.connection.cache if source_key == self.key else None

    def reason(self, source_key: str) -> str:
        return self.connection.reason


@dataclass
class TabContext:
    connections: list[Connection]
    history: Any = None
    commands: Any = None


class StallProbe:
    """A 10 ms timer on the UI thread; its worst lateness is the longest the UI thread was unavailable."""

    def __init__(self) -> None:
        self.worst_ms = 0.0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(STALL_TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return self.worst_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000 - STALL_TICK_MS)
        self._last = now


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the Qt event loop until ``predicate()``; checks every 5 ms without spinning a core."""
    if predicate():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if predicate() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(round(timeout * 1000))
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError(f"timed out after {timeout:g} s waiting for {what}")


@dataclass
class AppRun:
    login_to_cache_s: float
    login_to_tree_s: float
    tree_items: int
    filter_ms: float
    filter_matches: int
    general_tab_ms: float
    select_ms: float
    select_max_ms: float
    events: int
    events_per_s: float
    churn_call_s: float
    ui_catch_up_s: float
    max_ui_stall_ms: float
    rss_mb: float
    classes: list[str] = field(default_factory=list)


class BenchWindow:
    """Tree on the left, tabs on the right (a placeholder tab and the General tab), as the main window."""

    def __init__(self, connection: Connection, model: TreeModel) -> None:
        self.widget = QSplitter()
        self.view = QTreeView()
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setModel(model)
        self.tabs = QTabWidget()
        self.placeholder = QWidget()
        self.general = GeneralPage(TabContext([connection]))
        self.tabs.addTab(self.placeholder, "Search")
        self.tabs.addTab(self.general, self.general.title)
        self.widget.addWidget(self.view)
        self.widget.addWidget(self.tabs)
        self.widget.resize(1280, 800)
        self.model = model
        self.view.selectionModel().currentChanged.connect(self._on_current)
        connection.objects_changed.connect(self.general.on_changes)

    def _on_current(self, current: Any, _previous: Any) -> None:
        obj = self.model.object_at(current)
        self.general.set_selection([obj] if obj is not None else [])

    def vm_indexes(self, limit: int) -> list[Any]:
        """The first ``limit`` VM rows in tree order."""
        found: list[Any] = []
        stack = [self.model.index(r, 0) for r in range(self.model.rowCount())][::-1]
        while stack and len(found) < limit:
            index = stack.pop()
            if index.data(KindRole) == "vm":
                found.append(index)
            stack.extend(self.model.index(r, 0, index) for r in range(self.model.rowCount(index) - 1, -1, -1))
        return found

    def select(self, index: Any) -> None:
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def _expected_tree_items(sources: OneConnection, model: TreeModel) -> int:
    root = infrastructure_tree(sources.sources(), model.options)
    return sum(1 for _ in root.walk()) - 1


def _quiet(updates: list[tuple[float, int]], since: float) -> Callable[[], bool]:
    return lambda: time.perf_counter() - max(since, updates[-1][0] if updates else since) > QUIET_S


def measure_app(app: QApplication, sim: SimProcess, churn_events: int, timeout: float) -> AppRun:
    with tempfile.TemporaryDirectory() as trust_dir:
        address = ServerAddress.parse(sim.url)
        trust = TrustStore(Path(trust_dir))
        if sim.fingerprint:
            trust.trust(address.key, sim.fingerprint)
        cache = CountingCache()
        connection = Connection(address, USER, trust=trust, cache=cache)
        sources = OneConnection(connection)
        model = TreeModel(sources)
        window = BenchWindow(connection, model)
        try:
            return _measure(app, sim, connection, cache, sources, model, window, churn_events, timeout)
        finally:
            connection.shutdown()
            window.close()
            model.deleteLater()
            connection.deleteLater()
            app.processEvents()
            gc.collect()


def _measure(app: QApplication, sim: SimProcess, connection: Connection, cache: CountingCache,
             sources: OneConnection, model: TreeModel, window: BenchWindow, churn_events: int,
             timeout: float) -> AppRun:
    updates: list[tuple[float, int]] = []
    model.updated.connect(lambda: updates.append((time.perf_counter(), model.item_count())))
    connection.objects_changed.connect(model.on_objects_changed)
    connection.state_changed.connect(lambda *_: model.rebuild())
    window.widget.show()

    started = time.perf_counter()
    connection.start(PASSWORD)
    wait_for(lambda: connection.state is ConnectionState.CONNECTED, timeout, "the connection")
    connected_at = time.perf_counter()
    wait_for(_quiet(updates, connected_at), timeout, "the tree to settle")
    expected = _expected_tree_items(sources, model)
    complete = next((t for t, n in updates if n == expected), None)
    if complete is None:
        raise RuntimeError(f"the tree model never held all {expected} nodes (last: {updates[-1][1]})")
    assert cache.filled_at is not None
    window.view.expandToDepth(0)
    app.processEvents()

    filter_ms, matches = _filter(model, updates, timeout)
    general_ms = _open_general_tab(app, window)
    select_ms, select_max = _switch_selection(app, window)
    rss_before_events = _peak_rss_mb()
    events, per_s, churn_s, catch_up_s, stall_ms = _churn(sim, connection, cache, model, updates, churn_events,
                                                          timeout)
    return AppRun(
        login_to_cache_s=cache.filled_at - started,
        login_to_tree_s=complete - started,
        tree_items=expected,
        filter_ms=filter_ms,
        filter_matches=matches,
        general_tab_ms=general_ms,
        select_ms=select_ms,
        select_max_ms=select_max,
        events=events,
        events_per_s=per_s,
        churn_call_s=churn_s,
        ui_catch_up_s=catch_up_s,
        max_ui_stall_ms=stall_ms,
        rss_mb=max(rss_before_events, _peak_rss_mb()),
        classes=sorted(cache.classes()),
    )


def _filter(model: TreeModel, updates: list[tuple[float, int]], timeout: float) -> tuple[float, int]:
    """Keystroke to filtered model, minus the model's deliberate typing delay."""
    seen = len(updates)
    started = time.perf_counter()
    model.set_filter(FILTER_QUERY)
    wait_for(lambda: len(updates) > seen, timeout, "the filtered tree")
    done, matches = updates[seen]
    seen = len(updates)
    model.set_filter("")
    wait_for(lambda: len(updates) > seen, timeout, "the unfiltered tree")
    return (done - started) * 1000 - FILTER_DELAY_MS, matches


def _open_general_tab(app: QApplication, window: BenchWindow) -> float:
    """Switching from another tab to General with a VM selected (drawn and laid out)."""
    times = []
    for index in window.vm_indexes(TAB_OPENINGS):
        window.tabs.setCurrentWidget(window.placeholder)
        window.select(index)
        app.processEvents()
        started = time.perf_counter()
        window.tabs.setCurrentWidget(window.general)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _switch_selection(app: QApplication, window: BenchWindow) -> tuple[float, float]:
    """Mean and worst time of one selection change across VMs with the General tab showing."""
    window.tabs.setCurrentWidget(window.general)
    app.processEvents()
    times = []
    for index in window.vm_indexes(SELECTIONS):
        started = time.perf_counter()
        window.select(index)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.fmean(times), max(times)


def _churn(sim: SimProcess, connection: Connection, cache: CountingCache, model: TreeModel,
           updates: list[tuple[float, int]], n: int, timeout: float) -> tuple[int, float, float, float, float]:
    """(events applied, events/s, churn call s, UI catch-up s, worst UI stall ms) for ``n`` server changes."""
    batches: list[float] = []
    connection.objects_changed.connect(lambda _changes: batches.append(time.perf_counter()))
    answer: dict[str, Any] = {}

    def call_churn() -> None:
        with Session(sim.url, fingerprint=sim.fingerprint, timeout=timeout) as session:
            session.login_with_password(USER, PASSWORD)
            began = time.perf_counter()
            answer["distinct"] = session.call("sim.churn", n)
            answer["call_s"] = time.perf_counter() - began

    probe = StallProbe()
    applied_before = cache.applied
    probe.start()
    started = time.perf_counter()
    worker = threading.Thread(target=call_churn, name="churn")
    worker.start()
    wait_for(lambda: not worker.is_alive(), timeout, "the churn call")
    if "distinct" not in answer:
        raise RuntimeError("sim.churn failed")
    distinct = int(answer["distinct"])
    wait_for(lambda: cache.applied - applied_before >= distinct, timeout, "the churned events")
    last_applied = cache.last_applied_at
    wait_for(lambda: bool(batches) and updates[-1][0] > batches[-1] and _quiet(updates, batches[-1])(),
             timeout, "the tree to catch up")
    stall = probe.stop()
    events = cache.applied - applied_before
    caught_up = next(t for t, _ in updates if t > batches[-1])
    return events, events / (last_applied - started), answer["call_s"], caught_up - last_applied, stall


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
