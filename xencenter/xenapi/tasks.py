"""Waiting for xapi Async tasks: progress, cancellation, the result fragment, and cleaning up."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import xmlrpc_codec
from .errors import (
    Failure,
    OutcomeUnknown,
    ProtocolError,
    SessionInvalid,
    TaskCancelled,
    TransportError,
    XenAPIError,
)

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger("xencenter.xenapi")

FINISHED = ("success", "failure", "cancelled")

#: How long polling may fail (network down, garbled answers) before the outcome is declared unknown; the
#: task keeps running on the server meanwhile, so a short outage must not turn into a false failure.
LOST_CONTACT_PATIENCE = 30.0


def parse_task_result(result: str | None) -> Any:
    """A task's ``result`` (an XML-RPC ``<value>`` fragment even over JSON-RPC) as a Python value.

    ``'<value>OpaqueRef:x</value>'`` -> ``'OpaqueRef:x'``; empty -> None; plain text is returned as is.
    """
    text = (result or "").strip()
    if not text.startswith("<"):
        return text or None
    response = f"<methodResponse><params><param>{text}</param></params></methodResponse>"
    value = xmlrpc_codec.loads(response.encode())
    return None if value == "" else value


def start_task(session: Session, method: str, *params: Any) -> str:
    """``Async.<method>(params)``: the new task's ref.

    When the request may have reached xapi but no proper answer came back (timeout, cut connection, garbled
    reply), OutcomeUnknown is raised instead of the network error: the operation may be running. Errors
    that prove nothing was sent (refused, unreachable) and xapi's refusals are raised as they are.
    """
    try:
        return session.call(f"Async.{method}", *params)
    except TransportError as e:
        if e.maybe_delivered:
            raise OutcomeUnknown("the request", e) from None
        raise
    except ProtocolError as e:
        raise OutcomeUnknown("the request", e) from None


def wait_task(
    session: Session,
    task_ref: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    poll_interval: float = 0.2,
    destroy: bool = True,
    patience: float | None = None,
) -> Any:
    """Poll a task until it finishes and return its parsed result.

    Raises the task's Failure (from ``error_info``) or TaskCancelled. Setting ``cancel`` asks xapi to
    cancel the task (when ``cancel`` is among its allowed operations) and keeps waiting for the outcome,
    since an operation xapi could not stop in time may still succeed. The finished task is destroyed.
    Polls that fail for lack of contact are retried for ``patience`` seconds (LOST_CONTACT_PATIENCE);
    then, or when the session or the task itself is gone (toolstack restart), OutcomeUnknown is raised:
    never a plain failure for an operation that may have succeeded.
    """
    reported = -1.0
    cancel_requested = False
    while True:
        record = _poll(session, task_ref, LOST_CONTACT_PATIENCE if patience is None else patience, poll_interval)
        status = record.get("status")
        fraction = float(record.get("progress", 0.0))
        if progress is not None and fraction != reported and status != "failure":
            reported = fraction
            progress(fraction)
        if status in FINISHED:
            break
        wants_cancel = cancel is not None and cancel.is_set() and not cancel_requested
        if wants_cancel and "cancel" in record.get("allowed_operations", ()):
            cancel_requested = _request_cancel(session, task_ref)
        _sleep(poll_interval, cancel if cancel is not None and not cancel.is_set() else None)
    try:
        return _outcome(task_ref, record)
    finally:
        if destroy:
            _destroy(session, task_ref)


def _poll(session: Session, task_ref: str, patience: float, poll_interval: float) -> dict[str, Any]:
    """The task's record, riding out lost contact for up to ``patience`` seconds."""
    deadline = time.monotonic() + patience
    while True:
        try:
            record = session.xenapi.task.get_record(task_ref)
        except (TransportError, ProtocolError) as e:
            if time.monotonic() >= deadline:
                raise OutcomeUnknown("the operation", e) from None
            log.debug("task %s: poll failed (%s), retrying", task_ref, e.code)
            time.sleep(poll_interval)
            continue
        except SessionInvalid as e:  # logged out under us (connection lost) or the toolstack restarted
            raise OutcomeUnknown("the operation", e) from None
        except Failure as e:
            if e.code == "HANDLE_INVALID":  # the task vanished: a toolstack restart forgets every task
                raise OutcomeUnknown("the operation", e) from None
            raise
        if not isinstance(record, dict):
            raise OutcomeUnknown("the operation", ProtocolError("the task record is not a struct"))
        return record


def _outcome(task_ref: str, record: dict[str, Any]) -> Any:
    error_info = list(record.get("error_info") or [])
    if record.get("status") == "success":
        return parse_task_result(record.get("result"))
    if record.get("status") == "cancelled":
        raise TaskCancelled(params=error_info[1:] if error_info[:1] == ["TASK_CANCELLED"] else [task_ref])
    if not error_info:
        raise Failure("INTERNAL_ERROR", [f"task {task_ref} failed without error_info"])
    raise Failure.from_wire(error_info[0], error_info[1:])


def _request_cancel(session: Session, task_ref: str) -> bool:
    """Ask xapi to cancel; False when the request did not get through (try again at the next poll)."""
    try:
        session.xenapi.task.cancel(task_ref)
    except Failure as e:  # it finished or became uncancellable meanwhile: its status will tell
        log.debug("task.cancel %s refused: %s", task_ref, e.code)
    except XenAPIError as e:
        log.debug("task.cancel %s not delivered: %s", task_ref, e.code)
        return False
    return True


def _destroy(session: Session, task_ref: str) -> None:
    try:
        session.xenapi.task.destroy(task_ref)
    except XenAPIError as e:  # the outcome is known; a leftover task record is xapi's to expire
        log.debug("task.destroy %s failed: %s", task_ref, e.code)


def _sleep(seconds: float, wake: threading.Event | None) -> None:
    """Sleep, waking early when the cancel event is set."""
    if wake is None:
        time.sleep(seconds)
    else:
        wake.wait(seconds)
