"""A real connection to the simulator wired like the window wires it, and a prompter that answers for the
user, for tests of commands and views against a live server."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.live import SIM_PASSWORD as PASSWORD  # noqa: F401 (re-exported)
from tests.live import SIM_USER as USER
from tests.live import MemoryKeyring
from xencenter.commands import CommandRegistry
from xencenter.connection import Connection, ConnectionState, Timing
from xencenter.operations.context import AppContext, make_context
from xencenter.settings import Settings
from xencenter.views.tree_model import KindRole, TreeModel
from xencenter.xenapi.address import ServerAddress

QUICK = Timing(heartbeat_interval=1.0, heartbeat_timeout=3.0, event_timeout=1.0, call_timeout=10.0,
               connect_timeout=3.0, reconnect_delays=(0.2, 0.5), event_retry_delay=0.2)




@dataclass
class AnsweringPrompter:
    """Answers as told and remembers what was asked: the prompter and the dialogs of a test's context."""

    confirm_answer: bool = True
    text_answer: str | None = None
    tags_answer: tuple[list[str], str] | None = None
    asked: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    connect_requests: list[Any] = field(default_factory=list)
    file_answer: str | None = None
    search_shown: Any = None
    #: What the New VM wizard, Add/Attach Disk, disk Properties and interface dialogs answer (None: cancel).
    new_vm_answer: dict[str, Any] | None = None
    #: What Enter Maintenance Mode answers ({}: no dialog, the command confirms).
    maintenance_answer: dict[str, Any] | None = field(default_factory=dict)
    disk_answer: dict[str, Any] | None = None
    attach_answer: dict[str, Any] | None = None
    disk_properties_answer: dict[str, Any] | None = None
    move_answer: dict[str, Any] | None = None
    copy_answer: dict[str, Any] | None = None
    vif_answer: dict[str, Any] | None = None
    #: What New Graph / Edit Graph answer ({"name", "source"}; None: cancel).
    graph_answer: dict[str, Any] | None = None
    #: What the Export and Import wizards answer (None: cancel).
    export_answer: dict[str, Any] | None = None
    import_answer: dict[str, Any] | None = None
    #: What the Migrate VM wizard and Move VM Storage answer (None: cancel).
    migrate_answer: dict[str, Any] | None = None
    storage_answer: dict[str, Any] | None = None
    #: What the New SR wizard answers (None: cancel).
    new_sr_answer: dict[str, Any] | None = None
    #: What the New Network wizard and the Management Interfaces dialog answer (None: cancel).
    new_network_answer: dict[str, Any] | None = None
    management_answer: dict[str, Any] | None = None
    #: What the Server Status Report wizard answers (None: cancel).
    status_report_answer: dict[str, Any] | None = None

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool:
        self.asked.append((title, text))
        return self.confirm_answer

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        self.asked.append((title, label))
        return self.text_answer

    def tags_and_folder(self, context: Any, tags: list[str], folder: str,
                        known: list[str]) -> tuple[list[str], str] | None:
        self.asked.append(("tags", ", ".join(tags)))
        return self.tags_answer

    def show_error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text, details))

    def add_server(self, context: Any, connection: Connection | None, server: Any = None) -> None:
        self.connect_requests.append(connection)

    def vm_properties(self, context: Any, vm: Any, page: str | None = None) -> None:
        self.asked.append(("properties", f"{vm.name} {page or ''}".strip()))

    def repair_sr(self, context: Any, sr: Any) -> bool:
        self.asked.append(("repair", sr.name))
        return True

    def object_properties(self, context: Any, obj: Any, page: str | None = None) -> None:
        self.asked.append(("properties", f"{obj.name} {page or ''}".strip()))

    def vnc_viewer(self, context: Any) -> None:
        self.asked.append(("vnc", ""))

    def save_search(self, context: Any, name: str, pool: Any, pools: list[Any]) -> tuple[str, Any] | None:
        """Save Search: ``text_answer`` as the name when given, else the proposed one, in the pool given (or the
        first); cancelled when ``confirm_answer`` is False."""
        self.asked.append(("save search", name))
        return (self.text_answer or name, pool or pools[0]) if self.confirm_answer else None

    def search_file(self, context: Any, save: bool, suggested: str) -> str | None:
        self.asked.append(("search file", suggested))
        return self.file_answer

    def current_search(self, context: Any) -> Any:
        return self.search_shown

    def show_search(self, context: Any, search: Any) -> None:
        self.search_shown = search

    def new_vm(self, context: Any, target: Any) -> dict[str, Any] | None:
        self.asked.append(("new vm", getattr(target, "name", "")))
        return self.new_vm_answer

    def new_disk(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("new disk", vm.name))
        return self.disk_answer

    def attach_disk(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("attach disk", vm.name))
        return self.attach_answer

    def move_disk(self, context: Any, vdi: Any) -> dict[str, Any] | None:
        self.asked.append(("move disk", vdi.name))
        return self.move_answer

    def migrate_vm(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("migrate vm", vm.name))
        return self.migrate_answer

    def move_vm_storage(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("move vm storage", vm.name))
        return self.storage_answer

    def disk_properties(self, context: Any, disk: Any) -> dict[str, Any] | None:
        self.asked.append(("disk properties", disk.VDI.name if disk.cls == "VBD" else disk.name))
        return self.disk_properties_answer

    def copy_vm(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("copy", vm.name))
        return self.copy_answer

    def vif_settings(self, context: Any, vm: Any, vif: Any) -> dict[str, Any] | None:
        self.asked.append(("interface", vif.device if vif is not None else "new"))
        return self.vif_answer

    def graph_design(self, context: Any, obj: Any, graph: Any) -> dict[str, Any] | None:
        self.asked.append(("graph", graph.title if graph is not None else "new"))
        return self.graph_answer

    def export_vm(self, context: Any, vm: Any) -> dict[str, Any] | None:
        self.asked.append(("export", vm.name))
        return self.export_answer

    def import_vm(self, context: Any, target: Any) -> dict[str, Any] | None:
        self.asked.append(("import", getattr(target, "name", "")))
        return self.import_answer

    def new_sr(self, context: Any, target: Any) -> dict[str, Any] | None:
        self.asked.append(("new sr", getattr(target, "name", "")))
        return self.new_sr_answer

    def new_network(self, context: Any, target: Any, kind: str = "external") -> dict[str, Any] | None:
        self.asked.append(("new network", f"{getattr(target, 'name', '')} {kind}"))
        return self.new_network_answer

    def management_interfaces(self, context: Any, host: Any) -> dict[str, Any] | None:
        self.asked.append(("management interfaces", host.name))
        return self.management_answer

    def maintenance_mode(self, context: Any, host: Any) -> dict[str, Any] | None:
        return self.maintenance_answer

    def status_report(self, context: Any, hosts: list[Any]) -> dict[str, Any] | None:
        self.asked.append(("status report", ",".join(h.name for h in hosts)))
        return self.status_report_answer


