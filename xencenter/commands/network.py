"""Networks, as XenCenter's NewNetworkWizard, NetworkAction, CreateBondAction and DestroyBondCommand do them:
``network.new`` (an external network: ``network.create`` then ``pool.create_VLAN_from_PIF`` on the NIC of every
server; a single-server private network: ``network.create``; a bonded network: ``network.create`` then
``Bond.create`` on each server with the same NICs), ``network.delete`` and ``bond.delete``. A step that fails
undoes what the earlier ones made and says which step it was."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param, Selection, kind_of, quoted_names
from xencenter.commands.sr_new import pool_cache
from xencenter.commands.work import Making, Subject, async_call, start_operation
from xencenter.model import new_network as nn
from xencenter.model import nics
from xencenter.model.values import as_bool
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import PIF, Host, Network
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

BRAND_CONSOLE = "XenCenter"


def coordinator(cache: ObjectCache) -> Host | None:
    pool = cache.pool()
    master = pool.master if pool is not None else None
    return master if master is not None else next(iter(cache.all("host")), None)


def hosts_coordinator_first(cache: ObjectCache) -> list[Host]:
    first = coordinator(cache)
    return [h for h in [first, *(h for h in cache.all("host") if first is None or h.ref != first.ref)] if h]


class NewNetworkBase(Command):
    """``network.new``'s parameters and run; the wizard opens on ``preset`` when they are not given."""

    activity = "Creating network"
    needs_selection = False
    #: The wizard's first choice (Create Bond opens it on Bonded Network).
    preset: str = "external"
    params = (
        Param("type", str, "the kind of network", choices=tuple(nn.KINDS)),
        Param("name", str, "the new network's name (default: XenCenter's)"),
        Param("description", str, "its description", default=""),
        Param("nic", str, "the NIC (eth1, or 'NIC 1'): one for a VLAN, two or more for a bond", many=True),
        Param("vlan", int, "the VLAN tag of an external network (0-4094, not in use on that NIC)"),
        Param("mtu", int, f"the MTU ({nn.MTU_MIN}-{nn.MTU_MAX})", default=nn.MTU_DEFAULT),
        Param("bond_mode", str, "a bond's mode", choices=tuple(nn.BOND_MODES), default="balance-slb"),
        Param("hashing", str, "an LACP bond's load balancing", choices=tuple(nn.HASHING), default="tcpudp_ports"),
        Param("host", "host", "the server whose NICs are named (default: the coordinator)"),
        Param("automatic", bool, "add this network to new VMs automatically", default=True),
    )

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        cache = pool_cache(selection, context)
        if not params.get("type") and self.preset == "bond" and params.get("nic"):
            params["type"] = "bond"
        if not params.get("type"):
            target = next((obj for obj in selection if kind_of(obj) in ("pool", "host")), None)
            answer = context.dialogs.new_network(context, target if target is not None else cache.pool(),
                                                 self.preset)
            if answer is None:
                return []
            params = {**{p.name: p.default for p in self.params}, **answer}
        host = params.get("host") or coordinator(cache)
        if host is None:
            raise ValueError(translate("CommandReasons", "The pool has no server."))
        work, name = plan(cache, host, params)
        return [start_operation(context, self.activity, Subject(cache, name), work)]


class NewNetworkCommand(NewNetworkBase):
    id, title, text = "network.new", "New Network", "&New Network..."
    help = "Make an external (VLAN), single-server private or bonded network on the pool."
    menus, group, order, icon = ("Pool", "Server"), 15, 10, "new-network"
    kinds, wants = ("pool", "host", "server", "network"), "a pool or server"


class NewBondCommand(NewNetworkBase):
    """XenCenter's NICs tab's Create Bond: the New Network wizard on Bonded Network."""

    id, title, text = "bond.new", "Create Bond", "Create &Bond..."
    help = "Bond NICs of every server of the pool into one network (network.new --type bond)."
    group, order, in_context_menu = 15, 40, False
    kinds, wants = ("host", "pool"), "a server"
    preset = "bond"


def _record(name: str, description: str, mtu: int, automatic: bool) -> dict[str, Any]:
    return {"name_label": name, "name_description": description, "MTU": mtu, "tags": [],
            "other_config": {"automatic": "true" if automatic else "false"}}


