"""Commands on whole connections (a pool or a lone server): add, reconnect, disconnect, remove from the list.

In the window they manage its list of servers; on the command line the server is the one given with
``--server`` (``server.add`` saves it in the list the window restores, ``server.remove`` forgets it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Selection
from xencenter.connection import ConnectionState
from xencenter.model.server_list_file import EXTENSION, ListedServer, ServerListError
from xencenter.model.server_list_file import read as read_server_list
from xencenter.model.server_list_file import write as write_server_list
from xencenter.model.words import translate
from xencenter.operations.connections import ServerItem
from xencenter.settings import SavedServer
from xencenter.xenapi.address import ServerAddress

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
            return translate("CommandReasons", "'{name}' is already connecting.").format(name=obj.name)
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
            return translate("CommandReasons", "'{name}' is not connected.").format(name=obj.name)
        return ""

    def act(self, connection: Connection, context: AppContext) -> None:
        connection.stop("Disconnected")


class RemoveServerCommand(ServerCommand):
    id, title, text, help = "server.remove", "Remove Server", "Re&move Server...", "Remove a server from the list and forget its password."
    order = 40

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        names = ", ".join(translate("Confirmations", "'{name}'").format(name=context.connections.label(c))
                          for c in targets)
        return context.prompter.confirm(
            translate("Commands", self.title),
            translate("Confirmations", "Remove {names} from the list of servers? Its saved password is forgotten "
                                       "too.").format(names=names),
            ok=translate("Confirmations", "Remove"))

    def act(self, connection: Connection, context: AppContext) -> None:
        context.connections.remove(connection, forget=True)


class ServerListCommand(Command):
    """Export or import the saved-server list in XenCenter's format (no users, no passwords)."""

    menus, group, needs_selection, in_context_menu = ("File",), 40, False, False
    needs_connection = False


class ExportServerListCommand(ServerListCommand):
    id, title, text = "server.export-list", "Export Server List", "&Export Server List..."
    help = f"Write the saved servers' addresses and names to a .{EXTENSION} file XenCenter reads too."
    order, activity = 20, "Exporting server list"
    params = (Param("file", str, f"the .{EXTENSION} file to write"),)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        path = params.get("file") or context.dialogs.server_list_file(context, True)
        if not path:
            return []
        servers = [ListedServer(saved.server_address.host, saved.server_address.port, saved.display_name)
                   for saved in context.settings.servers]
        op = context.history.start(translate("Activities", "Exporting server list to"), path)
        op.planned = context.dry_run
        if not context.dry_run:
            try:
                write_server_list(path, servers)
            except OSError as e:
                context.history.fail(op, translate("CommandReasons", "Cannot write {path}: {error}.").format(
                    path=path, error=e.strerror or e), str(e), e)
                context.prompter.show_error(translate("Operations", "{operation} failed").format(
                    operation=op.description), op.error)
                return [op]
        count = len(servers)
        op.details = (translate("Progress", "%n server", None, count) if count == 1
                      else translate("Progress", "%n servers", None, count))
        context.history.succeed(op)
        return [op]


class ImportServerListCommand(ServerListCommand):
    id, title, text = "server.import-list", "Import Server List", "Import Server Lis&t..."
    help = (f"Add the servers of a .{EXTENSION} file (XenCenter's export) to the saved list; "
            "those already there are kept as they are.")
    order, activity = 30, "Importing server list"
    params = (Param("file", str, f"the .{EXTENSION} file to read"),)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        path = params.get("file") or context.dialogs.server_list_file(context, False)
        if not path:
            return []
        op = context.history.start(translate("Activities", "Importing server list from"), path)
        try:
            listed = read_server_list(path)
        except ServerListError as e:
            context.history.fail(op, f"{e} ({e.detail})", e.detail, e)
            context.prompter.show_error(translate("Commands", self.title), str(e), e.detail)
            return [op]
        added = []
        for server in listed:
            address = ServerAddress(server.hostname, server.port)
            if context.settings.servers.get(address) is None and context.connections.find(address) is None:
                added.append(SavedServer(str(address), display_name=server.friendly_name))
        op.planned = context.dry_run
        if not context.dry_run:
            for saved in added:
                context.settings.servers.upsert(saved)
            context.settings.servers.save()
            for saved in added:
                context.connections.adopt(context.connections.create(saved.server_address, saved.user), saved.label)
        op.details = translate("Progress", "{added} added, {kept} already in the list").format(
            added=len(added), kept=len(listed) - len(added))
        context.history.succeed(op)
        return [op]
