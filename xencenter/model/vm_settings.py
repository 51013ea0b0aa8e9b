"""A VM's editable settings (the Properties dialog's pages and ``main.py run vm.edit``) and the calls that turn
one set into another, touching only what differs (virt-manager's rule): an edit made meanwhile by someone else
to another field is never overwritten. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from xencenter.model.edits import Change, general_changes, map_entry
from xencenter.model.summaries import size_text, vm_cpus
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM


@dataclass(frozen=True)
class VMSettings:
    """The editable properties of a VM; compared field by field to find what the user changed."""

    name: str
    description: str
    folder: str
    tags: tuple[str, ...]
    vcpus_at_startup: int
    vcpus_max: int
    cores_per_socket: int
    memory_static_min: int
    memory_static_max: int
    memory_dynamic_min: int
    memory_dynamic_max: int
    boot_order: str  # HVM ``HVM_boot_params["order"]`` (e.g. "dcn"), "" for PV VMs
    pv_args: str

    @classmethod
    def of(cls, vm: VM) -> VMSettings:
        cpus = vm_cpus(vm)
        return cls(
            name=vm.name,
            description=vm.description,
            folder=vm.folder,
            tags=tuple(vm.tags),
            vcpus_at_startup=cpus.at_startup,
            vcpus_max=cpus.maximum,
            cores_per_socket=cpus.cores_per_socket,
            memory_static_min=vm.memory_static_min,
            memory_static_max=vm.memory_static_max,
            memory_dynamic_min=vm.memory_dynamic_min,
            memory_dynamic_max=vm.memory_dynamic_max,
            boot_order=(vm.HVM_boot_params.get("order") or "cd").lower() if vm.is_hvm else "",
            pv_args=vm.PV_args or "",
        )

    def memory_problem(self) -> str:
        """Why the memory settings are impossible ("" when they are fine), xapi's constraint in words."""
        if not (self.memory_static_min <= self.memory_dynamic_min <= self.memory_dynamic_max
                <= self.memory_static_max):
            return translate("Settings", "Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ "
                                         "static maximum (static minimum is {minimum}).").format(
                minimum=size_text(self.memory_static_min))
        return ""

    def cpu_problem(self) -> str:
        if self.vcpus_at_startup > self.vcpus_max:
            return translate("Settings", "The number of vCPUs cannot exceed the maximum.")
        if self.vcpus_max % self.cores_per_socket:
            return translate("Settings", "{vcpus} vCPUs cannot be split into sockets of {cores} cores.").format(
                vcpus=self.vcpus_max, cores=self.cores_per_socket)
        return ""


def plan_changes(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Change]:
    """The calls that turn ``before`` into ``after``, touching only the fields that differ.

    ``running``: only what xapi allows on a live VM (dynamic memory range, more vCPUs up to the maximum).
    """
    calls = general_changes("VM", ref, before, after)
    calls += _cpu_calls(ref, before, after, running)
    calls += _memory_calls(ref, before, after, running)
    if after.boot_order != before.boot_order:
        calls += map_entry("VM", "HVM_boot_params", ref, "order", after.boot_order, translate("Changes", "the boot order"))
    if after.pv_args != before.pv_args:
        calls.append(Change("VM.set_PV_args", (ref, after.pv_args), translate("Changes", "the boot parameters")))
    return calls


def _cpu_calls(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Change]:
    what = translate("Changes", "the number of vCPUs")
    if running:
        if after.vcpus_at_startup != before.vcpus_at_startup:
            return [Change("VM.set_VCPUs_number_live", (ref, after.vcpus_at_startup), what)]
        return []
    calls: list[Change] = []
    startup = Change("VM.set_VCPUs_at_startup", (ref, after.vcpus_at_startup), what)
    maximum = Change("VM.set_VCPUs_max", (ref, after.vcpus_max), "the maximum number of vCPUs")
    if after.vcpus_max > before.vcpus_max:
        calls.append(maximum)  # raise the ceiling first, so that at_startup <= max holds at every step
    if after.vcpus_at_startup != before.vcpus_at_startup:
        calls.append(startup)
    if after.vcpus_max < before.vcpus_max:
        calls.append(maximum)
    if after.cores_per_socket != before.cores_per_socket:
        calls += map_entry("VM", "platform", ref, "cores-per-socket", str(after.cores_per_socket), translate("Changes", "the topology"))
    return calls


def _memory_calls(ref: str, before: VMSettings, after: VMSettings, running: bool) -> list[Change]:
    dynamic = (after.memory_dynamic_min, after.memory_dynamic_max)
    static = (after.memory_static_min, after.memory_static_max)
    if static == (before.memory_static_min, before.memory_static_max):
        if dynamic == (before.memory_dynamic_min, before.memory_dynamic_max):
            return []
        return [Change("VM.set_memory_dynamic_range", (ref, *dynamic), translate("Changes", "the memory"))]
    if running:
        return []  # the static range of a running VM is fixed; the page does not offer it
    return [Change("VM.set_memory_limits", (ref, *static, *dynamic), translate("Changes", "the memory"))]
