"""Test-only ``sim.*`` methods: steer the simulated pool from a test (see README.md)."""

from __future__ import annotations

from typing import Any

from .api import Context
from .errors import XapiError
from .registry import control


@control("sim.session_count")
def session_count(ctx: Context) -> int:
    return ctx.api.session_count()


@control("sim.restart_toolstack")
def restart_toolstack(ctx: Context) -> None:
    """Like ``xe-toolstack-restart``: every session dies and the tasks vanish."""
    store = ctx.store
    with store.lock:
        for task in list(store.records["task"]):
            store.destroy("task", task)
    ctx.api.drop_sessions()


@control("sim.emit_events_lost")
def emit_events_lost(ctx: Context) -> None:
    """The next event.from of every current session (waiting now or calling later) raises EVENTS_LOST."""
    with ctx.store.lock:
        ctx.api.lost_events.update(ctx.store.records["session"])
    ctx.store.wake()


@control("sim.set_op_seconds", "seconds")
def set_op_seconds(ctx: Context, seconds: Any) -> None:
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "seconds") from None
    if value < 0:
        raise XapiError("VALUE_NOT_SUPPORTED", "seconds", str(seconds), "must not be negative")
    ctx.api.op_seconds = value


@control("sim.promote", "host")
def promote(ctx: Context, host: Any) -> None:
    """Make a member the coordinator; the old coordinator's endpoint then answers HOST_IS_SLAVE."""
    ctx.store.get("host", host)
    ctx.store.update("pool", ctx.api.pool_ref, {"master": host})


@control("sim.stop_endpoint", "host")
def stop_endpoint(ctx: Context, host: Any) -> None:
    """The endpoint serving ``host`` stops accepting connections (its open connections are closed)."""
    ctx.store.get("host", host)
    if host not in ctx.api.endpoints:
        raise XapiError("HOST_OFFLINE", host)
    ctx.api.stop_endpoint(host)
