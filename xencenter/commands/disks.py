"""A VM's disks, the buttons of its Storage tab as XenCenter has them: Add (a new disk: ``VDI.create`` then its
``VBD``, activated when the VM runs), Attach (an existing disk), Activate / Deactivate (``VBD.plug``/``unplug``),
Detach (the VBD goes, the disk stays), Delete (the disk goes), Properties (name, description, size, position,
mode), Resize, Move (to other storage, the VM shut down).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Refusal, counted
from xencenter.commands.devices import creation_record, disk_of, free_position, read, state_words, task
from xencenter.commands.edit import COMMON_PARAMS, edited_common
from xencenter.commands.migrate import MigrateDiskCommand, running_vm
from xencenter.commands.vm import busy_reason
from xencenter.commands.work import best_effort, start_operation
from xencenter.model.edits import common_changes
from xencenter.model.naming import natural_key
from xencenter.model.provision import (
    CD_POSITIONS,
    free_space,
    is_iso_sr,
    is_thin,
    sr_reason,
)
from xencenter.model.summaries import GIB, size_text
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.xenapi.values import NULL_REF

if TYPE_CHECKING:
    from xencenter.model.objects import SR, VBD, VDI, VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class DiskOfVMCommand(Command):
    """Commands of a VM's Storage tab that act on the VM (Add, Attach)."""

    kinds, wants, menus, in_context_menu, group = ("vm", "template"), "a VM", (), False, 60
    single = "Select one VM."

    def refusal(self, obj: VM) -> str:
        if obj.is_snapshot:
            return translate("CommandReasons", "A snapshot's disks cannot be changed.")
        if obj.power_state == "Suspended":
            return Refusal(translate("CommandReasons", "'{name}' is suspended: resume it or shut it down to change its "
                                                       "disks.").format(
                name=obj.name),
                           "VM_BAD_POWER_STATE")
        return busy_reason(obj)


class AddDiskCommand(DiskOfVMCommand):
    id, title, text = "vm.add-disk", "Add Virtual Disk", "&Add Virtual Disk..."
    help = "Give a VM a new virtual disk (activated at once when the VM is running)."
    activity, order = "Adding virtual disk", 10
    params = (Param("name", str, "the disk's name (default: '<VM name> <position>')"),
              Param("size_gib", float, "the disk's size in GiB", required=True),
              Param("sr", "SR", "the storage repository for it", required=True),
              Param("description", str, "the disk's description"))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("size_gib") is not None and params.get("sr") is not None:
            return params
        answer = context.dialogs.new_disk(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, *, size_gib: float | None = None, sr: SR | None = None,
               name: str | None = None, description: str | None = None, **params: Any) -> Operation:
        if sr is None:
            raise ValueError(translate("CommandReasons", "Choose the storage repository for the new disk."))
        nbytes = gib_bytes(size_gib)
        home = obj.home
        problem = sr_reason(sr, home, [nbytes])
        if problem:
            raise ValueError(problem)
        position = free_position(obj, CD_POSITIONS[3:])
        label = name or f"{obj.name} {position}"
        vm_ref, running = obj.ref, obj.power_state == "Running"

        def work(session: Session, op: Operation) -> None:
            vdi = task(session, op, "VDI.create", creation_record(
                "VDI", name_label=label, name_description=description or "", SR=sr.ref, virtual_size=nbytes,
                type="user", sharable=False, read_only=False, sm_config={"vmhint": vm_ref}), span=(0, 0.7),
                text=translate("Progress", "Creating the disk"))
            try:
                allowed = read(session, "VM.get_allowed_VBD_devices", vm_ref, default=[position])
                device = position if position in allowed else (allowed[0] if allowed else position)
                vbd = session.call("VBD.create", creation_record(
                    "VBD", VM=vm_ref, VDI=vdi, userdevice=device, bootable=False, mode="RW", type="Disk",
                    unpluggable=True, empty=False, other_config={"owner": "true"}))
            except BaseException:
                best_effort(session, "VDI.destroy", vdi)  # no disk left behind for nothing
                raise
            if running and "plug" in (read(session, "VBD.get_allowed_operations", vbd, default=[]) or []):
                task(session, op, "VBD.plug", vbd, span=(0.8, 1.0), text=translate("Progress", "Activating the disk"))

        title = translate("Activities", "Adding virtual disk '{label}' to VM").format(label=label)
        return start_operation(context, title, obj, work)


