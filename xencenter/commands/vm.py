"""VM commands: the power lifecycle, Start on Server, snapshots, Delete, Properties and their edits."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from xencenter.commands.base import Choice, Command, Param, Refusal, Selection, counted, delete_question
from xencenter.commands.edit import ALERT_PARAMS, COMMON_PARAMS, EditCommand
from xencenter.commands.work import async_call, start_operation, steps
from xencenter.model.naming import natural_key
from xencenter.model.object_settings import NULL, VMExtras, vm_extras_changes, vm_extras_problem
from xencenter.model.placement import host_state
from xencenter.model.summaries import MIB
from xencenter.model.tasks import operation_words
from xencenter.model.vm_settings import VMSettings, plan_changes
from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.edits import Change
    from xencenter.model.objects import VM, Host
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

#: The refusal for a VM in each power state (translated where made, context ``CommandReasons``).
_POWER_WORDS = {"Running": QT_TRANSLATE_NOOP("CommandReasons", "'{name}' is running."),
                "Halted": QT_TRANSLATE_NOOP("CommandReasons", "'{name}' is shut down."),
                "Suspended": QT_TRANSLATE_NOOP("CommandReasons", "'{name}' is suspended."),
                "Paused": QT_TRANSLATE_NOOP("CommandReasons", "'{name}' is paused.")}


def busy_reason(vm: VM) -> str:
    """"'web 1' is busy (Shutting down)." while xapi runs operations on it, else ""."""
    busy = sorted(set((vm.current_operations or {}).values()))
    if not busy:
        return ""
    operations = translate("CommandReasons", ", ").join(operation_words(b) for b in busy)
    return Refusal(translate("CommandReasons", "'{name}' is busy ({operations}).").format(name=vm.name,
                                                                                         operations=operations),
                   "OTHER_OPERATION_IN_PROGRESS")


def vm_refusal(vm: VM, operation: str) -> str:
    """Why ``operation`` (an xapi VM operation) is not possible on this VM now, "" when it is; the refusal
    names the error xapi gives for it."""
    if operation in (vm.allowed_operations or ()):
        return ""
    if operation in (vm.blocked_operations or {}):
        return Refusal(translate("CommandReasons", "This operation has been blocked on '{name}'.").format(
            name=vm.name), "OPERATION_BLOCKED")
    state = vm.power_state
    words = (translate("CommandReasons", _POWER_WORDS[state]).format(name=vm.name) if state in _POWER_WORDS
             else f"'{vm.name}' is {state.lower()}.")  # a power state xapi does not have: its own word
    return busy_reason(vm) or Refusal(words, "VM_BAD_POWER_STATE")


class VMCommand(Command):
    """A VM command allowed when xapi lists ``operation`` for the VM; runs ``Async.VM.<call>(vm, *args)``."""

    operation = ""
    call = ""
    call_args: tuple[Any, ...] = ()
    kinds = ("vm",)
    wants = "a VM"
    menus = ("VM",)
    #: The confirmation, with ``{what}`` for the VMs (translated where asked, context ``Confirmations``); "" for none.
    confirm_text = ""

    def refusal(self, obj: VM) -> str:
        return vm_refusal(obj, self.operation)

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        if not self.confirm_text:
            return True
        text = translate("Confirmations", self.confirm_text).format(what=counted(targets, "VM"))
        title = translate("Commands", self.title)
        return context.prompter.confirm(title, text, ok=title, danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        work = async_call(f"VM.{self.call or self.operation}", obj.ref, *self.call_args)
        return start_operation(context, self.activity, obj, work)


# ---- the power lifecycle: XenCenter's VM menu, toolbar and shortcuts ----------------------------------------


class StartCommand(VMCommand):
    id, title, text, help = "vm.start", "Start", "S&tart", "Start a shut-down VM on the server xapi chooses."
    operation, call_args, activity = "start", (False, False), "Starting VM"
    shortcut, icon, group, order, toolbar, toolbar_state = "Ctrl+B", "start", 10, 10, 210, "Halted"


class StartOnServerCommand(VMCommand):
    """Start on a chosen host: the menu lists the pool's hosts with the reason when one cannot take it."""

    id, title, text = "vm.start-on", "Start on Server", "Start on Ser&ver"
    help = "Start a shut-down VM on the given server."
    operation, activity, group, order = "start_on", "Starting VM", 10, 15
    in_context_menu = True
    params = (Param("host", "host", "the server to start the VM on", required=True),)

    def hosts(self, selection: Selection) -> list[tuple[Host, str]]:
        """The hosts of the selected VMs' pool, each with "" or why it cannot start them."""
        vms = self.targets(selection)
        if not vms:
            return []
        cache = vms[0].cache
        if any(vm.cache is not cache for vm in vms):
            return []  # VMs of several pools have no common host
        result: list[tuple[Host, str]] = []
        for host in sorted(cache.all("host"), key=lambda h: natural_key(h.name)):
            state = host_state(host)
            if not state.live:
                why = translate("CommandReasons", "'{name}' is not reachable.").format(name=host.name)
            elif state.maintenance:
                why = translate("CommandReasons", "'{name}' is in maintenance mode.").format(name=host.name)
            else:
                why = ""
            result.append((host, why))
        return result

    def reason(self, selection: Selection) -> str:
        base = super().reason(selection)
        if base:
            return base
        if not any(not why for _, why in self.hosts(selection)):
            return translate("CommandReasons", "No server of the pool can start the VM now.")
        return ""

    def choices(self, selection: Selection, context: AppContext | None = None) -> list[Choice]:
        return [Choice(host.name, {"host": host}, why, "host:live" if not why else "host:dead")
                for host, why in self.hosts(selection)]

    def run_on(self, obj: VM, context: AppContext, *, host: Host | None = None, **params: Any) -> Operation:
        if host is None:
            raise ValueError(translate("CommandReasons", "Start on Server needs a host"))
        work = async_call("VM.start_on", obj.ref, host.ref, False, False)
        return start_operation(context, translate("Activities", "Starting VM on '{server}'").format(server=host.name),
                               obj, work)


