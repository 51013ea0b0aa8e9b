"""What every command is: an object that knows whether it can run on a selection, says why not in words, and
declares as data where it appears (menus, toolbar, context menu) and what it takes (its parameters).

Menus, toolbar, context menus, tab buttons, the command palette and ``main.py run`` are all built from these
declarations, so adding a command is one class in one module of this package: defining a subclass with an
``id`` registers it (``Command.__init_subclass__``), and ``xencenter.commands.registry()`` imports every
module here. XenCenter's rules apply: on a multi-selection a command runs on every selected object it applies
to and is enabled when one of them can take it; what may run is decided from what xapi says in the cache
(``allowed_operations``, ``current_operations``, ``power_state``, host liveness), so buttons match what the
server would accept, and a disabled command's reason is the same sentence everywhere (tooltip, palette,
command line).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Union

from xencenter.model.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from xencenter.model.objects import VM, XenObject
    from xencenter.operations.connections import ServerItem
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

Selectable = Union["XenObject", "ServerItem"]
Selection = Sequence[Selectable]


def kind_of(obj: Selectable) -> str:
    """What a selected thing is, for commands: vm, template, snapshot, dom0, host, pool, sr, network, server."""
    from xencenter.operations.connections import ServerItem

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


#: The words for each kind, for reasons and summaries (singular, plural; translated where shown, context
#: ``Kinds``).
KIND_WORDS = {
    "vm": (QT_TRANSLATE_NOOP("Kinds", "VM"), QT_TRANSLATE_NOOP("Kinds", "VMs")),
    "template": (QT_TRANSLATE_NOOP("Kinds", "template"), QT_TRANSLATE_NOOP("Kinds", "templates")),
    "snapshot": (QT_TRANSLATE_NOOP("Kinds", "snapshot"), QT_TRANSLATE_NOOP("Kinds", "snapshots")),
    "host": (QT_TRANSLATE_NOOP("Kinds", "server"), QT_TRANSLATE_NOOP("Kinds", "servers")),
    "pool": (QT_TRANSLATE_NOOP("Kinds", "pool"), QT_TRANSLATE_NOOP("Kinds", "pools")),
    "sr": (QT_TRANSLATE_NOOP("Kinds", "storage repository"), QT_TRANSLATE_NOOP("Kinds", "storage repositories")),
    "network": (QT_TRANSLATE_NOOP("Kinds", "network"), QT_TRANSLATE_NOOP("Kinds", "networks")),
    "server": (QT_TRANSLATE_NOOP("Kinds", "server"), QT_TRANSLATE_NOOP("Kinds", "servers")),
    "dom0": (QT_TRANSLATE_NOOP("Kinds", "control domain"), QT_TRANSLATE_NOOP("Kinds", "control domains")),
    "message": (QT_TRANSLATE_NOOP("Kinds", "alert"), QT_TRANSLATE_NOOP("Kinds", "alerts")),
    "vmss": (QT_TRANSLATE_NOOP("Kinds", "snapshot schedule"), QT_TRANSLATE_NOOP("Kinds", "snapshot schedules")),
    "subject": (QT_TRANSLATE_NOOP("Kinds", "user"), QT_TRANSLATE_NOOP("Kinds", "users")),
}


class Refusal(str):
    """A reason a command cannot run, with the error xapi answers for the same state when there is one
    (``VM_BAD_POWER_STATE`` for a VM that is not in the power state an operation needs): the command line
    prints it beside the words."""

    code: str

    def __new__(cls, text: str, code: str = "") -> Refusal:
        made = super().__new__(cls, text)
        made.code = code
        return made


@dataclass(frozen=True)
class Param:
    """One parameter of a command, as the command line takes it (``--name-with-dashes VALUE``) and the window
    asks for it (the command's own dialog or prompt).

    ``type`` is ``str``, ``int``, ``float`` or ``bool``, or the name of an object class (``"host"``, ``"SR"``):
    the command line finds that object by name, UUID or OpaqueRef on the target's server. ``secret`` values
    are read from a file (``--NAME-file``) and never printed; ``many`` values repeat the option.
    """

    name: str
    type: type | str = str
    help: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    many: bool = False
    secret: bool = False

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-") + ("-file" if self.secret else "")

    @property
    def type_name(self) -> str:
        return self.type if isinstance(self.type, str) else self.type.__name__

    @property
    def is_object(self) -> bool:
        return isinstance(self.type, str)


@dataclass(frozen=True)
class Choice:
    """One entry of a command's submenu (Start on Server's hosts): run with ``params``, unless ``reason``;
    ``command`` names another command to run instead (Add to Pool's last entry, New Pool)."""

    label: str
    params: dict[str, Any]
    reason: str = ""
    icon: str = ""
    command: str = ""


class Command:
    """A user command. Subclasses set the class attributes and implement ``refusal`` and ``run_on`` (or
    ``run``). A subclass that sets ``id`` is a concrete command and registers itself."""

    #: ``class.verb`` in lowercase with dashes (``vm.force-shutdown``): the palette's and ``main.py run``'s name.
    id: ClassVar[str] = ""
    #: Its name in words ("Force Shut Down"), for buttons, the palette and reasons.
    title: ClassVar[str] = ""
    #: Menu text with its accelerator (``&Start``); defaults to ``title``.
    text: ClassVar[str] = ""
    #: One line saying what it does (palette, ``main.py commands``, ``run ID --help``).
    help: ClassVar[str] = ""
    #: The menus it appears in, by title without accelerator ("VM", "Server"...), in a section (``group``,
    #: sections ordered by number and separated) at a position (``order``). The context menu uses the
    #: same sections.
    menus: ClassVar[tuple[str, ...]] = ()
    group: ClassVar[int] = 50
    order: ClassVar[int] = 50
    #: In the context menu of a selection it applies to.
    in_context_menu: ClassVar[bool] = True
    #: Position on the toolbar (None: not there); sections (``toolbar // 100``) are separated. Commands at the
    #: same position share one button, XenCenter's way (Start / Shut Down, a VM's or a server's Reboot): it
    #: shows the first that can run, else the one whose ``toolbar_state`` a selected VM is in, else the first
    #: that applies to the selection.
    toolbar: ClassVar[int | None] = None
    toolbar_state: ClassVar[str] = ""
    shortcut: ClassVar[str] = ""
    icon: ClassVar[str | None] = None
    #: What the Events tab calls an operation of it ("Starting VM").
    activity: ClassVar[str] = ""
    #: The kinds of object (``kind_of``) it is about; others never see it in their context menu.
    kinds: ClassVar[tuple[str, ...]] = ()
    #: What the selection must hold, for the "Select ..." reason.
    wants: ClassVar[str] = "an object"
    #: At most one target (Properties, Rename, Revert): the reason given when several are selected.
    single: ClassVar[str] = ""
    #: Runs without a selection (Add Server).
    needs_selection: ClassVar[bool] = True
    params: ClassVar[tuple[Param, ...]] = ()
    #: Whether ``main.py run`` offers it ("" when it does, else why not: it needs the window).
    window_only: ClassVar[str] = ""
    #: False for commands on this machine's settings alone (the server list): ``main.py run`` logs in nowhere.
    needs_connection: ClassVar[bool] = True

    _registered: ClassVar[list[type[Command]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "id" in cls.__dict__ and cls.id:
            Command._registered.append(cls)

    def __repr__(self) -> str:
        return f"<Command {self.id}>"

    @property
    def menu_text(self) -> str:
        return self.text or self.title

    # ---- can it run? -----------------------------------------------------------------------------------

    def applies_to(self, obj: Selectable) -> bool:
        return kind_of(obj) in self.kinds

    def refusal(self, obj: Any) -> str:
        """Why the command cannot run on this object (one of its ``kinds``) now; "" when it can."""
        return ""

    def reason(self, selection: Selection) -> str:
        """"" when the command can run on the selection, else why not, in words."""
        if not self.needs_selection:
            return self.refusal(None)
        relevant = [obj for obj in selection if self.applies_to(obj)]
        if not relevant:
            return translate("CommandReasons", "Select {what}.").format(what=translate("CommandReasons", self.wants))
        stale = next((words for obj in relevant if (words := stale_refusal(obj))), "")
        if stale:
            return stale
        if self.single and len(relevant) > 1:
            return translate("CommandReasons", self.single)
        refusals = [self.refusal(obj) for obj in relevant]
        if any(not r for r in refusals):
            return ""
        return refusals[0]

    def can_run(self, selection: Selection) -> bool:
        return not self.reason(selection)

    def describe(self) -> dict[str, Any]:
        """What ``main.py commands --json`` shows of the command."""
        return {
            "id": self.id, "title": self.title, "help": self.help, "applies_to": list(self.kinds),
            "shortcut": self.shortcut, "menus": list(self.menus), "window_only": self.window_only,
            "params": [{"name": p.name, "option": p.option, "type": p.type_name, "required": p.required,
                        "choices": list(p.choices), "default": p.default, "many": p.many, "secret": p.secret,
                        "help": p.help} for p in self.params],
        }

    def choices(self, selection: Selection, context: AppContext | None = None) -> list[Choice] | None:
        """Commands that are a submenu (Start on Server) list its entries; others return None. ``context`` is
        there for entries about other connections (Add to Pool's pools); without it such a submenu is empty."""
        return None

    def targets(self, selection: Selection) -> list[Any]:
        """The selected objects the command will act on."""
        return [obj for obj in selection if self.applies_to(obj) and not self.refusal(obj)]

    # ---- running -----------------------------------------------------------------------------------------

    def run(self, selection: Selection, context: AppContext, **params: Any) -> list[Operation]:
        """Run on every applicable object of the selection; returns the operations started. Parameters not
        given are asked for (``ask``) or take their defaults."""
        targets = self.targets(selection)
        if self.needs_selection and not targets:
            return []
        answers = self.ask(targets, context, dict(params))
        if answers is None or not self.confirm(targets, context, answers):
            return []
        return [op for obj in targets if (op := self.run_on(obj, context, **answers)) is not None]

    def ask(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> dict[str, Any] | None:
        """The parameters to run with: those given, the user's answers for the rest (None: cancelled)."""
        for param in self.params:
            params.setdefault(param.name, param.default)
        return params

    def confirm(self, targets: list[Any], context: AppContext, params: dict[str, Any]) -> bool:
        """Ask before acting (commands that destroy or disrupt override it)."""
        return True

    def run_on(self, obj: Any, context: AppContext, **params: Any) -> Operation | None:
        raise NotImplementedError


def stale_refusal(obj: Any) -> str:
    """Why nothing can run on an object shown from its server's last known inventory ("" when live)."""
    saved_at = getattr(getattr(obj, "cache", None), "stale_since", None)
    if saved_at is None:
        return ""
    when = time.strftime("%d %b %Y %H:%M", time.localtime(saved_at))
    return translate("CommandReasons", "Not connected yet: this is the last known inventory, saved {when}.").format(
        when=when)


def quoted_names(targets: Sequence[Any], limit: int = 5) -> str:
    """``'a', 'b' and 3 more`` for confirmations."""
    names = ", ".join(translate("Confirmations", "'{name}'").format(name=t.name) for t in targets[:limit])
    more = len(targets) - limit
    return translate("Confirmations", "{names} and %n more", None, more).format(names=names) if more > 0 else names


#: The nouns confirmations count (``counted``): singular and plural, translated where a confirmation is made.
NOUNS = {
    "VM": (QT_TRANSLATE_NOOP("Confirmations", "VM"), QT_TRANSLATE_NOOP("Confirmations", "VMs")),
    "template": (QT_TRANSLATE_NOOP("Confirmations", "template"), QT_TRANSLATE_NOOP("Confirmations", "templates")),
    "snapshot": (QT_TRANSLATE_NOOP("Confirmations", "snapshot"), QT_TRANSLATE_NOOP("Confirmations", "snapshots")),
    "virtual disk": (QT_TRANSLATE_NOOP("Confirmations", "virtual disk"),
                     QT_TRANSLATE_NOOP("Confirmations", "virtual disks")),
    "system disk": (QT_TRANSLATE_NOOP("Confirmations", "system disk"),
                    QT_TRANSLATE_NOOP("Confirmations", "system disks")),
}


def counted(targets: Sequence[Any], noun: str) -> str:
    """``the VM 'a'`` or ``3 VMs ('a', 'b', 'c')`` (``noun`` one of ``NOUNS``), in the user's language."""
    singular, plural = NOUNS.get(noun, (noun, noun + "s"))
    if len(targets) == 1:
        return translate("Confirmations", "the {noun} {names}").format(noun=translate("Confirmations", singular),
                                                                      names=quoted_names(targets))
    return translate("Confirmations", "%n {nouns} ({names})", None, len(targets)).format(
        nouns=translate("Confirmations", plural), names=quoted_names(targets))


def delete_question(targets: Sequence[Any], noun: str, disks: int) -> str:
    """Delete VM's (and template's, snapshot's) confirmation: the objects and the disks that go with them."""
    what = counted(targets, noun)
    if not disks:
        return translate("Confirmations", "Delete {what}? This cannot be undone.").format(what=what)
    if disks == 1:
        return translate("Confirmations", "Delete {what} and %n virtual disk used by nothing else? This cannot be "
                                          "undone.", None, disks).format(what=what)
    return translate("Confirmations", "Delete {what} and %n virtual disks used by nothing else? This cannot be "
                                      "undone.", None, disks).format(what=what)


class CommandRegistry:
    """Every command by id, in a stable order; menus, toolbar, palette and the command line pick from it."""

    def __init__(self, commands: Sequence[Command]) -> None:
        self._commands = {c.id: c for c in commands}

    def __getitem__(self, command_id: str) -> Command:
        return self._commands[command_id]

    def get(self, command_id: str) -> Command | None:
        return self._commands.get(command_id)

    def __contains__(self, command_id: object) -> bool:
        return command_id in self._commands

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __len__(self) -> int:
        return len(self._commands)

    def applicable(self, selection: Selection) -> list[Command]:
        """Commands about the kinds of object selected (enabled or not), for context menus."""
        return [c for c in self if any(c.applies_to(obj) for obj in selection)]
