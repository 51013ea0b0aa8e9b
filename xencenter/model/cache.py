"""The object cache of one connection, fed by ``event.from``.

Threading rule (the whole contract): one worker thread calls the mutating methods (``apply``, ``refill``,
``begin_refill``/``end_refill``, ``reset``); any thread may read. The writer never changes a stored record
in place: every add/mod stores the event's snapshot dict as a new entry (a single dict assignment, atomic
under the GIL) and a del pops the entry. Readers therefore always see whole records, old or new, and must
treat records as read-only. A reader may see a batch half applied (a new VBD before the VM that lists it):
that is why references resolve to None instead of raising. Readers that walk a whole class take a snapshot
of the table first (``list(table.items())`` runs in C without releasing the GIL), which ``all``/``items`` do.

Snapshots are stored as they arrive, without copies or conversion, so a pool of 20,000 VMs costs what its
records cost; typed wrappers (``objects.py``) are created on demand and hold only a reference to the record.
Large batches (a pool's first fill) are applied with the garbage collector paused and then settled out of
its sight (``gc_policy``), so that no later collection walks the whole pool while the UI waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xencenter.give_way import give_way
from xencenter.model import gc_policy
from xencenter.model.objects import class_name, wrap
from xencenter.xenapi.events import Event, snapshot_record
from xencenter.xenapi.records import Record

if TYPE_CHECKING:
    from xencenter.model.objects import Pool, XenObject

Key = tuple[str, str]  # (API class name, ref)
_EMPTY_TABLE: Mapping[str, Record] = {}
ENDED_TASKS_KEPT = 2000
#: Events stored between two ``give_way()`` calls (a few milliseconds of Python).
GIVE_WAY_EVERY = 2000


@dataclass
class ChangeSet:
    """Which objects appeared, changed or disappeared, as (class, ref) pairs.

    A key is in at most one set. ``merge`` folds a later change set into this one the way the UI needs it:
    added then removed cancels out (the UI never saw it), added then changed stays added, removed then added
    becomes changed.
    """

    added: set[Key] = field(default_factory=set)
    changed: set[Key] = field(default_factory=set)
    removed: set[Key] = field(default_factory=set)
    _classes: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def classes(self) -> frozenset[str]:
        """The classes it touches: one pass over its keys, remembered (every view and page asks whether a
        batch concerns it; a pool's first fill is 100,000 keys)."""
        if self._classes is None:
            self._classes = frozenset(cls for keys in (self.added, self.changed, self.removed) for cls, _ in keys)
        return self._classes

    def touches(self, classes: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
        return not self.classes().isdisjoint(classes)

    def note_added(self, key: Key) -> None:
        self._classes = None
        if key in self.removed:
            self.removed.discard(key)
            self.changed.add(key)
        elif key not in self.changed:
            self.added.add(key)

    def note_changed(self, key: Key) -> None:
        self._classes = None
        if key not in self.added:
            self.changed.add(key)

    def note_removed(self, key: Key) -> None:
        self._classes = None
        if key in self.added:
            self.added.discard(key)
        else:
            self.changed.discard(key)
            self.removed.add(key)

    def merge(self, later: ChangeSet) -> ChangeSet:
        """Accumulate ``later`` (which happened after this one) into self; returns self.

        The same outcome as ``note_*`` for every key of ``later``, in set operations (a first fill merges
        ~100,000 keys; the connection merges on its worker thread while the UI waits for the batch).
        """
        # The classes stay known where both sides know theirs: a first fill's 300,000 keys are not walked again
        # on the UI thread. A class whose keys cancelled out may stay named; a view then looks for nothing.
        mine, was_empty = self._classes, not self
        self._classes = later._classes if was_empty else (
            None if mine is None or later._classes is None else mine | later._classes)
        back = later.added & self.removed  # removed, then added again: changed
        self.removed -= back
        self.changed |= back
        self.added |= later.added - back - self.changed
        self.changed |= later.changed - self.added
        gone = later.removed - self.added  # added, then removed: never shown, nothing to say
        self.added -= later.removed
        self.changed -= gone
        self.removed |= gone
        return self

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def __len__(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)


@dataclass(frozen=True)
class Prepared:
    """A saved inventory's tables, uuid index and keys, ready to be swapped into an empty cache."""

    tables: dict[str, dict[str, Record]]
    by_uuid: dict[str, Key]
    keys: set[Key]


def _record(event: Event) -> Record | None:
    """The event's snapshot as a record struct (events built by hand may carry plain dicts)."""
    snapshot = event.snapshot
    return snapshot_record(event.cls, snapshot) if type(snapshot) is dict else snapshot  # type: ignore[return-value]


class ObjectCache:
    """Every object of one connection by class and ref, as the server last described it."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._tables: dict[str, dict[str, Record]] = {}
        self._by_uuid: dict[str, Key] = {}
        self._power_changed_at: dict[str, float] = {}
        self._refill_seen: set[Key] | None = None
        self._write_lock = threading.Lock()
        self._clock = clock
        #: Bumped by every write that changed something: equal generations mean equal content, so derived
        #: views (the navigation trees) can be reused while it stays the same.
        self.generation = 0
        #: Server clock minus local clock in seconds (set by the connection from ``host.get_servertime``);
        #: used to turn server timestamps such as ``VM_metrics.start_time`` into local time.
        self.server_time_offset = 0.0
        #: Tasks xapi destroyed (ref -> (their last record, local time of the removal)), newest last, so the
        #: pool's history keeps them; at most ``ENDED_TASKS_KEPT``.
        self._ended_tasks: dict[str, tuple[Record, float]] = {}
        #: When the cache holds a last known inventory from disk (``load_inventory``) instead of what the
        #: server says now: the time it was saved (epoch seconds). None once a live fill replaced it.
        self.stale_since: float | None = None
        gc_policy.defer_full_collections()

    # ---- writing (one worker thread) -------------------------------------------------------------------

    def apply(self, events: Iterable[Event]) -> ChangeSet:
        """Apply ``event.from`` events in order and report what changed."""
        events = events if isinstance(events, (list, tuple)) else list(events)
        large = len(events) >= gc_policy.LARGE_BATCH
        changes = ChangeSet()
        with self._write_lock, gc_policy.paused() if large else nullcontext():
            for index, event in enumerate(events):
                if not index % GIVE_WAY_EVERY:
                    give_way()
                self._apply_one(event, changes)
            if changes:
                self.generation += 1
        if large:
            gc_policy.settle()
        return changes

    def _apply_one(self, event: Event, changes: ChangeSet) -> None:
        cls = class_name(event.cls)
        ref = event.ref
        key = (cls, ref)
        table = self._tables.get(cls)
        if event.operation == "del":
            old = table.pop(ref, None) if table is not None else None
            if old is not None:
                self._unindex(old, key)
                self._power_changed_at.pop(ref, None)
                changes.note_removed(key)
                if cls == "task":
                    self._task_ended(ref, old)
            return
        snapshot = _record(event)
        if snapshot is None:
            return
        if table is None:
            table = self._tables.setdefault(cls, {})
        old = table.get(ref)
        table[ref] = snapshot
        if self._refill_seen is not None:
            self._refill_seen.add(key)
        if old is None:
            changes.note_added(key)
        elif self._refill_seen is not None and old == snapshot:
            pass  # refilled unchanged: nothing for the UI to redo
        else:
            changes.note_changed(key)
        uuid = getattr(snapshot, "uuid", None)
        if old is not None and getattr(old, "uuid", None) != uuid:
            self._unindex(old, key)
        if uuid:
            self._by_uuid[uuid] = key
        if cls == "VM" and old is not None and old.power_state != snapshot.power_state:
            self._power_changed_at[ref] = self._clock()

    def _task_ended(self, ref: str, record: Record) -> None:
        self._ended_tasks[ref] = (record, self._clock())
        while len(self._ended_tasks) > ENDED_TASKS_KEPT:
            del self._ended_tasks[next(iter(self._ended_tasks))]

    def _unindex(self, record: Record, key: Key) -> None:
        uuid = getattr(record, "uuid", None)
        if uuid and self._by_uuid.get(uuid) == key:
            del self._by_uuid[uuid]

    def begin_refill(self) -> None:
        """Start a clean refill (after EVENTS_LOST or SESSION_INVALID) without wiping what the UI shows.

        Feed the ``event.from(["*"], "")`` answer to ``apply``; ``end_refill`` then removes what the refill
        did not mention. Objects that come back identical are not reported as changed.
        """
        with self._write_lock:
            self._refill_seen = set()

    def end_refill(self) -> ChangeSet:
        """Remove every object the refill did not mention and report those removals."""
        changes = ChangeSet()
        with self._write_lock:
            seen = self._refill_seen or set()
            self._refill_seen = None
            for cls, table in list(self._tables.items()):
                for ref in [r for r in table if (cls, r) not in seen]:
                    record = table.pop(ref)
                    self._unindex(record, (cls, ref))
                    self._power_changed_at.pop(ref, None)
                    changes.note_removed((cls, ref))
            self.stale_since = None
            if changes:
                self.generation += 1
        return changes

    @staticmethod
    def prepare_inventory(tables: Mapping[str, Mapping[str, Record]]) -> Prepared:
        """What ``load_inventory`` swaps in, made on a worker (copying 300,000 records' indexes takes a
        third of a second the UI thread must not spend)."""
        filled = {cls: dict(table) for cls, table in tables.items() if table}
        by_uuid = {uuid: (cls, ref) for cls, table in filled.items() for ref, record in table.items()
                   if (uuid := getattr(record, "uuid", None))}
        return Prepared(filled, by_uuid, {(cls, ref) for cls, table in filled.items() for ref in table})

    def load_inventory(self, prepared: Prepared, saved_at: float) -> ChangeSet:
        """Show a saved inventory (``model.inventory``) until the first live fill replaces it; only into an
        empty cache (a live fill that came first wins)."""
        with self._write_lock:
            if any(self._tables.values()) or self._refill_seen is not None:
                return ChangeSet()
            self._tables, self._by_uuid, self.stale_since = prepared.tables, prepared.by_uuid, saved_at
            self.generation += 1
        gc_policy.settle()
        return ChangeSet(added=prepared.keys, _classes=frozenset(prepared.tables))

    def refill(self, events: Iterable[Event]) -> ChangeSet:
        """A whole refill in one call: the difference between the old content and ``events``."""
        events = events if isinstance(events, (list, tuple)) else list(events)
        if self.stale_since is not None:
            return self._replace_stale(events)
        first = self._first_fill(events)
        if first is not None:
            return first
        self.begin_refill()
        changes = self.apply(events)
        return changes.merge(self.end_refill())

    def _first_fill(self, events: list[Event] | tuple[Event, ...]) -> ChangeSet | None:
        """An empty cache taking ``event.from("")`` (one ``add`` per object) in bulk: the same result as
        ``apply`` in a third of the time, which is a tenth of a pool's login. None when the cache is not
        empty or the events are not distinct adds (then the general path runs)."""
        if any(self._tables.values()):
            return None
        large = len(events) >= gc_policy.LARGE_BATCH
        with gc_policy.paused() if large else nullcontext():
            filled = self._bulk_tables(events)
            if filled is None:
                return None
            tables, by_uuid, added = filled
            with self._write_lock:
                if any(self._tables.values()) or self._refill_seen is not None:
                    return None
                self._tables, self._by_uuid = tables, by_uuid
                if added:
                    self.generation += 1
            if large:
                gc_policy.settle()
        return ChangeSet(added=added, _classes=frozenset(tables))

    def _replace_stale(self, events: list[Event] | tuple[Event, ...]) -> ChangeSet:
        """The first live fill over a saved inventory: swapped in whole, every surviving object reported
        changed (comparing 300,000 records one by one would cost more than redrawing what shows them)."""
        with gc_policy.paused():
            filled = self._bulk_tables(events)
        if filled is None:
            return self.reset().merge(self.refill(events))
        tables, by_uuid, changed = filled
        with self._write_lock:
            old, self._tables, self._by_uuid, self.stale_since = self._tables, tables, by_uuid, None
            self._power_changed_at = {}
            self.generation += 1
        # Class by class on the refs (set operations on two tables' keys), not on 300,000 (class, ref) pairs
        # built for the old tables: most objects survive, only the few that came or went make new pairs.
        added: set[Key] = set()
        removed: set[Key] = set()
        for cls in tables.keys() | old.keys():
            now, before = tables.get(cls, _EMPTY_TABLE).keys(), old.get(cls, _EMPTY_TABLE).keys()
            added.update((cls, ref) for ref in now - before)
            removed.update((cls, ref) for ref in before - now)
        changed -= added
        gc_policy.settle()
        return ChangeSet(added=added, changed=changed, removed=removed,
                         _classes=frozenset(tables.keys() | old.keys()))

    @staticmethod
    def _bulk_tables(events: list[Event] | tuple[Event, ...]) -> tuple[dict, dict, set] | None:
        tables: dict[str, dict[str, Record]] = {}
        names: dict[str, str] = {}
        for index, event in enumerate(events):
            if not index % GIVE_WAY_EVERY:
                give_way()
            snapshot = _record(event)
            if event.operation == "del" or snapshot is None:
                return None
            cls = names.get(event.cls) or names.setdefault(event.cls, class_name(event.cls))
            table = tables.get(cls)
            if table is None:
                table = tables[cls] = {}
            table[event.ref] = snapshot
        if sum(map(len, tables.values())) != len(events):
            return None  # an object twice: its uuid may have moved, let apply sort it out
        by_uuid = {uuid: (cls, ref) for cls, table in tables.items() for ref, record in table.items()
                   if (uuid := getattr(record, "uuid", None))}
        added = {(cls, ref) for cls, table in tables.items() for ref in table}
        return tables, by_uuid, added

    def reset(self) -> ChangeSet:
        """Forget everything (e.g. the server was removed); reports every object as removed."""
        with self._write_lock:
            changes = ChangeSet(removed={(cls, ref) for cls, table in self._tables.items() for ref in table})
            self._tables = {}
            self._by_uuid = {}
            self._power_changed_at = {}
            self._refill_seen = None
            self.stale_since = None
            self.generation += 1
        return changes

    # ---- reading (any thread) --------------------------------------------------------------------------

    def table(self, cls: str) -> Mapping[str, Record]:
        """One class's records by ref, live (for many single lookups; walk ``items`` instead, which is a
        snapshot). Read-only; empty when the class has no objects."""
        return self._tables.get(class_name(cls)) or _EMPTY_TABLE

    def record(self, cls: str, ref: str) -> Record | None:
        """The raw snapshot dict (read-only) or None."""
        table = self._tables.get(class_name(cls))
        return table.get(ref) if table is not None and isinstance(ref, str) else None

    def get(self, cls: str, ref: str) -> Any:
        """The wrapper of one object (``objects.WRAPPERS[cls]``: a VM, a Host...), or None when absent
        (including ``OpaqueRef:NULL``). Typed ``Any``: the class asked for decides the wrapper's type."""
        cls = class_name(cls)
        table = self._tables.get(cls)
        if table is None or not isinstance(ref, str):
            return None
        record = table.get(ref)
        return None if record is None else wrap(self, cls, ref, record)

    def items(self, cls: str) -> list[tuple[str, Record]]:
        """A snapshot of (ref, record) pairs of one class."""
        table = self._tables.get(class_name(cls))
        return list(table.items()) if table is not None else []

    def all(self, cls: str) -> list[Any]:
        """The wrappers of every object of one class (their type is the class's wrapper, as for ``get``)."""
        cls = class_name(cls)
        return [wrap(self, cls, ref, record) for ref, record in self.items(cls)]

    def refs(self, cls: str) -> list[str]:
        table = self._tables.get(class_name(cls))
        return list(table) if table is not None else []

    def count(self, cls: str) -> int:
        table = self._tables.get(class_name(cls))
        return len(table) if table is not None else 0

    def counts(self) -> dict[str, int]:
        """Number of objects per API class name (classes never seen are absent)."""
        return {cls: len(table) for cls, table in list(self._tables.items()) if table}

    def classes(self) -> list[str]:
        return [cls for cls, table in list(self._tables.items()) if table]

    def __len__(self) -> int:
        return sum(self.counts().values())

    def find_by_uuid(self, uuid: str) -> XenObject | None:
        key = self._by_uuid.get(uuid)
        return self.get(*key) if key is not None else None

    def pool(self) -> Pool | None:
        """The connection's pool object (every connection has exactly one, possibly nameless)."""
        items = self.items("pool")
        return wrap(self, "pool", *items[0]) if items else None  # type: ignore[return-value]

    def ended_tasks(self) -> list[tuple[str, Record, float]]:
        """(ref, last record, local removal time) of the tasks xapi destroyed while connected, oldest first."""
        return [(ref, record, at) for ref, (record, at) in list(self._ended_tasks.items())]

    def power_state_changed_at(self, vm_ref: str) -> float | None:
        """Local time at which this cache saw the VM's power_state change (not set by the initial fill)."""
        return self._power_changed_at.get(vm_ref)