class AttachDiskCommand(DiskOfVMCommand):
    id, title, text = "vm.attach-disk", "Attach Virtual Disk", "Attach Dis&k..."
    help = "Attach an existing virtual disk to a VM (read-only or read-write)."
    activity, order = "Attaching virtual disk", 20
    params = (Param("vdi", "VDI", "the disk to attach", required=True),
              Param("read_only", bool, "attach it read-only"))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("vdi") is not None:
            return params
        answer = context.dialogs.attach_disk(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, *, vdi: VDI | None = None, read_only: bool | None = None,
               **params: Any) -> Operation:
        if vdi is None:
            raise ValueError(translate("CommandReasons", "Choose the disk to attach."))
        problem = attach_problem(obj, vdi)
        if problem:
            raise ValueError(problem)
        mode = "RO" if read_only or vdi.read_only else "RW"
        position = free_position(obj, CD_POSITIONS[3:])
        vm_ref, running = obj.ref, obj.power_state == "Running"

        def work(session: Session, op: Operation) -> None:
            allowed = read(session, "VM.get_allowed_VBD_devices", vm_ref, default=[position])
            device = position if position in allowed else (allowed[0] if allowed else position)
            vbd = session.call("VBD.create", creation_record(
                "VBD", VM=vm_ref, VDI=vdi.ref, userdevice=device, bootable=False, mode=mode, type="Disk",
                unpluggable=True, empty=False))
            if running and "plug" in (read(session, "VBD.get_allowed_operations", vbd, default=[]) or []):
                task(session, op, "VBD.plug", vbd, span=(0.2, 1.0), text=translate("Progress", "Activating the disk"))

        title = translate("Activities", "Attaching virtual disk '{name}' to VM").format(name=vdi.name)
        return start_operation(context, title, obj, work)


def attach_problem(vm: VM, vdi: VDI) -> str:
    """Why this disk cannot be attached to this VM ("" when it can)."""
    sr = vdi.SR
    if sr is None or is_iso_sr(sr):
        return translate("CommandReasons", "'{vdi}' is not a virtual disk (use the DVD drive for ISO images).").format(
            vdi=vdi.name)
    if any(v.ref_of("VM") == vm.ref for v in vdi.VBDs):
        return translate("CommandReasons", "'{vdi}' is already attached to '{vm}'.").format(vdi=vdi.name, vm=vm.name)
    if vdi.record.get("is_a_snapshot"):
        return translate("CommandReasons", "'{vdi}' is a snapshot: it cannot be attached.").format(vdi=vdi.name)
    if not vdi.sharable and any(v.currently_attached and v.mode == "RW" for v in vdi.VBDs):
        return translate("CommandReasons", "'{vdi}' is in use by another running VM.").format(vdi=vdi.name)
    home = vm.home
    if home is not None and not sr.shared and home.ref not in {p.ref_of("host") for p in sr.PBDs}:
        return translate("CommandReasons", "'{vdi}' is on '{sr}', which '{home}' cannot see.").format(
            vdi=vdi.name, sr=sr.name, home=home.name)
    return ""


def attachable_disks(vm: VM) -> list[VDI]:
    """The disks of the pool that could be attached to this VM (XenCenter's Attach Disk tree)."""
    found = [vdi for vdi in vm.cache.all("VDI") if vdi.shown(False)
             and vdi.record.get("type") in ("user", "system", "ephemeral") and not attach_problem(vm, vdi)]
    return sorted(found, key=lambda v: (natural_key(v.SR.name if v.SR else ""), natural_key(v.name)))


def _disk_name(vbd: VBD) -> str:
    return vbd.VDI.name if vbd.VDI is not None else "disk"


