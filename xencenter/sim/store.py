"""The simulator's object store: class -> ref -> record, with the change log that ``event.from`` reads.

Records are never changed in place: an update stores a new dict. So a record handed out (an event snapshot,
a ``get_all_records`` answer being encoded on another thread) stays as it was, and encoding needs no lock.
Every change bumps the generation and logs ``(class, ref)``; ``event.from`` turns the log after a token into
one add/mod/del event per object, as xapi does from its database's modification counters.
Because records are immutable, each one's JSON is encoded once and kept until the record is replaced
(``snapshot_json``): a client's first ``event.from`` sends every object, tens of megabytes of it.
"""

from __future__ import annotations

import json
import threading
import time
import uuid as uuidlib
from collections.abc import Iterable
from typing import Any

import msgspec

from xencenter import schema

from .errors import XapiError
from .fieldtypes import NULL_REF, new_record
from .relations import by_member

Record = dict[str, Any]

# Classes whose changes are not events (xapi keeps sessions out of the event stream).
NOT_EVENTED = frozenset({"session", "event"})


def _plain(value: Any) -> Any:
    """The field types' subclasses (``Int32``, ``Date``) as the JSON types they are."""
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return kind(value)
    raise TypeError(f"{type(value).__name__} is not a field value")


#: Records as compact JSON in a third of ``json.dumps``' time (a storm of 20,000 changed records was mostly the
#: simulator encoding them): the same bytes, except a float's exponent (``1e16``, not ``1e+16``); text with
#: non-ASCII characters still goes to json.dumps, for its escapes.
_ENCODER = msgspec.json.Encoder(enc_hook=_plain)
_LOG_LIMIT = 2_000_000


def compact_json(value: Any) -> bytes:
    """``value`` as ``json.dumps`` writes it compactly (``separators=(",", ":")``, ASCII with escapes)."""
    text = _ENCODER.encode(value)
    if not text.isascii():  # json.dumps' escapes, byte for byte
        text = json.dumps(value, separators=(",", ":"), check_circular=False).encode()
    return text


def new_ref() -> str:
    return f"OpaqueRef:{uuidlib.uuid4()}"


