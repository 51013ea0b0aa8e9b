"""Commands on whole connections (a pool or a lone server): add, reconnect, disconnect, remove from the list.

In the window they manage its list of servers; on the command line the server is the one given with
``--server`` (``server.add`` saves it in the list the window restores, ``server.remove`` forgets it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Selection
from xencenter.connection import ConnectionState
from xencenter.operations.connections import ServerItem

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation


class AddServerCommand(Command):
    id, title, text, help = "server.add", "Add Server", "&Add Server...", "Connect to a pool or server and keep it in the list."
    icon, shortcut, menus, group, order, toolbar = "add-server", "Ctrl+Shift+A", ("File", "Server"), 10, 10, 110
    needs_selection, in_context_menu = False, False

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        context.dialogs.add_server(context, None)
        return []


class ServerCommand(Command):
    """A command on whole connections: it acts once per connection of the selection."""

    kinds: ClassVar[tuple[str, ...]] = ("pool", "host", "server")
    menus: ClassVar[tuple[str, ...]] = ("Server",)
    wants, group = "a server", 10

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        connections = list(dict.fromkeys(c for obj in self.targets(selection)
                                         if (c := context.connections.connection_of(obj)) is not None))
        if connections and self.confirm(connections, context, params):
            for connection in connections:
                self.act(connection, context)
        return []

    def act(self, connection: Connection, context: AppContext) -> None:
        raise NotImplementedError


class ReconnectCommand(ServerCommand):
    id, title, text, help = "server.reconnect", "Reconnect", "Re&connect", "Connect to a disconnected server again."
    kinds, wants, order = ("server",), "a disconnected server", 20

    def refusal(self, obj: ServerItem) -> str:
        if obj.connection.state in (ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                                    ConnectionState.RECONNECTING):
            return f"'{obj.name}' is already connecting."
        return ""

    def act(self, connection: Connection, context: AppContext) -> None:
        password = context.settings.passwords.get(connection.address, connection.user)
        if password:
            connection.start(password)
        else:
            context.dialogs.add_server(context, connection)


class DisconnectCommand(ServerCommand):
    id, title, text, help = "server.disconnect", "Disconnect", "&Disconnect", "Log out of a server (it stays in the list)."
    menus, order = ("Server", "Pool"), 30

    def refusal(self, obj: Any) -> str:
        if isinstance(obj, ServerItem) and obj.connection.state is ConnectionState.DISCONNECTED:
            return f"'{obj.name}' is not connected."
        return ""

    def act(self, connection: Connection, context: AppContext) -> None:
        connection.stop("Disconnected")


class RemoveServerCommand(ServerCommand):
    id, title, text, help = "server.remove", "Remove Server", "Re&move Server...", "Remove a server from the list and forget its password."
    order = 40

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        names = ", ".join(f"'{context.connections.label(c)}'" for c in targets)
        return context.prompter.confirm(
            self.title, f"Remove {names} from the list of servers? Its saved password is forgotten too.",
            ok="Remove")

    def act(self, connection: Connection, context: AppContext) -> None:
        context.connections.remove(connection, forget=True)
