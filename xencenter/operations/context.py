"""What commands and tab pages are given: one immutable application context, made before any window.

``AppContext`` holds the settings, the servers (``ConnectionManager``), the operation history, the command
registry, the prompter that asks the user (confirmations, a name, errors) and the dialogs factory (the
command's own dialogs). The window implements both with dialogs; the command line answers from its options
(and refuses what needs the window); tests answer as told. So a command runs the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from xencenter.commands.base import CommandRegistry
    from xencenter.connection import Connection, Timing
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VDI, VIF, VM, Host, XenObject
    from xencenter.model.xensearch.search import Search
    from xencenter.operations.connections import ConnectionManager
    from xencenter.operations.history import OperationHistory
    from xencenter.settings import SavedServer, Settings


class Prompter(Protocol):
    """How commands ask the user things and tell failures."""

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool: ...
    def ask_text(self, title: str, label: str, default: str = "") -> str | None: ...
    def show_error(self, title: str, text: str, details: str = "") -> None: ...


class Dialogs(Protocol):
    """The dialogs commands open (the window's; elsewhere they are refused with ``NeedsWindow``). Each is
    given the context it runs in."""

    def add_server(self, context: AppContext, connection: Connection | None,
                   server: SavedServer | None = None) -> None:
        """Add Server (for an existing, disconnected connection, or prefilled with ``server``, when given); the
        connection joins the list once connected."""

    def vm_properties(self, context: AppContext, vm: VM, page: str | None = None) -> None:
        """The VM's properties dialog, at ``page`` when given."""

    def object_properties(self, context: AppContext, obj: XenObject, page: str | None = None) -> None:
        """A server's, pool's, SR's or network's properties dialog, at ``page`` when given."""

    def tags_and_folder(self, context: AppContext, tags: list[str], folder: str,
                        known_tags: list[str]) -> tuple[list[str], str] | None: ...

    def vnc_viewer(self, context: AppContext) -> None:
        """Connect to VNC Server: asks for the address and opens a console window."""

    def server_list_file(self, context: AppContext, save: bool) -> str | None:
        """The file to export the server list to (``save``) or import it from; None when cancelled."""

    def take_snapshot(self, context: AppContext, vm: VM, default_name: str) -> dict[str, Any] | None:
        """Take Snapshot: {"name", "memory"}, or None when cancelled."""

    def new_snapshot_schedule(self, context: AppContext, cache: ObjectCache, vms: list[VM]) -> dict[str, Any] | None:
        """New Snapshot Schedule: ``vmss.new``'s parameters (``vms`` ticked first), or None when cancelled."""

    def snapshot_schedules(self, context: AppContext, cache: ObjectCache) -> None:
        """Pool > VM Snapshot Schedules: the pool's schedules, with their commands."""

    def join_domain(self, context: AppContext, obj: XenObject, given: dict[str, Any]) -> dict[str, Any] | None:
        """Join Domain: {"domain", "domain_user", "domain_password"}, or None when cancelled."""

    def choose_role(self, context: AppContext, who: str, current: str) -> str | None:
        """The role for users (``who`` in words), ``current`` ticked; None when cancelled."""

    def configure_ha(self, context: AppContext, pool: XenObject) -> dict[str, Any] | None:
        """Configure HA: ``pool.ha-enable``'s parameters, or None when cancelled."""

    def new_pool(self, context: AppContext, cache: ObjectCache | None) -> dict[str, Any] | None:
        """New Pool (``cache``: the server proposed as coordinator): {"name", "description", "coordinator": its
        cache, "members": the caches of the servers to add}, or None when cancelled."""

    def options(self, context: AppContext) -> None:
        """Tools > Options."""

    def user_guide(self, context: AppContext) -> None:
        """Help > User Guide."""

    def keyboard_shortcuts(self, context: AppContext) -> None:
        """Help > Keyboard Shortcuts."""

    def application_log(self, context: AppContext) -> None:
        """Help > View Application Log."""

    def save_search(self, context: AppContext, name: str, pool: XenObject | None,
                    pools: list[XenObject]) -> tuple[str, XenObject] | None:
        """Save Search: the name and the pool to save in (XenCenter's "Save Search" name and location)."""

    def search_file(self, context: AppContext, save: bool, suggested: str) -> str | None:
        """A ``.xensearch`` file to write (``save``) or read."""

    def current_search(self, context: AppContext) -> Search | None:
        """The search the Search tab shows (what Save and Export act on when given none)."""

    def show_search(self, context: AppContext, search: Search) -> None:
        """Show a search's results in the Search tab (an imported search)."""

    def new_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        """The New VM wizard, starting from ``target`` (a selected template, server, pool or None): the
        ``vm.new`` parameters it gathered (``template`` among them), None when cancelled."""

    def new_disk(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """Add Virtual Disk: ``{"name", "description", "size_gib", "sr"}`` for ``vm.add-disk``, None when
        cancelled."""

    def attach_disk(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """Attach Virtual Disk: ``{"vdi", "read_only"}`` for ``vm.attach-disk``, None when cancelled."""

    def move_disk(self, context: AppContext, vdi: VDI) -> dict[str, Any] | None:
        """Move Virtual Disk: ``{"sr"}`` for ``vdi.move``, None when cancelled."""

    def disk_properties(self, context: AppContext, disk: Any) -> dict[str, Any] | None:
        """A disk's Properties (``disk``: a VM's drive, a VBD, or a VDI): the changed ``name``, ``description``,
        ``size_gib``, ``position``, ``mode`` for ``vdi.properties``."""

    def copy_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """Copy VM: ``{"name", "description", "sr"}`` (``sr`` None: a fast clone) for ``vm.copy``."""

    def vif_settings(self, context: AppContext, vm: VM, vif: VIF | None) -> dict[str, Any] | None:
        """A network interface's settings (a new one when ``vif`` is None): ``{"network", "mac", "limit"}``."""

    def graph_design(self, context: AppContext, obj: Any, graph: Any) -> dict[str, Any] | None:
        """New Graph (``graph`` None) or Edit Graph (a ``model.graphs.DesignedGraph``) of a host or VM:
        ``{"name", "source"}`` (the data source names) for ``graph.new`` / ``graph.edit``."""

    def export_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """The Export wizard: ``{"file", "overwrite"}`` for ``vm.export``, None when cancelled."""

    def import_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        """The Import wizard, into ``target``'s pool: ``{"file", "sr", "host", "network", "start"}`` for
        ``vm.import``, None when cancelled."""

    def migrate_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """The cross-pool Migrate VM wizard: ``vm.migrate``'s parameters (``to_server`` the destination pool's
        cache, ``host``, ``disk_sr``, ``vif_network``, ``transfer_network``), None when cancelled."""

    def move_vm_storage(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        """Move VM Storage: ``{"sr", "disk"}`` (the positions of the disks to move) for ``vm.move-storage``."""

    def repair_sr(self, context: AppContext, sr: XenObject) -> bool:
        """The Repair Storage dialog of ``sr`` (it runs ``sr.repair`` itself: False), or True where there is no
        window and the repair should run at once."""

    def new_sr(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        """The New SR wizard for ``target``'s pool: ``sr.new``'s parameters, None when cancelled."""

    def new_network(self, context: AppContext, target: Any, kind: str = "external") -> dict[str, Any] | None:
        """The New Network wizard for ``target``'s pool (or server), on ``kind``: ``network.new``'s parameters."""

    def management_interfaces(self, context: AppContext, host: Host) -> dict[str, Any] | None:
        """The Management Interfaces dialog of ``host``: ``host.management-interfaces``' parameters, or None."""

    def maintenance_mode(self, context: AppContext, host: Host) -> dict[str, Any] | None:
        """Enter Maintenance Mode for ``host``: ``{"new_coordinator": Host | None, "confirmed": True}``, ``{}``
        where there is no dialog (the command confirms), None when cancelled."""

    def status_report(self, context: AppContext, hosts: list[Host]) -> dict[str, Any] | None:
        """The Server Status Report wizard, ``hosts`` chosen at first: ``{"hosts": [Host], "entries": [key],
        "file": path, "overwrite": bool}`` (``host.status-report``'s parameters), None when cancelled."""


class NeedsWindow(Exception):
    """A command needs a dialog of the window (raised by non-window dialog factories)."""


@dataclass(frozen=True, eq=False)
class AppContext:
    """Given to commands (``run(selection, context)``) and tab pages (``all_pages(context)``)."""

    settings: Settings
    connections: ConnectionManager
    history: OperationHistory
    commands: CommandRegistry
    prompter: Prompter
    dialogs: Dialogs
    demo: bool = False
    #: Operations only plan their calls (``main.py run --dry-run``): reads reach the server, nothing else.
    dry_run: bool = False


def make_context(settings: Settings, prompter: Prompter, dialogs: Dialogs, *, timing: Timing | None = None,
                 demo: bool = False, dry_run: bool = False) -> AppContext:
    """The context of a window, a command-line run or a test: every command, an empty history, no server yet."""
    from xencenter.commands import default_commands
    from xencenter.operations.connections import ConnectionManager
    from xencenter.operations.history import OperationHistory

    connections = ConnectionManager(settings, timing=timing)  # None: Options > Connection
    return AppContext(settings, connections, OperationHistory(), default_commands(), prompter, dialogs,
                      demo=demo, dry_run=dry_run)
