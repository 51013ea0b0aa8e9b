"""Can this host run that VM? xapi's ``assert_can_boot_here`` (xapi_vm_helpers.ml), in its order, for
``VM.assert_can_boot_here``, ``VM.get_possible_hosts`` and every migration.

HOST_NOT_LIVE, HOST_DISABLED (not for the host the VM already runs on), VM_INCOMPATIBLE_WITH_THIS_HOST [vm,
host, reason] (a running VM last booted on a CPU of another vendor), VM_REQUIRES_SR [vm, sr] (a disk on an SR
the host has no plugged PBD for), VM_REQUIRES_NET [vm, network] (a VIF on a network the host has no PIF on),
HOST_NOT_ENOUGH_FREE_MEMORY [needed, available], HOST_NOT_ENOUGH_PCPUS [vcpus, pcpus].
"""

from __future__ import annotations

from typing import Any

from . import memory
from .devices import _sm_capabilities, assert_plugged, is_thin
from .errors import XapiError
from .fieldtypes import NULL_REF
from .store import Store

Record = dict[str, Any]


def sr_reachable(store: Store, sr_ref: str, host: str) -> bool:
    """The host has a plugged PBD for the SR."""
    sr = store.records["SR"].get(sr_ref)
    pbds = (store.records["PBD"].get(p) for p in (sr["PBDs"] if sr else ()))
    return any(pbd is not None and pbd["host"] == host and pbd["currently_attached"] for pbd in pbds)


def network_reachable(store: Store, network: str, host: str) -> bool:
    """The host has a PIF on the network, or the network has no PIF anywhere (internal to every host)."""
    record = store.records["network"].get(network)
    if record is None:
        return False
    pifs = [store.records["PIF"][p] for p in record["PIFs"] if p in store.records["PIF"]]
    return not pifs or any(p["host"] == host for p in pifs)


def vm_srs(store: Store, vm: Record) -> list[str]:
    """The SRs of the VM's non-empty drives and of its suspend image."""
    srs = []
    for vbd in vm["VBDs"]:
        record = store.records["VBD"].get(vbd)
        if record is None or record["empty"] or record["VDI"] not in store.records["VDI"]:
            continue
        srs.append(store.records["VDI"][record["VDI"]]["SR"])
    if vm["power_state"] == "Suspended" and vm["suspend_VDI"] in store.records["VDI"]:
        srs.append(store.records["VDI"][vm["suspend_VDI"]]["SR"])
    return srs


def cpu_vendor_problem(vm: Record, host: Record) -> str:
    """xapi's CPU check of a VM that is not halted: the reason, or ""."""
    booted = vm.get("last_boot_CPU_flags") or {}
    vendor = (host.get("cpu_info") or {}).get("vendor")
    if vm["power_state"] == "Halted" or "vendor" not in booted or vendor is None:
        return ""
    if booted["vendor"] != vendor:
        return "VM last booted on a host which had a CPU from a different vendor."
    return ""


def needed_memory(store: Store, vm: Record) -> int:
    """What the VM needs on a host: what it holds now when running, its dynamic maximum otherwise, and its
    overhead."""
    if vm["power_state"] in ("Running", "Paused"):
        return memory.footprint(store.records, vm)
    return int(vm["memory_dynamic_max"]) + int(vm["memory_overhead"] or memory.vm_overhead(vm))


def host_live(store: Store, host: Record) -> bool:
    metrics = store.records["host_metrics"].get(host["metrics"])
    return metrics is None or bool(metrics["live"])


def assert_can_boot_here(store: Store, vm_ref: str, vm: Record, host_ref: str, *, do_sr_check: bool = True,
                         do_cpu_check: bool = True, do_memory_check: bool = True) -> None:
    """Raise xapi's first reason ``host_ref`` cannot run the VM (record ``vm``), in xapi's order."""
    host = store.get("host", host_ref)
    if not host_live(store, host):
        raise XapiError("HOST_NOT_LIVE")
    here = vm["power_state"] == "Running" and vm["resident_on"] == host_ref
    if not here and not host["enabled"]:
        raise XapiError("HOST_DISABLED", host_ref)
    if do_cpu_check and (why := cpu_vendor_problem(vm, host)):
        raise XapiError("VM_INCOMPATIBLE_WITH_THIS_HOST", vm_ref, host_ref, why)
    if do_sr_check:
        for sr in vm_srs(store, vm):
            if not sr_reachable(store, sr, host_ref):
                raise XapiError("VM_REQUIRES_SR", vm_ref, sr)
    for vif in vm["VIFs"]:
        network = store.records["VIF"].get(vif, {}).get("network", NULL_REF)
        if not network_reachable(store, network, host_ref):
            raise XapiError("VM_REQUIRES_NET", vm_ref, network)
    if not here and do_memory_check:
        needed, free = needed_memory(store, vm), memory.free_memory(store.records, host_ref)
        if needed > free:
            raise XapiError("HOST_NOT_ENOUGH_FREE_MEMORY", needed, free)
    pcpus = int((host.get("cpu_info") or {}).get("cpu_count") or 0)
    if pcpus and int(vm["VCPUs_max"]) > pcpus:
        raise XapiError("HOST_NOT_ENOUGH_PCPUS", int(vm["VCPUs_max"]), pcpus)


def check_targets(store: Store, vm_ref: str, disks: list[tuple[str, int]], host: str) -> None:
    """New disks of these sizes can go to these SRs: each exists, is plugged, can hold new disks, is seen by
    ``host`` (unless null) and, when thick, has room for all that go there."""
    needed: dict[str, int] = {}
    for sr_ref, size in disks:
        sr = store.get("SR", sr_ref)
        assert_plugged(store, sr_ref)
        if store.records["SM"] and "VDI_CREATE" not in _sm_capabilities(store, sr):
            raise XapiError("SR_OPERATION_NOT_SUPPORTED", sr_ref)
        if host != NULL_REF and not sr_reachable(store, sr_ref, host):
            raise XapiError("VM_REQUIRES_SR", vm_ref, sr_ref)
        if not is_thin(store, sr):
            needed[sr_ref] = needed.get(sr_ref, 0) + int(size)
    for sr_ref, size in needed.items():
        sr = store.get("SR", sr_ref)
        if size > sr["physical_size"] - sr["physical_utilisation"]:
            raise XapiError("SR_BACKEND_FAILURE_44", "", "There is insufficient space", "")