class DiskRowCommand(Command):
    """Commands on a VM's disk rows (VBDs) or on disks (VDIs)."""

    kinds: ClassVar[tuple[str, ...]] = ("vbd", "vdi")
    wants, menus, in_context_menu, group = "a virtual disk", (), False, 61

    def applies_to(self, obj: Any) -> bool:
        if not super().applies_to(obj):
            return False
        return not (obj.cls == "VBD" and obj.is_cd)


class PlugDiskCommand(DiskRowCommand):
    """Activate and Deactivate (``VBD.plug`` / ``unplug``): the same checks, each with XenCenter's own words."""

    kinds = ("vbd",)
    verb: ClassVar[str]  # "activate" / "deactivate"
    method: ClassVar[str]  # the call, also the allowed operation it needs ("plug" / "unplug")
    attached: ClassVar[bool]  # the state that leaves nothing to do
    not_running: ClassVar[str]  # why not when the VM does not run ({vm}; translated where used, CommandReasons)
    already: ClassVar[tuple[str, str]]  # why not when there is nothing to do ({vm}), and xapi's code
    done_text: ClassVar[str]  # the operation's title ({disk}; context Activities)

    def system_disk(self, obj: VBD, vdi: VDI) -> bool:
        return vdi.record.get("type") == "system"

    def refusal(self, obj: VBD) -> str:
        vm, vdi = obj.VM, obj.VDI
        if vm is None or vdi is None:
            return translate("CommandReasons", "This disk is not attached to a VM.")
        if vm.is_a_template:
            return (translate("CommandReasons", "A template's disks cannot be activated.") if self.verb == "activate"
                    else translate("CommandReasons", "A template's disks cannot be deactivated."))
        if vm.power_state != "Running":
            return Refusal(translate("CommandReasons", self.not_running).format(vm=vm.name), "VM_BAD_POWER_STATE")
        if self.system_disk(obj, vdi):
            return translate("CommandReasons", "System disks cannot be activated or deactivated while the VM is "
                                               "running.")
        if bool(obj.currently_attached) == self.attached:
            return Refusal(translate("CommandReasons", self.already[0]).format(vm=vm.name), self.already[1])
        if self.method not in (obj.allowed_operations or ()):
            return device_reason(obj, vm, self.verb)
        return ""

    def run_on(self, obj: VBD, context: AppContext, **params: Any) -> Operation:
        vbd, method = obj.ref, f"VBD.{self.method}"
        work = lambda session, op: task(session, op, method, vbd)  # noqa: E731
        title = translate("Activities", self.done_text).format(disk=_disk_name(obj))
        return start_operation(context, title, obj.VM, work)


class ActivateDiskCommand(PlugDiskCommand):
    id, title, text = "vbd.activate", "Activate", "Acti&vate"
    help = "Plug a virtual disk into its running VM."
    activity, order = "Activating virtual disk", 30
    verb, method, attached = "activate", "plug", True
    not_running = QT_TRANSLATE_NOOP("CommandReasons", "It is not possible to activate this virtual disk on VM '{vm}' "
                                                      "as the VM is not running.")
    already = (QT_TRANSLATE_NOOP("CommandReasons", "This virtual disk is already active on VM '{vm}'."),
               "DEVICE_ALREADY_ATTACHED")
    done_text = QT_TRANSLATE_NOOP("Activities", "Activating virtual disk '{disk}' on VM")


class DeactivateDiskCommand(PlugDiskCommand):
    id, title, text = "vbd.deactivate", "Deactivate", "Dea&ctivate"
    help = "Unplug a virtual disk from its running VM (it stays attached)."
    activity, order = "Deactivating virtual disk", 40
    verb, method, attached = "deactivate", "unplug", False
    not_running = QT_TRANSLATE_NOOP("CommandReasons", "It is not possible to deactivate this virtual disk on VM "
                                                      "'{vm}' because the VM is not running.")
    already = (QT_TRANSLATE_NOOP("CommandReasons", "This virtual disk is already deactivated on VM '{vm}'."),
               "DEVICE_ALREADY_DETACHED")
    done_text = QT_TRANSLATE_NOOP("Activities", "Deactivating virtual disk '{disk}' on VM")

    def system_disk(self, obj: VBD, vdi: VDI) -> bool:
        return vdi.record.get("type") == "system" and "owner" in (obj.other_config or {})


