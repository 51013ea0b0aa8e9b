"""What XenCenter says about interfaces: NIC names, link states, the PIF a network has on a host.

Data first (no Qt), so the Networking and NICs tabs, the search and the command line share the words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import PIF, Host, Network

#: Link states: compared as they are, shown through ``translate("NICs", state)``.
CONNECTED, DISCONNECTED = QT_TRANSLATE_NOOP("NICs", "Connected"), QT_TRANSLATE_NOOP("NICs", "Disconnected")
UNKNOWN = QT_TRANSLATE_NOOP("NICs", "Unknown")
PARTIALLY_CONNECTED = QT_TRANSLATE_NOOP("NICs", "Partially connected")
NONE = QT_TRANSLATE_NOOP("NICs", "<None>")  # XenCenter's Messages.NONE: a network without interfaces has no link
HYPHEN = "-"

_ETH = re.compile(r"^eth(\d+)$")


def is_physical(pif: PIF) -> bool:
    """XenCenter's ``PIF.IsPhysical``: a NIC or a bond, not a VLAN, tunnel or SR-IOV interface."""
    return pif.VLAN < 0 and not pif.refs_of("tunnel_access_PIF_of") and not pif.refs_of("sriov_logical_PIF_of")


def nic_name(pif: PIF) -> str:
    """XenCenter's ``PIF.Name``: ``eth0`` is "NIC 0", a bond "Bond 0+1" (its members' numbers); a VLAN, tunnel
    or SR-IOV interface is called after the NIC under it."""
    if is_physical(pif):
        bonds = pif.bond_master_of
        if bonds:
            members = sorted(bonds[0].slaves, key=lambda p: natural_key(p.device))
            numbers = [m.group(1) for p in members if (m := _ETH.match(p.device or ""))]
            return "Bond " + "+".join(numbers) if numbers else f"Bond {pif.device}"
        m = _ETH.match(pif.device or "")
        return f"NIC {m.group(1)}" if m else pif.device
    under = _underlying(pif)
    return nic_name(under) if under is not None and under.ref != pif.ref else ""


def _underlying(pif: PIF) -> PIF | None:
    tunnels = pif.tunnel_access_PIF_of
    if tunnels:
        return tunnels[0].transport_PIF
    sriovs = pif.sriov_logical_PIF_of
    if sriovs:
        return sriovs[0].physical_PIF
    return tagged_pif(pif)


def tagged_pif(vlan_pif: PIF) -> PIF | None:
    """The PIF under a VLAN PIF (``VLAN_master_of``, or the VLAN naming it when that is unset)."""
    vlan = vlan_pif.VLAN_master_of
    if vlan is None:
        vlan = next((v for v in vlan_pif.cache.all("VLAN") if v.ref_of("untagged_PIF") == vlan_pif.ref), None)
    return vlan.tagged_PIF if vlan is not None else None


def link_state(pif: PIF) -> str:
    """XenCenter's ``PIF.LinkStatus``: from the interface's metrics (a VLAN without its own metrics reads its
    NIC's); a tunnel from its status; an unplugged interface is disconnected."""
    tunnels = pif.tunnel_access_PIF_of
    if tunnels:
        return CONNECTED if (tunnels[0].status or {}).get("active") == "true" else DISCONNECTED
    if not pif.currently_attached:
        return DISCONNECTED
    metrics = pif.metrics
    if metrics is None and pif.VLAN >= 0:
        under = tagged_pif(pif)
        metrics = under.metrics if under is not None else None
    if metrics is None:
        return UNKNOWN
    return CONNECTED if metrics.carrier else DISCONNECTED


def network_link_state(network: Network) -> str:
    """XenCenter's ``Network.LinkStatusString``: the link over all hosts' interfaces on the network."""
    states = {link_state(pif) for pif in network.PIFs}
    if not states:
        return NONE
    if CONNECTED in states:
        return CONNECTED if len(states) == 1 else PARTIALLY_CONNECTED
    return DISCONNECTED if states == {DISCONNECTED} else UNKNOWN


def network_pif(network: Network, host: Host | None) -> PIF | None:
    """XenCenter's ``Helpers.FindPIF``: the network's interface on the host (any host's for a pool)."""
    for pif in network.PIFs:
        if host is None or pif.ref_of("host") == host.ref:
            return pif
    return None


def vlan_text(pif: PIF | None) -> str:
    return str(pif.VLAN) if pif is not None and pif.VLAN >= 0 else HYPHEN


def sriov_text(pif: PIF | None) -> str:
    """The SR-IOV column: whether the interface is (over) an SR-IOV network, and whether that needs a reboot."""
    if pif is None:
        return translate("NICs", "No")
    sriovs = pif.sriov_logical_PIF_of
    if not sriovs and pif.VLAN >= 0:
        under = tagged_pif(pif)
        sriovs = under.sriov_logical_PIF_of if under is not None else []
    if not sriovs:
        return translate("NICs", "No")
    return translate("NICs", "Yes (Host needs reboot)") if sriovs[0].requires_reboot else translate("NICs", "Yes")
