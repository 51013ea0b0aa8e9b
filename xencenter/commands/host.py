"""Server (host) commands: maintenance mode, reboot, shut down, power on and toolstack restart, as XenCenter does
them (its words for warnings and reasons)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Refusal, quoted_names
from xencenter.commands.network import BRAND_CONSOLE, coordinator
from xencenter.commands.work import Work, async_call, best_effort, start_operation, steps, sync_call
from xencenter.model.failures import explain
from xencenter.model.placement import host_state
from xencenter.model.words import translate
from xencenter.operations.background import run_in_background

if TYPE_CHECKING:
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class HostCommand(Command):
    kinds, wants = ("host",), "a server"
    menus: ClassVar[tuple[str, ...]] = ("Server",)

    def refusal(self, obj: Host) -> str:
        return "" if host_state(obj).live else translate("CommandReasons", "'{name}' is not reachable.").format(
            name=obj.name)


class EnterMaintenanceCommand(HostCommand):
    id, title, text = "host.maintenance-enter", "Enter Maintenance Mode", "Enter &Maintenance Mode..."
    help = "Migrate a server's running VMs to the other servers of the pool and keep new VMs off it."
    icon, activity, group, order = "maintenance", "Entering maintenance mode", 20, 10
    params = (Param("new_coordinator", "host", "when the server is the pool coordinator: the member nominated "
                    "coordinator once its VMs have moved"),)

    def refusal(self, obj: Host) -> str:
        if host_state(obj).maintenance:
            return translate("CommandReasons", "'{name}' is already in maintenance mode.").format(name=obj.name)
        return super().refusal(obj)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        """The window's Enter Maintenance Mode dialog (the VMs, where they go or what blocks them, the new
        coordinator) for one server without a chosen coordinator; the command line opens nothing."""
        if len(targets) == 1 and params.get("new_coordinator") is None:
            answer = context.dialogs.maintenance_mode(context, targets[0])
            if answer is None:
                return None
            params = {**params, **answer}
        return super().ask(targets, context, params)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        if params.get("confirmed"):
            return True  # the dialog was the confirmation
        title = translate("Commands", self.title)
        return context.prompter.confirm(
            title, translate("Confirmations", "Put {names} in maintenance mode? Running VMs are migrated to other "
                                              "servers of the pool, and no VM can start there until you exit "
                                              "maintenance mode.").format(names=quoted_names(targets)),
            ok=title)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        evacuate = async_call("host.evacuate", obj.ref)
        new: Host | None = params.get("new_coordinator")
        if new is not None and (new.ref == obj.ref or not is_coordinator(obj)):
            new = None  # only a coordinator hands over, to another server
        connection = context.connections.for_cache(obj.cache)

        def work(session: Session, op: Operation) -> None:
            session.call("host.disable", obj.ref)
            try:
                evacuate(session, op)
            except BaseException:
                best_effort(session, "host.enable", obj.ref)  # XenCenter too: a failed evacuation re-enables
                raise
            best_effort(session, "host.remove_from_other_config", obj.ref, "MAINTENANCE_MODE")
            session.call("host.add_to_other_config", obj.ref, "MAINTENANCE_MODE", "true")
            if new is not None:  # XenCenter's order: the VMs first, then the new coordinator
                hand_over(context, connection, session, new)

        return start_operation(context, self.activity, obj, work)


def hand_over(context: AppContext, connection: Any, session: Session, new: Host) -> None:
    """``pool.designate_new_master`` to ``new``, then the connection follows it to its address."""
    address = str(new.address)
    session.call("pool.designate_new_master", new.ref)
    if connection is not None and address and not context.dry_run:
        context.connections.follow(connection, address)


def evacuation_precheck(context: AppContext, host: Host, done: Callable[[dict[str, list[str]] | None, str], None]
                        ) -> None:
    """The Enter Maintenance Mode dialog's scan: ``host.get_vms_which_prevent_evacuation`` in the background;
    ``done(blockers, "")`` on the UI thread, or ``done(None, why)`` in words. Nothing is recorded."""
    connection = context.connections.for_cache(host.cache)
    session = connection.session if connection is not None else None
    if session is None:
        done(None, translate("Operations", "Not connected to the server."))
        return
    run_in_background(lambda: session.call("host.get_vms_which_prevent_evacuation", host.ref),
                      on_success=lambda found: done({ref: list(why) for ref, why in dict(found).items()}, ""),
                      on_failure=lambda exc: done(None, explain(exc)[0]))


class ExitMaintenanceCommand(HostCommand):
    id, title, text = "host.maintenance-exit", "Exit Maintenance Mode", "E&xit Maintenance Mode"
    help = "Let VMs run on a server in maintenance mode again."
    icon, activity, group, order = "maintenance", "Exiting maintenance mode", 20, 20

    def refusal(self, obj: Host) -> str:
        if not host_state(obj).maintenance:
            return translate("CommandReasons", "'{name}' is not in maintenance mode.").format(name=obj.name)
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
            translate("Commands", self.title),
            translate("Confirmations", "Reboot {names}? VMs running there are shut down unless you migrate them "
                                       "first (Enter Maintenance Mode does that).").format(names=quoted_names(targets)),
            ok=translate("Confirmations", "Reboot"), danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, power_off(obj, "host.reboot"))


def power_off(host: Host, method: str) -> Work:
    """XenCenter's reboot and shutdown: disable the host, shut its VMs down, then ``method``; a failure
    re-enables a host that was enabled."""
    call = async_call(method, host.ref)

    def work(session: Session, op: Operation) -> None:
        was_enabled = session.call("host.get_enabled", host.ref)
        session.call("host.disable", host.ref)
        try:
            shut_down_guests(session, op, host.ref)
            call(session, op)
        except BaseException:
            if was_enabled:
                best_effort(session, "host.enable", host.ref)  # never leave the host disabled for nothing
            raise

    return work


def in_progress() -> Refusal:
    return Refusal(translate("CommandReasons", "This server has an operation in progress."),
                   "OTHER_OPERATION_IN_PROGRESS")


def busy(host: Host) -> bool:
    """XenCenter's ``HasActiveHostAction``, from what xapi says: an operation of the host is under way."""
    return bool(host.current_operations)