class ShutDownCommand(VMCommand):
    id, title, text, help = "vm.shutdown", "Shut Down", "S&hut Down", "Shut a VM down cleanly (its tools do it)."
    operation, activity = "clean_shutdown", "Shutting down VM"
    shortcut, icon, group, order, toolbar = "Ctrl+E", "shutdown", 10, 20, 210


class RebootCommand(VMCommand):
    id, title, text, help = "vm.reboot", "Reboot", "&Reboot", "Reboot a running VM cleanly."
    operation, activity = "clean_reboot", "Rebooting VM"
    shortcut, icon, group, order, toolbar = "Ctrl+R", "reboot", 10, 30, 220


class SuspendCommand(VMCommand):
    id, title, text, help = "vm.suspend", "Suspend", "S&uspend", "Suspend a running VM to disk."
    operation, activity = "suspend", "Suspending VM"
    shortcut, icon, group, order, toolbar = "Ctrl+Y", "suspend", 10, 40, 230


class ResumeCommand(VMCommand):
    id, title, text, help = "vm.resume", "Resume", "Res&ume", "Resume a suspended VM."
    operation, call_args, activity = "resume", (False, False), "Resuming VM"
    shortcut, icon, group, order, toolbar, toolbar_state = "Ctrl+Shift+Y", "resume", 10, 50, 230, "Suspended"


class PauseCommand(VMCommand):
    id, title, text, help = "vm.pause", "Pause", "&Pause", "Pause a running VM (it keeps its memory)."
    operation, activity, icon, group, order, toolbar = "pause", "Pausing VM", "pause", 10, 60, 240


class UnpauseCommand(VMCommand):
    id, title, text, help = "vm.unpause", "Unpause", "U&npause", "Let a paused VM run again."
    operation, activity, icon, group, order = "unpause", "Unpausing VM", "unpause", 10, 70
    toolbar, toolbar_state = 240, "Paused"


class ForceShutDownCommand(VMCommand):
    id, title, text = "vm.force-shutdown", "Force Shut Down", "&Force Shut Down"
    help = "Turn a VM off at once, like pulling the power cable."
    operation, activity = "hard_shutdown", "Forcing VM to shut down"
    shortcut, icon, group, order, toolbar = "Ctrl+Shift+E", "force-shutdown", 20, 10, 250
    confirm_text = QT_TRANSLATE_NOOP("Confirmations", "Force {what} to shut down? This is like pulling the power "
                                                      "cable: unsaved data in the guest is lost.")