class Store:
    """Thread-safe; ``lock`` may be held by callers that need several steps to be atomic."""

    def __init__(self, records: dict[str, dict[str, Record]]) -> None:
        self.records: dict[str, dict[str, Record]] = {cls: dict(records.get(cls, {})) for cls in schema.class_names()}
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self._log: list[tuple[str, str]] = []  # generation g is at index g - 1 - _base
        self._base = 0
        self._created: dict[str, int] = {}  # refs created after start -> generation
        self._stamps: dict[str, float] = {}
        self._started = time.time()
        self._uuids: dict[str, dict[str, str]] = {}
        # (wire class name, ref) -> (record, its JSON); an entry counts only while its record is the one asked for
        self._json: dict[tuple[str, str], tuple[Record, bytes]] = {}

    # -- reading ----------------------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._base + len(self._log)

    @property
    def oldest_generation(self) -> int:
        """Tokens older than this have lost events."""
        return self._base

    def get(self, cls: str, ref: str) -> Record:
        try:
            return self.records[cls][ref]
        except KeyError:
            raise XapiError("HANDLE_INVALID", cls, ref) from None

    def exists(self, cls: str, ref: str) -> bool:
        return ref in self.records.get(cls, {})

    def all(self, cls: str) -> dict[str, Record]:
        """A snapshot of the class (a new dict of the immutable records)."""
        with self.lock:
            return dict(self.records[cls])

    def snapshot_json(self, wire_cls: str, ref: str, record: Record) -> bytes:
        """``record`` (of class ``wire_cls`` as events name it: ``"vm"``) as compact JSON, encoded once per record;
        bytes, because the reply is bytes: a storm's 27 MB is not copied into text and back."""
        cached = self.cached_json(wire_cls, ref, record)
        if cached is not None:
            return cached
        text = compact_json(record)
        if self.records[schema.canonical_name(wire_cls)].get(ref) is record:
            self._json[(wire_cls, ref)] = (record, text)  # only the current record: old ones are not kept alive
        return text

    def cached_json(self, wire_cls: str, ref: str, record: Record) -> bytes | None:
        """``record``'s JSON if it has been encoded already."""
        cached = self._json.get((wire_cls, ref))
        return cached[1] if cached is not None and cached[0] is record else None

    def warm_json(self) -> None:
        """Encode every record once up front, so that a client's first full event.from is as fast as later ones."""
        with self.lock:
            for cls, table in self.records.items():
                for ref, record in table.items():
                    self.snapshot_json(cls.lower(), ref, record)

    def by_uuid(self, cls: str, uuid: str) -> str:
        with self.lock:
            index = self._uuids.get(cls)
            if index is None:
                index = self._uuids[cls] = {rec.get("uuid", ""): ref for ref, rec in self.records[cls].items()}
            ref = index.get(uuid)
        if ref is None:
            raise XapiError("UUID_INVALID", cls, uuid)
        return ref

    # -- changing ---------------------------------------------------------------------------------------

    def create(self, cls: str, fields: Record, ref: str | None = None) -> str:
        """Add a complete record (defaults fill the rest; a uuid is made when missing)."""
        ref = ref or new_ref()
        record = new_record(cls, fields)
        if not record.get("uuid"):
            record["uuid"] = str(uuidlib.uuid4())
        with self.lock:
            self.records[cls][ref] = record
            self._forget_json(cls, ref)
            if cls in self._uuids:
                self._uuids[cls][record["uuid"]] = ref
            self._created[ref] = self.generation + 1
            self._touch(cls, ref)
            for rel in by_member(cls):
                self._link(rel.owner_cls, rel.owner_field, record.get(rel.member_field, NULL_REF), ref, add=True)
        return ref

    def update(self, cls: str, ref: str, changes: Record) -> Record:
        """Store a changed copy of the record; keeps the derived set fields of related objects in step."""
        with self.lock:
            old = self.get(cls, ref)
            new = old.copy()
            new.update(changes)
            self.records[cls][ref] = new
            self._forget_json(cls, ref)
            self._touch(cls, ref)
            for rel in by_member(cls):
                if rel.member_field in changes and old.get(rel.member_field) != new[rel.member_field]:
                    self._link(rel.owner_cls, rel.owner_field, old.get(rel.member_field, NULL_REF), ref, add=False)
                    self._link(rel.owner_cls, rel.owner_field, new[rel.member_field], ref, add=True)
            return new

    def destroy(self, cls: str, ref: str) -> None:
        with self.lock:
            record = self.get(cls, ref)
            del self.records[cls][ref]
            self._forget_json(cls, ref)
            if cls in self._uuids:
                self._uuids[cls].pop(record.get("uuid", ""), None)
            self._touch(cls, ref)
            for rel in by_member(cls):
                self._link(rel.owner_cls, rel.owner_field, record.get(rel.member_field, NULL_REF), ref, add=False)

    def touch(self, cls: str, ref: str) -> None:
        """An artificial change (``event.inject``)."""
        with self.lock:
            self.get(cls, ref)
            self._touch(cls, ref)

    def wake(self) -> None:
        """Wake every ``event.from`` waiter so it re-checks its session and lost-events state."""
        with self.lock:
            self.changed.notify_all()

    def _link(self, owner_cls: str, field: str, owner: str, member: str, add: bool) -> None:
        record = self.records[owner_cls].get(owner)
        if record is None:
            return
        members = record.get(field, [])
        if add == (member in members):
            return
        changed = record.copy()
        changed[field] = [*members, member] if add else [m for m in members if m != member]
        self.records[owner_cls][owner] = changed
        self._forget_json(owner_cls, owner)
        self._touch(owner_cls, owner)

    def _forget_json(self, cls: str, ref: str) -> None:
        self._json.pop((cls.lower(), ref), None)

    def _touch(self, cls: str, ref: str) -> None:
        if cls in NOT_EVENTED:
            return
        self._log.append((cls, ref))
        self._stamps[ref] = time.time()
        if len(self._log) > _LOG_LIMIT:
            drop = len(self._log) // 2
            del self._log[:drop]
            self._base += drop
        self.changed.notify_all()

    # -- events -----------------------------------------------------------------------------------------

    def changed_since(self, since: int, wanted: Iterable[tuple[str, str | None]]) -> bool:
        """Whether ``changes_since`` would give an event, found without making them (a waiting event.from asks
        after every write, and a storm's answer is then made once, not twice)."""
        classes = {cls for cls, ref in wanted if ref is None}
        refs = {ref for cls, ref in wanted if ref is not None}
        with self.lock:
            for index in range(max(0, since - self._base), len(self._log)):
                cls, ref = self._log[index]
                if (cls in classes or ref in refs) and (
                        ref in self.records[cls] or self._created.get(ref, 0) <= since):
                    return True  # not born and gone within the window: an event to tell
            return False

    def changes_since(self, since: int, wanted: Iterable[tuple[str, str | None]]) -> list[dict[str, Any]]:
        """One event per object changed after generation ``since``; ``wanted`` holds (class, ref or None)."""
        classes = {cls for cls, ref in wanted if ref is None}
        refs = {ref for cls, ref in wanted if ref is not None}
        with self.lock:
            last: dict[str, tuple[str, int]] = {}
            start = max(0, since - self._base)
            for index in range(start, len(self._log)):
                cls, ref = self._log[index]
                if cls in classes or ref in refs:
                    last.pop(ref, None)
                    last[ref] = (cls, self._base + index + 1)
            events = []
            for ref, (cls, gen) in last.items():
                record = self.records[cls].get(ref)
                created_after = self._created.get(ref, 0) > since
                if record is None:
                    if created_after:
                        continue  # born and gone within the window: nothing to tell
                    events.append(self._event(gen, cls, "del", ref, None))
                else:
                    events.append(self._event(gen, cls, "add" if created_after else "mod", ref, record))
            return events

    def snapshot_events(self, wanted: Iterable[tuple[str, str | None]]) -> list[dict[str, Any]]:
        """Every current object of the wanted classes as an ``add`` event (token ``""``)."""
        with self.lock:
            gen = self.generation
            events: list[dict[str, Any]] = []
            for cls, ref in wanted:
                rows = self.records[cls]
                if ref is None:
                    events.extend(self._event(gen, cls, "add", r, rec) for r, rec in rows.items())
                elif ref in rows:
                    events.append(self._event(gen, cls, "add", ref, rows[ref]))
            return events

    def _event(self, gen: int, cls: str, op: str, ref: str, record: Record | None) -> dict[str, Any]:
        event: dict[str, Any] = {
            "id": str(gen),
            "timestamp": f"{self._stamps.get(ref, self._started):.3f}",
            "class": cls.lower(),
            "operation": op,
            "ref": ref,
        }
        if record is not None:
            event["snapshot"] = record
        return event

    def counts(self, classes: Iterable[str]) -> dict[str, int]:
        with self.lock:
            return {cls.lower(): len(self.records[cls]) for cls in classes}
