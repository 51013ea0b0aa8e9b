"""``main.py commands`` lists every command; ``main.py run ID [TARGET ...] [--PARAM VALUE ...]`` runs one exactly
as the window does: the same command object from the same registry, the same checks (a target it cannot run
on is refused with the window's reason), the same background operations, waited for to the end.

One line per target: ``ok``, ``failed: <words> (<XAPI code>)`` or ``outcome unknown: <why>`` (``--json``: one
JSON object per line with ``target``, ``outcome``, ``error_code``, ``message``, ``created``). Exit status 0
only when every target is ok, 1 when any is not, 2 for usage errors. ``--dry-run`` changes nothing: reads
still reach the server, so the command decides as it would, and the calls it would make are printed instead,
secrets masked.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xencenter.cli.common import CliError, UsageError, connect, connection_arguments, qt_app, run_guarded, wait_until

if TYPE_CHECKING:
    from xencenter.commands.base import Command, Param
    from xencenter.model.cache import ObjectCache
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

PROG = "main.py"


# ---- main.py commands ---------------------------------------------------------------------------------------


def commands_main(argv: list[str]) -> int:
    from xencenter.commands import default_commands

    parser = argparse.ArgumentParser(prog=f"{PROG} commands", description="List every command.")
    parser.add_argument("--json", action="store_true", help="one JSON list of the commands")
    args = parser.parse_args(argv)
    commands = sorted(default_commands(), key=lambda c: c.id)
    if args.json:
        print(json.dumps([c.describe() for c in commands], indent=2))
        return 0
    width = max(len(c.id) for c in commands)
    for command in commands:
        kinds = ", ".join(command.kinds) or "-"
        options = " ".join(_usage(p) for p in command.params)
        scope = "  (window only)" if command.window_only else ""
        print(f"{command.id:<{width}}  {command.title} [{kinds}]{scope}" + (f"  {options}" if options else ""))
    return 0


def _usage(param: Param) -> str:
    value = param.option if param.type is bool else f"{param.option} {param.name.upper()}"
    value += " ..." if param.many else ""
    return value if param.required else f"[{value}]"


# ---- main.py run --------------------------------------------------------------------------------------------


def _parser(command: Command) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} run {command.id}", description=f"{command.title}: {command.help}",
        epilog="A TARGET is a name, a UUID or an OpaqueRef. Prints one line per target (ok, failed: ..., "
               "outcome unknown: ...); exit status 0 when all are ok, 1 otherwise, 2 for usage errors.")
    if command.needs_selection:
        parser.add_argument("targets", nargs="+", metavar="TARGET", help=f"{command.wants} to act on")
    for param in command.params:
        text = param.help + (f" (default {param.default})" if param.default else "")
        kind: dict[str, Any] = {"help": text.replace("%", "%%")}  # argparse formats help with %
        dest = param.name
        if param.type is bool:  # --flag/--no-flag; a flag already named no-... has no negation
            kind["action"] = "store_true" if param.name.startswith("no_") else argparse.BooleanOptionalAction
            kind["default"] = None  # not given: the command keeps what the server has
        else:
            kind["metavar"] = "FILE" if param.secret else "URL" if param.type == "server" else (
                param.type if param.is_object else param.name.upper())
            kind["type"] = param.type if param.type in (int, float) else str
            if param.choices:
                kind["choices"] = param.choices
            if param.many:
                kind["action"] = "append"
        parser.add_argument(param.option, dest=dest, required=param.required, **kind)
    parser.add_argument("--dry-run", action="store_true", help="print the XenAPI calls, change nothing")
    parser.add_argument("--json", action="store_true", help="one JSON object per target and line")
    parser.add_argument("--yes", action="store_true", help="answer yes to the command's confirmation")
    if command.needs_connection:
        connection_arguments(parser)
    return parser


def run_main(argv: list[str]) -> int:
    from xencenter.commands import default_commands

    registry = default_commands()
    if not argv or argv[0] in ("-h", "--help"):
        print(f"usage: {PROG} run ID [TARGET ...] [--PARAM VALUE ...] [--dry-run] [--json] [--yes] "
              "--server URL --user USER --password-file FILE [--fingerprint SHA256]\n\n"
              f"Runs one command as the window does. '{PROG} commands' lists the IDs; "
              f"'{PROG} run ID --help' the options of one.")
        return 0 if argv else 2
    command = registry.get(argv[0])
    if command is None:
        close = [c.id for c in registry if argv[0].split(".")[0] == c.id.split(".")[0]]
        hint = f" (commands of that kind: {', '.join(close)})" if close else f" ('{PROG} commands' lists them)"
        print(f"error: no command {argv[0]!r}{hint}", file=sys.stderr)
        return 2
    args = _parser(command).parse_args(argv[1:])
    return run_guarded(lambda: _run(command, args))


@dataclass
class Outcome:
    target: str
    outcome: str  # ok | failed | unknown
    message: str = ""
    error_code: str | None = None
    created: list[dict[str, str]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def line(self) -> str:
        if self.outcome == "ok":
            return f"{self.target}: ok" + (f" ({self.message})" if self.message else "")
        if self.outcome == "unknown":
            return f"{self.target}: outcome unknown: {self.message}"
        return f"{self.target}: failed: {self.message}" + (f" ({self.error_code})" if self.error_code else "")

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"target": self.target, "outcome": self.outcome, "error_code": self.error_code,
                                "message": self.message, "created": self.created}
        if self.calls:
            data["calls"] = self.calls
        return data


def _run(command: Command, args: argparse.Namespace) -> int:
    from xencenter.cli.answers import CliDialogs, CliPrompter
    from xencenter.operations.context import make_context
    from xencenter.settings import Settings

    if command.window_only:
        raise UsageError(f"{command.id} is not for the command line: {command.window_only}")
    qt_app()
    settings = Settings.load()
    prompter = CliPrompter(yes=args.yes)
    context = make_context(settings, prompter, CliDialogs(), dry_run=args.dry_run)
    connection = connect(context, args) if command.needs_connection else None
    try:
        cache = connection.cache if connection is not None else None
        params = _params(command, args, cache, context)
        targets: list[Any] = [None]
        if command.needs_selection:
            assert cache is not None, "a command on objects needs a connection"
            targets = [_target(command, cache, text) for text in args.targets]
        outcomes = [_run_one(command, context, prompter, target, params) for target in targets]
    finally:
        context.connections.shutdown(10)  # the servers of "server" parameters too
    for outcome in outcomes:
        print(json.dumps(outcome.as_json()) if args.json else outcome.line())
        if args.dry_run and not args.json:
            for call in outcome.calls:
                print(f"  would call {call}")
    return 0 if all(o.outcome == "ok" for o in outcomes) else 1


def _params(command: Command, args: argparse.Namespace, cache: ObjectCache | None, context: AppContext) -> dict[str, Any]:
    from xencenter.cli.common import read_password

    params: dict[str, Any] = {}
    for param in command.params:
        value = getattr(args, param.name, None)
        if value is None:
            continue
        if param.secret:
            value = read_password(value)
        elif param.type == "server":
            value = _server(context, args, param.name.removesuffix("server"), value)
        elif param.is_object:
            assert cache is not None, "commands with object parameters need a connection"
            value = [_object(cache, str(param.type), v, param.option) for v in value] if param.many else \
                _object(cache, str(param.type), value, param.option)
        params[param.name] = value
    return params


def _server(context: AppContext, args: argparse.Namespace, prefix: str, url: str) -> ObjectCache:
    """A ``server`` parameter (``--to-server URL``): log in with its companions (``--to-user``,
    ``--to-password-file``, ``--to-fingerprint``) and give the command that pool's cache."""
    from xencenter.cli.common import connect_to, read_password

    user, password = getattr(args, prefix + "user", None), getattr(args, prefix + "password", None)
    option = "--" + prefix.replace("_", "-")
    if not user or not password:
        raise UsageError(f"{option}server needs {option}user and {option}password-file")
    return connect_to(context, url, user, read_password(password), getattr(args, prefix + "fingerprint", None)).cache