def plan(cache: ObjectCache, host: Host, params: dict[str, Any]) -> tuple[Any, str]:
    """Check the answers as the wizard does (ValueError in its words) and return the work and the name."""
    kind = params["type"]
    devices = list(params.get("nic") or [])
    automatic = as_bool(params.get("automatic", True))
    mtu = params.get("mtu") or nn.MTU_DEFAULT
    description = params.get("description") or ""
    if kind == "internal":
        name = params.get("name") or nn.default_name(cache, kind)
        record = _record(name, description, nn.MTU_DEFAULT, automatic)
        return (lambda session, op: Making(session).step(
            translate("Progress", "create the network"), lambda: session.call("network.create", record))), name
    found = [(d, nn.find_nic(host, d)) for d in devices]
    missing = [d for d, pif in found if pif is None]
    if missing:
        raise ValueError(translate("CommandReasons", "'{host}' has no NIC {nic}.").format(host=host.name,
                                                                                          nic=missing[0]))
    pifs: list[PIF] = [pif for _, pif in found if pif is not None]
    if problem := nn.mtu_problem(mtu, min([nn.MTU_MAX, *(p.MTU for p in pifs if p.MTU > 0)])):
        raise ValueError(problem)
    if kind == "external":
        if len(pifs) != 1:
            raise ValueError(translate("CommandReasons", "Give the NIC of the new network (--nic)."))
        vlan = params.get("vlan")
        if vlan is None:
            raise ValueError(translate("CommandReasons", "Give the VLAN tag of the new network (--vlan)."))
        if problem := nn.vlan_problem(cache, pifs[0].device, vlan):
            raise ValueError(problem)
        name = params.get("name") or nn.default_name(cache, kind)
        return _external(_record(name, description, mtu, automatic), pifs[0], vlan), name
    if problem := nn.bond_problem(cache, pifs):
        raise ValueError(problem)
    name = params.get("name") or nn.bond_name([p.device for p in pifs])
    mode = params.get("bond_mode") or "balance-slb"
    properties = {"hashing_algorithm": params.get("hashing") or "tcpudp_ports"} if mode == "lacp" else {}
    return _bond(cache, _record(name, description, mtu, automatic), [p.device for p in pifs], mode, properties), name


def _external(record: dict[str, Any], pif: PIF, vlan: int) -> Any:
    def work(session: Session, op: Operation) -> str:
        making = Making(session)
        network = making.step(translate("Progress", "create the network"),
                              lambda: session.call("network.create", record))
        making.made("network.destroy", network)
        making.step(translate("Progress", "create VLAN {vlan} on {nic} of every server").format(
                        vlan=vlan, nic=nics.nic_name(pif)),
                    lambda: async_call("pool.create_VLAN_from_PIF", pif.ref, network, vlan)(session, op))
        return str(network)

    return work


def _bond(cache: ObjectCache, record: dict[str, Any], devices: list[str], mode: str,
          properties: dict[str, str]) -> Any:
    """XenCenter's CreateBondAction: the network, then a bond of the same NICs on every server."""

    def work(session: Session, op: Operation) -> str:
        making = Making(session)
        network = making.step(translate("Progress", "create the network"),
                              lambda: session.call("network.create", record))
        making.made("network.destroy", network)
        for host in hosts_coordinator_first(cache):
            members = [nn.find_nic(host, d) for d in devices]

            def create(host: Host = host, members: list[PIF | None] = members) -> str:
                if None in members:
                    raise ValueError(translate("CommandReasons", "'{host}' does not have all of the NICs {nics}.")
                                     .format(host=host.name, nics=", ".join(devices)))
                refs = [m.ref for m in members if m is not None]
                return str(async_call("Bond.create", network, refs, "", mode, properties)(session, op))

            bond = making.step(translate("Progress", "create the bond on '{host}'").format(host=host.name), create)
            making.made("Bond.destroy", bond)
        return str(network)

    return work


# ---- deleting ----------------------------------------------------------------------------------------------


def vms_using(network: Network, attached_only: bool = True) -> list[Any]:
    """The VMs with an interface on the network (only those whose interface is plugged: what xapi refuses)."""
    vms = {vif.VM.ref: vif.VM for vif in network.VIFs if vif.VM is not None
           and (vif.currently_attached or not attached_only)}
    return sorted(vms.values(), key=lambda vm: vm.name)


def is_bond_network(network: Network) -> bool:
    return any(pif.bond_master_of for pif in network.PIFs)


