"""What commands and tab pages are given: the open connections, the operation history, the commands, and a
way to ask the user things (so commands stay testable without real dialogs).

``ConnectionList`` is the window's list of servers (connected or not, in the user's order). It relays every
connection's signals as its own, so the tree, the tabs and the status bar subscribe once.

Signals of ConnectionList:
    added(Connection)                     a server joined the list.
    removed(Connection)                   a server left the list (already stopped by the caller).
    state_changed(Connection, state, str) a server's connection state changed (with the reason in words).
    objects_changed(Connection, ChangeSet) a server's cache changed (one batch, ~50 ms worth).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from xencenter.connection import Connection, ConnectionState
from xencenter.model.tree import Source

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.operations.commands import CommandRegistry
    from xencenter.operations.history import OperationHistory
    from xencenter.settings import ServerAddress, Settings


class ConnectionList(QObject):
    """The servers of this window; see the module docstring for the signals."""

    added = Signal(object)
    removed = Signal(object)
    state_changed = Signal(object, object, str)
    objects_changed = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connections: list[Connection] = []
        self._labels: dict[str, str] = {}  # source key -> last known name (kept while disconnected)
        self._slots: dict[int, tuple[Any, Any]] = {}

    def __iter__(self):
        return iter(list(self._connections))

    def __len__(self) -> int:
        return len(self._connections)

    def __contains__(self, connection: object) -> bool:
        return connection in self._connections

    def add(self, connection: Connection, label: str = "") -> None:
        """Take a connection in (started or not); ``label`` names it until its cache knows better."""
        if connection in self._connections:
            return
        self._connections.append(connection)
        key = self.key(connection)
        self._labels[key] = label or self._labels.get(key) or str(connection.address)
        slots = (lambda state, reason: self._on_state(connection, state, reason),
                 lambda changes: self._on_objects(connection, changes))
        self._slots[id(connection)] = slots
        connection.state_changed.connect(slots[0])
        connection.objects_changed.connect(slots[1])
        self.added.emit(connection)

    def remove(self, connection: Connection) -> None:
        if connection not in self._connections:
            return
        self._connections.remove(connection)
        self._labels.pop(self.key(connection), None)
        on_state, on_objects = self._slots.pop(id(connection))
        connection.state_changed.disconnect(on_state)
        connection.objects_changed.disconnect(on_objects)
        self.removed.emit(connection)

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
        from xencenter.settings import ServerAddress

        where = address if isinstance(address, ServerAddress) else ServerAddress.parse(address)
        return next((c for c in self._connections if c.address == where), None)

    def for_cache(self, cache: ObjectCache) -> Connection | None:
        return next((c for c in self._connections if c.cache is cache), None)

    def label(self, connection: Connection) -> str:
        """The connection's name as the tree shows it (the last known one while disconnected)."""
        return connection.name or self._labels.get(self.key(connection)) or str(connection.address)

    # ---- the tree's source protocol --------------------------------------------------------------------

    def sources(self) -> list[Source]:
        return [Source(self.key(c), self.label(c), c.cache, c.state is ConnectionState.CONNECTED)
                for c in self._connections]

    def cache(self, source_key: str) -> ObjectCache | None:
        connection = self.by_key(source_key)
        return connection.cache if connection is not None else None

    def reason(self, source_key: str) -> str:
        connection = self.by_key(source_key)
        return connection.reason if connection is not None else ""


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


class Prompter(Protocol):
    """How commands talk to the user; the main window implements it with dialogs, tests with answers."""

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool: ...
    def ask_text(self, title: str, label: str, default: str = "") -> str | None: ...
    def show_error(self, title: str, text: str, details: str = "") -> None: ...
    def ask_tags_and_folder(self, tags: list[str], folder: str,
                            known_tags: list[str]) -> tuple[list[str], str] | None: ...
    def connect_server(self, connection: Connection | None) -> None:
        """Open the Add Server dialog (for an existing, disconnected connection when given)."""


@dataclass(eq=False)
class AppContext:
    """Given to commands (``run(selection, context)``) and tab pages (``all_pages(context)``)."""

    settings: Settings
    connections: ConnectionList
    history: OperationHistory
    prompter: Prompter
    commands: CommandRegistry | None = None
    #: Parent for dialogs (the main window), None in scripts and tests.
    window: QWidget | None = None
    demo: bool = False
    extras: dict[str, Any] = field(default_factory=dict)

    def connection_of(self, obj: XenObject | ServerItem) -> Connection | None:
        """The connection an object (or server item) belongs to."""
        if isinstance(obj, ServerItem):
            return obj.connection
        return self.connections.for_cache(obj.cache)

    def name_of(self, obj: XenObject, ref: str) -> str | None:
        """The name of any object of ``obj``'s connection by ref (for error messages)."""
        for cls in ("VM", "host", "SR", "network", "pool", "VDI"):
            record = obj.cache.record(cls, ref)
            if record is not None:
                return record.get("name_label") or None
        return None
