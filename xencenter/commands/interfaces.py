"""A VM's network interfaces, the buttons of its Networking tab: Add, Properties (network, MAC, rate limit: the
interface is made again, as XenCenter does), Delete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param, Refusal
from xencenter.commands.devices import creation_record, read, task
from xencenter.commands.disks import device_reason
from xencenter.commands.vm import busy_reason
from xencenter.commands.work import start_operation
from xencenter.model.provision import (
    mac_problem,
    vif_limit,
)
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import VIF, VM, Network
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def vif_reason(vm: VM) -> str:
    if vm.is_snapshot:
        return translate("CommandReasons", "A snapshot's interfaces cannot be changed.")
    if vm.power_state == "Suspended":
        return Refusal(translate("CommandReasons", "'{vm}' is suspended: resume it or shut it down to change its "
                                                   "network interfaces.").format(
            vm=vm.name),
                       "VM_BAD_POWER_STATE")
    return busy_reason(vm)


def network_problem(vm: VM, network: Network | None, mac: str, limit: int) -> str:
    if network is None:
        return translate("CommandReasons", "Choose a network.")
    problem = mac_problem(mac)
    if problem:
        return problem
    if limit < 0:
        return translate("CommandReasons", "A rate limit cannot be negative.")
    taken = {v.MAC.lower() for v in vm.VIFs}
    if mac and mac.lower() in taken:
        return translate("CommandReasons", "'{vm}' already has an interface with the MAC address {mac}.").format(
            vm=vm.name, mac=mac)
    return ""


def _vif_record(vm_ref: str, device: str, network: Network, mac: str, limit: int,
                other_config: dict[str, str] | None = None) -> dict[str, Any]:
    return creation_record(
        "VIF", device=device, network=network.ref, VM=vm_ref, MAC=mac, MTU=network.MTU or 1500,
        other_config=other_config or {}, qos_algorithm_type="ratelimit" if limit else "",
        qos_algorithm_params={"kbps": str(limit)} if limit else {}, locking_mode="network_default")


class AddInterfaceCommand(Command):
    id, title, text = "vm.add-nic", "Add Network Interface", "&Add Interface..."
    help = "Give a VM a new virtual network interface (plugged at once when the VM runs and can take it)."
    kinds, wants, menus, in_context_menu, group, order = ("vm", "template"), "a VM", (), False, 63, 10
    single = "Select one VM."
    activity = "Adding network interface"
    params = (Param("network", "network", "the network to join", required=True),
              Param("mac", str, "its MAC address (default: generated)"),
              Param("limit", int, "a rate limit in kB/s (default: none)"))

    def refusal(self, obj: VM) -> str:
        why = vif_reason(obj)
        if why:
            return why
        if len(obj.VIFs) >= 16:
            return translate("CommandReasons", "'{name}' has as many network interfaces as a VM can have.").format(
                name=obj.name)
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("network") is not None:
            return params
        answer = context.dialogs.vif_settings(context, targets[0], None)
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, *, network: Network | None = None, mac: str | None = None,
               limit: int | None = None, **params: Any) -> Operation:
        mac, limit = (mac or "").lower(), int(limit or 0)
        problem = network_problem(obj, network, mac, limit)
        if problem:
            raise ValueError(problem)
        assert network is not None
        used = {v.device for v in obj.VIFs}
        device = next(str(n) for n in range(16) if str(n) not in used)
        vm_ref, running = obj.ref, obj.power_state == "Running"

        def work(session: Session, op: Operation) -> None:
            allowed = read(session, "VM.get_allowed_VIF_devices", vm_ref, default=[device])
            chosen = device if device in allowed else (allowed[0] if allowed else device)
            vif = session.call("VIF.create", _vif_record(vm_ref, chosen, network, mac, limit))
            if running and "plug" in (read(session, "VIF.get_allowed_operations", vif, default=[]) or []):
                task(session, op, "VIF.plug", vif)

        title = translate("Activities", "Adding a network interface on '{name}' to VM").format(name=network.name)
        return start_operation(context, title, obj, work,
                               cancellable=False)


def interface_reason(vif: VIF, verb: str) -> str:
    """Why an interface cannot be changed or removed now (it must be unplugged from a running VM first)."""
    vm = vif.VM
    if vm is None:
        return translate("CommandReasons", "This interface belongs to no VM.")
    why = vif_reason(vm)
    if why:
        return why
    if vif.currently_attached and vm.power_state == "Running" and "unplug" not in (vif.allowed_operations or ()):
        return device_reason(vif, vm, verb)
    return ""


class EditInterfaceCommand(Command):
    """XenCenter's interface Properties: a new network alone moves the interface (``VIF.move``); a new MAC or
    limit makes the interface again at the same position (unplugged and plugged again when the VM runs)."""

    id, title, text = "vif.properties", "Network Interface Properties", "P&roperties"
    help = "Change a network interface's network, MAC address or rate limit."
    kinds, wants, menus, in_context_menu, group, order = ("vif",), "a network interface", (), False, 63, 20
    single = "Select one network interface."
    activity = "Changing network interface"
    params = (Param("network", "network", "the network to join"),
              Param("mac", str, "its MAC address (empty: generated)"),
              Param("limit", int, "a rate limit in kB/s (0: none)"))

    def refusal(self, obj: VIF) -> str:
        return interface_reason(obj, "change")

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if any(params.get(k) is not None for k in ("network", "mac", "limit")):
            return params
        answer = context.dialogs.vif_settings(context, targets[0].VM, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VIF, context: AppContext, *, network: Network | None = None, mac: str | None = None,
               limit: int | None = None, **params: Any) -> Operation | None:
        vm = obj.VM
        assert vm is not None
        target = network or obj.network
        same_mac = mac is None or (mac == "" and obj.MAC_autogenerated) or mac.lower() == obj.MAC.lower()
        new_mac = obj.MAC.lower() if same_mac else (mac or "").lower()
        new_limit = vif_limit(obj) if limit is None else int(limit)
        others = [v for v in vm.VIFs if v.ref != obj.ref]
        problem = network_problem(vm, target, "" if new_mac == obj.MAC.lower() else new_mac, new_limit)
        if not problem and new_mac and new_mac in {v.MAC.lower() for v in others}:
            problem = translate("CommandReasons", "'{vm}' already has an interface with the MAC address {mac}.").format(
                vm=vm.name, mac=new_mac)
        if problem:
            raise ValueError(problem)
        assert target is not None
        moved = target.ref != obj.ref_of("network")
        remade = not same_mac or new_limit != vif_limit(obj)
        if not moved and not remade:
            return None
        ref, vm_ref, device = obj.ref, vm.ref, obj.device
        plugged = obj.currently_attached and vm.power_state == "Running"
        keep_mac = "" if (mac == "" or obj.MAC_autogenerated and same_mac) else new_mac
        other_config = dict(obj.other_config)

        def work(session: Session, op: Operation) -> None:
            if not remade:
                session.call("VIF.move", ref, target.ref)
                return
            if plugged:
                task(session, op, "VIF.unplug", ref, span=(0, 0.4), text=translate("Progress", "Unplugging"))
            session.call("VIF.destroy", ref)
            vif = session.call("VIF.create", _vif_record(vm_ref, device, target, keep_mac, new_limit, other_config))
            if plugged and "plug" in (read(session, "VIF.get_allowed_operations", vif, default=[]) or []):
                task(session, op, "VIF.plug", vif, span=(0.6, 1.0), text=translate("Progress", "Plugging"))

        title = translate("Activities", "Changing network interface {device} of VM").format(device=device)
        return start_operation(context, title, vm, work, cancellable=False)


class DeleteInterfaceCommand(Command):
    id, title, text = "vif.delete", "Delete Network Interface", "&Delete"
    help = "Remove a virtual network interface from its VM (unplugged first when the VM runs)."
    kinds, wants, menus, in_context_menu, group, order = ("vif",), "a network interface", (), False, 63, 30
    activity = "Removing network interface"

    def refusal(self, obj: VIF) -> str:
        return interface_reason(obj, "unplug")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        words = ", ".join(f"{v.device} ({v.MAC})" for v in targets)
        question = (translate("Confirmations", "Remove the network interface {words}? The VM loses that connection.")
                    if len(targets) == 1 else
                    translate("Confirmations", "Remove the network interfaces {words}? The VM loses that connection."))
        return context.prompter.confirm(
            translate("Commands", self.title), question.format(words=words), ok=translate("Confirmations", "Delete"),
            danger=True)

    def run_on(self, obj: VIF, context: AppContext, **params: Any) -> Operation:
        vm = obj.VM
        assert vm is not None
        ref, plugged = obj.ref, obj.currently_attached and vm.power_state == "Running"

        def work(session: Session, op: Operation) -> None:
            if plugged:
                task(session, op, "VIF.unplug", ref, span=(0, 0.8), text=translate("Progress", "Unplugging"))
            session.call("VIF.destroy", ref)

        title = translate("Activities", "Removing network interface {device} from VM").format(device=obj.device)
        return start_operation(context, title, vm, work,
                               cancellable=False)
