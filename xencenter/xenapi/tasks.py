"""Waiting for xapi Async tasks: progress, cancellation, the result fragment, and cleaning up."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import xmlrpc_codec
from .errors import Failure, TaskCancelled, XenAPIError

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger("xencenter.xenapi")

FINISHED = ("success", "failure", "cancelled")


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


def wait_task(
    session: Session,
    task_ref: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    poll_interval: float = 0.2,
    destroy: bool = True,
) -> Any:
    """Poll a task until it finishes and return its parsed result.

    Raises the task's Failure (from ``error_info``) or TaskCancelled. Setting ``cancel`` asks xapi to
    cancel the task (when ``cancel`` is among its allowed operations) and keeps waiting for the outcome,
    since an operation xapi could not stop in time may still succeed. The finished task is destroyed.
    """
    task = session.xenapi.task
    reported = -1.0
    cancel_requested = False
    while True:
        record = task.get_record(task_ref)
        status = record.get("status")
        fraction = float(record.get("progress", 0.0))
        if progress is not None and fraction != reported and status != "failure":
            reported = fraction
            progress(fraction)
        if status in FINISHED:
            break
        wants_cancel = cancel is not None and cancel.is_set() and not cancel_requested
        if wants_cancel and "cancel" in record.get("allowed_operations", ()):
            cancel_requested = True
            _request_cancel(session, task_ref)
        _sleep(poll_interval, cancel if cancel is not None and not cancel.is_set() else None)
    try:
        return _outcome(task_ref, record)
    finally:
        if destroy:
            _destroy(session, task_ref)


def _outcome(task_ref: str, record: dict[str, Any]) -> Any:
    error_info = list(record.get("error_info") or [])
    if record["status"] == "success":
        return parse_task_result(record.get("result"))
    if record["status"] == "cancelled":
        raise TaskCancelled(params=error_info[1:] if error_info[:1] == ["TASK_CANCELLED"] else [task_ref])
    if not error_info:
        raise Failure("INTERNAL_ERROR", [f"task {task_ref} failed without error_info"])
    raise Failure.from_wire(error_info[0], error_info[1:])


def _request_cancel(session: Session, task_ref: str) -> None:
    try:
        session.xenapi.task.cancel(task_ref)
    except Failure as e:  # it finished or became uncancellable meanwhile: its status will tell
        log.debug("task.cancel %s refused: %s", task_ref, e.code)


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
