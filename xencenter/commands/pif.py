"""A server's interfaces, as XenCenter's RescanPIFsCommand and its Management Interfaces dialog
(NetworkingProperties, ChangeNetworkingAction) do them: ``host.rescan-nics`` (``PIF.scan``) and
``host.management-interfaces`` (the primary management interface's IP configuration, DHCP or static, perhaps on
another NIC, and secondary "storage" interfaces), with XenCenter's warning about losing the connection. When the
pool coordinator's address changes, the connection follows it to the new address."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Param
from xencenter.commands.host import HostCommand
from xencenter.commands.network import BRAND_CONSOLE, coordinator
from xencenter.commands.work import async_call, start_operation
from xencenter.model import new_network as nn
from xencenter.model import nics
from xencenter.model.failures import StepFailed
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import PIF, Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

PURPOSE = "management_purpose"  # XenCenter's PIF other_config key naming a secondary interface


class RescanNicsCommand(HostCommand):
    id, title, text = "host.rescan-nics", "Rescan NICs", "Rescan &NICs"
    help = "Look for network interface cards added to a server since xapi last looked (PIF.scan)."
    group, order, activity = 40, 10, "Scanning NICs"

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        title = translate("Activities", "Scanning NICs on server '{name}'").format(name=obj.name)
        return start_operation(context, title, obj, async_call("PIF.scan", obj.ref))


def management_pif(host: Host) -> PIF | None:
    return next((p for p in host.PIFs if p.management), None)


def secondary_pifs(host: Host) -> list[PIF]:
    """The interfaces with an IP address that are not the management interface (XenCenter's "Storage" tabs)."""
    return [p for p in host.PIFs if not p.management and (p.ip_configuration_mode or "None") != "None"]


def _storage_spec(host: Host, text: str) -> tuple[PIF, str, str, str]:
    """``NIC=IP/NETMASK`` or ``NIC=dhcp`` -> (interface, mode, IP, netmask)."""
    device, _, config = text.partition("=")
    pif = nn.find_nic(host, device.strip())
    if pif is None:
        raise ValueError(translate("CommandReasons", "'{host}' has no NIC {nic}.").format(host=host.name,
                                                                                          nic=device.strip()))
    if config.strip().lower() == "dhcp":
        return pif, "DHCP", "", ""
    try:
        interface = ipaddress.IPv4Interface(config.strip())
    except ValueError:
        raise ValueError(translate("CommandReasons", "'{config}' is not an address and netmask (10.0.0.5/24) or "
                                                     "'dhcp'.").format(config=config)) from None
    return pif, "Static", str(interface.ip), str(interface.netmask)


class ManagementInterfacesCommand(HostCommand):
    id, title, text = "host.management-interfaces", "Management Interfaces", "Management &Interfaces..."
    help = "Configure a server's management interface (DHCP or static IP, which NIC) and its storage interfaces."
    group, order, activity = 40, 20, "Reconfiguring server networking"
    params = (
        Param("mode", str, "the management interface's IP configuration", choices=("dhcp", "static")),
        Param("nic", str, "the NIC to manage the server through (default: the current one)"),
        Param("ip", str, "its static address"),
        Param("netmask", str, "its static netmask"),
        Param("gateway", str, "its gateway", default=""),
        Param("dns", str, "its DNS servers (comma-separated)", default=""),
        Param("storage", str, "a secondary (storage) interface: NIC=IP/NETMASK or NIC=dhcp", many=True),
        Param("remove_storage", str, "a secondary interface to remove the IP address of (NIC)", many=True),
    )

    def refusal(self, obj: Host) -> str:
        pool = obj.cache.pool()
        if pool is not None and pool.ha_enabled:
            return translate("CommandReasons", "The operation could not be performed because HA is enabled on the Pool")
        return super().refusal(obj)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if not (params.get("mode") or params.get("storage") or params.get("remove_storage")):
            answer = context.dialogs.management_interfaces(context, targets[0])
            if answer is None:
                return None
            params = {**params, **answer}
        return super().ask(targets, context, params)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        if not params.get("mode"):
            return True
        pooled = len(targets[0].cache.all("host")) > 1
        text = (translate("Confirmations", "You are reconfiguring the primary management interface.  If the new "
                                           "settings are incorrect then {brand} may permanently lose the connection to "
                                           "the server, or pool members may be unable to contact each other.")
                if pooled else
                translate("Confirmations", "You are reconfiguring the primary management interface.  If the new "
                                           "settings are incorrect then {brand} may permanently lose the connection to "
                                           "the server.")).format(brand=BRAND_CONSOLE)
        text += "\n\n" + translate("Confirmations", "You should only proceed if you have verified that these settings "
                                                    "are correct.")
        title = translate("Confirmations", "Configure IP Addresses - {name}").format(name=targets[0].name)
        return context.prompter.confirm(title, text, ok=translate("Confirmations", "Reconfigure anyway"), danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        work = plan(obj, context, params)
        return start_operation(context, self.activity, obj, work)


def _primary(host: Host, params: dict[str, Any]) -> tuple[PIF, PIF, str, str, str, str, str] | None:
    mode = params.get("mode")
    if not mode:
        return None
    current = management_pif(host)
    target = nn.find_nic(host, params["nic"]) if params.get("nic") else current
    if target is None or current is None:
        raise ValueError(translate("CommandReasons", "'{host}' has no NIC {nic}.").format(host=host.name,
                                                                                          nic=params.get("nic"))
                         if params.get("nic") else
                         translate("CommandReasons", "'{host}' has no management interface.").format(host=host.name))
    ip, netmask = params.get("ip") or "", params.get("netmask") or ""
    if mode == "static":
        try:
            ipaddress.IPv4Address(ip)
            ipaddress.IPv4Address(netmask)
        except ValueError:
            raise ValueError(translate("CommandReasons", "Give a valid static address and netmask (--ip, "
                                                         "--netmask).")) from None
    return (current, target, "Static" if mode == "static" else "DHCP", ip, netmask, params.get("gateway") or "",
            params.get("dns") or "")


def plan(host: Host, context: AppContext, params: dict[str, Any]) -> Any:
    """The work: secondary interfaces first (XenCenter's order), the primary last, as its change can cut the
    connection; then, for the coordinator, the connection follows the new address."""
    storage = [_storage_spec(host, text) for text in params.get("storage") or []]
    removed = [pif for d in params.get("remove_storage") or [] if (pif := nn.find_nic(host, d)) is not None]
    primary = _primary(host, params)
    connection = context.connections.for_cache(host.cache)
    first = coordinator(host.cache)
    is_coordinator = first is not None and first.ref == host.ref

    def work(session: Session, op: Operation) -> None:
        done: list[str] = []

        def step(what: str, fn: Any) -> Any:
            try:
                return fn()
            except BaseException as exc:
                raise StepFailed(what, list(done), exc) from exc

        for number, (pif, mode, ip, netmask) in enumerate(storage, start=1):
            name = nics.nic_name(pif)
            step(translate("Progress", "the storage interface on {nic}").format(nic=name),
                 lambda pif=pif, mode=mode, ip=ip, netmask=netmask,
                 number=number: _bring_up(session, op, pif, mode, ip, netmask, f"Storage {number}"))
            done.append(translate("Progress", "IP address on {nic} configured").format(nic=name))
        for pif in removed:
            step(translate("Progress", "the storage interface on {nic}").format(nic=nics.nic_name(pif)),
                 lambda pif=pif: _bring_down(session, op, pif))
            done.append(translate("Progress", "IP address on {nic} deconfigured").format(nic=nics.nic_name(pif)))
        if primary is None:
            return
        current, target, mode, ip, netmask, gateway, dns = primary
        if target.ref != current.ref:
            step(translate("Progress", "the IP address of {nic}").format(nic=nics.nic_name(target)), lambda: async_call(
                "PIF.reconfigure_ip", target.ref, mode, ip, netmask, gateway, dns)(session, op))
            address = session.call("PIF.get_IP", target.ref)
            step(translate("Progress", "the management interface"),
                 lambda: session.call("host.management_reconfigure", target.ref))
        else:
            step(translate("Progress", "the management interface"), lambda: session.call(
                "PIF.reconfigure_ip", target.ref, mode, ip, netmask, gateway, dns))
            address = ip or current.IP
        if is_coordinator and connection is not None and address and address != connection.coordinator.host \
                and not context.dry_run:
            context.connections.follow(connection, address)

    return work


def _bring_up(session: Session, op: Operation, pif: PIF, mode: str, ip: str, netmask: str, purpose: str) -> None:
    """XenCenter's BringUp of a secondary interface: its purpose, kept plugged, its address, plugged."""
    session.call("PIF.remove_from_other_config", pif.ref, PURPOSE)
    session.call("PIF.add_to_other_config", pif.ref, PURPOSE, purpose)
    session.call("PIF.set_disallow_unplug", pif.ref, True)
    async_call("PIF.reconfigure_ip", pif.ref, mode, ip, netmask, "", "")(session, op)
    async_call("PIF.plug", pif.ref)(session, op)


def _bring_down(session: Session, op: Operation, pif: PIF) -> None:
    """XenCenter's BringDown: no purpose, may be unplugged, no address."""
    session.call("PIF.remove_from_other_config", pif.ref, PURPOSE)
    session.call("PIF.set_disallow_unplug", pif.ref, False)
    async_call("PIF.reconfigure_ip", pif.ref, "None", "", "", "", "")(session, op)

