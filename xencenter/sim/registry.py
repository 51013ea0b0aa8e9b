"""Hand-written method implementations, registered by wire name; everything else is generated from the schema."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]

# "VM.start" -> handler(ctx, *params after the session)
HANDLERS: dict[str, Handler] = {}
# Test-only methods that the schema does not know: wire name -> (parameter names after the session, handler)
CONTROL: dict[str, tuple[tuple[str, ...], Handler]] = {}


def implements(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for one or more API messages (``@implements("VM.start")``)."""

    def register(fn: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = fn
        return fn

    return register


def control(name: str, *params: str) -> Callable[[Handler], Handler]:
    """Register a simulator-only ``sim.*`` method (needs a valid session, never HOST_IS_SLAVE)."""

    def register(fn: Handler) -> Handler:
        CONTROL[name] = (params, fn)
        return fn

    return register