def _matches(obj: Any, text: str) -> bool:
    """A name, UUID or ref; a VM's disk drive or interface also as ``VM/POSITION`` (``web 1/0``)."""
    from xencenter.model.tree import pool_display_name

    if obj.cls in ("VBD", "VIF"):
        vm = obj.VM
        position = obj.userdevice if obj.cls == "VBD" else obj.device
        return text in (obj.ref, obj.uuid) or (vm is not None and text == f"{vm.name}/{position}")
    name = pool_display_name(obj) if obj.cls == "pool" else obj.name
    return text in (obj.ref, obj.uuid, name)


def _object(cache: ObjectCache, cls: str, text: str, option: str) -> Any:
    """The one object of class ``cls`` named, or with the UUID or ref, ``text``."""
    found = [obj for obj in cache.all(cls) if _matches(obj, text)]
    return _one(found, text, f"{option}: no {cls} called {text!r}")


#: The class of object each kind of target is found among (a server command takes its pool or a host).
_TARGET_CLASSES = {"vm": "VM", "template": "VM", "snapshot": "VM", "dom0": "VM", "host": "host", "pool": "pool",
                   "sr": "SR", "network": "network", "server": "pool", "vdi": "VDI", "vbd": "VBD", "vif": "VIF",
                   "message": "message", "task": "task", "vmss": "VMSS",
                   "subject": "subject"}


