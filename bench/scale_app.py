"""Our side of the scale benchmark: the application's real MainWindow (navigation tree model, tabs) over a
real Connection, offscreen.

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

import keyring.backends.null
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sim_process import PASSWORD, USER, SimProcess

from xencenter import give_way
from xencenter.connection import Connection, ConnectionState
from xencenter.model.cache import ChangeSet, ObjectCache
from xencenter.model.tree import infrastructure_tree
from xencenter.operations.context import make_context
from xencenter.settings import Settings
from xencenter.views.collector import collect_anywhere, collect_on_ui_thread
from xencenter.views.dialogs import WindowDialogs
from xencenter.views.main_window import MainWindow
from xencenter.views.prompts import DialogPrompter
from xencenter.views.tabs.general import GeneralPage
from xencenter.views.tree_model import FILTER_DELAY_MS, KindRole, TreeModel
from xencenter.xenapi.address import ServerAddress
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


def as_the_app_runs(app: QApplication) -> None:
    """Collections on the UI thread and workers giving way to it, as ``app.py`` sets them up."""
    collect_on_ui_thread(app)
    give_way.claim()


def as_a_script_runs(app: QApplication) -> None:
    """Undo ``as_the_app_runs`` (the floors are measured as a script would fetch and parse)."""
    collect_anywhere(app)
    give_way.release()


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
    events_per_s_end_to_end: float
    churn_call_s: float
    ui_catch_up_s: float
    max_ui_stall_ms: float
    #: The process's peak RSS so far (meaningful for the first run only: later runs follow the baselines).
    peak_rss_mb: float
    #: The process's RSS right after the storm, with the pool loaded and shown (first run only, too: freed
    #: memory of the baselines stays in the allocator's arenas).
    loaded_rss_mb: float
    classes: list[str] = field(default_factory=list)


class BenchWindow:
    """The application's MainWindow over one connection, with what the measurements need to reach."""

    def __init__(self, connection: Connection, settings: Settings) -> None:
        self.context = make_context(settings, DialogPrompter(), WindowDialogs())
        self.window = MainWindow(self.context)
        self.navigation = self.window.navigation
        self.model: TreeModel = self.navigation.model
        self.tabs = self.window.tabs
        self.general = next(p for p in self.window.pages if isinstance(p, GeneralPage))
        self.connection = connection
        self.context.connections.adopt(connection, "Bench pool")

    def expected_tree_items(self) -> int:
        """Nodes of the pure Infrastructure tree now (what the model must hold)."""
        root = infrastructure_tree(self.context.connections.sources(), self.model.options)
        return sum(1 for _ in root.walk()) - 1

    def vm_indexes(self, limit: int) -> list[Any]:
        """The first ``limit`` VM rows in tree order."""
        model = self.model
        found: list[Any] = []
        stack = [model.index(r, 0) for r in range(model.rowCount() - 1, -1, -1)]
        while stack and len(found) < limit:
            index = stack.pop()
            if index.data(KindRole) == "vm":
                found.append(index)
            stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index) - 1, -1, -1))
        return found

    def select(self, index: Any) -> None:
        self.navigation.tree.setCurrentIndex(index)

    def other_tab(self) -> QWidget:
        return next(self.tabs.widget(i) for i in range(self.tabs.count()) if self.tabs.widget(i) is not self.general)

    def close(self) -> None:
        self.window.close()  # logs the connection out
        self.context.connections.remove(self.connection)
        self.window.deleteLater()


def _quiet(updates: list[tuple[float, int]], since: float) -> Callable[[], bool]:
    return lambda: time.perf_counter() - max(since, updates[-1][0] if updates else since) > QUIET_S


def measure_app(app: QApplication, sim: SimProcess, churn_events: int, timeout: float) -> AppRun:
    as_the_app_runs(app)  # (the baselines measured in this process do not)
    with tempfile.TemporaryDirectory() as settings_dir:
        settings = Settings.load(Path(settings_dir), keyring_backend=keyring.backends.null.Keyring())
        address = ServerAddress.parse(sim.url)
        if sim.fingerprint:
            settings.trust.trust(address, sim.fingerprint)
        cache = CountingCache()
        connection = Connection(address, USER, trust=settings.trust, cache=cache)
        bench = BenchWindow(connection, settings)
        updates: list[tuple[float, int]] = []
        bench.model.updated.connect(lambda: updates.append((time.perf_counter(), bench.model.item_count())))
        try:
            return _measure(app, connection, cache, bench, updates, sim, churn_events, timeout)
        finally:
            connection.stop()
            wait_for(lambda: connection.state is ConnectionState.DISCONNECTED, timeout, "the logout")
            wait_for(_quiet(updates, time.perf_counter()), timeout, "the last tree build")
            bench.close()
            connection.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            cache.reset()  # what removing a server does: frees the records even if a dead widget still holds the cache
            gc.collect()
            as_a_script_runs(app)


