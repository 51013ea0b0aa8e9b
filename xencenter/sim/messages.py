"""message.*: alerts as xapi keeps them (xapi_message.ml).

``message.create`` checks the object exists (UUID_INVALID [cls, obj_uuid]) and stamps the time; its ``add``
and ``destroy``'s ``del`` reach ``event.from`` like any other class. ``destroy`` of an unknown ref answers
HANDLE_INVALID [message, ref]; ``destroy_many`` stops at the first unknown one, as xapi's list iteration does.
``get`` and ``get_since`` filter by object and time; ``destroy_all`` takes xapi's filters (cls, obj_uuid,
priority, before, after).
"""

from __future__ import annotations

from typing import Any

from .context import Context, now_iso
from .errors import XapiError
from .fieldtypes import Date
from .registry import implements

#: The message ``cls`` enum -> the class its object belongs to.
OBJECT_CLASSES = {"VM": "VM", "Host": "host", "SR": "SR", "Pool": "pool", "VMPP": "VMPP", "VMSS": "VMSS",
                  "PVS_proxy": "PVS_proxy", "VDI": "VDI", "Certificate": "Certificate"}


def _stamp(value: Any) -> str:
    return str(value).rstrip("Z").replace("-", "").replace(":", "")


@implements("message.create")
def create(ctx: Context, name: str, priority: int, cls: str, obj_uuid: str, body: str) -> str:
    if cls not in OBJECT_CLASSES:
        raise XapiError("INVALID_VALUE", "cls", cls)
    try:
        ctx.store.by_uuid(OBJECT_CLASSES[cls], obj_uuid)
    except XapiError:
        raise XapiError("UUID_INVALID", cls, obj_uuid) from None
    return ctx.store.create("message", {"name": name, "priority": priority, "cls": cls, "obj_uuid": obj_uuid,
                                        "timestamp": now_iso(), "body": body})


@implements("message.destroy")
def destroy(ctx: Context, message: str) -> None:
    if not ctx.store.exists("message", message):
        raise XapiError("HANDLE_INVALID", "message", message)
    ctx.store.destroy("message", message)


@implements("message.destroy_many")
def destroy_many(ctx: Context, messages: list[str]) -> None:
    for message in messages:
        destroy(ctx, message)


@implements("message.get_since")
def get_since(ctx: Context, since: Date) -> dict[str, Any]:
    stamp = _stamp(since)
    return {ref: m for ref, m in ctx.store.all("message").items() if _stamp(m["timestamp"]) > stamp}


@implements("message.get")
def get(ctx: Context, cls: str, obj_uuid: str, since: Date) -> dict[str, Any]:
    return {ref: m for ref, m in get_since(ctx, since).items() if m["cls"] == cls and m["obj_uuid"] == obj_uuid}


@implements("message.destroy_all")
def destroy_all(ctx: Context, filters: dict[str, str]) -> None:
    def wanted(m: dict[str, Any]) -> bool:
        checks = (("cls", lambda v: m["cls"] == v), ("obj_uuid", lambda v: m["obj_uuid"] == v),
                  ("priority", lambda v: str(m["priority"]) == v),
                  ("before", lambda v: _stamp(m["timestamp"]) < _stamp(v)),
                  ("after", lambda v: _stamp(m["timestamp"]) > _stamp(v)))
        return all(test(filters[key]) for key, test in checks if key in filters)

    for ref in [ref for ref, m in ctx.store.all("message").items() if wanted(m)]:
        ctx.store.destroy("message", ref)
