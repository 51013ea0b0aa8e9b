"""What entering maintenance mode does to a server's VMs, as XenCenter's Enter Maintenance Mode dialog shows it:
each VM running there, where it is expected to go (xapi's planner: largest first, each to the enabled, live
server with the most free memory) or why it cannot go (``host.get_vms_which_prevent_evacuation``'s reasons, in
XenCenter's words), and, for a pool coordinator, the members that can take over as coordinator."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.failures import explain
from xencenter.model.naming import natural_key
from xencenter.model.placement import host_is_live
from xencenter.model.values import as_bool
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.xenapi.errors import Failure

if TYPE_CHECKING:
    from xencenter.model.objects import VM, Host


#: XenCenter's solutions for a VM that blocks the evacuation: the command that removes the block, and its prompt
#: (translated where shown, context ``Evacuation``).
SOLUTIONS = {"vm.suspend": QT_TRANSLATE_NOOP("Evacuation", "Suspend the VM"),
             "vm.shutdown": QT_TRANSLATE_NOOP("Evacuation", "Shut down the VM")}


@dataclass(frozen=True)
class Move:
    """One VM of the server: ``target`` where it goes, or ``reason`` (words) and ``code`` why it cannot, with
    ``solution`` the command XenCenter offers to remove the block (suspend it when it can, else shut it down)."""

    vm: VM
    target: Host | None
    reason: str = ""
    code: str = ""
    solution: str = ""

    @property
    def status(self) -> str:
        if self.reason:
            if not self.solution:
                return self.reason
            return translate("Evacuation", "{reason} {solution}").format(
                reason=self.reason, solution=translate("Evacuation", SOLUTIONS[self.solution]))
        if self.target is None:
            return translate("Evacuation", "Will be migrated")
        return translate("Evacuation", "Will be migrated to '{server}'").format(server=self.target.name)


def solution_for(vm: VM) -> str:
    """XenCenter's ``CanSuspendVm`` choice: suspend a VM xapi lets suspend, else shut it down."""
    return "vm.suspend" if "suspend" in (vm.allowed_operations or ()) else "vm.shutdown"


def guests(host: Host) -> list[VM]:
    """The VMs running (or paused) on the server, as the dialog lists them: not the control domain."""
    return [vm for vm in host.resident_VMs if not vm.is_control_domain and not vm.is_a_template
            and vm.power_state != "Halted"]


def targets(host: Host) -> list[Host]:
    """The other servers that can take VMs: enabled and live."""
    return [h for h in host.cache.all("host") if h.ref != host.ref and as_bool(h.enabled) and host_is_live(h)]


def _footprint(vm: VM) -> int:
    metrics = vm.metrics
    actual = int(metrics.memory_actual) if metrics is not None and metrics.memory_actual else \
        int(vm.memory_dynamic_max or 0)
    return actual + int(vm.memory_overhead or 0)


def _free(host: Host) -> int:
    metrics = host.metrics
    return int(metrics.memory_free) if metrics is not None else 0


def reason_words(code: str, params: Sequence[str], vm: VM, name_of: Callable[[str], str | None] | None = None) -> str:
    """XenCenter's words for why a VM blocks the evacuation (its ``VmPrecheckRow``), else xapi's error in words."""
    if code == "VM_REQUIRES_SR":
        sr = vm.cache.get("SR", params[1]) if len(params) > 1 else None
        iso = sr is not None and sr.content_type == "iso"
        return (translate("Evacuation", "This VM uses a local CD.") if iso
                else translate("Evacuation", "This VM uses local storage."))
    if code == "NO_HOSTS_AVAILABLE":
        return translate("Evacuation", "There are no other servers available in the pool to migrate the running VMs "
                                       "to. Please suspend the VMs instead.")
    if code == "HOST_NOT_ENOUGH_FREE_MEMORY":
        return translate("Evacuation", "There is not enough free memory available on the other servers in the pool "
                                       "to migrate all the running VMs off this server. Please suspend some of the VMs")
    return explain(Failure(code, params), name_of)[0]


def plan(host: Host, blockers: Mapping[str, Sequence[str]],
         name_of: Callable[[str], str | None] | None = None) -> list[Move]:
    """Every guest of the server with its expected target, or the reason xapi gave (``blockers``: VM ref ->
    ``[code, params...]``), in the order the dialog lists them (by name, numbers in order)."""
    moves: dict[str, Move] = {}
    free = {h.ref: _free(h) for h in targets(host)}
    vms = sorted(guests(host), key=lambda vm: natural_key(vm.name))
    for vm in vms:
        blocked = blockers.get(vm.ref)
        if blocked:
            moves[vm.ref] = Move(vm, None, reason_words(blocked[0], list(blocked[1:]), vm, name_of), blocked[0],
                                 solution_for(vm))
    for vm in sorted((vm for vm in vms if vm.ref not in moves), key=lambda vm: -_footprint(vm)):
        if not free:
            moves[vm.ref] = Move(vm, None, reason_words("NO_HOSTS_AVAILABLE", [vm.ref], vm), "NO_HOSTS_AVAILABLE",
                                 solution_for(vm))
            continue
        target = max(free, key=lambda ref: free[ref])
        free[target] -= _footprint(vm)
        moves[vm.ref] = Move(vm, host.cache.get("host", target))
    return [moves[vm.ref] for vm in vms]


def hands_over(host: Host) -> bool:
    """Whether entering maintenance mode nominates a new coordinator: the server coordinates a pool of several."""
    pool = host.cache.pool()
    master = pool.master if pool is not None else None
    return master is not None and master.ref == host.ref and len(host.cache.all("host")) > 1


def coordinator_choices(host: Host) -> list[Host]:
    """The members that can become coordinator (enabled and live, by name) when the server hands over."""
    return sorted(targets(host), key=lambda h: natural_key(h.name)) if hands_over(host) else []
