"""The commands of menus, toolbar, context menus and shortcuts, as XenCenter has them: objects that know
whether they can run on a selection, say why not in words, and run in the background with progress.

A command's ``reason(selection)`` is "" when it can run; ``can_run`` is its negation. On a multi-selection a
command runs on every selected object it applies to (XenCenter's rule) and is enabled when there is one.
What may run is decided from what xapi tells in the cache (``allowed_operations``, ``current_operations``,
``power_state``, host liveness), so buttons match what the server would accept.

``run(selection, context)`` asks the user through ``context.prompter`` (confirmations, names), then starts one
background operation per object (``Async.*`` call + ``wait_task`` on a worker) recorded in
``context.history``; failures go to ``prompter.show_error`` in words, with xapi's raw code as details.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Union

from xencenter.connection import ConnectionState
from xencenter.model.placement import host_state
from xencenter.model.tree import pool_display_name
from xencenter.operations.background import report_progress, run_in_background
from xencenter.operations.context import ServerItem
from xencenter.operations.history import Operation, explain_failure
from xencenter.xenapi.errors import TaskCancelled, XenAPIError
from xencenter.xenapi.tasks import start_task, wait_task

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.model.objects import VM, Host, XenObject
    from xencenter.operations.context import AppContext
    from xencenter.xenapi.session import Session

log = logging.getLogger(__name__)

Selectable = Union["XenObject", ServerItem]
Selection = Sequence[Selectable]
Work = Callable[["Session", Operation], Any]

_POWER_WORDS = {"Running": "running", "Halted": "shut down", "Suspended": "suspended", "Paused": "paused"}


# ---- running work in the background -------------------------------------------------------------------------


def async_call(method: str, *args: Any) -> Work:
    """Work that calls ``Async.<method>(args)`` and waits for the task, reporting progress, cancellable."""

    def work(session: Session, op: Operation) -> Any:
        task = start_task(session, method, *args)
        return wait_task(session, task, progress=lambda f: report_progress(f), cancel=op.cancel_event)

    return work


def steps(*works: Work) -> Work:
    """Several pieces of work one after the other, as one operation."""

    def work(session: Session, op: Operation) -> Any:
        result = None
        for each in works:
            result = each(session, op)
        return result

    return work


def sync_call(method: str, *args: Any) -> Work:
    """Work that makes one plain (quick) call."""
    return lambda session, op: session.call(method, *args)


def _best_effort(session: Session, method: str, *args: Any) -> None:
    """A clean-up call whose failure must not hide the error being reported."""
    try:
        session.call(method, *args)
    except XenAPIError as exc:
        log.info("%s failed during clean-up: %s", method, exc.code)


def start_operation(context: AppContext, title: str, obj: XenObject, work: Work, *,
                    cancellable: bool = True) -> Operation:
    """Record an operation on ``obj`` and run ``work(session, op)`` on a worker; failures are shown in words."""
    connection = context.connection_of(obj)
    history = context.history
    location = context.connections.label(connection) if connection is not None else ""
    op = history.start(title, obj.name, location, cancellable=cancellable)
    session = connection.session if connection is not None else None
    if session is None:
        _failed(context, op, "Not connected to the server.", "")
        return op
    history.set_running(op)

    def on_failure(exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            history.cancelled(op)
            return
        words, details = explain_failure(exc, lambda ref: context.name_of(obj, ref))
        _failed(context, op, words, details)

    def on_progress(fraction: float | None, text: str) -> None:
        if fraction is not None:
            history.progress(op, fraction)

    run_in_background(lambda: work(session, op), on_success=lambda _: history.succeed(op),
                      on_failure=on_failure, on_progress=on_progress)
    return op


def _failed(context: AppContext, op: Operation, words: str, details: str) -> None:
    context.history.fail(op, words, details)
    context.prompter.show_error(f"{op.description} failed", words, details)


# ---- the command base ---------------------------------------------------------------------------------------


def kind_of(obj: Selectable) -> str:
    """What a selected thing is, for commands: vm, template, snapshot, dom0, host, pool, sr, network, server."""
    if isinstance(obj, ServerItem):
        return "server"
    cls = getattr(obj, "cls", "")
    if cls == "VM":
        vm: VM = obj  # type: ignore[assignment]
        if vm.is_snapshot:
            return "snapshot"
        if vm.is_a_template:
            return "template"
        return "dom0" if vm.is_control_domain else "vm"
    return cls.lower()


class Command:
    """A user command; subclasses set the class attributes and implement ``refusal`` and ``run_on``."""

    id: str = ""
    name: str = ""
    #: Menu text with its accelerator (``&Start``); defaults to ``name``.
    text: str = ""
    shortcut: str = ""
    icon: str | None = None
    #: Verb for history entries ("Starting VM").
    title: str = ""
    #: The kinds of object (``kind_of``) the command is about; others never get it in their context menu.
    kinds: tuple[str, ...] = ()
    #: What the selection must hold, for the "select a ..." reason.
    wants: str = "an object"

    def __repr__(self) -> str:
        return f"<Command {self.id}>"

    @property
    def menu_text(self) -> str:
        return self.text or self.name

    def applies_to(self, obj: Selectable) -> bool:
        return kind_of(obj) in self.kinds

    def refusal(self, obj: Selectable) -> str:
        """Why the command cannot run on this object of one of its ``kinds`` now ("" when it can)."""
        return ""

    def reason(self, selection: Selection) -> str:
        """"" when the command can run on the selection, else why not, in words."""
        relevant = [obj for obj in selection if self.applies_to(obj)]
        if not relevant:
            return f"Select {self.wants}."
        refusals = [self.refusal(obj) for obj in relevant]
        if any(not r for r in refusals):
            return ""
        return refusals[0]

    def can_run(self, selection: Selection) -> bool:
        return not self.reason(selection)

    def targets(self, selection: Selection) -> list[Any]:
        """The selected objects the command will act on."""
        return [obj for obj in selection if self.applies_to(obj) and not self.refusal(obj)]

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        """Run on every applicable object of the selection; returns the operations started."""
        targets = self.targets(selection)
        if not targets or not self.confirm(targets, context):
            return []
        return [op for obj in targets if (op := self.run_on(obj, context, **params)) is not None]

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        """Ask before acting (commands that destroy or disrupt override it)."""
        return True

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        raise NotImplementedError


def _quoted_names(targets: Sequence[Any], limit: int = 5) -> str:
    names = [f"'{t.name}'" for t in targets[:limit]]
    more = len(targets) - limit
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


# ---- VMs ----------------------------------------------------------------------------------------------------


def vm_refusal(vm: VM, operation: str) -> str:
    """Why ``operation`` (an xapi VM operation) is not possible on this VM now, "" when it is."""
    if operation in (vm.allowed_operations or ()):
        return ""
    if operation in (vm.blocked_operations or {}):
        return f"This operation has been blocked on '{vm.name}'."
    busy = sorted(set((vm.current_operations or {}).values()))
    if busy:
        return f"'{vm.name}' is busy ({', '.join(b.replace('_', ' ') for b in busy)})."
    state = vm.power_state
    return f"'{vm.name}' is {_POWER_WORDS.get(state, state.lower())}."


class VMCommand(Command):
    """A VM lifecycle command: allowed when xapi lists ``operation`` for the VM; runs ``Async.VM.<call>``."""

    operation = ""
    call = ""
    kinds = ("vm",)
    wants = "a VM"
    confirm_text = ""

    def refusal(self, obj: VM) -> str:  # type: ignore[override]
        return vm_refusal(obj, self.operation)

    def call_args(self, vm: VM, **params: Any) -> tuple:
        return (vm.ref,)

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        if not self.confirm_text:
            return True
        what = f"the VM {_quoted_names(targets)}" if len(targets) == 1 else f"{len(targets)} VMs ({_quoted_names(targets)})"
        return context.prompter.confirm(self.name, self.confirm_text.format(what=what), ok=self.name, danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        return start_operation(context, self.title, obj, async_call(f"VM.{self.call}", *self.call_args(obj, **params)))


def _lifecycle(cid: str, name: str, text: str, operation: str, title: str, *, call: str | None = None,
               shortcut: str = "", icon: str | None = None, args: tuple = (), confirm: str = "") -> type[VMCommand]:
    attributes = {"id": cid, "name": name, "text": text, "operation": operation, "call": call or operation,
                  "title": title, "shortcut": shortcut, "icon": icon, "confirm_text": confirm,
                  "call_args": lambda self, vm, **params: (vm.ref, *args)}
    return type(f"{operation.title().replace('_', '')}Command", (VMCommand,), attributes)


StartCommand = _lifecycle("vm.start", "Start", "S&tart", "start", "Starting VM", shortcut="Ctrl+B",
                          icon="start", args=(False, False))
ShutDownCommand = _lifecycle("vm.shutdown", "Shut Down", "S&hut Down", "clean_shutdown", "Shutting down VM",
                             shortcut="Ctrl+E", icon="shutdown")
ForceShutDownCommand = _lifecycle(
    "vm.force_shutdown", "Force Shut Down", "&Force Shut Down", "hard_shutdown", "Forcing VM to shut down",
    shortcut="Ctrl+Shift+E", icon="force-shutdown",
    confirm="Force {what} to shut down? This is like pulling the power cable: unsaved data in the guest is "
            "lost.")
RebootCommand = _lifecycle("vm.reboot", "Reboot", "&Reboot", "clean_reboot", "Rebooting VM", shortcut="Ctrl+R",
                           icon="reboot")
ForceRebootCommand = _lifecycle(
    "vm.force_reboot", "Force Reboot", "Force Re&boot", "hard_reboot", "Forcing VM to reboot",
    shortcut="Ctrl+Shift+R", icon="reboot",
    confirm="Force {what} to reboot? This is like pressing the reset button: unsaved data in the guest is "
            "lost.")
SuspendCommand = _lifecycle("vm.suspend", "Suspend", "S&uspend", "suspend", "Suspending VM", shortcut="Ctrl+Y",
                            icon="suspend")
ResumeCommand = _lifecycle("vm.resume", "Resume", "Res&ume", "resume", "Resuming VM", shortcut="Ctrl+Shift+Y",
                           icon="resume", args=(False, False))
PauseCommand = _lifecycle("vm.pause", "Pause", "&Pause", "pause", "Pausing VM", icon="pause")
UnpauseCommand = _lifecycle("vm.unpause", "Unpause", "U&npause", "unpause", "Unpausing VM", icon="unpause")


class StartOnServerCommand(VMCommand):
    """Start on a chosen host: the menu lists the pool's hosts with the reason when one cannot take it."""

    id = "vm.start_on"
    name = "Start on Server"
    text = "Start on Ser&ver"
    operation = "start_on"
    title = "Starting VM"

    def hosts(self, selection: Selection) -> list[tuple[Host, str]]:
        """The hosts of the selected VMs' pool, each with "" or why it cannot start them."""
        vms = self.targets(selection)
        if not vms:
            return []
        cache = vms[0].cache
        if any(vm.cache is not cache for vm in vms):
            return []  # VMs of several pools have no common host
        from xencenter.model.naming import natural_key

        result = []
        for host in sorted(cache.all("host"), key=lambda h: natural_key(h.name)):
            state = host_state(host)  # type: ignore[arg-type]
            if not state.live:
                why = f"'{host.name}' is not reachable."
            elif state.maintenance:
                why = f"'{host.name}' is in maintenance mode."
            else:
                why = ""
            result.append((host, why))
        return result  # type: ignore[return-value]

    def reason(self, selection: Selection) -> str:
        base = super().reason(selection)
        if base:
            return base
        if not any(not why for _, why in self.hosts(selection)):
            return "No server of the pool can start the VM now."
        return ""

    def run_on(self, obj: VM, context: AppContext, *, host: Host | None = None, **params: Any) -> Operation | None:
        if host is None:
            raise ValueError("Start on Server needs a host")
        title = f"Starting VM on '{host.name}'"
        return start_operation(context, title, obj, async_call("VM.start_on", obj.ref, host.ref, False, False))


