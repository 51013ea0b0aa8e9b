"""The pool's history: every xapi ``task`` of a connection (ours, ``xe``'s, the SDK's, Xen Orchestra's,
another XenCenter's) as rows for the Events pages, kept after xapi destroys them.

A task names its objects the way XenCenter reads them (``MeddlingAction``): ``other_config["applies_to"]``
(refs, comma separated, which XenCenter writes), else the objects whose ``current_operations`` hold the task
(a VM being started), else the host it runs on (``resident_on``). A task that vanished while still pending
(a client destroyed it, or its last change and its removal arrived in one batch) ends as "ended": the cache
saw no outcome. Tasks started by this window's own operations are left out by ``foreign_tasks``: the
operation's row shows them, with its details.
"""

from __future__ import annotations

import functools
import time
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from xencenter.model import formats
from xencenter.model.failures import explain
from xencenter.model.values import parse_timestamp
from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.xenapi.errors import Failure

#: What a task's status is called in the list (xapi's ``task_status_type``, plus "ended"; translated where shown,
#: context ``Operations``).
STATUS_WORDS = {"pending": QT_TRANSLATE_NOOP("Operations", "In progress"),
                "success": QT_TRANSLATE_NOOP("Operations", "Completed"),
                "failure": QT_TRANSLATE_NOOP("Operations", "Failed"),
                "cancelling": QT_TRANSLATE_NOOP("Operations", "Cancelling"),
                "cancelled": QT_TRANSLATE_NOOP("Operations", "Cancelled"),
                "ended": QT_TRANSLATE_NOOP("Operations", "Ended")}
FINISHED = frozenset({"success", "failure", "cancelled", "ended"})

#: The verbs of the operations XenCenter recognises in other clients' tasks (its RecognisedVmOperations and
#: a few more), in the words of its titles.
_VERBS = {
    "start": QT_TRANSLATE_NOOP("Tasks", "Starting"), "start_on": QT_TRANSLATE_NOOP("Tasks", "Starting"),
    "clean_shutdown": QT_TRANSLATE_NOOP("Tasks", "Shutting down"),
    "shutdown": QT_TRANSLATE_NOOP("Tasks", "Shutting down"),
    "hard_shutdown": QT_TRANSLATE_NOOP("Tasks", "Forcing shutdown of"),
    "clean_reboot": QT_TRANSLATE_NOOP("Tasks", "Rebooting"),
    "hard_reboot": QT_TRANSLATE_NOOP("Tasks", "Forcing reboot of"),
    "suspend": QT_TRANSLATE_NOOP("Tasks", "Suspending"), "resume": QT_TRANSLATE_NOOP("Tasks", "Resuming"),
    "resume_on": QT_TRANSLATE_NOOP("Tasks", "Resuming"), "clone": QT_TRANSLATE_NOOP("Tasks", "Cloning"),
    "copy": QT_TRANSLATE_NOOP("Tasks", "Copying"), "snapshot": QT_TRANSLATE_NOOP("Tasks", "Taking a snapshot of"),
    "checkpoint": QT_TRANSLATE_NOOP("Tasks", "Taking a checkpoint of"),
    "pool_migrate": QT_TRANSLATE_NOOP("Tasks", "Migrating"), "migrate_send": QT_TRANSLATE_NOOP("Tasks", "Migrating"),
    "destroy": QT_TRANSLATE_NOOP("Tasks", "Deleting"), "provision": QT_TRANSLATE_NOOP("Tasks", "Installing"),
    "revert": QT_TRANSLATE_NOOP("Tasks", "Reverting"), "evacuate": QT_TRANSLATE_NOOP("Tasks", "Evacuating"),
    "reboot": QT_TRANSLATE_NOOP("Tasks", "Rebooting"), "create": QT_TRANSLATE_NOOP("Tasks", "Creating"),
    "scan": QT_TRANSLATE_NOOP("Tasks", "Rescanning"), "resize": QT_TRANSLATE_NOOP("Tasks", "Resizing"),
    "plug": QT_TRANSLATE_NOOP("Tasks", "Plugging"), "unplug": QT_TRANSLATE_NOOP("Tasks", "Unplugging"),
}
#: Classes whose ``current_operations`` may name a task.
_BUSY_CLASSES = ("VM", "host", "SR", "VDI", "pool")
Objects = tuple[tuple[str, str, str], ...]  # (class, ref, name)
_NAMED = {"VM": "VM", "host": QT_TRANSLATE_NOOP("Tasks", "server"),
          "SR": QT_TRANSLATE_NOOP("Tasks", "storage repository"), "VDI": QT_TRANSLATE_NOOP("Tasks", "virtual disk"),
          "pool": QT_TRANSLATE_NOOP("Tasks", "pool")}