def _target(command: Command, cache: ObjectCache, text: str) -> Any:
    """The object a TARGET names among those the command is about."""
    found = []
    for cls in dict.fromkeys(_TARGET_CLASSES[k] for k in command.kinds if k in _TARGET_CLASSES):
        found += [obj for obj in cache.all(cls) if _matches(obj, text)
                  and (command.applies_to(obj) or "server" in command.kinds)]
    wanted = command.wants.removeprefix("a ").removeprefix("an ").removeprefix("one ")
    return _one(found, text, f"no {wanted} called {text!r}")


def _one(found: list[Any], text: str, none: str) -> Any:
    if not found:
        raise CliError(none)
    if len(found) > 1:
        listed = ", ".join(f"{obj.cls} {obj.uuid}" for obj in found)
        raise CliError(f"several objects are called {text!r} ({listed}): give the UUID instead")
    return found[0]


def _run_one(command: Command, context: AppContext, prompter: Any, target: Any,
             params: dict[str, Any]) -> Outcome:
    """Run on one target (the same checks as the window), wait for its operations, say how it went."""
    from xencenter.operations.context import NeedsWindow

    name = getattr(target, "name", None) or command.id
    selection = [target] if target is not None else []
    reason = command.reason(selection)
    if reason:
        return Outcome(name, "failed", str(reason), getattr(reason, "code", "") or None)
    del prompter.declined[:], prompter.missing[:]
    try:
        operations = command.run(selection, context, **params)
    except NeedsWindow as exc:
        return Outcome(name, "failed", str(exc))
    except ValueError as exc:
        return Outcome(name, "failed", str(exc))
    if prompter.declined:
        return Outcome(name, "failed", f"not done without confirmation: {prompter.declined[0]} (give --yes)")
    if prompter.missing:
        return Outcome(name, "failed", f"a value is needed ({prompter.missing[0]}): give it as an option")
    wait_until(lambda: all(op.status.finished for op in operations), None)
    return _outcome(name, operations)


def _outcome(name: str, operations: list[Operation]) -> Outcome:
    from xencenter.operations.history import OperationStatus
    from xencenter.xenapi.errors import OutcomeUnknown, XenAPIError

    created = [{"class": cls, "ref": ref} for op in operations for cls, ref in op.log.created]
    calls = [call.text for op in operations for call in op.log.calls]
    for op in operations:
        if op.status is OperationStatus.SUCCESS:
            continue
        if op.status is OperationStatus.CANCELLED:
            return Outcome(name, "failed", "cancelled", "TASK_CANCELLED", created, calls)
        inner = getattr(op.cause, "cause", None) if not isinstance(op.cause, XenAPIError) else op.cause
        inner = inner or op.cause  # a failed step of several carries the xapi error as its cause
        if isinstance(inner, OutcomeUnknown):
            return Outcome(name, "unknown", op.error, "OUTCOME_UNKNOWN", created, calls)
        code = inner.code if isinstance(inner, XenAPIError) else (type(inner).__name__ if inner else None)
        return Outcome(name, "failed", op.error, code, created, calls)
    planned = operations and operations[0].planned
    said = "; ".join(op.details for op in operations if op.details)  # what a local command made of it
    message = "dry run: nothing changed" if planned else (said if operations else "nothing to change")
    return Outcome(name, "ok", message, None, created, calls)
