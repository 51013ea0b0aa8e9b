"""What the user has asked the servers to do, and how it went: the Events tab and the status bar read this.

``OperationHistory`` keeps every operation of this session (newest last). Commands create one with
``start(title, target)`` and move it along with ``progress``/``succeed``/``fail``/``cancelled`` on the UI
thread. ``explain_failure`` turns an xapi error into a sentence for people plus the raw code for details.

Signals:
    added(Operation)     a new operation (already in ``operations()``).
    changed(Operation)   its progress, status or error changed.
    cleared()            finished operations were removed (``clear_finished``).
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from xencenter.xenapi.errors import (
    CertificateMismatch,
    CertificateUntrusted,
    Failure,
    TransportError,
    XenAPIError,
)
from xencenter.xenapi.roles import describe_permission_denied


class OperationStatus(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"
    FAILURE = "failure"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (OperationStatus.SUCCESS, OperationStatus.FAILURE, OperationStatus.CANCELLED)

    @property
    def label(self) -> str:
        return {"pending": "Queued", "running": "In progress", "success": "Completed",
                "failure": "Failed", "cancelled": "Cancelled"}[self.value]


@dataclass(eq=False)
class Operation:
    """One user-visible operation. ``error`` is in words, ``details`` carries the raw xapi code and params."""

    title: str
    target: str = ""
    #: The connection's display name (pool or host) the operation ran on.
    location: str = ""
    status: OperationStatus = OperationStatus.PENDING
    progress: float = 0.0
    error: str = ""
    details: str = ""
    started: float = field(default_factory=time.time)
    finished: float | None = None
    #: Set by ``request_cancel``; the worker passes it to ``wait_task`` which cancels the xapi task.
    cancel_event: threading.Event = field(default_factory=threading.Event, repr=False)
    cancellable: bool = False

    @property
    def description(self) -> str:
        """``Starting VM 'web 1'``-like text for lists and the status bar."""
        return f"{self.title} '{self.target}'" if self.target else self.title

    @property
    def duration(self) -> float:
        return (self.finished or time.time()) - self.started

    def request_cancel(self) -> None:
        if self.cancellable and not self.status.finished:
            self.cancel_event.set()


class OperationHistory(QObject):
    """Every operation of this session, oldest first; see the module docstring for the signals."""

    added = Signal(object)
    changed = Signal(object)
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations: list[Operation] = []

    def operations(self) -> list[Operation]:
        return list(self._operations)

    def running(self) -> list[Operation]:
        return [op for op in self._operations if not op.status.finished]

    def __len__(self) -> int:
        return len(self._operations)

    def start(self, title: str, target: str = "", location: str = "", *, cancellable: bool = False) -> Operation:
        op = Operation(title, target, location, cancellable=cancellable)
        self._operations.append(op)
        self.added.emit(op)
        return op

    def set_running(self, op: Operation) -> None:
        if op.status is OperationStatus.PENDING:
            op.status = OperationStatus.RUNNING
            self.changed.emit(op)

    def progress(self, op: Operation, fraction: float) -> None:
        fraction = min(max(float(fraction), 0.0), 1.0)
        if op.status.finished or (fraction == op.progress and op.status is OperationStatus.RUNNING):
            return
        op.status = OperationStatus.RUNNING
        op.progress = fraction
        self.changed.emit(op)

    def succeed(self, op: Operation) -> None:
        self._finish(op, OperationStatus.SUCCESS)
        op.progress = 1.0

    def fail(self, op: Operation, error: str, details: str = "") -> None:
        op.error, op.details = error, details
        self._finish(op, OperationStatus.FAILURE)

    def cancelled(self, op: Operation) -> None:
        self._finish(op, OperationStatus.CANCELLED)

    def _finish(self, op: Operation, status: OperationStatus) -> None:
        op.status = status
        op.finished = time.time()
        self.changed.emit(op)

    def clear_finished(self) -> None:
        self._operations = [op for op in self._operations if not op.status.finished]
        self.cleared.emit()


# ---- xapi errors in words -----------------------------------------------------------------------------------

NameOf = Callable[[str], "str | None"]

_POWER_STATE_WORDS = {"halted": "shut down", "running": "running", "suspended": "suspended", "paused": "paused"}


def _state(text: str) -> str:
    return _POWER_STATE_WORDS.get(text.lower(), text.lower() or "in another state")


def _param(params: list[str], i: int) -> str:
    return params[i] if i < len(params) else ""


def _named(params: list[str], i: int, name_of: NameOf | None, fallback: str, prefix: str = "") -> str:
    """``'name'`` of the object whose ref is ``params[i]`` (after ``prefix``), else ``fallback``."""
    ref = _param(params, i)
    name = name_of(ref) if name_of is not None and ref else None
    return f"{prefix}'{name}'" if name else fallback


def _bad_power_state(p: list[str], n: NameOf | None) -> str:
    vm = _named(p, 0, n, "The VM")
    return f"{vm} must be {_state(_param(p, 1))} for this, but it is {_state(_param(p, 2))}."


def _in_progress(p: list[str], n: NameOf | None) -> str:
    what = _named(p, 1, n, "this object")
    return f"Another operation is already in progress on {what}. Wait for it to finish, then try again."


_EXPLANATIONS: dict[str, Callable[[list[str], NameOf | None], str]] = {
    "VM_BAD_POWER_STATE": _bad_power_state,
    "OPERATION_BLOCKED": lambda p, n: (
        f"This operation has been blocked on {_named(p, 0, n, 'this object')}"
        + (f" ({_param(p, 1)})." if _param(p, 1) else ".")
        + " Someone (or a tool) disabled it on purpose."),
    "OTHER_OPERATION_IN_PROGRESS": _in_progress,
    "HANDLE_INVALID": lambda p, n: (
        f"The {_param(p, 0) or 'object'} no longer exists: it was probably deleted by someone else."),
    "RBAC_PERMISSION_DENIED": lambda p, n: describe_permission_denied(p),
    "SESSION_INVALID": lambda p, n: "The session with the server has ended. Reconnect and try again.",
    "SESSION_AUTHENTICATION_FAILED": lambda p, n: "Wrong user name or password.",
    "HOST_NOT_ENOUGH_FREE_MEMORY": lambda p, n: (
        f"No server has enough free memory for {_named(p, 0, n, 'the VM')}."),
    "MEMORY_CONSTRAINT_VIOLATION_ORDER": lambda p, n: (
        "Memory limits must satisfy static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum."),
    "ONLY_REVERT_SNAPSHOT": lambda p, n: "Only a snapshot can be reverted to.",
    "VM_REVERT_FAILED": lambda p, n: "The VM could not be reverted to the snapshot (its VM may no longer exist).",
    "HOST_OFFLINE": lambda p, n: f"{_named(p, 0, n, 'The server', 'Server ')} is offline.",
    "HOST_NOT_LIVE": lambda p, n: "The server is not live (it is not responding to the pool).",
    "HOST_IN_EMERGENCY_MODE": lambda p, n: "The server is in emergency mode: its pool coordinator is unreachable.",
    "NO_HOSTS_AVAILABLE": lambda p, n: "No server in the pool can run this VM right now.",
    "VM_MISSING_PV_DRIVERS": lambda p, n: (
        f"{_named(p, 0, n, 'The VM')} has no VM tools installed, so it cannot do this cleanly. "
        "Use the forced variant, or install the tools."),
    "VM_LACKS_FEATURE": lambda p, n: f"{_named(p, 0, n, 'The VM')} does not support this (its tools lack it).",
    "VM_LACKS_FEATURE_SHUTDOWN": lambda p, n: (
        f"{_named(p, 0, n, 'The VM')} cannot shut down cleanly (its tools lack it). Use Force Shut Down."),
    "VM_LACKS_FEATURE_SUSPEND": lambda p, n: f"{_named(p, 0, n, 'The VM')} cannot be suspended (its tools lack it).",
    "VM_IS_TEMPLATE": lambda p, n: "This is a template: templates cannot be started or stopped.",
    "VM_HOST_INCOMPATIBLE_VERSION": lambda p, n: "That server runs a version that cannot host this VM.",
    "VM_REQUIRES_SR": lambda p, n: "The VM needs a storage repository that this server cannot reach.",
    "VM_REQUIRES_NETWORK": lambda p, n: "The VM needs a network that this server does not have.",
    "LICENCE_RESTRICTION": lambda p, n: "Your license does not allow this operation.",
    "MESSAGE_METHOD_UNKNOWN": lambda p, n: (
        "The server does not know this operation (its version does not offer it)."),
    "TASK_CANCELLED": lambda p, n: "The operation was cancelled.",
    "HOST_IN_USE": lambda p, n: "The server is in use and cannot do this now.",
    "HOST_CANNOT_DESTROY_SELF": lambda p, n: "A server cannot remove itself from the pool.",
    "HOST_NOT_DISABLED": lambda p, n: "The server must be in maintenance mode (disabled) for this.",
    "HOST_IS_SLAVE": lambda p, n: "This server is a pool member; only the pool coordinator can do this.",
    "SR_FULL": lambda p, n: "The storage repository is full.",
    "SR_HAS_NO_PBDS": lambda p, n: "The storage repository is not attached to any server.",
    "VDI_IN_USE": lambda p, n: "The virtual disk is in use.",
    "INTERNAL_ERROR": lambda p, n: "The server reported an internal error.",
}


def explain_failure(exc: BaseException, name_of: NameOf | None = None) -> tuple[str, str]:
    """``(sentence for the user, raw details)``; ``name_of(ref)`` turns refs in the params into names."""
    if isinstance(exc, Failure):
        details = " ".join([exc.code, *exc.params])
        explain = _EXPLANATIONS.get(exc.code)
        if explain is not None:
            return explain(list(exc.params), name_of), details
        if exc.code.startswith("SR_BACKEND_FAILURE"):
            reason = next((p for p in reversed(exc.params) if p), "")
            return f"The storage backend failed{': ' + reason if reason else '.'}", details
        return f"The server refused the operation ({exc.code.replace('_', ' ').lower()}).", details
    if isinstance(exc, TransportError):
        return f"The server could not be reached: {exc}", exc.code
    if isinstance(exc, (CertificateMismatch, CertificateUntrusted)):
        return str(exc), exc.code
    if isinstance(exc, XenAPIError):
        return str(exc), exc.code
    return f"Unexpected error: {exc}" if str(exc) else f"Unexpected error ({type(exc).__name__})", type(exc).__name__
