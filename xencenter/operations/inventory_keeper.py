"""Each server's last known inventory: saved while connected and at exit, shown at the next start.

At start every saved server's file is read on a worker (``model.inventory``), the tree first, and while
its connection is still logging in the window shows it: the tree at once, then (its records read) the tabs
and search too (``ObjectCache.load_inventory``), greyed and marked "last known"; commands refuse until the
live fill replaces it.
A live fill of another pool at that address (another pool uuid) discards the file.

Saving reads the cache on a worker too (records are immutable: a snapshot of the tables is enough); every
``SAVE_INTERVAL_S`` for a connection whose cache changed since its last save, and once more at exit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from xencenter.connection import Connection, ConnectionState
from xencenter.model import gc_policy, inventory
from xencenter.model.cache import ObjectCache, Prepared
from xencenter.model.tree import Node, TreeOptions, connection_node
from xencenter.operations.background import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from xencenter.operations.connections import ConnectionManager

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 300.0
#: The records follow the tree when the window has drawn it, or after this long anyway.
RECORDS_AFTER_MS = 3000


class InventoryKeeper(QObject):
    """Saves and restores the inventories of one ``ConnectionManager``'s servers (in ``directory``)."""

    def __init__(self, manager: ConnectionManager, directory: Path | None) -> None:
        super().__init__(manager)
        self.manager = manager
        self.directory = directory
        self._saved_generation: dict[str, int] = {}  # source key -> cache generation last written
        self._loaded_pool: dict[str, str] = {}  # source key -> pool uuid of the inventory shown
        self._trees: dict[str, tuple[Node, TreeOptions, float]] = {}  # source key -> tree read first, options, saved
        self._waiting: dict[str, Callable[[], None]] = {}  # source key -> starts reading its records
        #: The View options of the window's tree (saved with each inventory's tree; the window sets it).
        self.tree_options: Callable[[], TreeOptions] = TreeOptions
        self._tasks: list[BackgroundTask] = []
        self._write_lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(round(SAVE_INTERVAL_S * 1000))
        self._timer.timeout.connect(self.save_changed)
        #: Only the window keeps inventories (``enable``): a command-line run neither reads nor writes them.
        self.enabled = False
        manager.state_changed.connect(self._on_state)

    def enable(self) -> None:
        if self.directory is not None and not self.enabled:
            self.enabled = True
            self._timer.start()

    def path(self, connection: Connection) -> Path | None:
        """The connection's file, for reading and writing (None unless enabled)."""
        return self._file(connection) if self.enabled else None

    def _file(self, connection: Connection) -> Path | None:
        return self.directory / inventory.file_name(connection.address.key) if self.directory else None

    # ---- start -----------------------------------------------------------------------------------------

    def restore(self, connection: Connection) -> BackgroundTask | None:
        """Read the connection's file on workers, its tree first, and show them unless the live fill came
        first."""
        path = self.path(connection)
        if path is None or not path.exists():
            return None
        key = connection.address.key
        began = time.perf_counter()

        def obsolete() -> bool:
            return connection not in self.manager or connection.state is ConnectionState.CONNECTED

        def read_body(head: inventory.Head) -> Prepared | None:
            with gc_policy.paused():
                tables = inventory.load_body(path, head)
                return ObjectCache.prepare_inventory(tables) if tables is not None else None

        def show_body(head: inventory.Head, prepared: Prepared | None) -> None:
            if prepared is None or obsolete():
                self._trees.pop(key, None)  # the tree alone would show objects nobody can select
                self.manager.inventory_shown.emit(connection, False)
                return
            changes = connection.cache.load_inventory(prepared, head.saved_at)
            if changes:
                self._saved_generation[key] = connection.cache.generation
                if head.tree is None:
                    connection.objects_changed.emit(changes)
                log.info("last known inventory of %s shown: %d objects in %.2f s", key, len(changes),
                         time.perf_counter() - began)
            # With a tree shown already (the same one its records build), nothing on screen changed: the
            # window only refreshes the selection's tabs (and views other than Infrastructure).
            self.manager.inventory_shown.emit(connection, True)

        def read_records(head: inventory.Head) -> None:
            if not obsolete():
                self._tasks.append(run_in_background(lambda: read_body(head),
                                                     on_success=lambda prepared: show_body(head, prepared)))

        def show_head(head: inventory.Head | None) -> None:
            if head is None or obsolete():
                return
            self._loaded_pool[key] = head.pool_uuid
            if head.tree is None:
                read_records(head)
                return
            self._trees[key] = (head.tree, head.tree_options, head.saved_at)
            # The records wait until the window drew the tree (``tree_shown``): decoding them competes
            # with the tree's build for the one interpreter lock. Without a window, they start anyway.
            self._waiting[key] = lambda: read_records(head)
            QTimer.singleShot(RECORDS_AFTER_MS, lambda: self._start_records(key))
            self.manager.inventory_shown.emit(connection, False)
            log.info("last known tree of %s read in %.2f s", key, time.perf_counter() - began)

        task = run_in_background(lambda: inventory.load_head(path, key), on_success=show_head)
        self._tasks = [t for t in self._tasks if not t.wait(0)] + [task]
        return task

    def tree_shown(self, keys: Iterable[str]) -> None:
        """The window's tree shows these servers' trees: the records of those read first may follow."""
        for key in keys:
            if key in self._waiting:
                self._start_records(key)

    def _start_records(self, key: str) -> None:
        start = self._waiting.pop(key, None)
        if start is not None:
            start()

    def saved_tree(self, connection: Connection) -> tuple[Node, TreeOptions] | None:
        """The tree read from the file, until the live fill (the tree its records build, ready-made)."""
        held = self._trees.get(connection.address.key)
        return (held[0], held[1]) if held is not None else None

    def stale_since(self, connection: Connection) -> float | None:
        """When the inventory the window shows for this connection was saved (None: it shows live data)."""
        if connection.cache.stale_since is not None:
            return connection.cache.stale_since
        held = self._trees.get(connection.address.key)
        return held[2] if held is not None else None

    def _on_state(self, connection: Connection, state: ConnectionState, reason: str) -> None:
        key = connection.address.key
        if state is ConnectionState.CONNECTED:
            self._trees.pop(key, None)
            shown = self._loaded_pool.pop(key, None)
            pool = connection.cache.pool()
            uuid = pool.record.get("uuid", "") if pool is not None else ""
            if shown is not None and shown != uuid:
                log.info("%s is another pool now (%s, was %s): its last known inventory is discarded",
                         key, uuid, shown)
                self.forget(connection)
        elif state is ConnectionState.DISCONNECTED and connection.cache.stale_since is not None \
                and reason in ("Disconnected", "Removed", "Replaced"):
            # The user disconnected before the live fill: show it as XenCenter shows a disconnected server.
            changes = connection.cache.reset()
            self._loaded_pool.pop(key, None)
            self._trees.pop(key, None)
            connection.objects_changed.emit(changes)

    # ---- saving ----------------------------------------------------------------------------------------

    def save_changed(self) -> None:
        """Save, on workers, every live connection whose cache changed since its last save."""
        for connection in self.manager:
            if connection.state is ConnectionState.CONNECTED \
                    and self._saved_generation.get(connection.address.key) != connection.cache.generation:
                self._tasks.append(run_in_background(self._saver(connection)))
        self._tasks = [t for t in self._tasks if not t.wait(0)]

    def save_all(self) -> None:
        """At exit: save every connection that is live now, here and now."""
        for connection in self.manager:
            if connection.state is ConnectionState.CONNECTED:
                self._saver(connection)()

    def _saver(self, connection: Connection) -> Any:
        path, key, cache = self.path(connection), connection.address.key, connection.cache
        generation, options = cache.generation, self.tree_options()

        def save() -> None:
            pool = cache.pool()
            if path is None or pool is None or cache.stale_since is not None:
                return
            tables = {cls: cache.items(cls) for cls in cache.classes()}
            tree = connection_node(key, cache, options)
            pieces = inventory.encode_pieces(tables, address=key, pool_uuid=pool.record.get("uuid", ""),
                                             tree=tree, tree_options=options)
            try:
                with self._write_lock:
                    size = inventory.save(path, pieces)
            except OSError as exc:
                log.warning("last known inventory of %s not saved: %s", key, exc)
                return
            self._saved_generation[key] = generation
            log.info("last known inventory of %s saved (%.1f MB)", key, size / 2**20)

        return save

    def forget(self, connection: Connection) -> None:
        """The server was forgotten (or is another pool now): its file goes too."""
        path = self._file(connection)
        self._saved_generation.pop(connection.address.key, None)
        if path is not None:
            with self._write_lock:
                path.unlink(missing_ok=True)