@dataclass(frozen=True, slots=True)
class PoolTask:
    """One row of the pool's history (read-only; made again when the task changes)."""

    source: str  # the connection's key
    location: str  # the connection's name
    ref: str
    label: str  # xapi's name_label ("Async.VM.clone", "VM import", ...)
    title: str  # in words
    objects: Objects
    user: str
    started: float  # local time
    finished: float | None
    progress: float
    status: str  # a key of STATUS_WORDS
    error: str  # in words
    details: str  # xapi's code and params
    cancellable: bool

    @property
    def status_words(self) -> str:
        if self.status == "failure" and self.error:
            return self.error
        if self.status == "pending":
            return translate("Operations", "In progress ({percent})").format(
                percent=formats.percent(round(self.progress * 100)))
        return translate("Operations", STATUS_WORDS[self.status]) if self.status in STATUS_WORDS else self.status

    @property
    def object_names(self) -> str:
        return ", ".join(name for _, _, name in self.objects)

    @property
    def duration(self) -> float:
        return (self.finished or time.time()) - self.started

    def concerns(self, keys: set[tuple[str, str]]) -> bool:
        """Whether it works on one of ``keys`` ((class, ref)); the host it runs on counts."""
        return any((cls, ref) in keys for cls, ref, _ in self.objects)


def _seconds(value: Any, offset: float) -> float | None:
    """A task date as local time; None for the epoch (not finished)."""
    stamp = parse_timestamp(value)
    return None if stamp is None else stamp - offset


def title_of(label: str, objects: Objects) -> str:
    """``Async.VM.clone`` on 'web 1' -> "Cloning VM 'web 1'"; labels that are not calls stay as they are."""
    call = label.removeprefix("Async.")
    cls, _, message = call.partition(".")
    verb = _VERBS.get(message)
    if verb is None or cls not in _NAMED:
        return label
    name = next((n for c, _, n in objects if c == cls), "")
    verb, what = translate("Tasks", verb), translate("Tasks", _NAMED[cls])
    if name:
        return translate("Tasks", "{verb} {object} '{name}'").format(verb=verb, object=what, name=name)
    return translate("Tasks", "{verb} {object}").format(verb=verb, object=what)


def operation_words(operation: str) -> str:
    """An xapi operation (``clean_shutdown``) in the user's words ("Shutting down"); one it does not know
    as xapi names it, spaced."""
    verb = _VERBS.get(operation)
    return translate("Tasks", verb) if verb else operation.replace("_", " ")


def busy_objects(cache: Any) -> dict[str, list[tuple[str, str, str]]]:
    """Task ref -> the objects whose ``current_operations`` name it (one pass over the busy classes)."""
    busy: dict[str, list[tuple[str, str, str]]] = {}
    for cls in _BUSY_CLASSES:
        for obj_ref, record in cache.items(cls):
            for task in getattr(record, "current_operations", None) or ():
                busy.setdefault(task, []).append((cls, obj_ref, record.get("name_label") or ""))
    return busy


def _objects(cache: Any, ref: str, record: Any, busy: dict[str, list[tuple[str, str, str]]]) -> Objects:
    def named(cls: str, obj_ref: str) -> tuple[str, str, str] | None:
        found = cache.get(cls, obj_ref)
        return (found.cls, obj_ref, found.name) if found is not None else None

    other = dict(record.get("other_config") or {})
    listed = [r for r in (other.get("applies_to") or "").split(",") if r]
    if listed:
        found = [named(cls, r) for r in listed for cls in _BUSY_CLASSES if cache.record(cls, r) is not None]
        return tuple(f for f in found if f is not None)
    if ref in busy:
        return tuple(busy[ref])
    resident = record.get("resident_on")
    host = named("host", resident) if resident else None
    return (host,) if host is not None else ()


#: The objects each task was seen working on, per cache: a VM's ``current_operations`` forget the task when
#: it ends, its row should not.
_SEEN: weakref.WeakKeyDictionary[Any, dict[str, Objects]] = weakref.WeakKeyDictionary()


