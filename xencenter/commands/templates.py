"""Copies and templates, as XenCenter has them: Copy VM (a fast clone on the same storage or a full copy to
another SR), Convert to Template, New VM from a template or a snapshot (the New VM wizard, or ``vm.new``'s
parameters), Create Template from Snapshot, Delete Template."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from xencenter.commands.base import Command, Param, Refusal, Selection, delete_question
from xencenter.commands.devices import state_words, task
from xencenter.commands.provision import NewVMCommand
from xencenter.commands.vm import DeleteVMCommand, busy_reason, own_disks, vm_refusal
from xencenter.commands.work import Subject, best_effort, start_operation
from xencenter.model.provision import is_default_template, sr_reason
from xencenter.model.words import translate

if TYPE_CHECKING:
    from xencenter.model.objects import SR, VM
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

BRAND = "XenCenter for everyone"


def copy_name(vm: VM) -> str:
    """XenCenter's default name of a copy: ``Copy of <name>``, made unique."""
    taken = {other.name for other in vm.cache.all("VM")}
    base = translate("CommandArguments", "Copy of {name}").format(name=vm.name)
    if base not in taken:
        return base
    n = 1
    while f"{base} ({n})" in taken:
        n += 1
    return f"{base} ({n})"


def disk_sizes(vm: VM) -> list[int]:
    return [vbd.VDI.virtual_size for vbd in vm.VBDs if not vbd.is_cd and vbd.VDI is not None]


class CopyVMCommand(Command):
    """XenCenter's Copy VM / Copy Template: ``VM.clone`` (fast, the disks cloned where they are) or ``VM.copy`` to
    a storage repository (a full copy of every disk), then the new description."""

    id, title, text = "vm.copy", "Copy VM", "&Copy VM..."
    help = "Copy a shut-down VM or a template: a fast clone on its storage, or a full copy to another SR."
    kinds, wants, menus, group, order = ("vm", "template"), "a VM", ("VM",), 40, 30
    single = "Select one VM to copy."
    activity = "Copying VM"
    params = (Param("name", str, "the copy's name (default: 'Copy of <name>')"),
              Param("description", str, "the copy's description"),
              Param("sr", "SR", "make a full copy on this storage repository (default: a fast clone)"))

    def refusal(self, obj: VM) -> str:
        if obj.is_a_template:
            return vm_refusal(obj, "clone")
        if obj.power_state != "Halted":
            return Refusal(translate("CommandReasons", "'{name}' is {state}: shut it down to copy it.").format(
                name=obj.name, state=state_words(obj.power_state)), "VM_BAD_POWER_STATE")
        return vm_refusal(obj, "clone")

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if any(params.get(k) is not None for k in ("name", "description", "sr")):
            params.setdefault("name", None)
            return params
        answer = context.dialogs.copy_vm(context, targets[0])
        return {**params, **answer} if answer else None

    def run_on(self, obj: VM, context: AppContext, *, name: str | None = None, description: str | None = None,
               sr: SR | None = None, **params: Any) -> Operation:
        name = name or copy_name(obj)
        if not name.strip():
            raise ValueError(translate("CommandReasons", "The copy needs a name."))
        if sr is not None:
            problem = sr_reason(sr, obj.home, disk_sizes(obj))
            if problem:
                raise ValueError(problem)
        ref = obj.ref

        def work(session: Session, op: Operation) -> str:
            if sr is not None:
                made = task(session, op, "VM.copy", ref, name, sr.ref, span=(0, 0.95),
                            text=translate("Progress", "Copying"))
            else:
                made = task(session, op, "VM.clone", ref, name, span=(0, 0.95), text=translate("Progress", "Cloning"))
            try:
                if description is not None:
                    session.call("VM.set_name_description", made, description)
            except BaseException:
                best_effort(session, "VM.destroy", made)
                raise
            return made

        if sr is not None:
            title = (translate("Activities", "Copying template to '{sr}' as '{name}' from") if obj.is_a_template
                     else translate("Activities", "Copying VM to '{sr}' as '{name}' from")).format(sr=sr.name, name=name)
        else:
            title = (translate("Activities", "Copying template (fast clone) as '{name}' from") if obj.is_a_template
                     else translate("Activities", "Copying VM (fast clone) as '{name}' from")).format(name=name)
        return start_operation(context, title, obj, work)


