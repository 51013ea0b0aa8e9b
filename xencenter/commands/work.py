"""How a command's work runs: pieces of work that call xapi (``async_call``, ``sync_call``, ``steps``), and
``start_operation``, which records an operation in the history and runs the work on a worker.

The work gets a ``RecordingSession`` over the connection's session: the operation keeps every call that
changes something (the Events tab shows them) and the objects they created; in a dry run
(``context.dry_run``) reads still reach the server but nothing else is sent. Failures are put into words
(``model.failures``) and shown through the prompter, with xapi's raw code as details.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from xencenter.model.failures import MakeFailed, explain
from xencenter.model.words import translate
from xencenter.operations.background import report_progress, run_in_background
from xencenter.xenapi.calls import RecordingSession
from xencenter.xenapi.errors import TaskCancelled, XenAPIError
from xencenter.xenapi.tasks import start_task, wait_task

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation
    from xencenter.xenapi.session import Session

log = logging.getLogger(__name__)

Work = Callable[["Session", "Operation"], Any]


def async_call(method: str, *args: Any) -> Work:
    """Work that calls ``Async.<method>(args)`` and waits for the task, reporting progress, cancellable."""

    def work(session: Session, op: Operation) -> Any:
        task = start_task(session, method, *args)
        return wait_task(session, task, progress=lambda f: report_progress(f), cancel=op.cancel_event)

    return work


def sync_call(method: str, *args: Any) -> Work:
    """Work that makes one plain (quick) call."""
    return lambda session, op: session.call(method, *args)


def steps(*works: Work) -> Work:
    """Several pieces of work one after the other, as one operation."""

    def work(session: Session, op: Operation) -> Any:
        result = None
        for each in works:
            result = each(session, op)
        return result

    return work


def best_effort(session: Session, method: str, *args: Any) -> None:
    """A clean-up call whose failure must not hide the error being reported."""
    try:
        session.call(method, *args)
    except XenAPIError as exc:
        log.info("%s failed during clean-up: %s", method, exc.code)


class Making:
    """The steps of a work that makes things: each made thing's undo call is remembered (``made``), and a
    step that fails undoes them all, newest first, and raises ``MakeFailed`` naming the step."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._undo: list[tuple[str, str]] = []

    def step(self, what: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except BaseException as exc:
            for method, ref in reversed(self._undo):
                best_effort(self.session, method, ref)
            raise MakeFailed(what, exc, translate("CommandReasons", "Nothing was left behind.") if self._undo else "") from exc

    def made(self, undo_method: str, ref: str) -> None:
        self._undo.append((undo_method, ref))


@dataclass(frozen=True)
class Subject:
    """What an operation is about, for its history line, when that is not one object (a VM still being
    made): the cache it lives in and a name."""

    cache: ObjectCache
    name: str


def start_operation(context: AppContext, title: str, obj: XenObject | Subject | None, work: Work, *,
                    cancellable: bool = True) -> Operation:
    """Record an operation on ``obj`` and run ``work(session, op)`` on a worker; failures are shown in words.
    ``obj`` None (a device whose VM is gone): the operation fails at once, saying so. ``title`` (a command's
    ``activity``) is recorded in the user's language (context ``Activities``)."""
    title = translate("Activities", title)
    if obj is None:
        op = context.history.start(title, "", "", cancellable=False)
        failed(context, op, translate("Operations", "The object is gone from the server."), "")
        return op
    connection = context.connections.for_cache(obj.cache)
    history = context.history
    location = context.connections.label(connection) if connection is not None else ""
    op = history.start(title, obj.name, location, cancellable=cancellable)
    op.planned = context.dry_run
    op.subject = (obj.cls, obj.ref) if not isinstance(obj, Subject) else None
    session = connection.session if connection is not None else None
    if session is None:
        failed(context, op, translate("Operations", "Not connected to the server."), "")
        return op
    history.set_running(op)
    recording = RecordingSession(session, op.log, plan=context.dry_run)

    def on_failure(exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            history.cancelled(op)
            return
        words, details = explain(exc, lambda ref: context.connections.name_of(obj, ref))
        failed(context, op, words, details, exc)

    def on_progress(fraction: float | None, text: str) -> None:
        if fraction is not None:
            history.progress(op, fraction)

    run_in_background(lambda: work(recording, op), on_success=lambda _: history.succeed(op),  # type: ignore[arg-type]
                      on_failure=on_failure, on_progress=on_progress)
    return op


def failed(context: AppContext, op: Operation, words: str, details: str, exc: BaseException | None = None) -> None:
    context.history.fail(op, words, details, exc)
    if op.report:
        context.prompter.show_error(translate("Operations", "{operation} failed").format(operation=op.description),
                                    words, details)
