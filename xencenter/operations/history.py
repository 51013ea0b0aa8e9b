"""What the user has asked the servers to do, and how it went: the Events tab and the status bar read this.

``OperationHistory`` keeps every operation of this session (newest last). Commands create one with
``start(title, target)`` and move it along with ``progress``/``succeed``/``fail``/``cancelled`` on the UI
thread. (Errors are put into words by ``xencenter.model.failures``.)

Signals:
    added(Operation)     a new operation (already in ``operations()``).
    changed(Operation)   its progress, status or error changed.
    cleared()            finished operations were removed (``clear_finished``).
"""

from __future__ import annotations

import enum
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.xenapi.calls import CallLog


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
        """The status in the user's language (the Events tab, the status bar)."""
        return translate("Operations", _STATUS_WORDS[self.value])


_STATUS_WORDS = {"pending": QT_TRANSLATE_NOOP("Operations", "Queued"),
                 "running": QT_TRANSLATE_NOOP("Operations", "In progress"),
                 "success": QT_TRANSLATE_NOOP("Operations", "Completed"),
                 "failure": QT_TRANSLATE_NOOP("Operations", "Failed"),
                 "cancelled": QT_TRANSLATE_NOOP("Operations", "Cancelled")}


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
    #: The XenAPI calls it made (or, planned, would make) and the objects they created.
    log: CallLog = field(default_factory=CallLog, repr=False)
    #: Only planned (``--dry-run``): nothing was sent.
    planned: bool = False
    #: The exception behind a failure (its code tells the command line what to print).
    cause: BaseException | None = field(default=None, repr=False)
    #: (class, ref) of the object it works on, when it has one (the Events tab filters by it).
    subject: tuple[str, str] | None = None
    #: Whether a failure is reported (an error dialog); off while a dialog that shows it itself is open.
    report: bool = True

    @property
    def description(self) -> str:
        """``Starting VM 'web 1'``-like text for lists and the status bar."""
        if not self.target:
            return self.title
        return translate("Operations", "{title} '{target}'").format(title=self.title, target=self.target)

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

    def fail(self, op: Operation, error: str, details: str = "", cause: BaseException | None = None) -> None:
        op.error, op.details, op.cause = error, details, cause
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