def device_reason(device: Any, vm: VM, verb: str) -> str:
    """Why xapi does not list plug/unplug: the guest cannot hot-plug, or something runs on the device."""
    if device.current_operations:
        return Refusal(translate("CommandReasons", "Another operation is in progress on this device."),
                       "OTHER_OPERATION_IN_PROGRESS")
    if vm.current_operations:
        return busy_reason(vm)
    if not device.unpluggable and verb == "deactivate":
        return Refusal(translate("CommandReasons", "This disk is marked as not unpluggable."), "VBD_NOT_UNPLUGGABLE")
    words = (translate("CommandReasons", "'{vm}' cannot activate devices while it runs: install its I/O drivers "
                                         "(VM tools), or shut it down.") if verb == "activate" else
             translate("CommandReasons", "'{vm}' cannot deactivate devices while it runs: install its I/O drivers "
                                         "(VM tools), or shut it down."))
    return Refusal(words.format(vm=vm.name), "VM_MISSING_PV_DRIVERS")


def _detach_reason(vbd: VBD) -> str:
    vm = vbd.VM
    if vm is None:
        return ""
    if vm.is_snapshot:
        return translate("CommandReasons", "A snapshot's disks cannot be detached.")
    if vbd.currently_attached:
        if vm.power_state != "Running":
            return Refusal(translate("CommandReasons", "'{vm}' is {state}: its disks cannot be detached now.").format(
                vm=vm.name, state=state_words(vm.power_state)),
                           "VM_BAD_POWER_STATE")
        why = DeactivateDiskCommand().refusal(vbd)
        if why:
            return why
    return busy_reason(vm)