def _remembered_objects(cache: Any, ref: str, record: Any, busy: dict[str, list[tuple[str, str, str]]],
                        ended: bool) -> Objects:
    seen = _SEEN.setdefault(cache, {})
    if ended and ref in seen:
        return seen[ref]  # a destroyed task changes no more
    objects = _objects(cache, ref, record, busy)
    if any(cls != "host" for cls, _, _ in objects) or ref not in seen:
        seen[ref] = objects
    return seen[ref]


def pool_task(cache: Any, source: str, location: str, ref: str, record: Any, ended_at: float | None = None,
              busy: dict[str, list[tuple[str, str, str]]] | None = None) -> PoolTask:
    """One task as a row; ``ended_at`` is when xapi destroyed it (None while it exists); ``busy`` is
    ``busy_objects(cache)`` when the caller makes many rows."""
    offset = cache.server_time_offset
    objects = _remembered_objects(cache, ref, record, busy_objects(cache) if busy is None else busy,
                                  ended_at is not None)
    status = str(record.get("status"))
    finished = _seconds(record.get("finished"), offset)
    if ended_at is not None and status not in FINISHED:
        status, finished = "ended", ended_at
    error = details = ""
    info = list(record.get("error_info") or [])
    if info and status == "failure":
        error, details = explain(Failure(str(info[0]), info[1:]), lambda r: name_in(cache, r))
    other = dict(record.get("other_config") or {})
    label = record.get("name_label") or ""
    return PoolTask(
        source=source, location=location, ref=ref, label=label, title=title_of(label, objects),
        objects=objects, user=other.get("user") or other.get("originator") or "",
        started=_seconds(record.get("created"), offset) or time.time(), finished=finished,
        progress=min(max(float(record.get("progress") or 0.0), 0.0), 1.0), status=status, error=error,
        details=details, cancellable=ended_at is None and "cancel" in (record.get("allowed_operations") or ()),
    )


def name_in(cache: Any, ref: str) -> str | None:
    """The name of the VM, host, SR, network, pool or VDI ``ref`` in ``cache`` (for errors in words)."""
    for cls in ("VM", "host", "SR", "network", "pool", "VDI"):
        record = cache.record(cls, ref)
        if record is not None:
            return record.get("name_label") or None
    return None


def _top_level(record: Any) -> bool:
    """xapi's subtasks (``subtask_of`` set) are steps of another task, shown by their parent."""
    parent = record.get("subtask_of")
    return not parent or parent == "OpaqueRef:NULL"


#: Rows of destroyed tasks, per cache (they change no more): (ref, location) -> row.
_ENDED: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], PoolTask]] = weakref.WeakKeyDictionary()


def tasks_of(cache: Any, source: str, location: str) -> list[PoolTask]:
    """Every task of one connection, also those xapi destroyed, oldest first."""
    # ``busy_objects`` walks every object of the pool: made once, and only when a row is made (the Events page
    # reads every pool's tasks after each batch that touches tasks: twenty pools logging in).
    busy = functools.cache(lambda: busy_objects(cache))
    memo = _ENDED.setdefault(cache, {})
    rows = []
    for ref, record, at in cache.ended_tasks():
        row = memo.get((ref, location))
        if row is None and _top_level(record):
            row = memo[(ref, location)] = pool_task(cache, source, location, ref, record, at, busy())
        if row is not None:
            rows.append(row)
    if len(memo) > 2 * len(rows) + 100:  # rows of tasks the cache no longer keeps
        kept = {(t.ref, location) for t in rows}
        for key in [k for k in memo if k not in kept]:
            del memo[key]
    live = [pool_task(cache, source, location, ref, record, busy=busy()) for ref, record in cache.items("task")
            if _top_level(record)]
    return sorted(rows + live, key=lambda t: t.started)


def foreign_tasks(tasks: Iterable[PoolTask], ours: Iterable[str]) -> list[PoolTask]:
    """Those not started by one of our operations (``ours``: the task refs our operations' calls started)."""
    mine = set(ours)
    return [t for t in tasks if t.ref not in mine]


def our_task_refs(operations: Iterable[Any]) -> set[str]:
    """The task refs the calls of these operations started (``Operation.log.tasks``)."""
    refs: set[str] = set()
    for op in operations:
        refs.update(op.log.tasks)
    return refs

