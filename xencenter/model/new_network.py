"""What a new network of each kind is, for the New Network wizard and ``network.new`` alike (Qt-free): XenCenter's
NewNetworkWizard choices and words, the NICs a host offers, the VLAN tags already used, the MTU range, bond
modes and sizes, and the checks both make before anything is sent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model import nics
from xencenter.model.naming import natural_key
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import PIF, Host


@dataclass(frozen=True)
class NetworkKind:
    key: str  # network.new --type
    title_words: str  # marked for translation: ``title`` and ``blurb`` are in the user's language
    blurb_words: str

    @property
    def title(self) -> str:
        return translate("NewNetwork", self.title_words)

    @property
    def blurb(self) -> str:
        return translate("NewNetwork", self.blurb_words)


KINDS = {k.key: k for k in (
    NetworkKind("external", QT_TRANSLATE_NOOP("NewNetwork", "External Network"),
                QT_TRANSLATE_NOOP("NewNetwork", "Create a network that passes traffic over one of your VLANs.")),
    NetworkKind("internal", QT_TRANSLATE_NOOP("NewNetwork", "Single-Server Private Network"),
                QT_TRANSLATE_NOOP("NewNetwork", "Create a network that does not leave each server. This can be used "
                                                "as a private connection between VMs on the same server.")),
    NetworkKind("bond", QT_TRANSLATE_NOOP("NewNetwork", "Bonded Network"),
                QT_TRANSLATE_NOOP("NewNetwork", "Create a network that bonds together two or more of your NICs. "
                                                "This creates a single high-performing channel for network traffic.")),
)}

MTU_MIN, MTU_DEFAULT, MTU_MAX = 1500, 1500, 9216  # XenCenter's Network.MTU_*
VLAN_MAX = 4094
#: bond mode -> XenCenter's words (BondDetails)
BOND_MODES = {"balance-slb": "Active-active", "active-backup": "Active-passive", "lacp": "LACP"}
HASHING = {"tcpudp_ports": "LACP with load balancing based on IP and port of source and destination",
           "src_mac": "LACP with load balancing based on source MAC address"}
NEEDS_MORE_MEMBERS = QT_TRANSLATE_NOOP("NewNetwork", "A bond must consist of at least two member interfaces.")
VLAN_IN_USE = QT_TRANSLATE_NOOP("NewNetwork", "This VLAN number is already in use")
_ETH = re.compile(r"^eth(\d+)$")


def default_name(cache: ObjectCache, kind: str) -> str:
    """XenCenter's NetWName: "New Network" / "New Private Network", made unique among the pool's networks."""
    base = (translate("NewNetwork", "New Private Network") if kind == "internal"
            else translate("NewNetwork", "New Network"))
    taken = {n.name for n in cache.all("network")}
    if base not in taken:
        return base
    return next(f"{base} ({n})" for n in range(1, len(taken) + 2) if f"{base} ({n})" not in taken)


def host_nics(host: Host) -> list[PIF]:
    """XenCenter's NIC list: the host's physical interfaces (NICs and bonds) that are not bond members."""
    found = [p for p in host.PIFs if nics.is_physical(p) and p.bond_slave_of is None]
    return sorted(found, key=lambda p: natural_key(p.device or ""))


def bond_candidates(host: Host) -> list[tuple[PIF, str]]:
    """The host's NICs for a bond, each with why it cannot be a member ("" when it can)."""
    rows = []
    for pif in sorted(host.PIFs, key=lambda p: natural_key(p.device or "")):
        if not pif.physical:
            continue
        bond = pif.bond_slave_of
        rows.append((pif, translate("NewNetwork", "already in {bond}").format(bond=nics.nic_name(bond.master)) if bond is not None and bond.master else ""))
    return rows


def bond_size_limit(cache: ObjectCache) -> int:
    """XenCenter's Helpers.BondSizeLimit: four NICs with the vSwitch, two with the Linux bridge."""
    pool = cache.pool()
    master = pool.master if pool is not None else None
    backend = (master.software_version or {}).get("network_backend", "openvswitch") if master else "openvswitch"
    return 4 if backend == "openvswitch" else 2


def bond_name(devices: list[str]) -> str:
    """XenCenter's bond network name: "Bond 0+1" from eth0 and eth1."""
    numbers = [m.group(1) for d in sorted(devices, key=natural_key) if (m := _ETH.match(d))]
    return "Bond " + "+".join(numbers) if numbers else "Bond " + "+".join(devices)


def used_vlans(cache: ObjectCache, device: str) -> set[int]:
    """XenCenter's GetVLANList: the tags of every interface on that device, on any host of the pool."""
    return {p.VLAN for p in cache.all("PIF") if p.device == device and p.VLAN >= 0}


def free_vlan(cache: ObjectCache, device: str) -> int:
    used = used_vlans(cache, device)
    return next(n for n in range(1, VLAN_MAX + 1) if n not in used)


def find_nic(host: Host, device: str) -> PIF | None:
    """``eth1``, ``bond0`` or XenCenter's name ("NIC 1", "Bond 0+1") of one of the host's NICs."""
    return next((p for p in host_nics(host) + [p for p, _ in bond_candidates(host)]
                 if device in (p.device, nics.nic_name(p))), None)


def vlan_problem(cache: ObjectCache, device: str, vlan: Any) -> str:
    """XenCenter's NetWDetails check of the VLAN box, in its words ("" when fine)."""
    if not isinstance(vlan, int):
        return translate("NewNetwork", "Enter a valid number.")
    if not 0 <= vlan <= VLAN_MAX:
        return translate("NewNetwork", "Allowed VLAN range: 0 to {VLAN_MAX}").format(VLAN_MAX=VLAN_MAX)
    if vlan in used_vlans(cache, device):
        return translate("NewNetwork", VLAN_IN_USE)
    return ""


def mtu_problem(mtu: Any, highest: int = MTU_MAX) -> str:
    if not isinstance(mtu, int) or not MTU_MIN <= mtu <= highest:
        return translate("NewNetwork", "Allowed MTU range: {MTU_MIN} to {highest}").format(
            MTU_MIN=MTU_MIN, highest=highest)
    return ""


def bond_problem(cache: ObjectCache, members: list[PIF]) -> str:
    """Two NICs at least, no more than the pool allows, none already bonded ("" when fine)."""
    limit = bond_size_limit(cache)
    if len(members) < 2:
        return translate("NewNetwork", NEEDS_MORE_MEMBERS)
    if len(members) > limit:
        return translate("NewNetwork", "A bond can have at most {limit} members in this pool.").format(limit=limit)
    bonded = [p for p in members if p.bond_slave_of is not None]
    if bonded:
        return translate("NewNetwork", "{nic} is already in a bond.").format(nic=nics.nic_name(bonded[0]))
    return ""
