"""High availability as the HA tab and the Configure HA dialog show it: the heartbeat SRs that can be used
(xapi's rule for a state file), each VM's restart priority in XenCenter's words, and whether the plan covers the
failures the pool was asked to tolerate (overcommitted otherwise)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model.naming import natural_key
from xencenter.model.values import as_bool, as_int
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

MiB = 1024 * 1024
#: the state file and redo log xapi makes on the heartbeat SR
HEARTBEAT_ROOM = 260 * MiB
#: FriendlyNames' Label-VM.ha_restart_priority.* (translated where shown, context ``HA``)
PRIORITY_WORDS = {"restart": QT_TRANSLATE_NOOP("HA", "Restart"),
                  "best-effort": QT_TRANSLATE_NOOP("HA", "Restart if possible"),
                  "": QT_TRANSLATE_NOOP("HA", "Do not restart")}
#: XenCenter's words for ``VM.assert_agile``'s errors (``NOT_AGILE_*``): a VM that is not agile can only be
#: restarted if possible (translated where shown, context ``HA``).
NOT_AGILE = {
    "HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED": QT_TRANSLATE_NOOP(
        "HA", "The VM is using a non-shared SR. Restart cannot be guaranteed."),
    "HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED": QT_TRANSLATE_NOOP(
        "HA", "The VM is not using a shared network. Restart cannot be guaranteed."),
    "VM_HAS_VGPU": QT_TRANSLATE_NOOP("HA", "The VM has one or more virtual GPUs. Restart cannot be guaranteed."),
    "VM_HAS_VUSBS": QT_TRANSLATE_NOOP("HA", "The VM has one or more USB devices attached. Restart cannot be guaranteed."),
    "VM_HAS_SRIOV_VIF": QT_TRANSLATE_NOOP("HA", "The VM has one or more SR-IOV VFs attached. Restart cannot be "
                                                "guaranteed."),
}
NOT_AGILE_UNKNOWN = QT_TRANSLATE_NOOP("HA", "The VM is not agile. Restart cannot be guaranteed.")


def heartbeat_candidates(cache: ObjectCache) -> list[tuple[Any, str]]:
    """The shared SRs (not ISO nor removable) with why each cannot hold the state file ("" when it can: plugged on
    every server, with room), suitable ones first, then by name (XenCenter's Heartbeat SR page)."""
    hosts = {h.ref for h in cache.all("host")}
    found = []
    for sr in cache.all("SR"):
        if not sr.shared or sr.content_type == "iso" or sr.type in ("iso", "udev"):
            continue
        plugged = {p.ref_of("host") for p in sr.PBDs if p is not None and p.currently_attached}
        if not hosts <= plugged:
            why = translate("HA", "This SR is not connected to every server in the pool.")
        elif as_int(sr.physical_size) - as_int(sr.physical_utilisation) < HEARTBEAT_ROOM:
            why = translate("HA", "This SR has less than the {size} MiB free the heartbeat needs.").format(
                size=HEARTBEAT_ROOM // MiB)
        else:
            why = ""
        found.append((sr, why))
    return sorted(found, key=lambda pair: (bool(pair[1]), pair[0].name.casefold()))


def heartbeat_srs(cache: ObjectCache) -> list[Any]:
    """The SRs a state file can go on: shared, plugged on every server, not ISO nor removable, with room."""
    return [sr for sr, why in heartbeat_candidates(cache) if not why]


@dataclass(frozen=True)
class HaState:
    enabled: bool
    failures_to_tolerate: int
    plan_exists_for: int
    heartbeat_srs: tuple[str, ...]

    @property
    def overcommitted(self) -> bool:
        return self.enabled and self.plan_exists_for < self.failures_to_tolerate


def ha_state(cache: ObjectCache) -> HaState:
    pool = cache.pool()
    if pool is None:
        return HaState(False, 0, 0, ())
    vdis = [cache.get("VDI", ref) for ref in pool.ha_statefiles or []]  # a set of refs as strings in xapi
    names = tuple(sorted({vdi.SR.name for vdi in vdis if vdi is not None and vdi.SR is not None}))
    return HaState(as_bool(pool.ha_enabled), as_int(pool.ha_host_failures_to_tolerate),
                   as_int(pool.ha_plan_exists_for), names)


def vm_rows(cache: ObjectCache) -> list[tuple[str, str, str, str]]:
    """(VM, restart priority, start order, delay) of every VM, by name."""
    rows = []
    for vm in cache.all("VM"):
        if not vm.is_real_vm:
            continue
        priority = str(vm.ha_restart_priority or "")
        words = translate("HA", PRIORITY_WORDS[priority]) if priority in PRIORITY_WORDS else priority
        rows.append((vm.name, words,
                     str(as_int(vm.order)), f"{as_int(vm.start_delay)} s"))
    return sorted(rows, key=lambda r: natural_key(r[0]))
