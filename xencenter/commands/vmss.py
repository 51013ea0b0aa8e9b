"""VM snapshot schedules (VMSS), as XenCenter's: make one for some VMs (``vmss.new``; the window's wizard gathers
the same parameters), take its snapshots now, enable, disable, delete (its VMs are unassigned first, as
XenCenter's DestroyPolicyAction does); Pool > VM Snapshot Schedules lists them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Selection, kind_of, quoted_names
from xencenter.commands.sr_new import pool_cache
from xencenter.commands.work import Subject, async_call, start_operation, steps, sync_call
from xencenter.model.snapshot_schedules import DAYS, MINUTES, schedule_record
from xencenter.model.words import translate
from xencenter.xenapi.values import NULL_REF

if TYPE_CHECKING:
    from xencenter.model.objects import VM, XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


class NewScheduleCommand(Command):
    id, title, text = "vmss.new", "New Snapshot Schedule", "New Snapshot &Schedule..."
    help = "Snapshot VMs on a schedule (hourly, daily or weekly), keeping the newest ones."
    menus, group, order = ("Pool",), 70, 10
    kinds, wants, needs_selection = ("pool", "host", "server", "vm"), "a pool", False
    activity = "Creating snapshot schedule"
    params = (
        Param("name", str, "the schedule's name"),
        Param("description", str, "its description", default=""),
        Param("vm", "VM", "a VM it snapshots (repeat for more)", many=True),
        Param("type", str, "disks, or disks and memory (a checkpoint of running VMs)", choices=("snapshot", "checkpoint"),
              default="snapshot"),
        Param("frequency", str, "how often", choices=("hourly", "daily", "weekly"), default="daily"),
        Param("hour", int, "the hour (0-23) of daily and weekly snapshots", default=0),
        Param("minute", str, "the minute", choices=MINUTES, default="0"),
        Param("day", str, "a day of weekly snapshots (repeat for more)", choices=DAYS, many=True),
        Param("keep", int, "how many snapshots of each VM it keeps (1-10)", default=7),
        Param("disabled", bool, "make it disabled (it takes no snapshots until enabled)"),
        Param("now", bool, "take the first snapshots at once"),
    )

    def refusal(self, obj: Any) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        cache = pool_cache(selection, context)
        given = {k: v for k, v in params.items() if v is not None}
        if not given.get("name"):
            chosen: list[Any] = [obj for obj in selection if kind_of(obj) == "vm"]
            answer = context.dialogs.new_snapshot_schedule(context, cache, chosen)
            if answer is None:
                return []
            given = answer
        record = schedule_record(given)  # ValueError in words for what is wrong
        vms: list[VM] = list(given.get("vm") or [])
        run_now = bool(given.get("now"))

        def work(session: Session, op: Operation) -> None:
            ref = session.call("VMSS.create", record)
            for vm in vms:
                session.call("VM.set_snapshot_schedule", vm.ref, ref)
            if run_now:
                async_call("VMSS.snapshot_now", ref)(session, op)

        return [start_operation(context, self.activity, Subject(cache, record["name_label"]), work)]


class ScheduleCommand(Command):
    kinds: ClassVar[tuple[str, ...]] = ("vmss",)
    wants, menus, in_context_menu = "a snapshot schedule", (), False


class SnapshotNowCommand(ScheduleCommand):
    id, title, text = "vmss.snapshot-now", "Take Snapshots Now", "Take Snapshots &Now"
    help = "Run a snapshot schedule now: a snapshot of each of its VMs, the oldest beyond its count deleted."
    activity = "Taking scheduled snapshots"

    def refusal(self, obj: XenObject) -> str:
        return "" if obj.VMs else translate("CommandReasons", "'{name}' has no VMs.").format(name=obj.name)

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("VMSS.snapshot_now", obj.ref))


class EnableScheduleCommand(ScheduleCommand):
    id, title, text, help = "vmss.enable", "Enable", "&Enable", "Let a snapshot schedule take snapshots again."
    activity, on = "Enabling snapshot schedule", True

    def refusal(self, obj: XenObject) -> str:
        if bool(obj.enabled) is self.on:
            return (translate("CommandReasons", "'{name}' is already enabled.") if self.on
                    else translate("CommandReasons", "'{name}' is already disabled.")).format(name=obj.name)
        return ""

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        work = sync_call("VMSS.set_enabled", obj.ref, self.on)
        return start_operation(context, self.activity, obj, work, cancellable=False)


class DisableScheduleCommand(EnableScheduleCommand):
    id, title, text, help = "vmss.disable", "Disable", "&Disable", "Stop a snapshot schedule taking snapshots."
    activity, on = "Disabling snapshot schedule", False


class DeleteScheduleCommand(ScheduleCommand):
    id, title, text = "vmss.delete", "Delete Snapshot Schedule", "&Delete"
    help = "Delete a snapshot schedule (its VMs and the snapshots it took stay)."
    activity = "Deleting snapshot schedule"

    def refusal(self, obj: XenObject) -> str:
        return ""

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = (translate("Confirmations", "Do you want to delete policy '{name}'?").format(name=targets[0].name)
                if len(targets) == 1 else
                translate("Confirmations", "Do you want to delete the selected policies ({names})?").format(
                    names=quoted_names(targets)))
        return context.prompter.confirm(translate("Confirmations", "Delete Snapshot Schedule"),
                                        text,
                                        ok=translate("Confirmations", "Delete"),
                                        danger=True)

    def run_on(self, obj: XenObject, context: AppContext, **params: Any) -> Operation:
        unassign = [sync_call("VM.set_snapshot_schedule", vm.ref, NULL_REF) for vm in obj.VMs]
        work = steps(*unassign, sync_call("VMSS.destroy", obj.ref))
        return start_operation(context, self.activity, obj, work, cancellable=False)


class ManageSchedulesCommand(Command):
    id, title, text = "vmss.manage", "VM Snapshot Schedules", "VM Snapshot Sc&hedules..."
    help = "List the pool's snapshot schedules: make, enable, disable, run or delete them."
    menus, group, order = ("Pool",), 70, 20
    kinds, wants, needs_selection = ("pool", "host", "server", "vm"), "a pool", False
    window_only = "the list is a window: vmss.new, vmss.snapshot-now, vmss.enable, vmss.disable, vmss.delete"

    def refusal(self, obj: Any) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        context.dialogs.snapshot_schedules(context, pool_cache(selection, context))
        return []