class ConvertToTemplateCommand(Command):
    id, title, text = "vm.to-template", "Convert to Template", "Convert to &Template..."
    help = "Turn a shut-down VM into a template (it cannot be undone)."
    kinds, wants, menus, group, order = ("vm",), "a VM", ("VM",), 40, 40
    single = "Select one VM to convert."
    activity = "Converting VM to template"

    def refusal(self, obj: VM) -> str:
        return vm_refusal(obj, "make_into_template")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        return context.prompter.confirm(
            translate("Confirmations", "Convert VM to Template"),
            translate("Confirmations", "Are you sure you want to convert VM '{name}' to a template? This cannot be "
                                       "undone.").format(name=targets[0].name),
            ok=translate("Confirmations", "Convert"), danger=True)

    def run_on(self, obj: VM, context: AppContext, **params: Any) -> Operation:
        ref = obj.ref

        def work(session: Session, op: Operation) -> None:
            session.call("VM.remove_from_other_config", ref, "instant")
            session.call("VM.add_to_other_config", ref, "instant", "true")
            session.call("VM.set_is_a_template", ref, True)

        return start_operation(context, self.activity, obj, work, cancellable=False)


class NewVMFromTemplateCommand(NewVMCommand):
    """New VM on a template: the wizard with the template chosen (or, given parameters, the VM at once)."""

    id, title, text = "template.new-vm", "New VM from Template", "&New VM..."
    help = "Make a VM from this template (the New VM wizard with it chosen; on the command line, vm.new's options)."
    kinds, wants, group, order, toolbar, shortcut, icon = ("template",), "a template", 10, 10, None, "", "new-vm"
    menus: ClassVar[tuple[str, ...]] = ("Templates",)

    def reason(self, selection: Selection) -> str:
        return Command.reason(self, selection)

    def refusal(self, obj: VM) -> str:
        return busy_reason(obj)

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        targets = self.targets(selection)
        if not targets:
            return []
        if not any(v is not None for v in params.values()):
            return super().run(targets, context)  # the wizard, the template chosen
        return super().run(targets, context, **{"template": targets[0], **params})

    def targets(self, selection: Selection) -> list[Any]:
        return Command.targets(self, selection)[:1]


class NewVMFromSnapshotCommand(NewVMFromTemplateCommand):
    id, title, text = "snapshot.new-vm", "New VM from Snapshot", "New &VM from Snapshot..."
    help = "Make a VM from a snapshot (the New VM wizard with the snapshot as its template)."
    kinds, wants, menus, group, order = ("snapshot",), "a snapshot", (), 30, 40


class TemplateFromSnapshotCommand(Command):
    """XenCenter's Create Template from Snapshot: ``VM.clone`` of the snapshot is a template."""

    id, title, text = "snapshot.to-template", "Create Template from Snapshot", "&Create Template From Snapshot..."
    help = "Save a snapshot as a new template."
    kinds, wants, group, order = ("snapshot",), "a snapshot", 30, 50
    single = "Select one snapshot."
    activity = "Creating template from snapshot"
    params = (Param("name", str, "the template's name (default: \"Template from snapshot '<name>'\")"),)

    def refusal(self, obj: VM) -> str:
        return busy_reason(obj) or vm_refusal(obj, "clone")

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        if params.get("name"):
            return params
        snapshot = targets[0]
        name = context.prompter.ask_text(translate("Confirmations", "Save as a Template"),
                                         translate("Confirmations", "Enter a name for the new template:"),
                                         translate("Confirmations", "Template from snapshot '{name}'").format(
                                             name=snapshot.name))
        if not name:
            return None
        params["name"] = name
        return params

    def run_on(self, obj: VM, context: AppContext, *, name: str = "", **params: Any) -> Operation:
        ref, description = obj.ref, f"Template generated by {BRAND} from snapshot '{obj.name}'"

        def work(session: Session, op: Operation) -> str:
            made = task(session, op, "VM.clone", ref, name, span=(0, 0.9),
                        text=translate("Progress", "Cloning the snapshot"))
            try:
                session.call("VM.set_name_description", made, description)
                session.call("VM.remove_from_other_config", made, "instant")
                session.call("VM.add_to_other_config", made, "instant", "true")
            except BaseException:
                best_effort(session, "VM.destroy", made)
                raise
            return made

        return start_operation(context, self.activity, Subject(obj.cache, name), work)


class DeleteTemplateCommand(DeleteVMCommand):
    """Delete a custom template and the disks only it uses (default templates come with the server)."""

    id, title, text = "template.delete", "Delete Template", "&Delete Template..."
    help = "Delete a custom template and the virtual disks nothing else uses."
    kinds, wants, menus, activity, noun = ("template",), "a template", ("Templates",), "Deleting template", "template"
    shortcut, group, order = "", 40, 90

    def refusal(self, obj: VM) -> str:
        if is_default_template(obj):
            return translate("CommandReasons", "'{name}' is a default template: it comes with the server.").format(
                name=obj.name)
        return vm_refusal(obj, "destroy")

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        disks = sum(len(own_disks(t)) for t in targets)
        return context.prompter.confirm(translate("Commands", self.title), delete_question(targets, "template", disks),
                                        ok=translate("Confirmations", "Delete"), danger=True)
