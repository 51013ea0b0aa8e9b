"""The scale benchmark with many pools: twenty simulators at once, all connected at start.

    python bench/scale.py --pools 20 --vms-per-pool 1000 [--runs N] [--json]

Starts ``--pools`` simulators (``--hosts`` hosts each, distinct seeds), saves each as a server that
reconnects at start with its password remembered, and opens the application's real window (offscreen), as
``app.py`` does (``restore_saved``), with a 10 ms stall probe on the UI thread. It measures:

- ``pools_all_trees_s``: the window made to every pool's complete Infrastructure tree, live;
- ``pools_max_ui_stall_ms``: the UI thread's worst lateness throughout those logins (from the window shown);
- ``pools_peak_concurrent_logins``: most connections logging in and filling at once (``login_gate``);
- ``pools_filter_ms`` and ``pools_objects_view_ms``: typing ``web`` into the search box (minus the typing
  delay) and switching to the Objects view, over all pools at once;
- ``pools_reconnect_s``: every simulator restarts its toolstack for 8 s at the same moment (every session
  dies, nothing answers: every connection is lost); from the end of that outage to every tree complete and
  live again, with
  ``pools_reconnect_peak_logins`` and ``pools_reconnect_max_ui_stall_ms``;
- ``pools_peak_rss_mb``: the process's peak RSS (first run).
"""

from __future__ import annotations

import concurrent.futures
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication
from scale_app import QUIET_S, StallProbe, _peak_rss_mb, as_the_app_runs, wait_for
from scale_cached import WindowStart
from sim_process import BENCH, PASSWORD, USER, SimProcess

from tests.live import MemoryKeyring
from xencenter import login_gate
from xencenter.connection import ConnectionState, Timing
from xencenter.model.tree import infrastructure_tree, objects_tree
from xencenter.settings import SavedServer, Settings
from xencenter.views.tree_model import FILTER_DELAY_MS
from xencenter.xenapi.address import ServerAddress
from xencenter.xenapi.session import Session

OUTAGE_S = 8.0
#: The application's timing, but losses noticed within seconds (two missed 2 s heartbeats) rather than the
#: default 30 s, so the storm is measured rather than waited for.
TIMING = Timing(heartbeat_interval=2.0, heartbeat_timeout=5.0)


def start_pools(pools: int, hosts: int, vms: int) -> list[SimProcess]:
    def one(seed: int) -> SimProcess:
        return SimProcess.start(["--hosts", str(hosts), "--vms", str(vms), "--seed", str(seed), "--port", "0"],
                                command=[sys.executable, str(BENCH / "scale_sim.py")], timeout=600)

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, range(1, pools + 1)))


@dataclass
class PoolsRun:
    all_trees_s: float
    max_ui_stall_ms: float
    peak_concurrent_logins: int
    filter_ms: float
    objects_view_ms: float
    reconnect_s: float
    reconnect_peak_logins: int
    reconnect_max_ui_stall_ms: float
    peak_rss_mb: float
    tree_items: int


class _Window(WindowStart):
    def __init__(self, directory: Path, secrets: MemoryKeyring) -> None:
        super().__init__(directory, secrets, TIMING)
        self.connected_at: dict[str, float] = {}  # source key -> when it last became connected
        self._expected: tuple[object, int] = (None, 0)
        self.context.connections.state_changed.connect(self._on_state)

    def _on_state(self, connection: object, state: ConnectionState, _reason: str) -> None:
        if state is ConnectionState.CONNECTED:
            self.connected_at[self.context.connections.key(connection)] = time.perf_counter()  # type: ignore[arg-type]

    def expected(self, view: str = "infrastructure") -> int:
        """The node count of the tree the window should show, built again only when a cache or a state has
        changed since (the build takes 0.1-0.2 s on the UI thread, which the stall probe would count)."""
        key = (view, tuple((c.cache.generation, c.state) for c in self.context.connections))
        if self._expected[0] != key:
            build = infrastructure_tree if view == "infrastructure" else objects_tree
            self._expected = key, sum(1 for _ in build(self.context.connections.sources(), self.model.options).walk()) - 1
        return self._expected[1]

    def all_live(self) -> bool:
        return all(c.state is ConnectionState.CONNECTED for c in self.context.connections)

    def complete(self) -> bool:
        """Every pool live and the tree holding all of it, quiet for a moment (the expected tree is built
        only then: building it on every poll would stall the UI thread the benchmark watches)."""
        if not self.all_live() or not self.updates:
            return False
        last, count, _ = self.updates[-1]
        return time.perf_counter() - last > QUIET_S and count == self.expected()



