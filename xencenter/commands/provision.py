"""New VM (``vm.new``): a VM from a template, as XenCenter's New VM wizard makes it, in one operation.

Given its parameters (``main.py run vm.new POOL --template ... --name ...``, or a template as the target) it
opens no dialog; run without any (the window's menus, toolbar, context menu) the wizard (``context.dialogs.new_vm``)
gathers them and the same command runs with them. The plan
comes from ``model.provision`` (the template's defaults under the parameters given) and is checked there; the
work then does what XenCenter's ``CreateVMAction`` does:

1. ``VM.clone`` the template under a hidden name (``__gui__<name>``: the tree does not show it yet), or
   ``VM.copy`` it when a custom template's disks go to another SR;
2. drop the template's provision XML (the disks are made explicitly) and ``VM.provision`` (it becomes a VM);
3. description, vCPUs and topology, memory, home server (affinity), boot settings (network first for a
   network boot; ``install-repository`` for a PV install from a URL or the DVD; PV arguments; firmware);
4. the DVD drive (created at position 3 when missing, emptied, the install disc inserted);
5. the disks (``VDI.create`` and ``VBD.create``, the first one bootable unless installing from DVD) and the
   suspend SR; the interfaces (the clone's removed, the chosen ones created);
6. the real name (it appears in the tree, complete), then ``VM.start`` (``VM.start_on`` its home server) when
   asked.

A failure before the VM has its name undoes everything: the disks made, the clone's disks and the clone are
destroyed, and the user is told that nothing was left behind (or what was, if the clean-up failed too). A VM
that was made but would not start stays, and the message says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Selection, kind_of
from xencenter.commands.devices import creation_record, read, task
from xencenter.commands.work import Subject, start_operation
from xencenter.model.failures import MakeFailed
from xencenter.model.provision import (
    CD_POSITIONS,
    HIDDEN_PREFIX,
    NewVMPlan,
    has_templates,
    is_eliloader,
    plan_from_params,
    plan_problems,
    provision_disks,
    template_cores,
)
from xencenter.model.words import translate
from xencenter.operations.background import report_progress
from xencenter.xenapi.errors import TaskCancelled, XenAPIError
from xencenter.xenapi.values import NULL_REF

if TYPE_CHECKING:
    from xencenter.model.objects import VM, Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class NewVMCommand(Command):
    id, title, text = "vm.new", "New VM", "&New VM..."
    help = ("Make a VM from a template in a pool or on a server (the New VM wizard; from the command line every "
            "answer is an option).")
    icon, shortcut, group, order = "new-vm", "Ctrl+N", 5, 10
    menus: ClassVar[tuple[str, ...]] = ("VM",)
    toolbar: ClassVar[int | None] = 120
    kinds: ClassVar[tuple[str, ...]] = ("pool", "host", "template", "snapshot", "server")
    wants = "a pool, a server or a template"
    activity = "Creating VM"
    params = (
        Param("template", "VM", "the template (or snapshot) to make it from (default: the target, if a template)"),
        Param("name", str, "the VM's name (default: '<template> (1)')"),
        Param("description", str, "its description"),
        Param("install_media", str, "install from an ISO image or a server's DVD drive (its name), 'pxe' "
                                    "(network boot), a URL (network install) or 'none'"),
        Param("boot_args", str, "kernel command line of a PV guest"),
        Param("boot_mode", str, "firmware of an HVM guest", choices=("bios", "uefi", "secureboot")),
        Param("home_server", "host", "the server the VM prefers to run on (and is started on)"),
        Param("no_home_server", bool, "no home server (needs storage every server sees)"),
        Param("vcpus", int, "number of vCPUs at start"),
        Param("vcpus_max", int, "maximum number of vCPUs"),
        Param("cores_per_socket", int, "cores per socket"),
        Param("memory_mib", int, "fixed memory in MiB (static maximum and the dynamic range)"),
        Param("memory_static_max_mib", int, "static maximum in MiB"),
        Param("memory_dynamic_min_mib", int, "dynamic minimum in MiB"),
        Param("memory_dynamic_max_mib", int, "dynamic maximum in MiB"),
        Param("sr", "SR", "the storage for the disks (a custom template's are then copied there in full)"),
        Param("disk_gib", float, "a disk of this many GiB instead of the template's (on --sr)", many=True),
        Param("disk", str, "a disk instead of the template's: SIZE[;sr=SR][;name=NAME][;description=TEXT]",
              many=True),
        Param("diskless", bool, "no disk (a network-booted HVM guest)"),
        Param("network", str, "an interface instead of the template's: NETWORK[;mac=MAC][;limit=KBPS]", many=True),
        Param("no_networks", bool, "no network interface"),
        Param("start", bool, "start the VM once made (on its home server when it has one)"),
    )

    # ---- can it run? ------------------------------------------------------------------------------------------

    def reason(self, selection: Selection) -> str:
        """Any selection in one connected pool will do (its pool is where the VM goes)."""
        if not selection:
            return translate("CommandReasons", "Select {what}.").format(what=translate("CommandReasons", self.wants))
        caches: dict[int, Any] = {}
        for obj in selection:
            cache = getattr(obj, "cache", None)
            if cache is None:
                cache = getattr(getattr(obj, "connection", None), "cache", None)
                if getattr(getattr(obj, "connection", None), "session", None) is None:
                    return translate("CommandReasons", "Connect to the server first.")
            if cache is not None:
                caches[id(cache)] = cache
        if len(caches) != 1:
            return translate("CommandReasons", "Select objects of one pool.")
        if not has_templates(next(iter(caches.values()))):
            return translate("CommandReasons", "This pool has no template to make a VM from.")
        return ""

    def targets(self, selection: Selection) -> list[Any]:
        return list(selection[:1]) if not self.reason(selection) else []

    # ---- running -------------------------------------------------------------------------------------------------

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        given = {k: v for k, v in params.items() if v is not None}
        target = next((obj for obj in selection if self.applies_to(obj)), selection[0] if selection else None)
        if given.get("template") is None and target is not None and kind_of(target) in ("template", "snapshot") \
                and given:
            given["template"] = target
        if given.get("template") is None:
            if given:
                raise ValueError(translate("CommandReasons", "Give the template (--template, or a template as the "
                                                             "target)."))
            answer = context.dialogs.new_vm(context, target)  # the wizard gathers the same parameters
            if answer is None:
                return []
            given = {k: v for k, v in answer.items() if v is not None}
        template: VM = given.pop("template")
        if not getattr(template, "is_a_template", False):
            raise ValueError(translate("CommandReasons", "'{name}' is not a template.").format(name=template.name))
        preferred: Host | None = target if target is not None and kind_of(target) == "host" else None  # type: ignore[assignment]
        plan = plan_from_params(template, given, preferred)
        problems = plan_problems(plan)
        if problems:
            raise ValueError(problems[0])
        return [self.run_plan(plan, context)]

    def run_plan(self, plan: NewVMPlan, context: AppContext) -> Operation:
        """One history operation that makes the VM of ``plan`` (see the module docstring)."""
        steps = Steps(plan)
        return start_operation(context, translate("Activities", "Creating VM"), Subject(plan.cache, plan.name),
                               steps.work)


@dataclass
class Steps:
    """The work of one ``vm.new``, with what it made so far (for the undo)."""

    plan: NewVMPlan

    def __post_init__(self) -> None:
        self.vm = ""  # the clone
        self.created: list[str] = []  # VDIs made by us
        self.step = translate("Progress", "clone the template")

    # ---- the whole ----------------------------------------------------------------------------------------------

    def work(self, session: Session, op: Operation) -> str:
        plan = self.plan
        try:
            self.make(session, op)
        except TaskCancelled:
            self.undo(session)
            raise
        except BaseException as exc:
            note = self.undo(session)
            raise MakeFailed(self.step, exc, note) from exc
        if plan.start:
            self.step = translate("Progress", "start the new VM '{name}'").format(name=plan.name)
            try:
                if plan.home:
                    task(session, op, "VM.start_on", self.vm, plan.home, False, False, span=(0.9, 1.0),
                         text=translate("Progress", "Starting the VM"))
                else:
                    task(session, op, "VM.start", self.vm, False, False, span=(0.9, 1.0),
                         text=translate("Progress", "Starting the VM"))
            except BaseException as exc:
                raise MakeFailed(self.step, exc, translate("CommandReasons", "The VM '{name}' was made and stays, "
                                                                             "shut down.").format(name=plan.name)) from exc
        return self.vm

    def make(self, session: Session, op: Operation) -> None:
        plan, template = self.plan, self.plan.template
        if plan.copy_sr:
            self.step = translate("Progress", "copy the template '{name}'").format(name=template.name)
            self.vm = vm = task(session, op, "VM.copy", template.ref, HIDDEN_PREFIX + plan.name, plan.copy_sr,
                                span=(0.0, 0.15), text=translate("Progress", "Copying the template"))
        else:
            self.step = translate("Progress", "clone the template '{name}'").format(name=template.name)
            self.vm = vm = task(session, op, "VM.clone", template.ref, HIDDEN_PREFIX + plan.name, span=(0.0, 0.15),
                                text=translate("Progress", "Cloning the template"))
        self.step = translate("Progress", "install the template")
        if provision_disks(template) is not None:
            session.call("VM.remove_from_other_config", vm, "disks")  # the disks are made below, as planned
        task(session, op, "VM.provision", vm, span=(0.15, 0.3), text=translate("Progress", "Provisioning"))
        self.step = translate("Progress", "set the VM's properties")
        report_progress(0.3, translate("Progress", "Setting properties"))
        self.properties(session, vm)
        self.step = translate("Progress", "set up the boot")
        self.boot(session, vm)
        self.step = translate("Progress", "set up the DVD drive")
        self.dvd(session, op, vm)
        self.disks(session, op, vm)
        self.step = translate("Progress", "set up the network interfaces")
        self.interfaces(session, vm)
        self.step = translate("Progress", "name the VM")
        session.call("VM.set_name_label", vm, plan.name)

    # ---- the steps ------------------------------------------------------------------------------------------------

    def properties(self, session: Session, vm: str) -> None:
        plan, template = self.plan, self.plan.template
        if plan.description:
            session.call("VM.set_name_description", vm, plan.description)
        old_max, old_start = template.VCPUs_max, template.VCPUs_at_startup
        if plan.vcpus_max > old_max:
            session.call("VM.set_VCPUs_max", vm, plan.vcpus_max)  # raise the ceiling first
        if plan.vcpus != old_start:
            session.call("VM.set_VCPUs_at_startup", vm, plan.vcpus)
        if plan.vcpus_max < old_max:
            session.call("VM.set_VCPUs_max", vm, plan.vcpus_max)
        if plan.cores_per_socket != template_cores(template) or "cores-per-socket" not in (template.platform or {}):
            session.call("VM.remove_from_platform", vm, "cores-per-socket")
            session.call("VM.add_to_platform", vm, "cores-per-socket", str(plan.cores_per_socket))
        affinity = template.ref_of("affinity") or ""
        if plan.home != affinity:
            session.call("VM.set_affinity", vm, plan.home or NULL_REF)
        memory = (plan.memory_static_max, plan.memory_dynamic_min, plan.memory_dynamic_max)
        if memory != (template.memory_static_max, template.memory_dynamic_min, template.memory_dynamic_max):
            session.call("VM.set_memory_limits", vm, template.memory_static_min, plan.memory_static_max,
                         plan.memory_dynamic_min, plan.memory_dynamic_max)

    def boot(self, session: Session, vm: str) -> None:
        plan, template = self.plan, self.plan.template
        if template.is_hvm:
            params = dict(template.HVM_boot_params or {})
            if plan.install == "network" or not plan.disks:
                order = (params.get("order") or "cd").lower().replace("n", "")
                session.call("VM.remove_from_HVM_boot_params", vm, "order")
                session.call("VM.add_to_HVM_boot_params", vm, "order", "n" + order)
            if plan.boot_mode:
                firmware = "bios" if plan.boot_mode == "bios" else "uefi"
                if params.get("firmware") != firmware:
                    session.call("VM.remove_from_HVM_boot_params", vm, "firmware")
                    session.call("VM.add_to_HVM_boot_params", vm, "firmware", firmware)
                secure = "true" if plan.boot_mode == "secureboot" else "false"
                if (template.platform or {}).get("secureboot", "false") != secure:
                    session.call("VM.remove_from_platform", vm, "secureboot")
                    session.call("VM.add_to_platform", vm, "secureboot", secure)
            return
        if is_eliloader(template) and plan.install in ("url", "cd"):
            session.call("VM.remove_from_other_config", vm, "install-repository")
            session.call("VM.add_to_other_config", vm, "install-repository",
                         plan.url if plan.install == "url" else "cdrom")
        if plan.boot_args != (template.record.get("PV_args") or ""):
            session.call("VM.set_PV_args", vm, plan.boot_args)

    def _vbds(self, session: Session, vm: str) -> list[tuple[str, dict[str, Any]]]:
        refs = read(session, "VM.get_VBDs", vm, default=[]) or []
        return [(ref, read(session, "VBD.get_record", ref, default={}) or {}) for ref in refs]

    def dvd(self, session: Session, op: Operation, vm: str) -> None:
        plan, template = self.plan, self.plan.template
        wanted = plan.install == "cd" or any(v.is_cd for v in template.VBDs) or template.is_hvm \
            or bool(provision_disks(template) is not None)
        if not wanted:
            return
        drive = next((ref for ref, rec in self._vbds(session, vm)
                      if rec.get("type") == "CD" and rec.get("userdevice") in CD_POSITIONS), None)
        empty = True
        if drive is None:
            allowed = read(session, "VM.get_allowed_VBD_devices", vm, default=["3"]) or ["3"]
            drive = session.call("VBD.create", creation_record(
                "VBD", VM=vm, VDI=NULL_REF, userdevice="3" if "3" in allowed else allowed[0],
                bootable=plan.install == "cd", mode="RO", type="CD", unpluggable=True, empty=True))
        else:
            empty = bool(read(session, "VBD.get_empty", drive, default=True))
        if not empty:
            task(session, op, "VBD.eject", drive, span=(0.35, 0.37), text=translate("Progress", "Emptying the DVD drive"))
        if plan.install == "cd" and plan.iso:
            task(session, op, "VBD.insert", drive, plan.iso, span=(0.37, 0.4), text=translate("Progress", "Inserting the install disc"))

    def disks(self, session: Session, op: Operation, vm: str) -> None:
        plan = self.plan
        new = plan.new_disks
        first_sr = ""
        for index, disk in enumerate(new):
            low = 0.4 + 0.4 * index / max(len(new), 1)
            high = 0.4 + 0.4 * (index + 1) / max(len(new), 1)
            self.step = translate("Progress", "create the disk '{name}'").format(name=disk.name)
            vdi = task(session, op, "VDI.create", creation_record(
                "VDI", name_label=disk.name, name_description=disk.description, SR=disk.sr,
                virtual_size=disk.size, type=disk.type, sharable=False, read_only=False,
                sm_config={"vmhint": vm}), span=(low, high - 0.02),
                text=translate("Progress", "Creating the disk '{name}'").format(name=disk.name))
            self.created.append(vdi)
            allowed = read(session, "VM.get_allowed_VBD_devices", vm, default=[disk.device]) or [disk.device]
            device = disk.device if disk.device in allowed else allowed[0]
            session.call("VBD.create", creation_record(
                "VBD", VM=vm, VDI=vdi, userdevice=device, bootable=device == "0" and plan.install != "cd",
                mode="RW", type="Disk", unpluggable=True, empty=False, other_config={"owner": "true"}))
            first_sr = first_sr or disk.sr
        kept = [d for d in plan.disks if not d.created]
        first_sr = (kept[0].sr if kept else "") or first_sr
        if first_sr:
            self.step = translate("Progress", "set the VM's suspend storage")
            session.call("VM.set_suspend_SR", vm, first_sr)

    def interfaces(self, session: Session, vm: str) -> None:
        for ref in read(session, "VM.get_VIFs", vm, default=[]) or []:
            session.call("VIF.destroy", ref)
        cache = self.plan.cache
        used: set[str] = set()
        for index, vif in enumerate(self.plan.vifs):
            network = cache.get("network", vif.network)
            wanted = vif.device or str(index)
            allowed = read(session, "VM.get_allowed_VIF_devices", vm, default=None)
            if allowed is None:
                allowed = [str(n) for n in range(16) if str(n) not in used]
            if not allowed:
                break  # as XenCenter: more interfaces than the server allows are left out
            device = wanted if wanted in allowed else allowed[0]
            used.add(device)
            session.call("VIF.create", creation_record(
                "VIF", device=device, network=vif.network, VM=vm, MAC=vif.mac,
                MTU=network.MTU if network is not None and network.MTU else 1500, other_config={},
                qos_algorithm_type="ratelimit" if vif.kbps else "",
                qos_algorithm_params={"kbps": str(vif.kbps)} if vif.kbps else {}, locking_mode="network_default"))

    # ---- undo -------------------------------------------------------------------------------------------------------

    def undo(self, session: Session) -> str:
        """Destroy what was made; the words for the user ("" when nothing had been made)."""
        if not self.vm or getattr(session, "planning", False):
            return ""
        left: list[str] = []
        disks = list(self.created)
        try:
            for _, record in self._vbds(session, self.vm):
                vdi = record.get("VDI", NULL_REF)
                if record.get("type") == "Disk" and vdi not in disks and vdi != NULL_REF:
                    disks.append(vdi)  # the clone's copies of the template's disks
        except XenAPIError:
            pass
        for vdi in disks:
            try:
                session.call("VDI.destroy", vdi)
            except XenAPIError:
                left.append(translate("CommandReasons", "a disk"))
        try:
            session.call("VM.destroy", self.vm)
        except XenAPIError:
            left.insert(0, translate("CommandReasons", "the half-made VM '{name}'").format(
                name=HIDDEN_PREFIX + self.plan.name))
        if left:
            return translate("CommandReasons", "Removing what was made failed too: delete {things} by hand.").format(
                things=translate("CommandReasons", " and ").join(dict.fromkeys(left)))
        return translate("CommandReasons", "Nothing was left behind.")

