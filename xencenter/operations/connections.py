"""The one owner of the servers of a window or a command-line run: it creates connections, adopts one a
dialog made, removes them, and restores the saved list at start; the tree, the tabs, the commands and the
status bar read it.

It relays every connection's signals as its own, so subscribers connect once, and keeps each pool's member
addresses in its saved-server entry (for failover after a restart, when the coordinator the user typed may be
gone).

Signals:
    added(Connection)                      a server joined the list.
    removed(Connection)                    a server left the list (already stopped).
    state_changed(Connection, state, str)  a server's connection state changed (with the reason in words).
    objects_changed(Connection, ChangeSet) a server's cache changed (one batch, ~50 ms worth).
    inventory_shown(Connection, bool)      a server's last known tree (False) or its records too (True) were
                                           read from disk.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from xencenter.connection import Connection, ConnectionState, Timing
from xencenter.model.tree import Source
from xencenter.operations.inventory_keeper import InventoryKeeper
from xencenter.settings import SavedServer
from xencenter.xenapi.address import ServerAddress

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.settings import Settings

log = logging.getLogger(__name__)

SAVE_SERVERS_AFTER_MS = 500


@dataclass(frozen=True, eq=False)
class ServerItem:
    """A server in the selection that has no live object (disconnected, or not connected yet).

    Quacks like a XenObject for what selections need: ``cls`` is ``"connection"``, ``ref`` is None.
    """

    connection: Connection
    name: str
    cls: str = "connection"
    ref: None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerItem) and other.connection is self.connection

    def __hash__(self) -> int:
        return id(self.connection)


def chosen_timing(settings: Settings) -> Timing:
    """The connections' timeouts and reconnects as Options > Connection has them (the defaults without)."""
    chosen = getattr(getattr(settings, "options", None), "connection", None)
    if chosen is None:
        return Timing()
    return Timing.chosen(chosen.connect_timeout, chosen.read_timeout, chosen.reconnect, chosen.reconnect_interval)


