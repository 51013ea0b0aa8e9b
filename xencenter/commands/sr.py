"""A storage repository's life, as XenCenter's SR commands do it (DetachSRCommand, ForgetSRCommand,
DestroySRCommand, RepairSRCommand, SetAsDefaultSRCommand, and SR.scan), with their reasons and warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Command, quoted_names
from xencenter.commands.work import Work, async_call, start_operation, steps, sync_call
from xencenter.model.failures import PluginRefused, StepFailed
from xencenter.model.words import translate
from xencenter.xenapi.errors import XenAPIError

if TYPE_CHECKING:
    from xencenter.model.objects import SR
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session


def running_vms(sr: SR) -> list[Any]:
    """XenCenter's ``SR.HasRunningVMs``: the running VMs with a disk there."""
    vms = {vbd.VM.ref: vbd.VM for vdi in sr.VDIs for vbd in vdi.VBDs
           if vbd.VM is not None and vbd.VM.power_state == "Running" and not vbd.VM.is_control_domain}
    return list(vms.values())


def affected_vms(sr: SR) -> list[Any]:
    """Every VM (not a template or snapshot) with a disk there: what detaching or forgetting cuts off."""
    vms = {vbd.VM.ref: vbd.VM for vdi in sr.VDIs for vbd in vdi.VBDs
           if vbd.VM is not None and not vbd.VM.is_a_template and not vbd.VM.is_control_domain}
    return sorted(vms.values(), key=lambda vm: vm.name)


def _vms_line(sr: SR) -> str:
    vms = affected_vms(sr)
    if not vms:
        return ""
    return translate("Confirmations", "\n\nVMs with disks on it: {names}.").format(names=quoted_names(vms))


def is_detached(sr: SR) -> bool:
    """XenCenter's ``SR.IsDetached``: no PBD, or none plugged."""
    return not any(p.currently_attached for p in sr.PBDs)


def is_broken(sr: SR) -> bool:
    """XenCenter's ``SR.IsBroken``: a shared SR lacking a PBD on some host, or a PBD unplugged."""
    if not sr.PBDs or any(not p.currently_attached for p in sr.PBDs):
        return True
    return bool(sr.shared) and len(sr.PBDs) < len(sr.cache.all("host"))


def _busy(sr: SR) -> bool:
    return bool(sr.current_operations)


class SRCommand(Command):
    kinds, wants, menus = ("sr",), "a storage repository", ("Storage",)

    def common_refusal(self, sr: SR, *, needs_pbds: bool = False, no_running: bool = True) -> str:
        if needs_pbds and not sr.PBDs:
            return translate("CommandReasons", "The SR is currently detached.")
        if no_running and running_vms(sr):
            return translate("CommandReasons", "This SR contains running VMs.")
        if _busy(sr):
            return translate("CommandReasons", "There is currently an action in progress on this SR.")
        return ""


class RepairSRCommand(SRCommand):
    id, title, text = "sr.repair", "Repair Storage Repository", "&Repair..."
    help = "Plug every unplugged PBD of an SR and create the missing ones on the pool's servers."
    group, order, activity = 20, 10, "Repairing SR"

    def refusal(self, obj: SR) -> str:
        if not obj.PBDs:
            return translate("CommandReasons", "The SR is currently detached.")
        if not is_broken(obj):
            return translate("CommandReasons", "The SR is connected on every server: there is nothing to repair.")
        return self.common_refusal(obj, no_running=False)

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        """The window shows XenCenter's Repair Storage dialog (per-server states, Repair runs this command);
        the command line repairs at once."""
        run_now = [context.dialogs.repair_sr(context, sr) for sr in targets]
        return super().ask(targets, context, params) if all(run_now) else None

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation:
        """XenCenter's RepairSRDialog: every host in turn, its outcome recorded; the first failure is reported
        after the others have been tried."""
        config = dict(obj.PBDs[0].device_config or {})
        have = {p.ref_of("host"): p for p in obj.PBDs}
        hosts = obj.cache.all("host") if obj.shared else [h for h in obj.cache.all("host") if h.ref in have]

        def work(session: Session, op: Operation) -> None:
            done: list[str] = []
            failure: StepFailed | None = None
            for host in sorted(hosts, key=lambda h: h.name):
                pbd = have.get(host.ref)
                try:
                    if pbd is None:
                        ref = session.call("PBD.create", {"host": host.ref, "SR": obj.ref,
                                                          "device_config": config, "other_config": {}})
                        async_call("PBD.plug", ref)(session, op)
                    elif not pbd.currently_attached:
                        async_call("PBD.plug", pbd.ref)(session, op)
                    else:
                        continue
                    done.append(translate("Progress", "'{host}' connected").format(host=host.name))
                except XenAPIError as exc:
                    failure = failure or StepFailed(translate("Progress", "the SR's connection on '{host}'").format(
                        host=host.name), list(done), exc)
            if failure is not None:
                failure.saved = done
                raise failure

        return start_operation(context, self.activity, obj, work)


