"""Typed results of ``event.from``: the contract between the wire client and the object cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