def _restart_toolstacks(sims: list[SimProcess]) -> float:
    """Every simulator restarts its toolstack at once; returns when the outage ends (perf_counter)."""
    sessions = []
    for sim in sims:
        session = Session(sim.url, fingerprint=sim.fingerprint, timeout=60)
        session.login_with_password(USER, PASSWORD)
        sessions.append(session)
    barrier = threading.Barrier(len(sims))

    def restart(session: Session) -> None:
        barrier.wait()
        session.call("sim.restart_toolstack", OUTAGE_S)

    threads = [threading.Thread(target=restart, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    for session in sessions:
        session.close()  # its session died with the toolstack: nothing to log out
    return began + OUTAGE_S


def measure_pools(app: QApplication, sims: list[SimProcess], timeout: float) -> PoolsRun:
    as_the_app_runs(app)
    with tempfile.TemporaryDirectory() as folder:
        directory, secrets = Path(folder), MemoryKeyring()
        settings = Settings.load(directory, keyring_backend=secrets)
        for index, sim in enumerate(sims, 1):
            address = ServerAddress.parse(sim.url)
            if sim.fingerprint:
                settings.trust.trust(address, sim.fingerprint)
            settings.remember(SavedServer(str(address), USER, f"Pool {index}", reconnect_at_start=True,
                                          remember_password=True), PASSWORD)
        login_gate.GATE.reset_peak()
        started = time.perf_counter()
        window = _Window(directory, secrets)
        app.processEvents()  # the window is up: from here on it must answer
        probe = StallProbe()
        probe.start()
        window.restore_saved()
        wait_for(window.complete, timeout, "every pool's tree")
        nodes = window.updates[-1][1]
        all_trees = next(t for t, n, _ in window.updates if n == nodes) - started
        stall = probe.stop()
        peak = login_gate.GATE.peak

        seen = len(window.updates)
        typed = time.perf_counter()
        window.window.navigation.set_filter("web")
        wait_for(lambda: len(window.updates) > seen, timeout, "the filtered tree")
        filter_ms = (window.updates[seen][0] - typed) * 1000 - FILTER_DELAY_MS
        window.window.navigation.set_filter("")
        wait_for(window.complete, timeout, "the unfiltered tree")

        seen, switched = len(window.updates), time.perf_counter()
        window.model.set_view("objects")
        wait_for(lambda: any(n == window.expected("objects") for _, n, _ in window.updates[seen:]), timeout,
                 "the Objects view")
        objects_ms = (next(t for t, n, _ in window.updates[seen:] if n == window.expected("objects")) - switched) * 1000
        window.model.set_view("infrastructure")
        wait_for(window.complete, timeout, "the Infrastructure view")

        login_gate.GATE.reset_peak()
        probe.start()
        healed = _restart_toolstacks(sims)
        wait_for(lambda: window.all_live() and min(window.connected_at.values()) > healed - OUTAGE_S
                 and window.complete(), timeout, "every pool back")
        last_back = max(window.connected_at.values())
        back = next(t for t, n, _ in window.updates if t >= last_back and n == nodes)
        storm = PoolsRun(all_trees, stall, peak, filter_ms, objects_ms, back - healed,
                         login_gate.GATE.peak, probe.stop(), _peak_rss_mb(), nodes)
        window.close(app)
    return storm
