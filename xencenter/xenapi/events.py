"""Typed results of ``event.from``: the contract between the wire client and the object cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import ProtocolError


@dataclass(frozen=True, slots=True)
class Event:
    """One object change. ``cls`` is xapi's lower-case class name (``vm``, ``vm_guest_metrics``)."""

    id: int
    timestamp: str
    cls: str
    operation: str  # "add" | "mod" | "del"
    ref: str
    snapshot: dict[str, Any] | None  # None for "del"


@dataclass(slots=True)
class EventBatch:
    """What one ``event.from`` call returned; pass ``token`` to the next call."""

    events: list[Event]
    token: str
    valid_ref_counts: dict[str, int] = field(default_factory=dict)


def _event(raw: Any) -> Event:
    if not isinstance(raw, dict):
        raise ProtocolError("an event is not a struct")
    try:
        operation, ref, cls = raw["operation"], raw["ref"], raw["class"]
        event_id = int(raw["id"])
    except (KeyError, TypeError, ValueError):
        raise ProtocolError("an event lacks its id, class, operation or ref") from None
    snapshot = raw.get("snapshot")
    if not all(isinstance(v, str) for v in (operation, ref, cls)) or not isinstance(snapshot, (dict, type(None))):
        raise ProtocolError("an event has fields of the wrong type")
    return Event(
        id=event_id,
        timestamp=str(raw.get("timestamp", "")),
        cls=cls,
        operation=operation,
        ref=ref,
        snapshot=None if operation == "del" else snapshot,
    )


def parse_event_batch(raw: Any) -> EventBatch:
    """The typed form of an ``event.from`` result (already converted by the datamodel types)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("token"), str):
        raise ProtocolError("event.from returned no token")
    events, counts = raw.get("events", []), raw.get("valid_ref_counts", {})
    if not isinstance(events, list) or not isinstance(counts, dict):
        raise ProtocolError("event.from returned a batch of the wrong shape")
    return EventBatch(events=[_event(e) for e in events], token=raw["token"], valid_ref_counts=dict(counts))
