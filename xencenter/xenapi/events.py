"""Typed results of ``event.from``: the contract between the wire client and the object cache.

Events are decoded straight into record structs (``records.py``) by msgspec, one ~1 MB run of the events
array at a time (``json_pieces``): decoding and type-checking a 5,000-VM pool's 86,000 events takes 0.2 s
this way instead of 1.1 s for ``json.loads`` plus the Python type checks, and the records take half the
memory. Values a newer or older xapi sends that this datamodel lacks (an enum member, a date in another
spelling) take a second decoder with lenient record types, as fast. Only what both refuse (a class this
datamodel lacks, XML-RPC's quirks, a value of the wrong type) goes one event at a time through ``values``'
converters, and what is still wrong there is a ProtocolError.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, Union

import msgspec

from xencenter import schema

from .errors import ProtocolError
from .records import LooseRecord, Record, record_type, with_canonical_dates
from .shared_values import Ref, decode_hook
from .values import record_converter


class Event(NamedTuple):
    """One object change. ``cls`` is xapi's lower-case class name (``vm``, ``vm_guest_metrics``).

    A named tuple: immutable like a frozen dataclass, but made in C (a first fill makes ~100,000).
    """

    id: int
    timestamp: str
    cls: str
    operation: str  # "add" | "mod" | "del"
    ref: str
    snapshot: Record | LooseRecord | None  # None for "del"


@dataclass(slots=True)
class EventBatch:
    """What one ``event.from`` call returned; pass ``token`` to the next call."""

    events: list[Event]
    token: str
    valid_ref_counts: dict[str, int] = field(default_factory=dict)


@functools.cache
def _wire_event(cls: str, lenient: bool) -> type[msgspec.Struct]:
    """The struct of one class's events on the wire, told apart by their ``class`` field."""
    snapshot = record_type(cls, lenient=lenient)
    assert snapshot is not None, f"{cls} is not a class of the datamodel"
    return msgspec.defstruct(
        f"{cls}Event" + ("Lenient" if lenient else ""),
        [("id", int), ("operation", Literal["add", "mod", "del"]), ("ref", Ref),
         ("timestamp", str, ""), ("snapshot", snapshot | None, None)],
        tag_field="class", tag=cls.lower(), namespace={"CLS": cls.lower()}, gc=False,
    )


@functools.cache
def _wire_events(lenient: bool) -> Any:
    events = tuple(_wire_event(cls, lenient) for cls in schema.class_names() if cls != "event")
    return list[Union[events]]  # type: ignore[valid-type]  # noqa: UP007 (a Union of a tuple of types)


@functools.cache
def _json_decoder(lenient: bool) -> msgspec.json.Decoder:
    return msgspec.json.Decoder(_wire_events(lenient), strict=False, dec_hook=decode_hook)


def _typed(wire: Any, lenient: bool) -> Event:
    operation = wire.operation
    snapshot = None if operation == "del" else wire.snapshot
    if lenient and snapshot is not None:
        snapshot = with_canonical_dates(snapshot)
    return Event(wire.id, wire.timestamp, wire.CLS, operation, wire.ref, snapshot)


#: Strict types first; then lenient ones (any text for enums and dates), which a pool of a newer xapi needs
#: for every object whose ``allowed_operations`` holds a value this datamodel does not know.
_TIERS = (False, True)


def events_from_json(array: bytes | str) -> list[Event]:
    """A JSON array of events, decoded and typed (ValueError when it is not JSON, ProtocolError when an
    event is not one)."""
    for lenient in _TIERS:
        try:
            decoded = _json_decoder(lenient).decode(array)
        except msgspec.ValidationError:
            continue
        return [_typed(e, lenient) for e in decoded]
    return _events_slowly(json.loads(array))


def events_from_python(raw: Any) -> list[Event]:
    """Typed events from decoded JSON or XML-RPC values."""
    for lenient in _TIERS:
        try:
            decoded = msgspec.convert(raw, _wire_events(lenient), strict=False, dec_hook=decode_hook)
        except msgspec.ValidationError:
            continue
        return [_typed(e, lenient) for e in decoded]
    return _events_slowly(raw)


def _events_slowly(raw: Any) -> list[Event]:
    """One event at a time: a class this datamodel lacks, values only ``values``' converters smooth, or a
    field of the wrong type (a ProtocolError naming it)."""
    if not isinstance(raw, list):
        raise ProtocolError("event.from returned events that are not a list")
    return [_event_slowly(e) for e in raw]


def _event_slowly(raw: Any) -> Event:
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
    if operation == "del" or snapshot is None:
        snapshot = None
    else:
        snapshot = snapshot_record(cls, snapshot)
    return Event(event_id, timestamp if type(timestamp) is str else str(timestamp), cls, operation, ref, snapshot)


def snapshot_record(event_class: str, snapshot: Mapping[str, Any]) -> Record | LooseRecord:
    """The record of a snapshot that did not decode strictly; a class the datamodel lacks keeps its mapping.

    Raises ProtocolError when a field has the wrong type even for the lenient record.
    """
    try:
        cls = schema.canonical_name(event_class)
    except KeyError:
        return LooseRecord(snapshot)
    try:
        return msgspec.convert(snapshot, record_type(cls), strict=False, dec_hook=decode_hook)
    except msgspec.ValidationError:
        pass
    smoothed = record_converter(cls)(dict(snapshot))  # type: ignore[misc]
    try:
        return msgspec.convert(smoothed, record_type(cls, lenient=True), strict=False, dec_hook=decode_hook)
    except msgspec.ValidationError as e:
        raise ProtocolError(f"{cls} record with a field of the wrong type ({e})") from None


def parse_event_batch(raw: Any) -> EventBatch:
    """The typed form of an ``event.from`` result.

    Its events are already typed when the reply was decoded in runs (``events_from_json``), else decoded
    values that are typed here.
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("token"), str):
        raise ProtocolError("event.from returned no token")
    events, counts = raw.get("events", []), raw.get("valid_ref_counts", {})
    if not isinstance(events, list) or not isinstance(counts, dict):
        raise ProtocolError("event.from returned a batch of the wrong shape")
    if not (events and isinstance(events[0], Event)):  # JSON and XML-RPC never decode to tuples
        events = events_from_python(events)
    return EventBatch(events=events, token=raw["token"], valid_ref_counts=dict(counts))
