"""Tasks: ``Async.*`` calls run in the background behind a task object, as in xapi.

A task is ``pending`` while its progress moves from 0 to 1, then ``success`` with ``result`` holding the
XML-RPC fragment of the return value (``<value>OpaqueRef:...</value>``, empty for void), or ``failure`` with
``error_info``; ``task.cancel`` turns a cancellable task ``cancelling`` and its operation ends it ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import Context, now_iso, spawn
from .errors import XapiError
from .fieldtypes import EPOCH, NULL_REF
from .registry import implements
from .wire import encode_xml_value


def create_task(ctx: Context, label: str, description: str = "", cancellable: bool = True) -> str:
    return ctx.store.create(
        "task",
        {
            "name_label": label, "name_description": description, "status": "pending", "progress": 0.0,
            "created": now_iso(), "finished": EPOCH, "resident_on": ctx.api.coordinator, "type": "<none/>",
            "result": "", "error_info": [], "allowed_operations": ["cancel"] if cancellable else [],
            "subtask_of": NULL_REF, "backtrace": "()",
        },
    )


def run_async(ctx: Context, wire_name: str, handler: Callable[..., Any], args: list[Any]) -> str:
    ctx.task = create_task(ctx, wire_name)
    spawn(lambda: run_task(ctx, handler, args), f"task {wire_name}")
    return ctx.task


def run_task(ctx: Context, handler: Callable[..., Any], args: list[Any]) -> None:
    """Run ``handler`` as the task's operation and end the task with its outcome (also used by HTTP handlers
    that work under a task the client made, as ``/export`` and ``/import`` do)."""
    try:
        result = handler(ctx, *args)
    except XapiError as error:
        status = "cancelled" if error.code == "TASK_CANCELLED" else "failure"
        _finish(ctx, {"status": status, "error_info": error.description})
    except Exception as error:  # a simulator bug must still end the task
        _finish(ctx, {"status": "failure", "error_info": ["INTERNAL_ERROR", type(error).__name__]})
    else:
        _finish(ctx, {"status": "success", "result": "" if result is None else encode_xml_value(result)})


def _finish(ctx: Context, changes: dict[str, Any]) -> None:
    task = ctx.task
    if task is not None and ctx.store.exists("task", task):  # it may have been destroyed meanwhile
        changes.update(progress=1.0, finished=now_iso(), allowed_operations=[], current_operations={})
        ctx.store.update("task", task, changes)


@implements("task.create")
def create(ctx: Context, label: str, description: str) -> str:
    return create_task(ctx, label, description)


@implements("task.cancel")
def cancel(ctx: Context, task: str) -> None:
    with ctx.store.lock:
        record = ctx.store.get("task", task)
        if "cancel" not in record["allowed_operations"] or record["status"] != "pending":
            raise XapiError("OPERATION_NOT_ALLOWED", f"task {task} cannot be cancelled now")
        ctx.store.update("task", task, {"status": "cancelling", "allowed_operations": []})