@dataclass
class Live:
    connection: Connection
    context: AppContext
    model: TreeModel
    prompter: AnsweringPrompter

    @property
    def cache(self):
        return self.connection.cache

    @property
    def commands(self) -> CommandRegistry:
        return self.context.commands

    @property
    def source(self) -> str:
        return self.context.connections.key(self.connection)

    def vms(self, power_state: str | None = None) -> list:
        return sorted((vm for vm in self.cache.all("VM") if vm.is_real_vm and not vm.hidden
                       and (power_state is None or vm.power_state == power_state)), key=lambda v: v.name)

    def fresh(self, obj):
        """The object as the cache knows it now."""
        return self.cache.get(obj.cls, obj.ref)


def connect_live(qtbot, server, directory: Path) -> Live:
    """Connect to a simulator (its certificate pinned in a private settings directory) and build the tree."""
    settings = Settings.load(directory, keyring_backend=MemoryKeyring())
    address = ServerAddress.parse(server.url)
    settings.trust.trust(address, server.fingerprint)
    settings.passwords.set(address, USER, PASSWORD)
    prompter = AnsweringPrompter()
    context = make_context(settings, prompter, prompter, timing=QUICK)
    connections = context.connections
    connection = connections.create(address, USER)
    connections.adopt(connection)
    model = TreeModel(connections)
    connections.objects_changed.connect(lambda _, changes: model.on_objects_changed(changes))
    connections.state_changed.connect(lambda *_: model.rebuild())
    with qtbot.waitSignal(connection.state_changed, timeout=30_000,
                          check_params_cb=lambda state, _: state is ConnectionState.CONNECTED):
        connection.start(PASSWORD)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.index(0, 0).data(KindRole) != "connection",
                    timeout=10_000)
    return Live(connection, context, model, prompter)


def show_page(qtbot, window, connection, obj, page_type: type, timeout: int = 20_000) -> Any:
    """Select ``obj`` in the window's tree and bring up its tab of ``page_type``; returns the page."""
    navigation = window.navigation
    assert navigation.select_object(navigation.connections.key(connection), obj.ref)
    page = next(p for p in window.pages if isinstance(p, page_type))
    qtbot.waitUntil(lambda: window.tabs.indexOf(page) >= 0, timeout=timeout)
    window.tabs.setCurrentWidget(page)
    return page
