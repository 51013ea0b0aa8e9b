"""Test-only ``sim.*`` methods: steer the simulated pool and inject faults from a test (see README.md).

Controls that cut connections spare the caller's own, so that their answer arrives; the next request on it
meets the fault like any other.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .errors import XapiError
from .faults import MALFORMED_KINDS, seconds_value
from .registry import control


@control("sim.session_count")
def session_count(ctx: Context) -> int:
    return ctx.api.session_count()


@control("sim.sessions")
def sessions(ctx: Context) -> dict[str, dict[str, Any]]:
    """Every live session: ref -> user, originator and login time (to tell who leaks them)."""
    with ctx.store.lock:
        return {ref: {"user": r["auth_user_name"], "originator": r["originator"], "since": r["validation_time"]}
                for ref, r in ctx.store.records["session"].items()}


@control("sim.restart_toolstack", "seconds?")
def restart_toolstack(ctx: Context, seconds: Any = 0) -> None:
    """Like ``xe-toolstack-restart``: every session dies and the tasks vanish; with ``seconds``, every
    endpoint also stops answering for that long (xapi coming back up)."""
    down = seconds_value(seconds)
    store = ctx.store
    with store.lock:
        for task in list(store.records["task"]):
            store.destroy("task", task)
    ctx.api.drop_sessions()
    if down:
        for endpoint in ctx.api.listeners.values():
            endpoint.outage(down, keep=ctx.caller)


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


@control("sim.add_user", "user", "password", "role")
def add_user(ctx: Context, user: Any, password: Any, role: Any) -> None:
    """Another user who may log in, with one of xapi's roles (``read-only``, ``vm-operator``...)."""
    if not all(isinstance(v, str) for v in (user, password, role)) or not user:
        raise XapiError("FIELD_TYPE_ERROR", "user")
    ctx.api.add_user(user, password, role)


# -- hosts and the network ----------------------------------------------------------------------------------


def _endpoint(ctx: Context, host: Any) -> Any:
    ctx.store.get("host", host)
    endpoint = ctx.api.listeners.get(host)
    if endpoint is None:
        raise XapiError("HOST_OFFLINE", host)
    return endpoint


@control("sim.promote", "host")
def promote(ctx: Context, host: Any) -> None:
    """Make a member the coordinator; the old coordinator's endpoint then answers HOST_IS_SLAVE."""
    ctx.store.get("host", host)
    ctx.store.update("pool", ctx.api.pool_ref, {"master": host})


@control("sim.stop_endpoint", "host")
def stop_endpoint(ctx: Context, host: Any) -> None:
    """The endpoint serving ``host`` stops listening and its open connections are cut at once."""
    _endpoint(ctx, host).stop(keep=ctx.caller)


@control("sim.start_endpoint", "host")
def start_endpoint(ctx: Context, host: Any) -> None:
    """A stopped (or vanished) endpoint serves again, on the same port."""
    _endpoint(ctx, host).start()


@control("sim.fail_coordinator", "host")
def fail_coordinator(ctx: Context, host: Any) -> None:
    """The coordinator vanishes (its endpoint answers nothing more, its connections are cut), then
    ``host`` is promoted in its place, as HA would do."""
    ctx.store.get("host", host)
    old = ctx.api.coordinator
    if host == old:
        raise XapiError("HOST_IS_MASTER", host)
    endpoint = ctx.api.listeners.get(old)
    if endpoint is not None:
        endpoint.stop(keep=ctx.caller)
    promote(ctx, host)


@control("sim.drop_connections")
def drop_connections(ctx: Context) -> None:
    """Cut every open connection of every endpoint (clients must connect again)."""
    for endpoint in ctx.api.listeners.values():
        endpoint.drop_connections(keep=ctx.caller)


@control("sim.outage", "seconds")
def outage(ctx: Context, seconds: Any) -> None:
    """The network is cut for ``seconds``: connections are dropped and new ones reset, then all heals."""
    down = seconds_value(seconds)
    for endpoint in ctx.api.listeners.values():
        endpoint.outage(down, keep=ctx.caller)


# -- answers ------------------------------------------------------------------------------------------------


@control("sim.delay", "seconds", "method?", "count?")
def delay(ctx: Context, seconds: Any, method: Any = "*", count: Any = 0) -> None:
    """Hold matching calls ``seconds`` before running them (``count`` calls; 0: until cleared)."""
    ctx.api.faults.add("delay", method, count, seconds_value(seconds))


@control("sim.stall", "method?", "count?")
def stall(ctx: Context, method: Any = "*", count: Any = 0) -> None:
    """Matching calls are never run nor answered; their connections close at ``sim.clear_faults``."""
    ctx.api.faults.add("stall", method, count)


@control("sim.malformed", "kind", "method?", "count?")
def malformed(ctx: Context, kind: Any, method: Any = "*", count: Any = 0) -> None:
    """Answer matching calls with a broken body: ``html500``, ``truncated``, ``invalid_xml``, ``wrong_types``."""
    if kind not in MALFORMED_KINDS:
        raise XapiError("VALUE_NOT_SUPPORTED", "kind", str(kind), f"one of {', '.join(MALFORMED_KINDS)}")
    ctx.api.faults.add(kind, method, count)


@control("sim.fail", "code", "method?", "count?", "params?")
def fail(ctx: Context, code: Any, method: Any = "*", count: Any = 0, params: Any = None) -> None:
    """Matching calls fail with xapi's error ``code`` (and ``params``) once their own checks passed: a plain call
    raises it, an ``Async.`` one returns a task that fails with it. ``sim.clear_faults`` removes the rule."""
    if not isinstance(code, str) or not code:
        raise XapiError("FIELD_TYPE_ERROR", "code")
    if params is not None and not isinstance(params, list):
        raise XapiError("FIELD_TYPE_ERROR", "params")
    ctx.api.faults.add("fail", method, count, error=(code, *(str(p) for p in params or ())))


@control("sim.clear_faults")
def clear_faults(ctx: Context) -> None:
    """Remove every delay, stall and malformed-answer rule; stalled calls end (their connections close)."""
    ctx.api.faults.clear()


@control("sim.replace_cpu", "host", "vendor")
def replace_cpu(ctx: Context, host: str, vendor: str) -> None:
    """The host gets a CPU of another vendor: running VMs that booted elsewhere can no longer move there."""
    with ctx.store.lock:
        record = ctx.store.get("host", host)
        ctx.store.update("host", host, {"cpu_info": {**record["cpu_info"], "vendor": str(vendor)}})