def _is_internal(network: Network) -> bool:
    other = network.other_config or {}
    return as_bool(other.get("is_host_internal_management_network")) or as_bool(
        other.get("is_guest_installer_network"))


class DeleteNetworkCommand(Command):
    id, title, text = "network.delete", "Remove Network", "R&emove Network"
    help = "Delete a network (its VLAN interfaces go with it); refused while VMs use it."
    kinds, wants, menus, group, order = ("network",), "a network", ("Pool",), 15, 20
    activity = "Removing network"

    def refusal(self, obj: Network) -> str:
        if _is_internal(obj):
            return translate("CommandReasons", "This is a system network: it cannot be removed.")
        if any(pif.physical for pif in obj.PIFs):
            return translate("CommandReasons", "This network cannot be removed because it is a physical device")
        if is_bond_network(obj):
            return translate("CommandReasons", "This is a bonded network: delete the bond instead.")
        users = vms_using(obj)
        if users:
            return translate("CommandReasons", "'{name}' is currently in use by {quoted_names}.").format(
                name=obj.name, quoted_names=quoted_names(users))
        if obj.current_operations:
            return translate("CommandReasons", "The network is currently in use by a different operation.")
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = translate("Confirmations", "This will delete the selected network permanently. Continue?")
        halted = [vm for network in targets for vm in vms_using(network, attached_only=False)]
        if halted:
            text += translate("Confirmations", "\n\nThe network interfaces of {names} on it are deleted too.").format(
                names=quoted_names(halted))
        return context.prompter.confirm(translate("Confirmations", "Delete Network"),
                                        text,
                                        ok=translate("Confirmations", "Delete"),
                                        danger=True)

    def run_on(self, obj: Network, context: AppContext, **params: Any) -> Operation:
        # XenCenter's NetworkAction.destroyPIFs: the VLAN interfaces first
        vlans = [ref for pif in obj.PIFs if pif.VLAN >= 0 and (ref := pif.ref_of("VLAN_master_of"))]
        return _destroy(context, self.activity, obj, "VLAN.destroy", vlans)


class DeleteBondCommand(Command):
    id, title, text = "bond.delete", "Delete Bond", "Delete &Bond"
    help = "Delete a bonded network's bonds on every server (their NICs work alone again) and the network."
    kinds, wants, menus, group, order = ("network",), "a bonded network", ("Pool",), 15, 30
    activity = "Destroying bond"

    def refusal(self, obj: Network) -> str:
        if not is_bond_network(obj):
            return translate("CommandReasons", "This is not a bonded network.")
        pool = obj.cache.pool()
        if pool is not None and pool.ha_enabled and any(p.management for p in obj.PIFs):
            return translate("CommandReasons", "Can’t delete this bond while HA is enabled: a management interface "
                                               "exists on one of the bonded NICs.")
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        names = ", ".join(nics.nic_name(p) for n in targets for p in n.PIFs[:1])
        text = translate("Confirmations", "Are you sure that you want to delete {names}?").format(names=names)
        if any(p.management for n in targets for p in n.PIFs):
            text += translate("Confirmations", "\n\nDeleting this bond will automatically transfer the management "
                                               "interface on the bond to the first of the bonded members: \n\n- "
                                               "{program} connections to the pool will temporarily be disturbed\n\n- "
                                               "If your network configuration is incorrect then {program} may "
                                               "permanently lose the connection to the pool, or pool members may be "
                                               "unable to contact each other.").format(program=BRAND_CONSOLE)
        return context.prompter.confirm(translate("Confirmations", "Delete Bond"),
                                        text,
                                        ok=translate("Confirmations", "Delete bond"),
                                        danger=True)

    def run_on(self, obj: Network, context: AppContext, **params: Any) -> Operation:
        bonds = [str(pif.bond_master_of[0].ref) for pif in obj.PIFs if pif.bond_master_of]
        return _destroy(context, self.activity, obj, "Bond.destroy", bonds)


def _destroy(context: AppContext, activity: str, network: Network, method: str, refs: list[str]) -> Operation:
    """``method`` on each of ``refs`` (what hangs on the network), then the network."""

    def work(session: Session, op: Operation) -> None:
        for ref in refs:
            async_call(method, ref)(session, op)
        session.call("network.destroy", network.ref)

    return start_operation(context, activity, network, work)
