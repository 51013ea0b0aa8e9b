"""``NewVMPlan``: every answer of the wizard, what stops it (``plan_problems``) and what may
(``plan_warnings``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from xencenter.model.placement import host_is_live, host_state
from xencenter.model.summaries import host_memory, size_text
from xencenter.model.values import as_int
from xencenter.model.words import translate

from .defaults import default_vm_name
from .homes import default_home, host_reason, storage_hosts
from .media import INSTALL_WORDS, install_methods, url_problem
from .networks import VifPlan, default_vifs, vif_problems
from .storage import DiskPlan, disk_problems, disk_warnings, is_iso_sr, sr_reason, template_disks
from .templates import (
    BOOT_MODE_WORDS,
    boot_modes,
    current_boot_mode,
    is_default_template,
    max_memory,
    max_vbds,
    max_vcpus,
)

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VDI, VM, Host


@dataclass(frozen=True)
class NewVMPlan:
    """Everything ``vm.new`` needs (sizes in bytes, objects as refs)."""

    template: VM
    name: str
    description: str = ""
    install: str = "none"
    iso: str = ""  # VDI ref (install "cd")
    url: str = ""  # install "url"
    boot_args: str = ""  # PV guests' kernel command line
    boot_mode: str = ""  # bios | uefi | secureboot (HVM)
    home: str = ""  # host ref, "" for none
    vcpus: int = 1
    vcpus_max: int = 1
    cores_per_socket: int = 1
    memory_static_max: int = 0
    memory_dynamic_min: int = 0
    memory_dynamic_max: int = 0
    disks: tuple[DiskPlan, ...] = ()
    vifs: tuple[VifPlan, ...] = ()
    start: bool = True
    #: A custom template's disks are cloned on their SR, or with ``copy_sr`` copied in full to it (``VM.copy``).
    copy_sr: str = ""
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def cache(self) -> ObjectCache:
        return self.template.cache

    @property
    def home_host(self) -> Host | None:
        return self.cache.get("host", self.home) if self.home else None

    @property
    def iso_vdi(self) -> VDI | None:
        return self.cache.get("VDI", self.iso) if self.iso else None

    @property
    def new_disks(self) -> list[DiskPlan]:
        return [d for d in self.disks if d.created]


def template_cores(template: VM) -> int:
    return max(as_int((template.platform or {}).get("cores-per-socket"), 1), 1)


def default_plan(template: VM, name: str | None = None, preferred_home: Host | None = None) -> NewVMPlan:
    """The wizard's first answers for a template: its name made unique, its install method, disks, home,
    CPUs, memory and interfaces."""
    cache = template.cache
    vm_name = name if name is not None else default_vm_name(cache, template.name)
    methods = install_methods(template)
    install = methods[0]
    disks = template_disks(template, vm_name, preferred_home)
    home = default_home(template, disks, None, preferred_home)
    if home is not None and (preferred_home is None or home != preferred_home):
        disks = template_disks(template, vm_name, home)  # the storage the home server sees
    vcpus_max = max(template.VCPUs_max, 1)
    return with_boot_disk(NewVMPlan(
        template=template, name=vm_name, description="", install=install,
        boot_args=template.record.get("PV_args") or "", boot_mode=current_boot_mode(template),
        home=home.ref if home is not None else "",
        vcpus=min(max(template.VCPUs_at_startup, 1), vcpus_max), vcpus_max=vcpus_max,
        cores_per_socket=template_cores(template),
        memory_static_max=template.memory_static_max, memory_dynamic_min=template.memory_dynamic_min,
        memory_dynamic_max=template.memory_dynamic_max,
        disks=tuple(disks), vifs=tuple(default_vifs(template)), start=True,
    ))


def with_boot_disk(plan: NewVMPlan) -> NewVMPlan:
    """XenCenter's rule: the new disk at position 0 is bootable unless the VM installs from its DVD drive."""
    disks = tuple(replace(d, bootable=d.device == "0" and plan.install != "cd") if d.created else d
                  for d in plan.disks)
    return replace(plan, disks=disks)


def rename_disks(plan: NewVMPlan, old_name: str) -> NewVMPlan:
    """Disks named after the VM follow its new name (``<name> <position>``)."""
    disks = tuple(replace(d, name=f"{plan.name} {d.device}") if d.created and d.name == f"{old_name} {d.device}"
                  else d for d in plan.disks)
    return replace(plan, disks=disks)


def cpu_problem(plan: NewVMPlan) -> str:
    limit = max_vcpus(plan.template)
    if plan.vcpus_max < 1 or plan.vcpus < 1:
        return translate("Provision", "A VM needs at least one vCPU.")
    if plan.vcpus_max > limit:
        return translate("Provision", "A VM of this template can have at most {limit} vCPUs.").format(limit=limit)
    if plan.vcpus > plan.vcpus_max:
        return translate("Provision", "The number of vCPUs cannot exceed the maximum.")
    if plan.cores_per_socket < 1 or plan.vcpus_max % plan.cores_per_socket:
        return translate("Provision", "{vcpus} vCPUs cannot be split into sockets of {cores} cores.").format(
            vcpus=plan.vcpus_max, cores=plan.cores_per_socket)
    return ""


def memory_problem(plan: NewVMPlan) -> str:
    static_min = plan.template.memory_static_min
    if not (static_min <= plan.memory_dynamic_min <= plan.memory_dynamic_max <= plan.memory_static_max):
        return translate("Provision", "Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ "
                                      "static maximum (the template's static minimum is {minimum}).").format(
            minimum=size_text(static_min))
    limit = max_memory(plan.template)
    if plan.memory_static_max > limit:
        return translate("Provision", "A VM of this template can have at most {size} of memory.").format(
            size=size_text(limit))
    return ""


