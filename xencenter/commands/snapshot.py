"""Snapshot commands: revert a VM to one of its snapshots, delete snapshots."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.vm import DeleteVMCommand, VMCommand, busy_reason
from xencenter.commands.work import async_call, start_operation
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class DeleteSnapshotCommand(DeleteVMCommand):
    """Delete snapshots with their own disks (XenCenter destroys the snapshot's disks too), after confirmation."""

    id, title, text = "snapshot.delete", "Delete Snapshot", "&Delete Snapshot..."
    help = "Delete snapshots and the virtual disks only they use."
    activity, kinds, wants, noun = "Deleting snapshot", ("snapshot",), "a snapshot", "snapshot"
    shortcut = ""  # Del stays the VM's: one key, one action
    group, order = 30, 30


class RevertToSnapshotCommand(VMCommand):
    """Return a VM to one of its snapshots (``VM.revert``), then bring it back to the power state it had when
    the snapshot was taken, as XenCenter does: a VM that was running is started (or resumed from a checkpoint)."""

    id, title, text = "snapshot.revert", "Revert to Snapshot", "&Revert to Snapshot..."
    help = "Return the VM to this snapshot (and to the power state it had then)."
    operation, activity, kinds, wants = "revert", "Reverting to snapshot", ("snapshot",), "a snapshot"
    single, group, order = "Select one snapshot to revert to.", 30, 20

    def refusal(self, obj: VM) -> str:
        vm = obj.snapshot_of
        if vm is None:
            return translate("CommandReasons", "The VM of '{name}' no longer exists.").format(name=obj.name)
        return busy_reason(vm) or super().refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        snap = targets[0]
        return context.prompter.confirm(
            translate("Commands", self.title),
            translate("Confirmations", "Revert '{vm}' to the snapshot '{snapshot}'? The VM's current state is lost "
                                       "unless you take a snapshot of it first.").format(vm=snap.snapshot_of.name,
                                                                                         snapshot=snap.name),
            ok=translate("Confirmations", "Revert"), danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        vm = obj.snapshot_of
        if vm is None:
            raise ValueError(translate("CommandReasons", "The VM of '{name}' no longer exists.").format(name=obj.name))
        vm_ref = vm.ref
        was_running = (obj.snapshot_info or {}).get("power-state-at-snapshot") == "Running"
        revert = async_call("VM.revert", obj.ref)

        def work(session: Session, op: Operation) -> None:
            revert(session, op)
            state = session.call("VM.get_power_state", vm_ref) if was_running else ""
            if state == "Halted":
                async_call("VM.start", vm_ref, False, False)(session, op)
            elif state == "Suspended":
                async_call("VM.resume", vm_ref, False, False)(session, op)

        return start_operation(context, self.activity, vm, work)