def _measure(app: QApplication, connection: Connection, cache: CountingCache, bench: BenchWindow,
             updates: list[tuple[float, int]], sim: SimProcess, churn_events: int, timeout: float) -> AppRun:
    bench.window.show()
    app.processEvents()
    started = time.perf_counter()
    connection.start(PASSWORD)
    wait_for(lambda: connection.state is ConnectionState.CONNECTED, timeout, "the connection")
    wait_for(_quiet(updates, time.perf_counter()), timeout, "the tree to settle")
    expected = bench.expected_tree_items()
    complete = next((t for t, n in updates if n == expected), None)
    if complete is None:
        raise RuntimeError(f"the tree model never held all {expected} nodes (last: {updates[-1][1]})")
    assert cache.filled_at is not None

    filter_ms, matches = _filter(bench, updates, timeout)
    general_ms = _open_general_tab(app, bench)
    select_ms, select_max = _switch_selection(app, bench)
    churn = _churn(sim, connection, cache, updates, churn_events, timeout)
    return AppRun(
        login_to_cache_s=cache.filled_at - started,
        login_to_tree_s=complete - started,
        tree_items=expected,
        filter_ms=filter_ms,
        filter_matches=matches,
        general_tab_ms=general_ms,
        select_ms=select_ms,
        select_max_ms=select_max,
        events=churn.events,
        events_per_s=churn.events_per_s,
        events_per_s_end_to_end=churn.events_per_s_end_to_end,
        churn_call_s=churn.call_s,
        ui_catch_up_s=churn.ui_catch_up_s,
        max_ui_stall_ms=churn.max_ui_stall_ms,
        peak_rss_mb=_peak_rss_mb(),
        loaded_rss_mb=_current_rss_mb(),
        classes=sorted(cache.classes()),
    )


def _filter(bench: BenchWindow, updates: list[tuple[float, int]], timeout: float) -> tuple[float, int]:
    """Typing the query in the search box to the filtered model, minus the model's deliberate typing delay."""
    seen = len(updates)
    started = time.perf_counter()
    bench.navigation.set_filter(FILTER_QUERY)
    wait_for(lambda: len(updates) > seen, timeout, "the filtered tree")
    done, matches = updates[seen]
    seen = len(updates)
    bench.navigation.set_filter("")
    wait_for(lambda: len(updates) > seen, timeout, "the unfiltered tree")
    return (done - started) * 1000 - FILTER_DELAY_MS, matches


def _open_general_tab(app: QApplication, window: BenchWindow) -> float:
    """Switching from another tab to General after selecting a VM there (drawn and laid out)."""
    first, *others = window.vm_indexes(TAB_OPENINGS + 1)
    window.select(first)
    app.processEvents()
    times = []
    for index in others:
        window.tabs.setCurrentWidget(window.other_tab())
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


@dataclass
class Churn:
    events: int
    #: From the moment every change exists on the server to the last one applied by our cache.
    events_per_s: float
    #: From the churn call (including the simulator making the changes) to the last one applied.
    events_per_s_end_to_end: float
    call_s: float
    #: From the last applied event to the tree model showing it.
    ui_catch_up_s: float
    max_ui_stall_ms: float


def _churn(sim: SimProcess, connection: Connection, cache: CountingCache, updates: list[tuple[float, int]],
           n: int, timeout: float) -> Churn:
    """The simulator makes ``n`` changes at once; we watch them arrive with a stall probe running."""
    batches: list[float] = []
    connection.objects_changed.connect(lambda _changes: batches.append(time.perf_counter()))
    answer: dict[str, Any] = {}

    def call_churn() -> None:
        with Session(sim.url, fingerprint=sim.fingerprint, timeout=timeout) as session:
            session.login_with_password(USER, PASSWORD)
            answer["called"] = time.perf_counter()
            answer["distinct"] = session.call("sim.churn", n)
            answer["returned"] = time.perf_counter()

    probe = StallProbe()
    applied_before = cache.applied
    probe.start()
    worker = threading.Thread(target=call_churn, name="churn")
    worker.start()
    wait_for(lambda: not worker.is_alive(), timeout, "the churn call")
    if "distinct" not in answer:
        raise RuntimeError("sim.churn failed")
    distinct = int(answer["distinct"])
    wait_for(lambda: cache.applied - applied_before >= distinct, timeout, "the churned events")
    last_applied = cache.last_applied_at
    wait_for(lambda: bool(batches) and batches[-1] > last_applied and updates[-1][0] > batches[-1]
             and _quiet(updates, batches[-1])(), timeout, "the tree to catch up")
    stall = probe.stop()
    events = cache.applied - applied_before
    caught_up = next(t for t, _ in updates if t > batches[-1])
    return Churn(
        events=events,
        events_per_s=events / (last_applied - answer["returned"]),
        events_per_s_end_to_end=events / (last_applied - answer["called"]),
        call_s=answer["returned"] - answer["called"],
        ui_catch_up_s=caught_up - last_applied,
        max_ui_stall_ms=stall,
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20
