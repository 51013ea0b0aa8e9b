"""What an operation says to xapi: each call that changes something, recorded as it is made (the Events tab's
"XenAPI calls"), or only planned (``main.py run --dry-run``), never with a secret in it.

``RecordingSession`` wraps a logged-in Session. Reads (messages the datamodel grants the read-only role) and
task polling pass through unrecorded; every other call is recorded, with the refs it created (from the
message's result type, also for the result of an ``Async.`` task). With ``plan=True`` reads still go to the
server, so a command decides as it would, but nothing else is sent: the call is recorded and answered with a
stand-in (a ``OpaqueRef:dry-run-...`` for a new object, a task that succeeds at once).
"""

from __future__ import annotations

import functools
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from xencenter import schema

from .values import NULL_REF

MASK = "********"
#: Parameter names and map keys whose values are secrets (passwords, CHAP secrets, private keys, tokens, the
#: session a destination gives out for a migration).
_SECRET_WORDS = ("password", "pass", "secret", "private_key", "token", "session_id")  # "pass": AD configs
_PLAN_PREFIX = "OpaqueRef:dry-run-"


@dataclass(frozen=True)
class Call:
    """One call as made (``method`` without ``Async.``; ``asynchronous`` for the task form)."""

    method: str
    args: tuple[Any, ...]
    asynchronous: bool = False

    @property
    def text(self) -> str:
        """``Async.VM.clean_shutdown('OpaqueRef:...')`` with secrets masked (the session ref is never an
        argument here: the session adds it)."""
        shown = ", ".join(repr(a) for a in masked_args(self.method, self.args))
        return f"{'Async.' if self.asynchronous else ''}{self.method}({shown})"


@dataclass
class CallLog:
    """What one operation called, and what it created ((class, ref, index of the call)); filled from workers."""

    calls: list[Call] = field(default_factory=list)
    made: list[tuple[str, str, int]] = field(default_factory=list)
    #: The xapi tasks its ``Async.`` calls started (so the pool's history knows them as this operation's).
    tasks: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, call: Call) -> int:
        with self.lock:
            self.calls.append(call)
            return len(self.calls) - 1

    def add_created(self, cls: str, ref: str, index: int) -> None:
        with self.lock:
            if all(r != ref for _, r, _ in self.made):
                self.made.append((cls, ref, index))

    @classmethod
    def merged(cls, logs: list[CallLog]) -> CallLog:
        """One log of several operations' calls, in order (a command run on several targets)."""
        whole = cls()
        for log in logs:
            with log.lock:
                offset = len(whole.calls)
                whole.calls += log.calls
                whole.made += [(c, r, index + offset) for c, r, index in log.made]
        return whole

    @property
    def created(self) -> list[tuple[str, str]]:
        """(class, ref) of every object the calls created, in order."""
        with self.lock:
            return [(cls, ref) for cls, ref, _ in self.made]


@functools.cache
def _messages() -> dict[str, dict[str, Any]]:
    return {f"{cls}.{m['name']}": m for cls, spec in schema.classes().items() for m in spec["messages"]}


def message(method: str) -> dict[str, Any] | None:
    """The datamodel's entry for a method (``VM.start``), None when unknown."""
    return _messages().get(method.removeprefix("Async."))


def is_read(method: str) -> bool:
    """Whether a call only reads: the datamodel grants it to the read-only role (getters, get_record,
    assert_*, get_possible_hosts...), or it is bookkeeping of tasks and events."""
    base = method.removeprefix("Async.")
    if base.startswith(("task.", "event.", "session.")) or base in ("host.get_servertime",):
        return base != "task.cancel"
    entry = message(base)
    return entry is not None and "read-only" in entry.get("roles", ())


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: MASK if _is_secret(str(k)) else _mask(v) for k, v in value.items()}
    if isinstance(value, str) and "session_id=" in value:  # a migration destination's URLs carry its session
        return MASK
    return value


