"""The window's dialogs factory (``operations.context.Dialogs``): the dialogs commands open, parented to the
active window, made before any window exists (so the application context can be built first and frozen).

The searches commands act on are the window's (``current_search``, ``show_search``): the window attaches
itself with ``attach_search``.

Signals:
    message(str)   something worth a status-bar line (a warning after Add Server saved the list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VDI, VIF, VM, XenObject
    from xencenter.model.xensearch.search import Search
    from xencenter.operations.context import AppContext
    from xencenter.settings import SavedServer

translate = QCoreApplication.translate


def active_window() -> QWidget | None:
    """The parent for a dialog: the window the user is in."""
    return QApplication.activeWindow()


class WindowDialogs(QObject):
    """See the module docstring; the dialogs are kept alive while they show."""

    message = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_dialogs: list[QDialog] = []
        self._searches: Any = None  # the window: current_search() and show_search(search)

    def _keep(self, dialog: QDialog) -> QDialog:
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self.open_dialogs.remove(dialog) if dialog in self.open_dialogs else None)
        return dialog

    def add_server(self, context: AppContext, connection: Connection | None,
                   server: SavedServer | None = None) -> None:
        """Add Server, prefilled for a known, disconnected server (or with ``server``); the connection joins the
        list once connected."""
        from xencenter.views.add_server_dialog import AddServerDialog

        manager = context.connections
        saved = context.settings.servers.get(connection.address) if connection is not None else None
        saved = saved or server

        def make(address: Any, user: str, pool_addresses: list[str]) -> Connection:
            if connection is not None and connection.address == address and connection.user == user:
                return connection
            return manager.create(address, user, pool_addresses)

        def adopted(made: Connection, warning: str = "") -> None:
            manager.adopt(made)
            if warning:
                self.message.emit(warning)

        dialog = AddServerDialog(context.settings, make_connection=make, server=saved, parent=active_window())
        dialog.connected.connect(adopted)
        self._keep(dialog).open()

    def vm_properties(self, context: AppContext, vm: VM, page: str | None = None) -> None:
        from xencenter.views.properties_dialog import PropertiesDialog

        self._open_properties(PropertiesDialog(context, vm, active_window()), page)

    def object_properties(self, context: AppContext, obj: XenObject, page: str | None = None) -> None:
        from xencenter.views.properties.object_dialog import object_dialog

        self._open_properties(object_dialog(context, obj, active_window()), page)

    def repair_sr(self, context: AppContext, sr: XenObject) -> bool:
        from xencenter.views.repair_sr_dialog import RepairSRDialog

        dialog = RepairSRDialog(context, sr, active_window())  # type: ignore[arg-type]
        dialog.setModal(False)
        self._keep(dialog).open()
        return False

    def _open_properties(self, dialog: Any, page: str | None) -> None:
        if page is not None and page in dialog.page_titles():
            dialog.show_page(page)
        dialog.setModal(False)
        self._keep(dialog).open()

    def tags_and_folder(self, context: AppContext, tags: list[str], folder: str,
                        known_tags: list[str]) -> tuple[list[str], str] | None:
        from xencenter.views.prompts import TagsFolderDialog

        dialog = TagsFolderDialog(tags, folder, known_tags, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def vnc_viewer(self, context: AppContext) -> None:
        from xencenter.views.vnc_dialog import open_vnc_dialog

        open_vnc_dialog(active_window(), context.settings)

    def server_list_file(self, context: AppContext, save: bool) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        from xencenter import APP_NAME
        from xencenter.model.server_list_file import EXTENSION

        kinds = translate("Dialogs", "{app} server list (*.{extension});;All files (*)").format(
            app=APP_NAME, extension=EXTENSION)
        if save:
            path, _ = QFileDialog.getSaveFileName(active_window(), translate("Dialogs", "Export Server List"), f"servers.{EXTENSION}", kinds)
        else:
            path, _ = QFileDialog.getOpenFileName(active_window(), translate("Dialogs", "Import Server List"), "", kinds)
        return path or None

    def take_snapshot(self, context: AppContext, vm: VM, default_name: str) -> dict[str, Any] | None:
        from xencenter.views.snapshot_dialog import TakeSnapshotDialog

        dialog = TakeSnapshotDialog(vm, default_name, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_snapshot_schedule(self, context: AppContext, cache: ObjectCache, vms: list[VM]) -> dict[str, Any] | None:
        from xencenter.views.wizards.vmss import NewPolicyWizard

        wizard = NewPolicyWizard(context, cache, vms, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def snapshot_schedules(self, context: AppContext, cache: ObjectCache) -> None:
        from xencenter.views.schedule_dialogs import SchedulesDialog

        if self._searches is not None:  # the main window (attach_search): it runs the list's commands
            self._keep(SchedulesDialog(self._searches, cache)).show()

    def join_domain(self, context: AppContext, obj: XenObject, given: dict[str, Any]) -> dict[str, Any] | None:
        from xencenter.views.tabs.users import JoinDomainDialog

        dialog = JoinDomainDialog(obj, given, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_role(self, context: AppContext, who: str, current: str) -> str | None:
        from xencenter.views.tabs.users import RoleDialog

        dialog = RoleDialog(who, current, active_window())
        return dialog.role() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def configure_ha(self, context: AppContext, pool: XenObject) -> dict[str, Any] | None:
        from xencenter.views.wizards.ha import HaWizard

        wizard = HaWizard(context, pool, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def new_pool(self, context: AppContext, cache: ObjectCache | None) -> dict[str, Any] | None:
        from xencenter.views.new_pool_dialog import NewPoolDialog

        dialog = NewPoolDialog(context, cache, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def options(self, context: AppContext) -> None:
        from xencenter.views.options_dialog import OptionsDialog

        if self._searches is not None:  # the main window (attach_search)
            self._keep(OptionsDialog(self._searches)).show()

    def user_guide(self, context: AppContext) -> None:
        from xencenter.views.help_windows import GuideWindow

        self._keep(GuideWindow(active_window())).show()

    def keyboard_shortcuts(self, context: AppContext) -> None:
        from xencenter.views.help_windows import ShortcutsDialog

        self._keep(ShortcutsDialog(active_window())).show()

    def application_log(self, context: AppContext) -> None:
        from xencenter.views.help_windows import LogViewer

        self._keep(LogViewer(active_window())).show()

    def attach_search(self, window: Any) -> None:
        """The window whose Search tab ``current_search`` reads and ``show_search`` shows a search in."""
        self._searches = window

    def save_search(self, context: AppContext, name: str, pool: XenObject | None,
                    pools: list[XenObject]) -> tuple[str, XenObject] | None:
        from xencenter.views.search_dialogs import SaveSearchDialog

        dialog = SaveSearchDialog(name, pool, pools, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def search_file(self, context: AppContext, save: bool, suggested: str) -> str | None:
        from xencenter.views.search_dialogs import choose_search_file

        return choose_search_file(active_window(), save, suggested)

    def current_search(self, context: AppContext) -> Search | None:
        return self._searches.current_search() if self._searches is not None else None

    def show_search(self, context: AppContext, search: Search) -> None:
        if self._searches is not None:
            self._searches.show_search(search)

    # ---- making VMs and their devices (answers for the commands; modal) ------------------------------------

    def new_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        from xencenter.views.wizards.new_vm import NewVMWizard

        wizard = NewVMWizard(context, target, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def new_disk(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.commands.devices import free_position
        from xencenter.model.provision import CD_POSITIONS, best_sr
        from xencenter.model.summaries import GIB
        from xencenter.views.disk_dialogs import DiskDialog

        home = vm.home
        sr = best_sr(vm.cache, home, [10 * GIB])
        dialog = DiskDialog(vm.cache, home, name=f"{vm.name} {free_position(vm, CD_POSITIONS[3:])}",
                            sr=sr.ref if sr is not None else "", parent=active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def attach_disk(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.commands.disks import attachable_disks
        from xencenter.views.disk_dialogs import AttachDiskDialog

        dialog = AttachDiskDialog(vm, attachable_disks(vm), active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def move_disk(self, context: AppContext, vdi: VDI) -> dict[str, Any] | None:
        from xencenter.commands.disks import vm_home_of
        from xencenter.views.disk_dialogs import MoveDiskDialog

        dialog = MoveDiskDialog(vdi, vm_home_of(vdi), active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def disk_properties(self, context: AppContext, disk: Any) -> dict[str, Any] | None:
        from xencenter.commands.devices import disk_of
        from xencenter.commands.disks import resize_problem
        from xencenter.views.properties.disk_pages import disk_dialog

        vbd, vdi = disk_of(disk)
        if vdi is None:
            raise ValueError(translate("Dialogs", "This drive holds no disk."))
        dialog = disk_dialog(context, vdi, vbd, resize_problem(vdi, vdi.virtual_size + 1), active_window())
        return dialog.changed_params() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def copy_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.commands.templates import copy_name, disk_sizes
        from xencenter.views.disk_dialogs import CopyVMDialog

        dialog = CopyVMDialog(vm, copy_name(vm), disk_sizes(vm), active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def export_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.views.wizards.export import ExportWizard

        wizard = ExportWizard(context, vm, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def import_vm(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        from xencenter.views.wizards.import_ import ImportWizard

        wizard = ImportWizard(context, target, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def vif_settings(self, context: AppContext, vm: VM, vif: VIF | None) -> dict[str, Any] | None:
        from xencenter.views.disk_dialogs import vif_dialog_for

        dialog = vif_dialog_for(vm, vif, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def graph_design(self, context: AppContext, obj: Any, graph: Any) -> dict[str, Any] | None:
        from xencenter.views.graph_dialog import GraphDesignDialog

        dialog = GraphDesignDialog(context, obj, graph, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def migrate_vm(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.views.wizards.cross_pool import CrossPoolMigrateWizard

        wizard = CrossPoolMigrateWizard(context, vm, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def move_vm_storage(self, context: AppContext, vm: VM) -> dict[str, Any] | None:
        from xencenter.views.migrate_dialogs import MoveStorageDialog

        dialog = MoveStorageDialog(vm, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_sr(self, context: AppContext, target: Any) -> dict[str, Any] | None:
        from xencenter.views.wizards.new_sr import NewSRWizard

        wizard = NewSRWizard(context, target, active_window())
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def new_network(self, context: AppContext, target: Any, kind: str = "external") -> dict[str, Any] | None:
        from xencenter.views.wizards.new_network import NewNetworkWizard

        wizard = NewNetworkWizard(context, target, active_window(), kind)
        return wizard.params() if wizard.exec() == QDialog.DialogCode.Accepted else None

    def management_interfaces(self, context: AppContext, host: Any) -> dict[str, Any] | None:
        from xencenter.views.management_dialog import ManagementDialog

        dialog = ManagementDialog(context, host, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def maintenance_mode(self, context: AppContext, host: Any) -> dict[str, Any] | None:
        from xencenter.views.maintenance_dialog import MaintenanceDialog

        dialog = MaintenanceDialog(context, host, active_window())
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def status_report(self, context: AppContext, hosts: list[Any]) -> dict[str, Any] | None:
        from xencenter.views.wizards.status_report import StatusReportWizard

        wizard = StatusReportWizard(context, hosts, active_window())
        return wizard.answer() if wizard.exec() == QDialog.DialogCode.Accepted else None