class ForceRebootCommand(VMCommand):
    id, title, text = "vm.force-reboot", "Force Reboot", "Force Re&boot"
    help = "Reset a VM at once, like pressing the reset button."
    operation, activity = "hard_reboot", "Forcing VM to reboot"
    shortcut, icon, group, order, toolbar = "Ctrl+Shift+R", "reboot", 20, 20, 260
    confirm_text = QT_TRANSLATE_NOOP("Confirmations", "Force {what} to reboot? This is like pressing the reset "
                                                      "button: unsaved data in the guest is lost.")


class SnapshotCommand(VMCommand):
    id, title, text = "vm.snapshot", "Take Snapshot", "Take a S&napshot..."
    help = ("Take a snapshot of a VM's disks, or of its disks and memory (named after the VM and the time unless "
            "a name is given).")
    operation, activity, icon, group, order, toolbar = "snapshot", "Taking snapshot of VM", "snapshot", 30, 10, 310
    params = (Param("name", str, "the snapshot's name"),
              Param("memory", bool, "the memory too (a checkpoint: reverting resumes the VM where it was); the VM "
                                    "must be running"))

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if len(targets) == 1 and not params.get("name"):
            answer = context.dialogs.take_snapshot(context, targets[0], default_snapshot_name(targets[0]))
            if answer is None:
                return None
            params.update(answer)
        return params

    def run_on(self, obj: VM, context: AppContext, *, name: str | None = None, memory: bool | None = None,
               **params: Any) -> Operation:
        name = name or default_snapshot_name(obj)
        if memory:
            if obj.power_state != "Running":
                raise ValueError(translate("CommandReasons", "'{name}' is not running: only a running VM's memory can "
                                                             "be kept in a snapshot (take one of its disks "
                                                             "instead).").format(name=obj.name))
            work = async_call("VM.checkpoint", obj.ref, name)
        else:
            work = async_call("VM.snapshot", obj.ref, name, [])
        return start_operation(context, self.activity, obj, work)


def default_snapshot_name(vm: VM) -> str:
    return f"{vm.name} {time.strftime('%Y-%m-%d %H:%M')}"


def own_disks(vm: VM) -> list[str]:
    """Refs of the VM's disks that no other VM uses (CDs and shared disks stay)."""
    refs = []
    for vbd in vm.VBDs:
        vdi = vbd.VDI
        if vbd.is_cd or vdi is None:
            continue
        if all(other.ref_of("VM") == vm.ref for other in vdi.VBDs):
            refs.append(vdi.ref)
    return refs