class PowerOnHostCommand(HostCommand):
    id, title, text = "host.power-on", "Power On", "Power O&n"
    help = "Send a remote power-on request to a server that is off (Wake-on-LAN, iLO, DRAC...)."
    # Ctrl+B is the VM's Start in the same window; the toolbar's Start/Shut Down button shows it for a dead host
    icon, activity, group, order, toolbar = "start", "Powering on server", 20, 36, 210

    def refusal(self, obj: Host) -> str:
        if host_state(obj).live:
            return Refusal(translate("CommandReasons", "This server is already powered on."), "HOST_IS_LIVE")
        if not obj.power_on_mode:
            return Refusal(translate("CommandReasons", "This host does not have its Power On mode set."),
                           "HOST_POWER_ON_MODE_DISABLED")
        if busy(obj):
            return in_progress()
        return ""

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("host.power_on", obj.ref), cancellable=False)


class ShutDownHostCommand(HostCommand):
    id, title, text = "host.shutdown", "Shut Down Server", "S&hut Down"
    help = "Shut down a server's VMs and power the server off."
    icon, activity, group, order, toolbar = "shutdown", "Shutting down server", 20, 35, 210

    def refusal(self, obj: Host) -> str:
        if not host_state(obj).live:
            return translate("CommandReasons", "This server is already shut down.")
        if busy(obj):
            return in_progress()
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        one = len(targets) == 1
        if any(has_running_vms(h) for h in targets):
            text = (translate("Confirmations", "Are you sure you want to shut down '{name}'?\n\nThis will also shut "
                                               "down all the VMs currently running on it.") if one else
                    translate("Confirmations", "Are you sure you want to shut down the selected servers?\n\nThis will "
                                               "also shut down all the VMs currently running on them."))
        else:
            text = (translate("Confirmations", "Are you sure you want to shut down '{name}'?") if one else
                    translate("Confirmations", "Are you sure you want to shut down the selected servers?"))
        text = text.format(name=targets[0].name)
        coordinators = [h for h in targets if is_coordinator(h) and len(h.cache.all("host")) > 1]
        if len(coordinators) == 1:
            text += translate("Confirmations", "\n\n{name} is the pool coordinator. It is strongly recommended to "
                                               "nominate a new coordinator for the pool before proceeding.").format(
                name=coordinators[0].name)
        elif coordinators:
            text += translate("Confirmations", "\n\n{names} are pool coordinators. It is strongly recommended to "
                                               "nominate a new coordinator for each affected pool before "
                                               "proceeding.").format(names=", ".join(h.name for h in coordinators))
        title = (translate("Commands", self.title) if one
                 else translate("Confirmations", "Shut Down Multiple Servers"))
        return context.prompter.confirm(title, text, ok=translate("Confirmations", "Yes, Shut Down"), danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, power_off(obj, "host.shutdown"))


class RestartToolstackCommand(HostCommand):
    id, title, text = "host.restart-toolstack", "Restart Toolstack", "Restart Toolstac&k"
    help = "Restart a server's management toolstack (xapi); its VMs keep running."
    icon, activity, group, order = "reboot", "Restarting toolstack", 20, 40

    def refusal(self, obj: Host) -> str:
        return "" if host_state(obj).live else translate("CommandReasons", "Server is not reachable")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        if len(targets) == 1:
            text = translate("Confirmations", "Are you sure you want to restart the toolstack on '{name}'? Note that "
                                              "{program} will temporarily lose connection to the server.").format(
                name=ellipsised(targets[0].name, 30), program=BRAND_CONSOLE)
        else:
            text = translate("Confirmations", "Are you sure you want to restart the toolstack on the selected "
                                              "servers? Note that {program} will temporarily lose connection to "
                                              "them.").format(program=BRAND_CONSOLE)
        title = translate("Commands", self.title)
        return context.prompter.confirm(title, text, ok=title, danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("host.restart_agent", obj.ref),
                               cancellable=False)


def ellipsised(text: str, limit: int) -> str:
    """XenCenter's ``Ellipsise``: at most ``limit`` characters, the last an ellipsis when cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def is_coordinator(host: Host) -> bool:
    first = coordinator(host.cache)
    return first is not None and first.ref == host.ref


def has_running_vms(host: Host) -> bool:
    """XenCenter's ``HasRunningVMs``: a VM other than the control domain runs there."""
    return any(not vm.is_control_domain and vm.power_state == "Running" for vm in host.resident_VMs)


def shut_down_guests(session: Session, op: Operation, host: str) -> None:
    """Shut down the VMs running on a host (cleanly when xapi allows it), as XenCenter does before a reboot."""
    for vm in session.call("host.get_resident_VMs", host):
        record = session.call("VM.get_record", vm)
        if record["is_control_domain"] or record["power_state"] == "Halted":
            continue
        clean = "clean_shutdown" in record["allowed_operations"]
        async_call("VM.clean_shutdown" if clean else "VM.hard_shutdown", vm)(session, op)