def masked_args(method: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The arguments with every secret replaced by ``MASK``: parameters named like a password, map entries
    keyed so (an SR's ``device_config``), and the value of a ``secret``."""
    entry = message(method)
    names = [p["name"] for p in entry["params"] if p["type"] != "session ref"] if entry else []
    out: list[Any] = []
    for index, value in enumerate(args):
        name = names[index] if index < len(names) else ""
        if _is_secret(name):
            out.append(MASK)
        elif method.removeprefix("Async.") == "secret.create" and isinstance(value, dict):
            out.append({**_mask(value), "value": MASK})
        elif method.removeprefix("Async.") == "secret.set_value":
            out.append(value if index == 0 else MASK)
        else:
            out.append(_mask(value))
    return tuple(out)


def created_class(method: str) -> str | None:
    """The class of object a method's result creates (``VM.clone`` -> ``VM``), None for reads and the rest."""
    entry = message(method)
    if entry is None or "read-only" in entry.get("roles", ()):
        return None
    result = (entry.get("result") or ["void"])[0]
    return result[: -len(" ref")] if isinstance(result, str) and result.endswith(" ref") else None


def _stand_in(method: str, counter: Any) -> Any:
    """What a planned (unsent) call answers: a recognisable ref for a new object, else an empty value."""
    entry = message(method)
    result = (entry.get("result") or ["void"])[0] if entry else "void"
    if isinstance(result, str) and result.endswith(" ref"):
        return f"{_PLAN_PREFIX}{result[:-4]}-{next(counter)}"
    if isinstance(result, str) and (result.endswith(" set") or result.endswith(" map")):
        return [] if result.endswith(" set") else {}
    return {"int": 0, "float": 0.0, "bool": False}.get(result, "")


class RecordingSession:
    """A Session that records what is called (see the module docstring); anything else is the Session's."""

    def __init__(self, session: Any, log: CallLog, *, plan: bool = False) -> None:
        self._session = session
        self._log = log
        self._plan = plan
        self._tasks: dict[str, tuple[str, int]] = {}  # task ref -> (the method it runs, its call's index)
        self._planned: dict[str, Any] = {}  # planned task ref -> its stand-in result
        self._counter = itertools.count(1)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    @property
    def xenapi(self) -> Any:
        from .session import _Namespace

        return _Namespace(self, "")  # type: ignore[arg-type]

    @property
    def planning(self) -> bool:
        return self._plan

    def call(self, method: str, *params: Any, read_timeout: float | None = None) -> Any:
        base = method.removeprefix("Async.")
        asynchronous = method.startswith("Async.")
        if is_read(method):
            if self._plan and params and isinstance(params[0], str) and params[0].startswith(_PLAN_PREFIX):
                return self._planned_read(base, params[0])
            result = self._session.call(method, *params, read_timeout=read_timeout)
            if base == "task.get_record" and params:
                self._task_polled(str(params[0]), result)
            return result
        index = self._log.add(Call(base, tuple(params), asynchronous))
        if self._plan:
            result = _stand_in(base, self._counter)
            if (cls := created_class(base)) is not None:
                self._log.add_created(cls, result, index)
            if asynchronous:
                task = f"{_PLAN_PREFIX}task-{next(self._counter)}"
                self._planned[task] = result
                return task
            return result
        result = self._session.call(method, *params, read_timeout=read_timeout)
        if asynchronous:
            self._tasks[str(result)] = (base, index)
            with self._log.lock:
                self._log.tasks.append(str(result))
        elif (cls := created_class(base)) and isinstance(result, str) and result != NULL_REF:
            self._log.add_created(cls, result, index)
        return result

    def _planned_read(self, method: str, ref: str) -> Any:
        """Reads of what a planned call would have made: a planned task has succeeded at once."""
        if method == "task.get_record":
            result = self._planned.get(ref, "")
            value = f"<value>{result}</value>" if result else ""
            return {"status": "success", "progress": 1.0, "result": value, "error_info": [],
                    "allowed_operations": []}
        return ""

    def _task_polled(self, task: str, record: Any) -> None:
        method, index = self._tasks.get(task, ("", -1))
        cls = created_class(method) if method else None
        if cls is None or not isinstance(record, dict) or record.get("status") != "success":
            return
        from .tasks import parse_task_result

        ref = parse_task_result(record.get("result"))
        if isinstance(ref, str) and ref.startswith("OpaqueRef:") and ref != NULL_REF:
            self._log.add_created(cls, ref, index)


def as_python(log: CallLog, url: str, user: str) -> str:
    """The calls as a script for the official XenAPI SDK (``pip install XenAPI``), each made synchronously
    (the SDK's plain calls wait for the operation); the refs of objects created become variables."""
    lines = [
        "import getpass",
        "",
        "import XenAPI",
        "",
        f"session = XenAPI.Session({url!r})",
        f"session.xenapi.login_with_password({user!r}, getpass.getpass(), '1.1', 'xencenter-script')",
        "try:",
    ]
    with log.lock:
        calls, made = list(log.calls), list(log.made)
    variables: dict[str, str] = {}
    by_index = {index: (cls, ref) for cls, ref, index in made}
    counts: dict[str, int] = {}
    for index, call in enumerate(calls):
        args = ", ".join(variables.get(a, repr(a)) if isinstance(a, str) else repr(a)
                         for a in masked_args(call.method, call.args))
        statement = f"session.xenapi.{call.method}({args})"
        if index in by_index:
            cls, ref = by_index[index]
            counts[cls] = counts.get(cls, 0) + 1
            variables[ref] = f"new_{cls.lower()}_{counts[cls]}"
            statement = f"{variables[ref]} = {statement}"
        lines.append(f"    {statement}")
    if not calls:
        lines.append("    pass  # nothing to call")
    lines += ["finally:", "    session.xenapi.session.logout()", ""]
    return "\n".join(lines)
