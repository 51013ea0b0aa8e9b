"""Injected faults for the RPC endpoints: delayed, stalled and malformed answers, and calls that fail with an
xapi error (see README.md).

A rule matches calls by method name (an ``fnmatch`` pattern; ``"*"`` or ``""`` for every call) and applies to
the next ``count`` matching calls (0: until ``sim.clear_faults``). ``sim.*`` controls are never faulted, so a
test can always steer the simulator. Delays and stalls hold the request before it runs; a stalled call is
never run nor answered (its connection is closed when the stall ends). ``html500`` and ``invalid_xml``
replace the call without running it; ``truncated`` (the answer cut in half) and ``wrong_types`` (every value
of another type) run it and mangle its answer, as a broken proxy would.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any

from .errors import XapiError

MALFORMED_KINDS = ("html500", "truncated", "invalid_xml", "wrong_types")
STALL_LIMIT_SECONDS = 600.0  # a forgotten stall still ends, so the simulator can stop


@dataclass
class Rule:
    kind: str  # "delay", "stall", "fail" or one of MALFORMED_KINDS
    pattern: str
    remaining: int | None  # None: until cleared
    seconds: float = 0.0
    error: tuple[str, ...] = ()  # "fail": xapi's error code and parameters

    def matches(self, method: str) -> bool:
        return fnmatch.fnmatchcase(method, self.pattern) or fnmatch.fnmatchcase(method.removeprefix("Async."),
                                                                               self.pattern)


@dataclass
class Plan:
    """What to do to one call: wait first, then maybe stall, then maybe answer malformed."""

    delay: float = 0.0
    stall: bool = False
    malformed: str | None = None


@dataclass
class Faults:
    """The active rules, shared by every endpoint of one simulator."""

    rules: list[Rule] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    released: threading.Event = field(default_factory=threading.Event)  # set by clear: stalls end

    def add(self, kind: str, pattern: Any, count: Any, seconds: float = 0.0, error: tuple[str, ...] = ()) -> None:
        if not isinstance(pattern, str):
            raise XapiError("FIELD_TYPE_ERROR", "method")
        remaining = _count(count)
        with self.lock:
            if kind == "stall":
                self.released.clear()
            self.rules.append(Rule(kind, pattern or "*", remaining or None, seconds, error))

    def failure(self, method: str) -> XapiError | None:
        """The error a ``fail`` rule makes this call raise (consuming the rule), None for none."""
        if method.startswith("sim."):
            return None
        with self.lock:
            for rule in list(self.rules):
                if rule.kind != "fail" or not rule.matches(method):
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self.rules.remove(rule)
                return XapiError(rule.error[0], *rule.error[1:])
        return None

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()
            self.released.set()

    def plan(self, method: str) -> Plan:
        """Consume the rules matching one call (sim.* never match)."""
        plan = Plan()
        if method.startswith("sim."):
            return plan
        with self.lock:
            for rule in list(self.rules):
                if rule.kind == "fail" or not rule.matches(method):
                    continue
                if rule.kind == "delay":
                    plan.delay += rule.seconds
                elif rule.kind == "stall":
                    plan.stall = True
                elif plan.malformed is None:
                    plan.malformed = rule.kind
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self.rules.remove(rule)
        return plan

    def wait_stall(self) -> None:
        self.released.wait(STALL_LIMIT_SECONDS)


def _count(value: Any) -> int:
    try:
        count = int(value)
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", "count") from None
    if count < 0:
        raise XapiError("VALUE_NOT_SUPPORTED", "count", str(value), "must not be negative")
    return count


def seconds_value(value: Any, name: str = "seconds") -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise XapiError("FIELD_TYPE_ERROR", name) from None
    if not 0 <= seconds <= STALL_LIMIT_SECONDS:
        raise XapiError("VALUE_NOT_SUPPORTED", name, str(value), f"must be between 0 and {STALL_LIMIT_SECONDS:g}")
    return seconds


# -- malformed bodies -------------------------------------------------------------------------------------

HTML_500 = (
    b"<html><body><h1>HTTP 500 internal server error</h1>An unexpected error occurred; please wait a while "
    b"and try again. If the problem persists, please contact your support representative.</body></html>"
)
INVALID_XML = (
    b'<?xml version="1.0"?><methodResponse><params><param><value><struct><member><name>Status</name>'
    b"<value>Success</value></member><member><name>Value<value><array><data></struct></param>"
)


def truncated(body: bytes) -> bytes:
    """A well-formed answer cut short (a proxy or crash losing the tail)."""
    return body[: max(1, len(body) // 2)]


def wrong_types(value: Any) -> Any:
    """The same shape with every leaf of another type: strings become numbers, numbers and booleans
    strings, empty lists strings; dictionary keys stay, so records keep their field names."""
    if isinstance(value, dict):
        return {k: wrong_types(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [wrong_types(v) for v in value] if value else "not a list"
    if isinstance(value, bool):
        return "maybe"
    if isinstance(value, (int, float)):
        return "not a number"
    if isinstance(value, str):
        return len(value)
    return value