class SnapshotCommand(VMCommand):
    id = "vm.snapshot"
    name = "Take Snapshot"
    text = "Take a S&napshot..."
    operation = "snapshot"
    title = "Taking snapshot of VM"
    icon = "snapshot"

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if len(targets) == 1 and "name" not in params:
            stamp = time.strftime("%Y-%m-%d %H:%M")
            name = context.prompter.ask_text("Take Snapshot", f"Name of the new snapshot of '{targets[0].name}':",
                                             f"{targets[0].name} {stamp}")
            if not name:
                return []
            params["name"] = name
        return super().run(selection, context, **params)

    def run_on(self, obj: VM, context: AppContext, *, name: str | None = None, **params: Any) -> Operation:
        name = name or f"{obj.name} {time.strftime('%Y-%m-%d %H:%M')}"
        return start_operation(context, self.title, obj, async_call("VM.snapshot", obj.ref, name))


class DeleteVMCommand(VMCommand):
    """Delete a shut-down VM and the disks only it uses (XenCenter's default), after confirmation."""

    id = "vm.delete"
    name = "Delete VM"
    text = "&Delete VM..."
    operation = "destroy"
    title = "Deleting VM"
    shortcut = "Del"
    icon = "delete"
    #: What the confirmation calls the objects.
    noun = "VM"

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        disks = sum(len(self.own_disks(vm)) for vm in targets)
        what = (f"the {self.noun} {_quoted_names(targets)}" if len(targets) == 1
                else f"{len(targets)} {self.noun}s ({_quoted_names(targets)})")
        disk_text = f" and {disks} virtual disk{'s' if disks != 1 else ''} used by nothing else" if disks else ""
        return context.prompter.confirm(
            self.name, f"Delete {what}{disk_text}? This cannot be undone.", ok="Delete", danger=True)

    @staticmethod
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

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        disks = [async_call("VDI.destroy", ref) for ref in self.own_disks(obj)]
        return start_operation(context, self.title, obj, steps(async_call("VM.destroy", obj.ref), *disks))


