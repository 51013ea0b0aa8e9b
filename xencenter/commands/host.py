"""Server (host) commands: maintenance mode and reboot, as XenCenter does them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, quoted_names
from xencenter.commands.work import async_call, best_effort, start_operation, steps, sync_call
from xencenter.model.placement import host_state

if TYPE_CHECKING:
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class HostCommand(Command):
    kinds, wants, menus = ("host",), "a server", ("Server",)

    def refusal(self, obj: Host) -> str:
        return "" if host_state(obj).live else f"'{obj.name}' is not reachable."


class EnterMaintenanceCommand(HostCommand):
    id, title, text = "host.maintenance-enter", "Enter Maintenance Mode", "Enter &Maintenance Mode..."
    help = "Migrate a server's running VMs to the other servers of the pool and keep new VMs off it."
    icon, activity, group, order = "maintenance", "Entering maintenance mode", 20, 10

    def refusal(self, obj: Host) -> str:
        if host_state(obj).maintenance:
            return f"'{obj.name}' is already in maintenance mode."
        return super().refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        return context.prompter.confirm(
            self.title, f"Put {quoted_names(targets)} in maintenance mode? Running VMs are migrated to other "
                        "servers of the pool, and no VM can start there until you exit maintenance mode.",
            ok="Enter Maintenance Mode")

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        evacuate = async_call("host.evacuate", obj.ref)

        def work(session: Session, op: Operation) -> None:
            session.call("host.disable", obj.ref)
            try:
                evacuate(session, op)
            except BaseException:
                best_effort(session, "host.enable", obj.ref)  # XenCenter too: a failed evacuation re-enables
                raise
            best_effort(session, "host.remove_from_other_config", obj.ref, "MAINTENANCE_MODE")
            session.call("host.add_to_other_config", obj.ref, "MAINTENANCE_MODE", "true")

        return start_operation(context, self.activity, obj, work)


class ExitMaintenanceCommand(HostCommand):
    id, title, text = "host.maintenance-exit", "Exit Maintenance Mode", "E&xit Maintenance Mode"
    help = "Let VMs run on a server in maintenance mode again."
    icon, activity, group, order = "maintenance", "Exiting maintenance mode", 20, 20

    def refusal(self, obj: Host) -> str:
        if not host_state(obj).maintenance:
            return f"'{obj.name}' is not in maintenance mode."
        return super().refusal(obj)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        work = steps(sync_call("host.enable", obj.ref),
                     sync_call("host.remove_from_other_config", obj.ref, "MAINTENANCE_MODE"))
        return start_operation(context, self.activity, obj, work, cancellable=False)


class RebootHostCommand(HostCommand):
    id, title, text = "host.reboot", "Reboot Server", "Re&boot Server..."
    help = "Shut down a server's VMs and reboot it."
    icon, activity, group, order, toolbar = "reboot", "Rebooting server", 20, 30, 220

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        return context.prompter.confirm(
            self.title, f"Reboot {quoted_names(targets)}? VMs running there are shut down unless you migrate "
                        "them first (Enter Maintenance Mode does that).", ok="Reboot", danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        reboot = async_call("host.reboot", obj.ref)

        def work(session: Session, op: Operation) -> None:
            session.call("host.disable", obj.ref)
            try:
                shut_down_guests(session, op, obj.ref)
                reboot(session, op)
            except BaseException:
                best_effort(session, "host.enable", obj.ref)  # never leave the host disabled for nothing
                raise

        return start_operation(context, self.activity, obj, work)


def shut_down_guests(session: Session, op: Operation, host: str) -> None:
    """Shut down the VMs running on a host (cleanly when xapi allows it), as XenCenter does before a reboot."""
    for vm in session.call("host.get_resident_VMs", host):
        record = session.call("VM.get_record", vm)
        if record["is_control_domain"] or record["power_state"] == "Halted":
            continue
        clean = "clean_shutdown" in record["allowed_operations"]
        async_call("VM.clean_shutdown" if clean else "VM.hard_shutdown", vm)(session, op)
