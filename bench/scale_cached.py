"""The scale benchmark's second start: the window opening from the last known inventory, then going live.

``measure_cached_open`` connects once (as the user's first start did), saves the inventory the way the
application does at exit, and closes; then it starts a new window over the same settings folder, as the
application starts: the saved server reconnects at start, its inventory is read on a worker and shown. It
times, from the moment the second window is made:

- ``cached_open_s``: until the tree holds every node of the pool (from the file; greyed, "last known");
- ``cached_to_live_s``: until the live fill replaced it and the tree shows the live pool;
- ``cold_start_s``: the first start, timed the same way (window made to the live tree, no file yet): what
  ``cached_to_live_s`` must not exceed.

Also the file (``inventory_mb``) and the save (``inventory_save_s``, on this thread as at exit).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from scale_app import QUIET_S, as_a_script_runs, as_the_app_runs, wait_for
from sim_process import PASSWORD, USER, SimProcess

from tests.live import MemoryKeyring  # the desktop keyring, in memory, across the two starts
from xencenter.connection import ConnectionState, Timing
from xencenter.model import inventory
from xencenter.operations.context import make_context
from xencenter.settings import SavedServer, Settings
from xencenter.views.dialogs import WindowDialogs
from xencenter.views.main_window import MainWindow
from xencenter.views.prompts import DialogPrompter
from xencenter.views.tree_model import KindRole
from xencenter.xenapi.address import ServerAddress


@dataclass
class CachedOpen:
    cached_open_s: float
    cached_to_live_s: float
    cold_start_s: float
    inventory_mb: float
    inventory_save_s: float


class WindowStart:
    """The application's window over a settings folder, as ``app.py`` makes it, with each tree update's
    (time, nodes, the top row's name when it is a pool); ``restore_saved`` then starts the saved servers."""

    def __init__(self, directory: Path, secrets: MemoryKeyring, timing: Timing | None = None) -> None:
        self.settings = Settings.load(directory, keyring_backend=secrets)
        self.context = make_context(self.settings, DialogPrompter(), WindowDialogs(), timing=timing)
        self.window = MainWindow(self.context)
        self.model = self.window.navigation.model
        self.updates: list[tuple[float, int, str]] = []
        self.model.updated.connect(lambda: self.updates.append(
            (time.perf_counter(), self.model.item_count(), self._top_name())))
        self.window.show()

    def restore_saved(self) -> None:
        self.context.connections.restore_saved()

    def _top_name(self) -> str:
        top = self.model.index(0, 0)
        return str(top.data()) if top.isValid() and top.data(KindRole) == "pool" else ""

    def close(self, app: QApplication) -> None:
        self.window.close()  # saves the inventories (connections.shutdown) and logs out
        for connection in list(self.context.connections):
            self.context.connections.remove(connection)
            connection.cache.reset()
        self.window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        as_a_script_runs(app)


class _Start(WindowStart):
    """One start with one saved server, which reconnects at once."""

    def __init__(self, directory: Path, secrets: MemoryKeyring) -> None:
        super().__init__(directory, secrets)
        self.restore_saved()
        self.connection = next(iter(self.context.connections))

    def settled(self) -> bool:
        """Connected, the tree shows the live pool, and nothing changed for a while."""
        if not self.updates or self.connection.state is not ConnectionState.CONNECTED:
            return False
        last, _, name = self.updates[-1]
        return bool(name) and "(last known" not in name and time.perf_counter() - last > QUIET_S


def measure_cached_open(app: QApplication, sim: SimProcess, timeout: float) -> CachedOpen:
    as_the_app_runs(app)
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        secrets = MemoryKeyring()
        settings = Settings.load(directory, keyring_backend=secrets)
        address = ServerAddress.parse(sim.url)
        if sim.fingerprint:
            settings.trust.trust(address, sim.fingerprint)
        settings.remember(SavedServer(str(address), USER, "Bench pool", reconnect_at_start=True,
                                      remember_password=True), PASSWORD)

        cold = time.perf_counter()
        first = _Start(directory, secrets)
        wait_for(first.settled, timeout, "the first start's live tree")
        nodes = first.updates[-1][1]
        cold_s = next(t for t, n, _ in first.updates if n == nodes) - cold
        began = time.perf_counter()
        first.context.connections.inventories.save_all()
        save_s = time.perf_counter() - began
        path = first.settings.inventory_dir() / inventory.file_name(address.key)  # type: ignore[operator]
        size_mb = path.stat().st_size / 2**20
        first.connection.stop()
        wait_for(lambda: first.connection.state is ConnectionState.DISCONNECTED, timeout, "the logout")
        first.close(app)

        started = time.perf_counter()
        second = _Start(directory, secrets)
        try:
            wait_for(lambda: any(n == nodes and "(last known" in name for _, n, name in second.updates), timeout,
                     "the tree from the last known inventory")
        except TimeoutError as exc:
            raise TimeoutError(f"{exc}: {nodes} nodes expected, updates {second.updates[-5:]}") from None
        shown = next(t for t, n, name in second.updates if n == nodes and "(last known" in name)
        wait_for(second.settled, timeout, "the live tree")
        live = next(t for t, n, name in second.updates if t > shown and n == nodes and name
                    and "(last known" not in name)
        second.close(app)
    return CachedOpen(shown - started, live - started, cold_s, size_mb, save_s)
