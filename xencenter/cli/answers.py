"""How commands ask the user on the command line: they never ask. Confirmations are answered by ``--yes``,
values come from the command's options, and what needs a window is refused in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xencenter.operations.context import NeedsWindow

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.operations.context import AppContext


@dataclass
class CliPrompter:
    """Confirms when ``--yes`` was given; remembers what it was asked so the run can say why nothing happened."""

    yes: bool = False
    declined: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool:
        if not self.yes:
            self.declined.append(text)
        return self.yes

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        self.missing.append(label)
        return None

    def show_error(self, title: str, text: str, details: str = "") -> None:
        """Failures are printed per target at the end of the run."""


class CliDialogs:
    """The window's dialogs, on the command line: Add Server saves the server given with ``--server``, Save
    Search takes the name and pool given or the defaults; the others need the window."""

    def add_server(self, context: AppContext, connection: Connection | None, server: Any = None) -> None:
        from xencenter.settings import SavedServer

        for made in context.connections:
            context.settings.servers.upsert(SavedServer(str(made.address), made.user, made.name))

    def repair_sr(self, context: AppContext, sr: Any) -> bool:
        return True  # no dialog here: repair at once, the outcome is printed

    def vm_properties(self, context: AppContext, vm: Any, page: str | None = None) -> None:
        raise NeedsWindow("the properties dialog needs the window; vm.edit changes them from here")

    def object_properties(self, context: AppContext, obj: Any, page: str | None = None) -> None:
        raise NeedsWindow(f"the properties dialog needs the window; {obj.cls.lower()}.edit changes them from here")

    def tags_and_folder(self, context: AppContext, tags: list[str], folder: str,
                        known_tags: list[str]) -> tuple[list[str], str] | None:
        raise NeedsWindow("give --tags or --folder")

    def vnc_viewer(self, context: AppContext) -> None:
        raise NeedsWindow("a console window needs the window; main.py screenshot --vnc saves a picture")

    def server_list_file(self, context: AppContext, save: bool) -> str | None:
        raise NeedsWindow("give --file")

    def take_snapshot(self, context: AppContext, vm: Any, default_name: str) -> dict[str, Any] | None:
        raise NeedsWindow("give --name (and --memory for the memory too)")

    def new_snapshot_schedule(self, context: AppContext, cache: Any, vms: list[Any]) -> dict[str, Any] | None:
        raise NeedsWindow("give --name (and --vm, --frequency...)")

    def snapshot_schedules(self, context: AppContext, cache: Any) -> None:
        raise NeedsWindow("the list is a window")

    def join_domain(self, context: AppContext, obj: Any, given: dict[str, Any]) -> dict[str, Any] | None:
        raise NeedsWindow("give --domain, --domain-user and --domain-password-file")

    def choose_role(self, context: AppContext, who: str, current: str) -> str | None:
        raise NeedsWindow("give --role")

    def configure_ha(self, context: AppContext, pool: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --heartbeat-sr, --failures, --restart, --best-effort, --order or --delay")

    def new_pool(self, context: AppContext, cache: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --name (and --member-server for a server to add)")

    def options(self, context: AppContext) -> None:
        raise NeedsWindow("the options are a dialog")

    def user_guide(self, context: AppContext) -> None:
        raise NeedsWindow("the guide is a window")

    def keyboard_shortcuts(self, context: AppContext) -> None:
        raise NeedsWindow("the list is a window")

    def application_log(self, context: AppContext) -> None:
        raise NeedsWindow("the log viewer is a window")

    def save_search(self, context: AppContext, name: str, pool: Any, pools: list[Any]) -> tuple[str, Any] | None:
        """The name given (or the search's own, made unique) and the pool given, else the server's."""
        if pool is None and len(pools) != 1:
            raise NeedsWindow("give --pool")
        return name, pool or pools[0]

    def search_file(self, context: AppContext, save: bool, suggested: str) -> str | None:
        raise NeedsWindow("give --file")

    def current_search(self, context: AppContext) -> Any:
        return None  # the command line shows none: the search is given with --search or --query-file

    def show_search(self, context: AppContext, search: Any) -> None:
        raise NeedsWindow("main.py search --query-file FILE shows a search's results")

    def new_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --template (and --name, --iso, --disk, --network... as needed: "
                          "'main.py run vm.new --help')")

    def new_disk(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --size-gib and --sr")

    def attach_disk(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --vdi")

    def move_disk(self, context: AppContext, vdi: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --sr")

    def disk_properties(self, context: AppContext, disk: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --name, --description, --size-gib, --position or --mode")

    def copy_vm(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --name (and --sr for a full copy)")

    def vif_settings(self, context: AppContext, vm: Any, vif: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --network (and --mac, --limit)")

    def graph_design(self, context: AppContext, obj: Any, graph: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --source for each data source (and --name)")

    def export_vm(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --file")

    def import_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --file (and --sr, --host, --network, --start as needed)")

    def migrate_vm(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --host (a server of the VM's pool), or --to-server URL --to-user USER "
                          "--to-password-file FILE --host NAME for another pool")

    def move_vm_storage(self, context: AppContext, vm: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --sr (and --disk POSITION for some disks only)")

    def new_sr(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --type and --name (and the storage's options: main.py run sr.new --help)")

    def new_network(self, context: AppContext, target: Any, kind: str = "external") -> dict[str, Any] | None:
        raise NeedsWindow("give --type (and --nic, --vlan, --bond-mode...: main.py run network.new --help)")

    def management_interfaces(self, context: AppContext, host: Any) -> dict[str, Any] | None:
        raise NeedsWindow("give --mode dhcp|static (with --ip, --netmask, --gateway, --dns) or --storage")

    def maintenance_mode(self, context: AppContext, host: Any) -> dict[str, Any] | None:
        return {}  # no dialog: --yes confirms, --new-coordinator names the next coordinator

    def status_report(self, context: AppContext, hosts: list[Any]) -> dict[str, Any] | None:
        from xencenter.model.status_report import default_file_name

        return {"hosts": hosts, "file": default_file_name()}  # XenCenter's name, in the current folder