class DetachSRCommand(SRCommand):
    id, title, text = "sr.detach", "Detach Storage Repository", "&Detach..."
    help = "Unplug and remove an SR's connections to its servers; its disks stay on the storage."
    group, order, activity = 20, 20, "Detaching SR"

    def refusal(self, obj: SR) -> str:
        if is_detached(obj):
            return translate("CommandReasons", "The SR is currently detached.")
        return self.common_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = translate("Confirmations", "Detaching this storage repository will make the virtual disks that it "
                                          "contains inaccessible. The contents of the virtual disks themselves will "
                                          "remain intact.\n\nIf you subsequently reattach the storage repository, "
                                          "you will need to provide the correct device configuration details.\n\n"
                                          "Are you sure you want to detach this storage repository?")
        return context.prompter.confirm(translate("Confirmations", "Detach Storage Repository"), text + _vms_line(targets[0]),
                                        ok=translate("Confirmations", "Detach"), danger=True)

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, _unplug_all(obj, destroy=True))


def _unplug_all(sr: SR, *, destroy: bool) -> Any:
    """XenCenter's DetachSrAction: every plugged PBD unplugged, then (detach) every PBD destroyed."""
    pbds = [p.ref for p in sr.PBDs]
    plugged = [p.ref for p in sr.PBDs if p.currently_attached]

    def work(session: Session, op: Operation) -> None:
        for ref in plugged:
            async_call("PBD.unplug", ref)(session, op)
        if destroy:
            for ref in pbds:
                async_call("PBD.destroy", ref)(session, op)

    return work


class ForgetSRCommand(SRCommand):
    id, title, text = "sr.forget", "Forget Storage Repository", "&Forget..."
    help = "Remove an SR from the pool's records; its disks stay on the storage (a probe finds it again)."
    group, order, activity = 20, 30, "Forgetting SR"

    def refusal(self, obj: SR) -> str:
        if obj.type in ("udev", "tmpfs"):
            return translate("CommandReasons", "This SR cannot be forgotten with XenCenter.")
        return self.common_refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = translate("Confirmations", "Are you sure you want to forget '{name}'?\n\nForgetting this storage "
                                          "repository will permanently remove the information used to connect the "
                                          "virtual machines to the virtual disks in the storage repository. The "
                                          "contents of the virtual disks themselves will remain intact.\n\nThis "
                                          "action is final and unrecoverable.").format(name=targets[0].name)
        return context.prompter.confirm(translate("Confirmations", "Forget Storage Repository"), text + _vms_line(targets[0]),
                                        ok=translate("Confirmations", "Forget"), danger=True)

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, _unplugged_then(obj, "SR.forget"))


def _unplugged_then(obj: SR, method: str) -> Work:
    """Unplug the SR from every server, then ``method`` (SR.forget, SR.destroy) on it."""
    unplug = _unplug_all(obj, destroy=False)

    def work(session: Session, op: Operation) -> None:
        unplug(session, op)
        async_call(method, obj.ref)(session, op)

    return work


class DestroySRCommand(SRCommand):
    id, title, text = "sr.destroy", "Destroy Storage Repository", "Destr&oy..."
    help = "Delete an SR and everything on it from the storage. Final."
    group, order, activity = 20, 40, "Destroying SR"

    def refusal(self, obj: SR) -> str:
        if obj.type in ("udev", "tmpfs", "iso"):
            return translate("CommandReasons", "This SR cannot be destroyed with XenCenter.")
        return self.common_refusal(obj, needs_pbds=True)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        text = translate("Confirmations", "Are you sure you want to destroy '{name}'?\n\nDestroying this storage "
                                          "repository will permanently remove all associated virtual disks from the "
                                          "underlying storage device.\n\nThis action is final and "
                                          "unrecoverable.").format(name=targets[0].name)
        return context.prompter.confirm(translate("Confirmations", "Destroy Storage Repository"), text + _vms_line(targets[0]),
                                        ok=translate("Confirmations", "Destroy"), danger=True)

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, _unplugged_then(obj, "SR.destroy"))