def install_problem(plan: NewVMPlan) -> str:
    methods = install_methods(plan.template)
    if plan.install not in methods:
        return translate("Provision", "A VM of this template cannot be installed that way ({method}).").format(
            method=INSTALL_WORDS.get(plan.install, plan.install))
    if plan.install == "cd":
        vdi = plan.iso_vdi
        if plan.iso and vdi is None:
            return translate("Provision", "The chosen ISO no longer exists.")
        if not plan.iso and is_default_template(plan.template):
            return translate("Provision", "Choose an ISO image or a DVD drive to install from.")
        if vdi is not None and (vdi.SR is None or not is_iso_sr(vdi.SR)):
            return translate("Provision", "'{name}' is not an ISO image nor a DVD drive.").format(name=vdi.name)
    if plan.install == "url":
        return url_problem(plan.url, plan.template)
    if plan.boot_mode and plan.boot_mode not in boot_modes(plan.template):
        return translate("Provision", "A VM of this template cannot boot with {mode}.").format(
            mode=BOOT_MODE_WORDS.get(plan.boot_mode, plan.boot_mode))
    return ""


def home_problem(plan: NewVMPlan) -> str:
    host = plan.home_host
    if plan.home and host is None:
        return translate("Provision", "The chosen home server no longer exists.")
    if host is not None:
        return host_reason(host, plan.template, list(plan.disks), plan.iso_vdi)
    tied = storage_hosts(plan.template, list(plan.disks), plan.iso_vdi)
    if tied:
        return translate("Provision", "The VM's storage is local to '{server}': choose it as the home server (a VM "
                                      "without one needs storage every server sees).").format(server=tied[0].name)
    return ""


def storage_problems(plan: NewVMPlan) -> list[str]:
    """The disks' problems (``disk_problems``) and those of the SR a custom template is copied to."""
    problems = disk_problems(plan.cache, list(plan.disks), plan.home_host)
    if plan.copy_sr:
        target = plan.cache.get("SR", plan.copy_sr)
        cloned = [d.size for d in plan.disks if not d.created]
        if target is None:
            problems.append(translate("Provision", "The storage repository to copy the template's disks to no longer "
                                                   "exists."))
        else:
            reason = sr_reason(target, plan.home_host, cloned)
            if reason:
                problems.append(reason)
    return problems


def plan_problems(plan: NewVMPlan) -> list[str]:
    """Every reason the plan cannot be made, in words (empty: ready)."""
    template = plan.cache.get("VM", plan.template.ref)
    if template is None:
        return [translate("Provision", "The template no longer exists.")]
    if not template.is_a_template:
        return [translate("Provision", "'{name}' is not a template.").format(name=template.name)]
    problems = []
    if not plan.name.strip():
        problems.append(translate("Provision", "The new VM needs a name."))
    for check in (install_problem, home_problem, cpu_problem, memory_problem):
        text = check(plan)
        if text:
            problems.append(text)
    problems += storage_problems(plan)
    if len(plan.disks) + 1 > max_vbds(plan.template):
        problems.append(translate("Provision", "A VM of this template can have at most {max_vbds} disks.").format(
            max_vbds=max_vbds(plan.template) - 1))
    problems += vif_problems(plan.cache, list(plan.vifs), plan.template)
    return list(dict.fromkeys(problems))


def plan_warnings(plan: NewVMPlan) -> list[str]:
    """What may stop the VM later without stopping its creation: the CPU & memory page's warnings, the disks',
    and a home server in maintenance mode."""
    warnings = cpu_memory_warnings(plan) + disk_warnings(plan.cache, list(plan.disks))
    for host in _candidate_hosts(plan):
        if host_state(host).maintenance and plan.home == host.ref and plan.start:
            warnings.append(translate("Provision", "'{server}' is in maintenance mode: the VM will not start there "
                                      "until it leaves it.").format(server=host.name))
    return warnings


def _candidate_hosts(plan: NewVMPlan) -> list[Host]:
    """The VM's home server, else every live server of the pool."""
    if plan.home_host is not None:
        return [plan.home_host]
    return [h for h in plan.cache.all("host") if host_is_live(h)]


def cpu_memory_warnings(plan: NewVMPlan) -> list[str]:
    """XenCenter's CPU & memory page warnings: more vCPUs or memory than a server that may run it has."""
    warnings: list[str] = []
    hosts = _candidate_hosts(plan)
    most_cpus = max((as_int((h.cpu_info or {}).get("cpu_count")) for h in hosts), default=0)
    if most_cpus and plan.vcpus > most_cpus:
        warning = (translate("Provision", "You have specified {vcpus} vCPUs, but the server has only {cpus} physical "
                                          "CPUs. You will not be able to start the VM.") if len(hosts) == 1 else
                   translate("Provision", "You have specified {vcpus} vCPUs, but none of the pool's servers has more "
                                          "than {cpus} physical CPUs. You will not be able to start the VM."))
        warnings.append(warning.format(vcpus=plan.vcpus, cpus=most_cpus))
    memories = [m for h in hosts if (m := host_memory(h)) is not None]  # XenCenter's memory_available_calc
    if memories:
        most_free = max(m.available for m in memories)
        most_total = max(m.total for m in memories)
        if plan.memory_dynamic_min > most_total:
            warnings.append(translate("Provision", "The amount of memory allocated to the new VM is greater than the "
                                                   "amount of physical memory on any server in the pool ({size}).")
                            .format(size=size_text(most_total)))
        elif plan.memory_dynamic_min > most_free:
            warnings.append(translate("Provision", "The amount of memory allocated to the new VM is greater than the "
                                                   "amount of physical memory available on any server in the pool "
                                                   "({size}).").format(size=size_text(most_free)))
    return warnings
