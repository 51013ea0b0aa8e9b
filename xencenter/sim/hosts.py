"""host.* and pool-level calls that are more than field access."""

from __future__ import annotations

import time
from typing import Any

from .api import Context, now_iso
from .fieldtypes import Date
from .registry import implements


@implements("host.get_servertime")
def get_servertime(ctx: Context, host: str) -> Date:
    ctx.store.get("host", host)
    return now_iso()


@implements("host.get_server_localtime")
def get_server_localtime(ctx: Context, host: str) -> Date:
    ctx.store.get("host", host)
    return Date(time.strftime("%Y%m%dT%H:%M:%S", time.localtime()))


@implements("host.enable")
def enable(ctx: Context, host: str) -> None:
    ctx.store.get("host", host)
    ctx.store.update("host", host, {"enabled": True})


@implements("host.disable")
def disable(ctx: Context, host: str, auto_enable: bool = True) -> None:
    ctx.store.get("host", host)
    ctx.store.update("host", host, {"enabled": False})


@implements("message.get_since")
def messages_since(ctx: Context, since: Date) -> dict[str, Any]:
    stamp = str(since).rstrip("Z")
    return {ref: m for ref, m in ctx.store.all("message").items() if str(m["timestamp"]).rstrip("Z") > stamp}