class SetDefaultSRCommand(SRCommand):
    id, title, text = "sr.set-default", "Set as Default", "Set as De&fault"
    help = "Make an SR the pool's default for new disks, suspend images and crash dumps."
    group, order, activity = 10, 20, "Setting default SR"

    def refusal(self, obj: SR) -> str:
        pool = obj.cache.pool()
        if pool is not None and pool.ref_of("default_SR") == obj.ref:
            return translate("CommandReasons", "This SR is already the default SR.")
        if not obj.PBDs:
            return translate("CommandReasons", "The SR is currently detached.")
        if "vdi_create" not in (obj.allowed_operations or ()) and obj.content_type == "iso":
            return translate("CommandReasons", "Disks cannot be made on this SR.")
        if not obj.shared and len(obj.cache.all("host")) > 1:
            return translate("CommandReasons", "A local SR cannot be the default SR of a pool of several servers.")
        return self.common_refusal(obj, no_running=False)

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation | None:
        pool = obj.cache.pool()
        if pool is None:
            return None
        work = steps(*(sync_call(f"pool.set_{field}", pool.ref, obj.ref)
                       for field in ("default_SR", "suspend_image_SR", "crash_dump_SR")))
        return start_operation(context, self.activity, obj, work, cancellable=False)


class RescanSRCommand(SRCommand):
    id, title, text = "sr.rescan", "Rescan", "Resca&n"
    help = "Scan an SR for disks added or removed outside the pool (SR.scan)."
    group, order, activity = 10, 30, "Scanning SR"

    def refusal(self, obj: SR) -> str:
        if is_detached(obj):
            return translate("CommandReasons", "The SR is currently detached.")
        if "scan" not in (obj.allowed_operations or ()):
            return translate("CommandReasons", "This SR cannot be scanned now.")
        return ""

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.activity, obj, async_call("SR.scan", obj.ref))



def supports_trim(sr: SR) -> bool:
    """XenCenter's ``SR.SupportsTrim``: the SR's driver lists the SR_TRIM feature."""
    sm = next((s for s in sr.cache.all("SM") if s.type == sr.type), None)
    return sm is not None and "SR_TRIM" in (sm.features or {})


class ReclaimSpaceCommand(SRCommand):
    id, title, text = "sr.reclaim-space", "Reclaim Freed Space", "Re&claim Freed Space..."
    help = "Give the space of deleted disks back to the storage array (thin-provisioned LUNs)."
    group, order, activity = 10, 40, "Reclaiming freed space"

    def refusal(self, obj: SR) -> str:
        if not supports_trim(obj):
            return translate("CommandReasons", "Reclaiming freed space is not supported on this SR")
        if is_detached(obj):
            return translate("CommandReasons", "Cannot reclaim freed space because the SR is detached.")
        return self.common_refusal(obj, no_running=False)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        return context.prompter.confirm(
            translate("Confirmations", "Reclaim freed space"),
            translate("Confirmations", "The process of reclaiming space may place significant load on the storage "
                                       "controller, temporarily affecting the storage's performance.\n\nWould you "
                                       "like to carry out the operation at this time?"),
            ok=translate("Confirmations", "Reclaim"))

    def run_on(self, obj: SR, context: AppContext, **params: Any) -> Operation | None:
        """XenCenter's SrTrimAction: SM's trim plugin on a host where the SR is plugged; its error document,
        when it answers one, in words."""
        host = next((p.ref_of("host") for p in obj.PBDs if p.currently_attached), "")

        def work(session: Session, op: Operation) -> None:
            answer = str(session.call("host.call_plugin", host, "trim", "do_trim", {"sr_uuid": obj.uuid}))
            if answer.lower() != "true" and not getattr(session, "planning", False):  # a dry run answers ""
                raise PluginRefused(*trim_error(answer))

        return start_operation(context, self.activity, obj, work)


def trim_error(answer: str) -> tuple[str, str]:
    """The words and code of the trim plugin's error document (``errmsg``, ``errcode``)."""
    import xml.etree.ElementTree as ElementTree

    try:
        pairs = {kv.findtext("key"): kv.findtext("value") for kv in ElementTree.fromstring(answer).iter("key_value_pair")}
    except ElementTree.ParseError:
        return answer or translate("CommandReasons", "The storage did not say why."), "TRIM_FAILED"
    return (pairs.get("errmsg") or translate("CommandReasons", "The storage did not say why."),
            pairs.get("errcode") or "TRIM_FAILED")