# ---- snapshots ----------------------------------------------------------------------------------------------


class DeleteSnapshotCommand(DeleteVMCommand):
    """Delete snapshots with their own disks (XenCenter destroys the snapshot's disks too), after confirmation."""

    id = "snapshot.delete"
    name = "Delete Snapshot"
    text = "&Delete Snapshot..."
    title = "Deleting snapshot"
    shortcut = ""  # Del stays the VM's: one key, one action
    kinds = ("snapshot",)
    wants = "a snapshot"
    noun = "snapshot"


class RevertToSnapshotCommand(VMCommand):
    """Return a VM to one of its snapshots (``VM.revert``), then bring it back to the power state it had when
    the snapshot was taken, as XenCenter does: a VM that was running is started (or resumed from a checkpoint)."""

    id = "snapshot.revert"
    name = "Revert to Snapshot"
    text = "&Revert to Snapshot..."
    operation = "revert"
    title = "Reverting to snapshot"
    kinds = ("snapshot",)
    wants = "a snapshot"

    def reason(self, selection: Selection) -> str:
        if len([obj for obj in selection if self.applies_to(obj)]) > 1:
            return "Select one snapshot to revert to."
        return super().reason(selection)

    def refusal(self, obj: VM) -> str:  # type: ignore[override]
        vm = obj.snapshot_of
        if vm is None:
            return f"The VM of '{obj.name}' no longer exists."
        busy = sorted(set((vm.current_operations or {}).values()))
        if busy:
            return f"'{vm.name}' is busy ({', '.join(b.replace('_', ' ') for b in busy)})."
        return super().refusal(obj)

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        snap = targets[0]
        return context.prompter.confirm(
            self.name, f"Revert '{snap.snapshot_of.name}' to the snapshot '{snap.name}'? The VM's current state is "
                       "lost unless you take a snapshot of it first.", ok="Revert", danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        vm_ref = obj.snapshot_of.ref
        was_running = (obj.snapshot_info or {}).get("power-state-at-snapshot") == "Running"
        revert = async_call("VM.revert", obj.ref)

        def work(session: Session, op: Operation) -> None:
            revert(session, op)
            state = session.call("VM.get_power_state", vm_ref) if was_running else ""
            if state == "Halted":
                async_call("VM.start", vm_ref, False, False)(session, op)
            elif state == "Suspended":
                async_call("VM.resume", vm_ref, False, False)(session, op)

        return start_operation(context, self.title, obj.snapshot_of, work)


class PropertiesCommand(Command):
    id = "vm.properties"
    name = "Properties"
    text = "P&roperties"
    shortcut = "Alt+Return"
    icon = "properties"
    kinds = ("vm", "template")
    wants = "one VM"

    def reason(self, selection: Selection) -> str:
        if len(selection) > 1:
            return "Select one VM to see its properties."
        return super().reason(selection)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> None:
        from xencenter.views.properties_dialog import PropertiesDialog

        dialog = PropertiesDialog(obj, context.connection_of(obj), context.window)
        dialog.setModal(False)
        dialog.open()


# ---- any named object ---------------------------------------------------------------------------------------


NAMED_KINDS = ("vm", "template", "host", "pool", "sr", "network")


def _label(obj: XenObject) -> str:
    return {"VM": "VM", "host": "server", "pool": "pool", "SR": "storage", "network": "network"}[obj.cls]


class RenameCommand(Command):
    id = "object.rename"
    name = "Rename"
    text = "Re&name..."
    shortcut = "F2"
    kinds = NAMED_KINDS
    wants = "one object"

    def reason(self, selection: Selection) -> str:
        if len(selection) > 1:
            return "Select one object to rename."
        return super().reason(selection)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if len(targets) != 1:
            return []
        obj = targets[0]
        current = pool_display_name(obj) if obj.cls == "pool" else obj.name
        name = params.get("name") or context.prompter.ask_text(f"Rename {_label(obj)}", "New name:", current)
        if not name or name == obj.name:
            return []
        work = sync_call(f"{obj.cls}.set_name_label", obj.ref, name)
        return [start_operation(context, f"Renaming {_label(obj)}", obj, work, cancellable=False)]


class EditTagsFolderCommand(Command):
    """Tags (``tags``) and the XenCenter folder (``other_config["folder"]``) of one or more objects."""

    id = "object.tags"
    name = "Edit Tags and Folder"
    text = "Edit &Tags and Folder..."
    kinds = NAMED_KINDS
    wants = "an object"

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if not targets:
            return []
        common = set(targets[0].tags).intersection(*(t.tags for t in targets[1:]))
        folders = {t.folder for t in targets}
        folder = folders.pop() if len(folders) == 1 else ""
        if "tags" in params or "folder" in params:
            answer = (params.get("tags", sorted(common)), params.get("folder", folder))
        else:
            known = sorted({tag for obj in targets[0].cache.all("VM") for tag in obj.tags})
            answer = context.prompter.ask_tags_and_folder(sorted(common), folder, known)
            if answer is None:
                return []
        tags, new_folder = answer
        added = [t for t in dict.fromkeys(tags) if t not in common]
        removed = [t for t in common if t not in tags]
        operations = []
        for obj in targets:
            works: list[Work] = [sync_call(f"{obj.cls}.add_tags", obj.ref, t) for t in added if t not in obj.tags]
            works += [sync_call(f"{obj.cls}.remove_tags", obj.ref, t) for t in removed]
            if new_folder != obj.folder and (new_folder or obj.folder):
                works.append(sync_call(f"{obj.cls}.remove_from_other_config", obj.ref, "folder"))
                if new_folder:
                    works.append(sync_call(f"{obj.cls}.add_to_other_config", obj.ref, "folder", new_folder))
            if works:
                operations.append(start_operation(context, f"Changing tags and folder of {_label(obj)}", obj,
                                                  steps(*works), cancellable=False))
        return operations


# ---- hosts --------------------------------------------------------------------------------------------------


class EnterMaintenanceCommand(Command):
    id = "host.maintenance_enter"
    name = "Enter Maintenance Mode"
    text = "Enter &Maintenance Mode..."
    icon = "maintenance"
    kinds = ("host",)
    wants = "a server"
    title = "Entering maintenance mode"

    def refusal(self, obj: Selectable) -> str:
        state = host_state(obj)  # type: ignore[arg-type]
        if not state.live:
            return f"'{obj.name}' is not reachable."
        if state.maintenance:
            return f"'{obj.name}' is already in maintenance mode."
        return ""

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        return context.prompter.confirm(
            self.name, f"Put {_quoted_names(targets)} in maintenance mode? Running VMs are migrated to other "
                       "servers of the pool, and no VM can start there until you exit maintenance mode.",
            ok="Enter Maintenance Mode")

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        evacuate = async_call("host.evacuate", obj.ref)

        def work(session: Session, op: Operation) -> None:
            session.call("host.disable", obj.ref)
            try:
                evacuate(session, op)
            except BaseException:
                _best_effort(session, "host.enable", obj.ref)  # XenCenter too: a failed evacuation re-enables
                raise
            _best_effort(session, "host.remove_from_other_config", obj.ref, "MAINTENANCE_MODE")
            session.call("host.add_to_other_config", obj.ref, "MAINTENANCE_MODE", "true")

        return start_operation(context, self.title, obj, work)


class ExitMaintenanceCommand(Command):
    id = "host.maintenance_exit"
    name = "Exit Maintenance Mode"
    text = "E&xit Maintenance Mode"
    icon = "maintenance"
    kinds = ("host",)
    wants = "a server"
    title = "Exiting maintenance mode"

    def refusal(self, obj: Selectable) -> str:
        state = host_state(obj)  # type: ignore[arg-type]
        if not state.live:
            return f"'{obj.name}' is not reachable."
        if not state.maintenance:
            return f"'{obj.name}' is not in maintenance mode."
        return ""

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        work = steps(sync_call("host.enable", obj.ref),
                     sync_call("host.remove_from_other_config", obj.ref, "MAINTENANCE_MODE"))
        return start_operation(context, self.title, obj, work, cancellable=False)


class RebootHostCommand(Command):
    id = "host.reboot"
    name = "Reboot Server"
    text = "Re&boot Server..."
    icon = "reboot"
    kinds = ("host",)
    wants = "a server"
    title = "Rebooting server"

    def refusal(self, obj: Selectable) -> str:
        if not host_state(obj).live:  # type: ignore[arg-type]
            return f"'{obj.name}' is not reachable."
        return ""

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        return context.prompter.confirm(
            self.name, f"Reboot {_quoted_names(targets)}? VMs running there are shut down unless you migrate "
                       "them first (Enter Maintenance Mode does that).", ok="Reboot", danger=True)

    def run_on(self, obj: Host, context: AppContext, **params: Any) -> Operation:
        reboot = async_call("host.reboot", obj.ref)

        def work(session: Session, op: Operation) -> None:
            session.call("host.disable", obj.ref)
            try:
                _shut_down_guests(session, op, obj.ref)
                reboot(session, op)
            except BaseException:
                _best_effort(session, "host.enable", obj.ref)  # never leave the host disabled for nothing
                raise

        return start_operation(context, self.title, obj, work)


def _shut_down_guests(session: Session, op: Operation, host: str) -> None:
    """Shut down the VMs running on a host (cleanly when xapi allows it), as XenCenter does before a reboot."""
    for vm in session.call("host.get_resident_VMs", host):
        record = session.call("VM.get_record", vm)
        if record["is_control_domain"] or record["power_state"] == "Halted":
            continue
        clean = "clean_shutdown" in record["allowed_operations"]
        async_call("VM.clean_shutdown" if clean else "VM.hard_shutdown", vm)(session, op)


# ---- servers (connections) ----------------------------------------------------------------------------------


class AddServerCommand(Command):
    id = "server.add"
    name = "Add Server"
    text = "&Add Server..."
    icon = "add-server"
    shortcut = "Ctrl+Shift+A"

    def reason(self, selection: Selection) -> str:
        return ""

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        context.prompter.connect_server(None)
        return []


class _ServerCommand(Command):
    """Commands on whole connections: they act once per connection of the selection."""

    kinds = ("pool", "host", "server")
    wants = "a server"

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        connections = list(dict.fromkeys(c for obj in self.targets(selection)
                                         if (c := context.connection_of(obj)) is not None))
        if connections and self.confirm(connections, context):
            for connection in connections:
                self.act(connection, context)
        return []

    def act(self, connection: Connection, context: AppContext) -> None:
        raise NotImplementedError


class DisconnectCommand(_ServerCommand):
    id = "server.disconnect"
    name = "Disconnect"
    text = "&Disconnect"

    def refusal(self, obj: Selectable) -> str:
        if isinstance(obj, ServerItem) and obj.connection.state is ConnectionState.DISCONNECTED:
            return f"'{obj.name}' is not connected."
        return ""

    def act(self, connection: Connection, context: AppContext) -> None:
        connection.stop("Disconnected")


class ReconnectCommand(_ServerCommand):
    id = "server.reconnect"
    name = "Reconnect"
    text = "Re&connect"
    kinds = ("server",)
    wants = "a disconnected server"

    def refusal(self, obj: ServerItem) -> str:  # type: ignore[override]
        if obj.connection.state in (ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                                    ConnectionState.RECONNECTING):
            return f"'{obj.name}' is already connecting."
        return ""

    def act(self, connection: Connection, context: AppContext) -> None:
        password = context.settings.passwords.get(connection.address, connection.user)
        if password:
            connection.start(password)
        else:
            context.prompter.connect_server(connection)


class RemoveServerCommand(_ServerCommand):
    id = "server.remove"
    name = "Remove Server"
    text = "Re&move Server..."

    def confirm(self, targets: list[Any], context: AppContext) -> bool:
        names = ", ".join(f"'{context.connections.label(c)}'" for c in targets)
        return context.prompter.confirm(
            self.name, f"Remove {names} from the list of servers? Its saved password is forgotten too.",
            ok="Remove")

    def act(self, connection: Connection, context: AppContext) -> None:
        connection.stop("Removed")
        context.connections.remove(connection)
        context.settings.servers.remove(connection.address)
        context.settings.passwords.delete(connection.address, connection.user)


# ---- the registry -------------------------------------------------------------------------------------------


class CommandRegistry:
    """Every command by id, in a stable order (menus and the toolbar pick from it)."""

    def __init__(self, commands: Sequence[Command]) -> None:
        self._commands = {c.id: c for c in commands}

    def __getitem__(self, command_id: str) -> Command:
        return self._commands[command_id]

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __len__(self) -> int:
        return len(self._commands)

    def applicable(self, selection: Selection) -> list[Command]:
        """Commands about the kinds of object selected (enabled or not), for context menus."""
        return [c for c in self if any(c.applies_to(obj) for obj in selection)]


def default_commands() -> CommandRegistry:
    return CommandRegistry([cls() for cls in (
        AddServerCommand, DisconnectCommand, ReconnectCommand, RemoveServerCommand,
        StartCommand, StartOnServerCommand, ShutDownCommand, RebootCommand, SuspendCommand, ResumeCommand,
        PauseCommand, UnpauseCommand, ForceShutDownCommand, ForceRebootCommand, SnapshotCommand,
        DeleteVMCommand, RevertToSnapshotCommand, DeleteSnapshotCommand, RenameCommand, EditTagsFolderCommand,
        PropertiesCommand,
        EnterMaintenanceCommand, ExitMaintenanceCommand, RebootHostCommand,
    )])
