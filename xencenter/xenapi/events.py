"""Typed results of ``event.from``: the contract between the wire client and the object cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .errors import ProtocolError


class Event(NamedTuple):
    """One object change. ``cls`` is xapi's lower-case class name (``vm``, ``vm_guest_metrics``).

    A named tuple: immutable like a frozen dataclass, but made in C (a first fill makes ~100,000).
    """

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
    timestamp = raw.get("timestamp", "")
    return Event(event_id, timestamp if type(timestamp) is str else str(timestamp), cls, operation, ref,
                 None if operation == "del" else snapshot)


def parse_event_batch(raw: Any) -> EventBatch:
    """The typed form of an ``event.from`` result (already converted by the datamodel types)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("token"), str):
        raise ProtocolError("event.from returned no token")
    events, counts = raw.get("events", []), raw.get("valid_ref_counts", {})
    if not isinstance(events, list) or not isinstance(counts, dict):
        raise ProtocolError("event.from returned a batch of the wrong shape")
    return EventBatch(events=[_event(e) for e in events], token=raw["token"], valid_ref_counts=dict(counts))