class DeleteVMCommand(VMCommand):
    """Delete a shut-down VM and the disks only it uses (XenCenter's default), after confirmation."""

    id, title, text = "vm.delete", "Delete VM", "&Delete VM..."
    help = "Delete a shut-down VM and the virtual disks nothing else uses."
    operation, activity, shortcut, icon, group, order = "destroy", "Deleting VM", "Del", "delete", 40, 90
    #: What the confirmation calls the objects.
    noun = "VM"

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        disks = sum(len(own_disks(vm)) for vm in targets)
        return context.prompter.confirm(translate("Commands", self.title), delete_question(targets, self.noun, disks),
                                        ok=translate("Confirmations", "Delete"), danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        disks = [async_call("VDI.destroy", ref) for ref in own_disks(obj)]
        return start_operation(context, self.activity, obj, steps(async_call("VM.destroy", obj.ref), *disks))


# ---- properties -------------------------------------------------------------------------------------------


class PropertiesCommand(Command):
    id, title, text, help = "vm.properties", "Properties", "P&roperties", "Open a VM's or template's properties."
    shortcut, icon, menus, group, order, toolbar = "Alt+Return", "properties", ("VM",), 90, 10, 320
    kinds, wants, single = ("vm", "template"), "one VM", "Select one VM to see its properties."
    window_only = "the properties are a dialog of the window: use vm.edit"
    params = (Param("page", str, "the page to open (General, CPUs, Memory, Boot Options)"),)

    def run_on(self, obj: VM, context: AppContext, *, page: str | None = None, **params: Any) -> None:
        context.dialogs.vm_properties(context, obj, page)


def _mib(value: int | None) -> int | None:
    return None if value is None else int(value) * MIB


class VMEditCommand(EditCommand):
    """What the Properties dialog applies, one history operation for all the changes: only the fields given
    change, everything else keeps the server's current value."""

    id, title, help = "vm.edit", "Edit VM Properties", ("Change a VM's name, description, folder, tags, custom "
                                                          "fields, vCPUs, memory, boot, HA, home server, alerts.")
    activity, kinds, wants, has_alerts = "Changing properties of VM", ("vm", "template"), "a VM", True
    params = (
        *COMMON_PARAMS,
        Param("vcpus", int, "number of vCPUs"), Param("vcpus_max", int, "maximum number of vCPUs"),
        Param("cores_per_socket", int, "cores per socket"),
        Param("memory_mib", int, "fixed memory: static maximum and the dynamic range"),
        Param("memory_dynamic_min_mib", int, "dynamic minimum"),
        Param("memory_dynamic_max_mib", int, "dynamic maximum"),
        Param("memory_static_max_mib", int, "static maximum"),
        Param("boot_order", str, "HVM boot devices in order: c (disk), d (DVD), n (network)"),
        Param("pv_args", str, "OS boot parameters of a PV guest"),
        Param("home_server", "host", "the server the VM prefers to start on"),
        Param("no_home_server", bool, "start the VM on any server"),
        Param("ha_priority", str, "HA restart priority", choices=("restart", "best-effort", "do-not-restart")),
        Param("start_order", int, "start order (lower starts first)"),
        Param("start_delay", int, "seconds to wait before starting the next VM"),
        Param("shadow_multiplier", float, "shadow memory multiplier (1.0 general use, 4.0 Citrix Virtual Apps)"),
        *ALERT_PARAMS,
    )

    def refusal(self, obj: VM) -> str:
        return busy_reason(obj)

    def edited(self, vm: VM, params: dict[str, Any]) -> VMSettings:
        """The VM's current settings with the given parameters applied."""
        now = VMSettings.of(vm)
        fixed = _mib(params.get("memory_mib"))
        given: dict[str, Any] = {
            "name": params.get("name"), "description": params.get("description"),
            "folder": params.get("folder"), "tags": tuple(params["tags"]) if params.get("tags") is not None else None,
            "vcpus_at_startup": params.get("vcpus"), "vcpus_max": params.get("vcpus_max"),
            "cores_per_socket": params.get("cores_per_socket"),
            "memory_static_max": _mib(params.get("memory_static_max_mib")) or fixed,
            "memory_dynamic_min": _mib(params.get("memory_dynamic_min_mib")) or fixed,
            "memory_dynamic_max": _mib(params.get("memory_dynamic_max_mib")) or fixed,
            "boot_order": params.get("boot_order"), "pv_args": params.get("pv_args"),
        }
        return replace(now, **{k: v for k, v in given.items() if v is not None})

    def edited_extras(self, vm: VM, params: dict[str, Any]) -> tuple[VMExtras, VMExtras]:
        before = VMExtras.of(vm)
        home = params.get("home_server")
        priority = params.get("ha_priority")
        given: dict[str, Any] = {
            "home_server": NULL if params.get("no_home_server") else (home.ref if home is not None else None),
            "ha_priority": "" if priority == "do-not-restart" else priority,
            "start_order": params.get("start_order"), "start_delay": params.get("start_delay"),
            "shadow_multiplier": params.get("shadow_multiplier"),
        }
        return before, replace(before, **{k: v for k, v in given.items() if v is not None})

    def own_problem(self, vm: VM, params: dict[str, Any]) -> str:
        after = self.edited(vm, params)
        before = VMSettings.of(vm)
        if vm.power_state in ("Running", "Paused") and (
                (after.memory_static_max, after.vcpus_max, after.cores_per_socket)
                != (before.memory_static_max, before.vcpus_max, before.cores_per_socket)):
            return translate("CommandReasons", "'{name}' is running: shut it down to change its static memory, its "
                                               "maximum number of vCPUs or its topology.").format(name=vm.name)
        if vm.is_hvm and not after.boot_order:
            return translate("CommandReasons", "Choose at least one boot device.")
        return after.cpu_problem() or after.memory_problem() or vm_extras_problem(vm, *self.edited_extras(vm, params))

    def own_changes(self, vm: VM, params: dict[str, Any]) -> list[Change]:
        calls = plan_changes(vm.ref, VMSettings.of(vm), self.edited(vm, params), vm.power_state in ("Running", "Paused"))
        return calls + vm_extras_changes(vm, *self.edited_extras(vm, params))
