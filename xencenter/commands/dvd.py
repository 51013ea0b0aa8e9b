"""DVD drives, the selector of a VM's Storage and Console tabs: insert a disc, eject it, create a drive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, Param, Refusal
from xencenter.commands.devices import creation_record, drives, free_position, read, task
from xencenter.commands.vm import busy_reason
from xencenter.commands.work import start_operation
from xencenter.model.words import translate
from xencenter.xenapi.values import NULL_REF

if TYPE_CHECKING:
    from xencenter.model.objects import VBD, VDI, VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def _drive(vm: VM, position: str | None) -> VBD | None:
    found = drives(vm)
    if position:
        return next((d for d in found if d.userdevice == position), None)
    return found[0] if found else None


def _drive_reason(vm: VM, drive: VBD | None, op: str) -> str:
    if drive is None:
        return Refusal(translate("CommandReasons", "'{vm}' has no DVD drive.").format(
            vm=vm.name), "VBD_NOT_REMOVABLE_MEDIA")
    if vm.power_state == "Suspended":
        return Refusal(translate("CommandReasons", "'{vm}' is suspended: its DVD drive cannot be changed.").format(
            vm=vm.name), "VM_BAD_POWER_STATE")
    if op == "eject" and drive.empty:
        return Refusal(translate("CommandReasons", "The DVD drive of '{vm}' is empty.").format(
            vm=vm.name), "VBD_IS_EMPTY")
    if drive.current_operations:
        return Refusal(translate("CommandReasons", "Another operation is in progress on the DVD drive."),
                       "OTHER_OPERATION_IN_PROGRESS")
    return busy_reason(vm)


class InsertDiscCommand(Command):
    id, title, text = "vm.insert-cd", "Insert DVD", "&Insert DVD..."
    help = "Put an ISO image (or a server's DVD) into a VM's DVD drive (ejecting what was there)."
    kinds, wants, menus, in_context_menu, group, order = ("vm", "template"), "a VM", (), False, 62, 10
    single = "Select one VM."
    params = (Param("iso", "VDI", "the ISO image or DVD drive to insert", required=True),
              Param("drive", str, "the drive's position when the VM has several (3)"))

    def refusal(self, obj: VM) -> str:
        return _drive_reason(obj, _drive(obj, None), "insert")

    def run_on(self, obj: VM, context: AppContext, *, iso: VDI | None = None, drive: str | None = None,
               **params: Any) -> Operation | None:
        vbd = _drive(obj, drive)
        why = _drive_reason(obj, vbd, "insert")
        if why:
            raise ValueError(str(why))
        if iso is None:
            raise ValueError(translate("CommandReasons", "Choose the ISO image to insert."))
        assert vbd is not None
        if vbd.ref_of("VDI") == iso.ref and not vbd.empty:
            return None
        ref, full = vbd.ref, not vbd.empty

        def work(session: Session, op: Operation) -> None:
            if full:
                task(session, op, "VBD.eject", ref, span=(0, 0.5), text=translate("Progress", "Ejecting"))
            task(session, op, "VBD.insert", ref, iso.ref, span=(0.5 if full else 0, 1.0),
                 text=translate("Progress", "Inserting"))

        title = translate("Activities", "Loading ISO '{name}' into the DVD drive of VM").format(name=iso.name)
        return start_operation(context, title, obj, work)


class EjectDiscCommand(Command):
    id, title, text = "vm.eject-cd", "Eject DVD", "&Eject"
    help = "Empty a VM's DVD drive."
    kinds, wants, menus, in_context_menu, group, order = ("vm", "template"), "a VM", (), False, 62, 20
    params = (Param("drive", str, "the drive's position when the VM has several (3)"),)

    def refusal(self, obj: VM) -> str:
        return _drive_reason(obj, _drive(obj, None), "eject")

    def run_on(self, obj: VM, context: AppContext, *, drive: str | None = None, **params: Any) -> Operation:
        vbd = _drive(obj, drive)
        why = _drive_reason(obj, vbd, "eject")
        if why:
            raise ValueError(str(why))
        assert vbd is not None
        ref = vbd.ref
        work = lambda session, op: task(session, op, "VBD.eject", ref)  # noqa: E731
        return start_operation(context, translate("Activities", "Setting the DVD drive empty on VM"), obj, work)


class AddDriveCommand(Command):
    id, title, text = "vm.add-cd-drive", "Create DVD Drive", "Create &DVD Drive"
    help = "Give a VM that has none a DVD drive (empty)."
    kinds, wants, menus, in_context_menu, group, order = ("vm", "template"), "a VM", (), False, 62, 30

    def refusal(self, obj: VM) -> str:
        if drives(obj):
            return translate("CommandReasons", "'{name}' already has a DVD drive.").format(name=obj.name)
        if obj.power_state == "Suspended":
            return Refusal(translate("CommandReasons", "'{name}' is suspended.").format(
                name=obj.name), "VM_BAD_POWER_STATE")
        return busy_reason(obj)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        used = {v.userdevice for v in obj.VBDs}
        position = next((p for p in ("3", "0", "1", "2") if p not in used), free_position(obj))
        vm_ref, running = obj.ref, obj.power_state == "Running"

        def work(session: Session, op: Operation) -> None:
            vbd = session.call("VBD.create", creation_record(
                "VBD", VM=vm_ref, VDI=NULL_REF, userdevice=position, bootable=False, mode="RO", type="CD",
                unpluggable=True, empty=True))
            if running and "plug" in (read(session, "VBD.get_allowed_operations", vbd, default=[]) or []):
                task(session, op, "VBD.plug", vbd)

        return start_operation(context, translate("Activities", "Creating a DVD drive for VM"), obj, work,
                               cancellable=False)
