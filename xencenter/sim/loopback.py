"""Every simulated host lives on loopback, so nothing a client derives from a host's address leaves the machine.

A real pool's hosts have management addresses on the network (``host.address``, the management PIF's ``IP``);
clients reach each host there for per-host side channels (``/rrd_updates``, console locations, member
redirects). The simulator serves each host on its own loopback address, on the coordinator's port: on Linux
the whole of 127.0.0.0/8 is loopback, so host *i* gets ``127.0.x.y``; where only 127.0.0.1 exists (macOS)
every host shares it. A database's recorded addresses are mapped the same way unless the caller keeps them.
"""

from __future__ import annotations

import contextlib
import functools
import socket
from dataclasses import dataclass
from typing import Any

COORDINATOR_IP = "127.0.0.1"
_PER_OCTET = 254  # last octets 1..254 (0 and 255 look odd in a management address)


def loopback_ip(index: int) -> str:
    """The loopback address of the ``index``-th host (0: 127.0.0.1, 1: 127.0.0.2, ... 254: 127.0.1.1)."""
    if index < 0 or index >= _PER_OCTET * 256 * 256:
        raise ValueError(f"no loopback address for host number {index}")
    high, low = divmod(index, _PER_OCTET)
    return f"127.{high // 256}.{high % 256}.{low + 1}"


@functools.cache
def aliases_available() -> bool:
    """Whether addresses of 127/8 other than 127.0.0.1 can be bound (Linux: yes; macOS: only with aliases)."""
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        try:
            probe.bind(("127.0.0.2", 0))
        except OSError:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Moved:
    """One host's address as the database had it and as the simulator serves it."""

    name: str
    before: str
    after: str


def host_ips(hosts: list[str], coordinator: str) -> dict[str, str]:
    """host ref -> the loopback address serving it: the coordinator on 127.0.0.1, the others after it."""
    ordered = [coordinator, *(h for h in hosts if h != coordinator)]
    if not aliases_available():
        return dict.fromkeys(ordered, COORDINATOR_IP)
    return {host: loopback_ip(i) for i, host in enumerate(ordered)}


def move_hosts_to_loopback(records: dict[str, dict[str, Any]], ips: dict[str, str]) -> list[Moved]:
    """Give every host (and each PIF that carried its address) its loopback address; returns what moved."""
    moved = []
    for ref, host in records["host"].items():
        new = ips.get(ref)
        old = host.get("address", "")
        if new is None or old == new:
            continue
        host["address"] = new
        moved.append(Moved(host.get("name_label", ref), old, new))
        for pif in records["PIF"].values():
            if pif.get("host") == ref and (pif.get("management") or (old and pif.get("IP") == old)):
                pif["IP"] = new
    return moved