class DetachDiskCommand(DiskRowCommand):
    id, title, text = "vm.detach-disk", "Detach Virtual Disk", "D&etach"
    help = "Detach a virtual disk from its VM (deactivated first when the VM runs); the disk and its data stay."
    activity, order, kinds = "Detaching virtual disk", 60, ("vbd",)

    def refusal(self, obj: VBD) -> str:
        return _detach_reason(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        system = any(v.VDI is not None and v.VDI.record.get("type") == "system" for v in targets)
        text = (translate("Confirmations", "This action will detach a system disk from the VM which may leave it "
                                           "unbootable. Would you like to continue?") if system else
                translate("Confirmations", "Detaching this virtual disk will remove the association between it and "
                                           "the VM while preserving the disk and its data. Would you like to "
                                           "continue?"))
        return context.prompter.confirm(translate("Confirmations", "Detach Virtual Disk"),
                                        text,
                                        ok=translate("Confirmations", "Detach"),
                                        danger=system)

    def run_on(self, obj: VBD, context: AppContext, **params: Any) -> Operation:
        vbd, attached = obj.ref, obj.currently_attached

        def work(session: Session, op: Operation) -> None:
            if attached:
                task(session, op, "VBD.unplug", vbd, span=(0, 0.8), text=translate("Progress", "Deactivating the disk"))
            session.call("VBD.destroy", vbd)

        title = translate("Activities", "Detaching virtual disk '{disk_name}' from VM").format(
            disk_name=_disk_name(obj))
        return start_operation(context, title, obj.VM, work)


class DeleteDiskCommand(DiskRowCommand):
    id, title, text = "vdi.delete", "Delete Virtual Disk", "&Delete"
    help = "Delete a virtual disk and its data (deactivated and detached first)."
    activity, order = "Deleting virtual disk", 70

    def refusal(self, obj: Any) -> str:
        vbd, vdi = disk_of(obj)
        if vdi is None:
            return translate("CommandReasons", "This drive has no disk.")
        sr = vdi.SR
        if sr is None:
            return translate("CommandReasons", "The storage repository could not be contacted.")
        if sr.record.get("type") == "udev":
            return translate("CommandReasons", "This is a physical device: it cannot be deleted.")
        if sr.is_tools_sr:
            return translate("CommandReasons", "The VM tools disc cannot be deleted.")
        if len(vdi.VBDs) > 1:
            return translate("CommandReasons", "This virtual disk is attached to multiple VMs. Detach your virtual "
                                               "disk from these VMs before deleting it.")
        for each in vdi.VBDs:
            vm = each.VM
            if vm is None:
                continue
            if vm.power_state == "Suspended":
                return Refusal(translate("CommandReasons", "Virtual disks cannot be deleted from suspended VMs. This "
                                                           "virtual disk is used by the suspended VM '{vm}'.").format(
                    vm=vm.name), "VM_BAD_POWER_STATE")
            if each.currently_attached:
                if vdi.record.get("type") == "system" and vm.power_state == "Running":
                    return translate("CommandReasons", "This is the system disk of the running VM '{vm}': shut it down "
                                                       "first.").format(
                        vm=vm.name)
                why = DeactivateDiskCommand().refusal(each)
                if why:
                    return why
        if vdi.current_operations:
            return Refusal(translate("CommandReasons", "This virtual disk is currently in use and cannot be deleted."),
                           "OTHER_OPERATION_IN_PROGRESS")
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        disks = [disk_of(t)[1] for t in targets]
        system = any(d is not None and d.record.get("type") == "system" for d in disks)
        kind = "system disk" if system else "virtual disk"
        what = counted([d for d in disks if d is not None], kind)
        return context.prompter.confirm(
            translate("Confirmations", "Delete Virtual Disk"),
            translate("Confirmations", "This will delete {what} permanently, destroying the data on it. Continue?")
            .format(what=what),
            ok=translate("Confirmations", "Delete"), danger=True)

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation:
        vbd, vdi = disk_of(obj)
        assert vdi is not None
        active = [v.ref for v in vdi.VBDs if v.currently_attached]
        ref = vdi.ref

        def work(session: Session, op: Operation) -> None:
            for each in active:
                task(session, op, "VBD.unplug", each, span=(0, 0.4), text=translate("Progress", "Deactivating the disk"))
            task(session, op, "VDI.destroy", ref, span=(0.4, 1.0), text=translate("Progress", "Deleting the disk"))

        owner = vbd.VM if vbd is not None and vbd.VM is not None else vdi
        title = (translate("Activities", "Deleting virtual disk '{name}' of VM").format(name=vdi.name)
                 if owner is not vdi else "Deleting virtual disk")
        return start_operation(context, title, owner, work)


def cannot_shrink(vdi: VDI) -> str:
    """The refusal for a size below the disk's."""
    return translate("CommandReasons", "A virtual disk cannot shrink: '{vdi}' is {size}.").format(
        vdi=vdi.name, size=size_text(vdi.virtual_size))


def gib_bytes(size_gib: Any) -> int:
    """A size in GiB (``--size-gib 20``, ``1.5``) in bytes; ValueError for none or a non-positive one."""
    try:
        size = float(size_gib)
    except (TypeError, ValueError):
        raise ValueError(translate("CommandReasons", "Give the disk's size in GiB.")) from None
    if size <= 0:
        raise ValueError(translate("CommandReasons", "A disk needs a size above zero."))
    return int(round(size * GIB))


class DiskPropertiesCommand(DiskRowCommand):
    """The Properties of a disk: its name and description, its size (it only grows: ``vdi.resize``), and on the
    VM's drive its position and mode (while the VM is shut down)."""

    id, title, text = "vdi.properties", "Virtual Disk Properties", "P&roperties"
    help = ("Change a virtual disk's name, description, folder, tags, custom fields, size, or its position and "
            "mode on the VM.")
    activity, order, single = "Changing virtual disk", 80, "Select one virtual disk."
    params = (*COMMON_PARAMS,
              Param("size_gib", float, "new size in GiB (at least the current one)"),
              Param("position", str, "the drive's position on the VM (0, 1, 2...)"),
              Param("mode", str, "read-write or read-only on the VM", choices=("RW", "RO")))

    def refusal(self, obj: Any) -> str:
        vbd, vdi = disk_of(obj)
        if vdi is None:
            return translate("CommandReasons", "This drive has no disk.")
        if vdi.current_operations:
            return Refusal(translate("CommandReasons", "Another operation is in progress on this virtual disk."),
                           "OTHER_OPERATION_IN_PROGRESS")
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if any(params.get(p.name) is not None for p in self.params):
            return params
        answer = context.dialogs.disk_properties(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: Any, context: AppContext, *, name: str | None = None, description: str | None = None,
               size_gib: float | None = None, position: str | None = None, mode: str | None = None,
               **params: Any) -> Operation | None:
        vbd, vdi = disk_of(obj)
        assert vdi is not None
        if name is not None and not name.strip():
            raise ValueError(translate("CommandReasons", "A virtual disk needs a name."))
        given = {"name": name, "description": description, **params}
        calls = [(c.method, c.args) for c in common_changes("VDI", vdi.ref, *edited_common(vdi, given))]
        if (position is not None and position != (vbd.userdevice if vbd else None)) or \
                (mode is not None and mode != (vbd.mode if vbd else None)):
            problem = drive_problem(vbd, vdi, position, mode)
            if problem:
                raise ValueError(problem)
            assert vbd is not None
            if position is not None and position != vbd.userdevice:
                calls.append(("VBD.set_userdevice", (vbd.ref, position)))
            if mode is not None and mode != vbd.mode:
                calls.append(("VBD.set_mode", (vbd.ref, mode)))
        grow = None
        if size_gib is not None:
            nbytes = gib_bytes(size_gib)
            if nbytes < vdi.virtual_size:
                raise ValueError(cannot_shrink(vdi))
            if nbytes > vdi.virtual_size:
                problem = resize_problem(vdi, nbytes)
                if problem:
                    raise ValueError(problem)
                grow = nbytes
        if not calls and grow is None:
            return None
        online = grow is not None and any(v.currently_attached for v in vdi.VBDs)

        def work(session: Session, op: Operation) -> None:
            for method, args in calls:
                session.call(method, *args)
            if grow is not None:
                task(session, op, "VDI.resize_online" if online else "VDI.resize", vdi.ref, grow, span=(0.1, 1.0),
                     text=translate("Progress", "Resizing the disk"))

        title = translate("Activities", "Changing virtual disk '{name}'").format(name=vdi.name)
        return start_operation(context, title, _owner(vbd, vdi), work,
                               cancellable=False)


def _owner(vbd: VBD | None, vdi: VDI) -> Any:
    """What a disk's operation is filed under: its VM when it has one."""
    return vbd.VM if vbd is not None and vbd.VM is not None else vdi


def drive_problem(vbd: VBD | None, vdi: VDI, position: str | None, mode: str | None) -> str:
    """Why the drive's position or mode cannot change ("" when it can): the VM shut down, a free position."""
    if vbd is None:
        return translate("CommandReasons", "'{vdi}' is on several VMs (or none): name the drive as "
                                           "VM/POSITION.").format(
            vdi=vdi.name)
    vm = vbd.VM
    if vm is None:
        return translate("CommandReasons", "This drive belongs to no VM.")
    if vm.power_state != "Halted":
        return Refusal(translate("CommandReasons", "'{vm}' is {state}: shut it down to change the drive's position or "
                                                   "mode.").format(vm=vm.name, state=state_words(vm.power_state)),
                       "VM_BAD_POWER_STATE")
    if position is not None and position != vbd.userdevice:
        if not position.isdigit() or int(position) > 254:
            return translate("CommandReasons", "'{position}' is not a drive position (0 to 254).").format(
                position=position)
        if any(v.userdevice == position for v in vm.VBDs if v.ref != vbd.ref):
            return translate("CommandReasons", "Position {position} of '{vm}' is taken by another drive.").format(
                position=position, vm=vm.name)
    if mode == "RW" and vdi.read_only:
        return translate("CommandReasons", "'{vdi}' is read-only: it can only be attached read-only.").format(
            vdi=vdi.name)
    return ""


class ResizeDiskCommand(DiskRowCommand):
    """Grow a disk: ``VDI.resize`` when no running VM uses it, ``VDI.resize_online`` when one does and its
    storage allows it."""

    id, title, text = "vdi.resize", "Resize Virtual Disk", "Re&size..."
    help = "Grow a virtual disk (online when its VM runs and the storage allows it)."
    activity, order, single = "Resizing virtual disk", 75, "Select one virtual disk."
    in_context_menu = False
    params = (Param("size_gib", float, "the new size in GiB (at least the current one)", required=True),)

    def refusal(self, obj: Any) -> str:
        vbd, vdi = disk_of(obj)
        if vdi is None:
            return translate("CommandReasons", "This drive has no disk.")
        if vdi.current_operations:
            return Refusal(translate("CommandReasons", "Another operation is in progress on this virtual disk."),
                           "OTHER_OPERATION_IN_PROGRESS")
        if any(v.currently_attached for v in vdi.VBDs) and "resize_online" not in (vdi.allowed_operations or ()):
            vm = next(v.VM for v in vdi.VBDs if v.currently_attached)
            return Refusal(translate("CommandReasons", "'{vdi}' is in use by '{vm}' and its storage cannot resize a "
                                                       "disk in use: shut the VM down first.").format(
                vdi=vdi.name, vm=vm.name if vm else translate("CommandReasons", "a VM")), "VDI_IN_USE")
        if not any(v.currently_attached for v in vdi.VBDs) and "resize" not in (vdi.allowed_operations or ()):
            return Refusal(translate("CommandReasons", "The storage of '{vdi}' cannot resize disks.").format(
                vdi=vdi.name), "SR_OPERATION_NOT_SUPPORTED")
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("size_gib") is not None:
            return params
        answer = context.dialogs.disk_properties(context, targets[0])
        return {**params, **answer} if answer and answer.get("size_gib") is not None else None

    def run_on(self, obj: Any, context: AppContext, *, size_gib: float | None = None,
               **params: Any) -> Operation | None:
        vbd, vdi = disk_of(obj)
        assert vdi is not None
        nbytes = gib_bytes(size_gib)
        if nbytes < vdi.virtual_size:
            raise ValueError(cannot_shrink(vdi))
        if nbytes == vdi.virtual_size:
            return None
        sr = vdi.SR
        if sr is not None and not is_thin(sr) and nbytes - vdi.virtual_size > free_space(sr):
            raise ValueError(translate("CommandReasons", "'{sr}' has only {size} free.").format(
                sr=sr.name, size=size_text(free_space(sr))))
        online = any(v.currently_attached for v in vdi.VBDs)
        method = "VDI.resize_online" if online else "VDI.resize"
        work = lambda session, op: task(session, op, method, vdi.ref, nbytes)  # noqa: E731
        title = translate("Activities", "Resizing virtual disk '{name}' to {size}").format(name=vdi.name,
                                                                                         size=size_text(nbytes))
        return start_operation(context, title, _owner(vbd, vdi), work)


class MoveDiskCommand(DiskRowCommand):
    """Move a disk to other storage, as XenCenter does for a VM that is not running: copy it there, give its VBDs
    to the copy, delete the original. A disk of a running VM moves live (``vdi.migrate``: VDI.pool_migrate)."""

    id, title, text = "vdi.move", "Move Virtual Disk", "&Move..."
    help = "Move a virtual disk to another storage repository (live while its VM runs)."
    activity, order, single = "Moving virtual disk", 50, "Select one virtual disk."
    params = (Param("sr", "SR", "the storage repository to move it to", required=True),)

    def refusal(self, obj: Any) -> str:
        vbd, vdi = disk_of(obj)
        if vdi is None:
            return translate("CommandReasons", "This drive has no disk.")
        sr = vdi.SR
        if sr is None or is_iso_sr(sr) or sr.record.get("type") == "udev":
            return translate("CommandReasons", "Only virtual disks can be moved.")
        if running_vm(vdi) is not None:
            return MigrateDiskCommand().refusal(vdi)
        for each in vdi.VBDs:
            vm = each.VM
            if vm is not None and vm.power_state != "Halted":
                return Refusal(translate("CommandReasons", "'{vdi}' is used by '{vm}', which is {state}: shut it down "
                                                           "to move the disk.").format(
                    vdi=vdi.name, vm=vm.name, state=state_words(vm.power_state)), "VDI_IN_USE")
        if vdi.current_operations:
            return Refusal(translate("CommandReasons", "Another operation is in progress on this virtual disk."),
                           "OTHER_OPERATION_IN_PROGRESS")
        return ""

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("sr") is not None:
            return params
        vdi = disk_of(targets[0])[1]
        if vdi is None:
            raise ValueError(translate("CommandReasons", "This drive holds no disk to move."))
        answer = context.dialogs.move_disk(context, vdi)
        return {**params, **answer} if answer else None

    def run_on(self, obj: Any, context: AppContext, *, sr: SR | None = None, **params: Any) -> Operation | None:
        vbd, vdi = disk_of(obj)
        assert vdi is not None
        if sr is None:
            raise ValueError(translate("CommandReasons", "Choose where the disk goes."))
        if running_vm(vdi) is not None:
            return MigrateDiskCommand().run_on(vdi, context, sr=sr)
        if sr.ref == vdi.ref_of("SR"):
            return None
        home = vm_home_of(vdi)
        problem = sr_reason(sr, home, [vdi.virtual_size])
        if problem:
            raise ValueError(problem)
        source = vdi.ref
        devices = [creation_record(
            "VBD", VM=v.ref_of("VM"), VDI=NULL_REF, userdevice=v.userdevice, bootable=v.bootable, mode=v.mode,
            type="Disk", unpluggable=v.unpluggable, empty=False, other_config=dict(v.other_config or {}),
            qos_algorithm_type=v.qos_algorithm_type or "", qos_algorithm_params=dict(v.qos_algorithm_params or {}))
            for v in vdi.VBDs]
        old_vbds = [v.ref for v in vdi.VBDs]

        def work(session: Session, op: Operation) -> None:
            copy = task(session, op, "VDI.copy", source, sr.ref, span=(0, 0.8),
                        text=translate("Progress", "Copying the disk"))
            moved: list[int] = []
            try:
                for index, (old, record) in enumerate(zip(old_vbds, devices, strict=True)):
                    session.call("VBD.destroy", old)
                    moved.append(index)
                    session.call("VBD.create", {**record, "VDI": copy})
            except BaseException:
                for index in moved:  # give the original its drives back, drop the copy
                    best_effort(session, "VBD.create", {**devices[index], "VDI": source})
                best_effort(session, "VDI.destroy", copy)
                raise
            task(session, op, "VDI.destroy", source, span=(0.85, 1.0), text=translate("Progress", "Deleting the original"))

        owner = vbd.VM if vbd is not None and vbd.VM is not None else vdi
        title = translate("Activities", "Moving virtual disk '{name}' to '{sr}' for").format(name=vdi.name, sr=sr.name)
        return start_operation(context, title, owner, work)


def vm_home_of(vdi: VDI) -> Any:
    """The server the disk's VM lives on (None when it has none or no VM)."""
    for each in vdi.VBDs:
        vm = each.VM
        if vm is not None and vm.home is not None:
            return vm.home
    return None


def resize_problem(vdi: VDI, size: int) -> str:
    """Why a disk cannot grow to ``size`` now ("" when it can)."""
    if any(v.currently_attached for v in vdi.VBDs) and "resize_online" not in (vdi.allowed_operations or ()):
        vm = next((v.VM for v in vdi.VBDs if v.currently_attached), None)
        return translate("CommandReasons", "'{vdi}' is in use by '{vm}': shut the VM down to resize it.").format(
            vdi=vdi.name, vm=vm.name if vm else translate("CommandReasons", "a VM"))
    sr = vdi.SR
    if sr is not None:
        if not is_thin(sr) and size - vdi.virtual_size > free_space(sr):
            return translate("CommandReasons", "'{sr}' has only {size} free.").format(
                sr=sr.name, size=size_text(free_space(sr)))
    return ""