class ConnectionManager(QObject):
    """The servers of this window (or run), in the user's order; see the module docstring."""

    added = Signal(object)
    removed = Signal(object)
    state_changed = Signal(object, object, str)
    objects_changed = Signal(object, object)
    inventory_shown = Signal(object, bool)

    def __init__(self, settings: Settings, *, timing: Timing | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.timing = timing if timing is not None else chosen_timing(settings)
        self._connections: list[Connection] = []
        self._labels: dict[str, str] = {}  # source key -> last known name (kept while disconnected)
        self._slots: dict[int, tuple[Any, ...]] = {}
        self.inventories = InventoryKeeper(self, settings.inventory_dir())
        self._servers_to_save = QTimer(self)
        self._servers_to_save.setSingleShot(True)
        self._servers_to_save.setInterval(SAVE_SERVERS_AFTER_MS)
        self._servers_to_save.timeout.connect(self._save_servers)

    def __iter__(self) -> Iterator[Connection]:
        return iter(list(self._connections))

    def __len__(self) -> int:
        return len(self._connections)

    def __contains__(self, connection: object) -> bool:
        return connection in self._connections

    # ---- owning connections ----------------------------------------------------------------------------

    def create(self, address: str | ServerAddress, user: str, pool_addresses: Iterable[str] = ()) -> Connection:
        """A new, unstarted connection with this manager's trust and timing (not in the list yet)."""
        return Connection(address, user, trust=self.settings.trust, pool_addresses=pool_addresses,
                          timing=self.timing)

    def adopt(self, connection: Connection, label: str = "") -> None:
        """Take a connection in (started or not), replacing another entry for the same address; ``label``
        names it until its cache knows better."""
        other = self.find(connection.address)
        if other is not None and other is not connection:
            other.stop("Replaced")
            self._drop(other)
        if connection in self._connections:
            return
        self._connections.append(connection)
        key = self.key(connection)
        self._labels[key] = label or self._labels.get(key) or str(connection.address)
        slots = (lambda state, reason: self._on_state(connection, state, reason),
                 lambda changes: self._on_objects(connection, changes),
                 lambda addresses: self._save_pool_addresses(connection, addresses))
        self._slots[id(connection)] = slots
        connection.state_changed.connect(slots[0])
        connection.objects_changed.connect(slots[1])
        connection.pool_addresses_changed.connect(slots[2])
        self.added.emit(connection)

    def remove(self, connection: Connection, *, forget: bool = False) -> None:
        """Stop and drop a connection; with ``forget`` also its saved entry and remembered password."""
        connection.stop("Removed")
        self._drop(connection)
        if forget:
            self.inventories.forget(connection)
            self.settings.servers.remove(connection.address)
            self.settings.passwords.delete(connection.address, connection.user)

    def restore_saved(self) -> list[SavedServer]:
        """At start: every saved server joins the list; those marked "reconnect at start" connect when the
        keyring holds their password. Returns those marked so whose password must be asked."""
        ask: list[SavedServer] = []
        for saved in self.settings.servers:
            connection = self.create(saved.server_address, saved.user, saved.pool_addresses)
            self.adopt(connection, saved.label)
            self.inventories.restore(connection)
            if not saved.reconnect_at_start:
                continue
            password = self.settings.passwords.get(saved.address, saved.user) if saved.remember_password else None
            if password:
                connection.start(password)
            else:
                ask.append(saved)
        return ask

    def shutdown(self, timeout: float) -> None:
        """At exit: log out of every server, waiting up to ``timeout`` seconds in all."""
        import time

        deadline = time.monotonic() + timeout
        if self._servers_to_save.isActive():
            self._save_servers()
        self.inventories.save_all()
        for connection in self:
            connection.shutdown(max(0.1, deadline - time.monotonic()))

    def _drop(self, connection: Connection) -> None:
        if connection not in self._connections:
            return
        self._connections.remove(connection)
        self._labels.pop(self.key(connection), None)
        on_state, on_objects, on_addresses = self._slots.pop(id(connection))
        connection.state_changed.disconnect(on_state)
        connection.objects_changed.disconnect(on_objects)
        connection.pool_addresses_changed.disconnect(on_addresses)
        self.removed.emit(connection)

    def follow(self, connection: Connection, host_address: str) -> None:
        """The connection's server moved to ``host_address`` (its management interface changed): the connection,
        its name in the tree and its saved entry follow it. Safe from a worker thread."""
        old = connection.address
        new = connection.follow(host_address)
        label = self._labels.pop(old.key, None)
        if label is not None:
            self._labels[new.key] = label
        saved = self.settings.servers.get(old)
        if saved is not None and old != new:
            try:
                self.settings.servers.remove(old)
                self.settings.servers.upsert(dataclasses.replace(saved, address=str(new)))
            except OSError as exc:
                log.error("could not save the new address of %s: %s", old, exc)

    def _save_pool_addresses(self, connection: Connection, addresses: list[str]) -> None:
        """Remembered at once, written a moment later: twenty pools connecting at start write the file once
        instead of twenty times on the UI thread (each write waits for the disk)."""
        if self.settings.servers.set_pool_addresses(connection.address, addresses, save=False):
            self._servers_to_save.start()

    def _save_servers(self) -> None:
        self._servers_to_save.stop()
        try:
            self.settings.servers.save()
        except OSError as exc:
            log.error("could not save the pool addresses: %s", exc)

    def _on_state(self, connection: Connection, state: ConnectionState, reason: str) -> None:
        self._remember_name(connection)
        self.state_changed.emit(connection, state, reason)

    def _on_objects(self, connection: Connection, changes: Any) -> None:
        self._remember_name(connection)
        self.objects_changed.emit(connection, changes)

    def _remember_name(self, connection: Connection) -> None:
        name = connection.name
        if name:
            self._labels[self.key(connection)] = name

    # ---- lookups ---------------------------------------------------------------------------------------

    @staticmethod
    def key(connection: Connection) -> str:
        """The tree's source key of a connection: its ``host:port``."""
        return connection.address.key

    def by_key(self, key: str | None) -> Connection | None:
        return next((c for c in self._connections if self.key(c) == key), None)

    def find(self, address: str | ServerAddress) -> Connection | None:
        where = address if isinstance(address, ServerAddress) else ServerAddress.parse(address)
        return next((c for c in self._connections if c.address == where), None)

    def for_cache(self, cache: ObjectCache) -> Connection | None:
        return next((c for c in self._connections if c.cache is cache), None)

    def connection_of(self, obj: XenObject | ServerItem) -> Connection | None:
        """The connection an object (or server item) belongs to."""
        if isinstance(obj, ServerItem):
            return obj.connection
        return self.for_cache(obj.cache)

    def label(self, connection: Connection) -> str:
        """The connection's name as the tree shows it (the last known one while disconnected)."""
        return connection.name or self._labels.get(self.key(connection)) or str(connection.address)

    @staticmethod
    def name_of(obj: Any, ref: str) -> str | None:
        """The name of any object of ``obj``'s connection by ref (for error messages)."""
        from xencenter.model.tasks import name_in

        return name_in(obj.cache, ref)

    # ---- the tree's source protocol --------------------------------------------------------------------

    def sources(self) -> list[Source]:
        return [Source(self.key(c), self.label(c), c.cache, c.state is ConnectionState.CONNECTED,
                       self.inventories.stale_since(c), self.inventories.saved_tree(c)) for c in self._connections]

    def cache(self, source_key: str) -> ObjectCache | None:
        connection = self.by_key(source_key)
        return connection.cache if connection is not None else None

    def reason(self, source_key: str) -> str:
        connection = self.by_key(source_key)
        return connection.reason if connection is not None else ""
