"""Keeping CPython's cyclic garbage collector away from the object cache.

A full collection walks every tracked container; a 5,000-VM pool's cache holds about 500,000 of them (each
record's lists and dicts), so one full collection takes 0.3-0.8 s with the GIL held: every thread, the UI
thread included, stops. While a pool loads, the collector also runs again and again over the growing
result (it costs ``json.loads`` of a pool more than the parsing itself). Yet it has nothing to find there:
records are JSON trees, acyclic, freed by reference counting when an event replaces them.

So: ``paused()`` while a large batch is decoded and applied, then ``settle()`` moves what is alive out of
the collector's sight (``gc.freeze``: the objects stay alive and are still freed by reference counting;
only cyclic garbage that happens to exist at that instant is never collected, a bounded cost paid once per
large batch, never per small one). And ``defer_full_collections()`` (every cache calls it) makes full
collections rare: each would walk every object that arrived since the last ``settle`` (an event storm's
records), and between them young collections still free short-lived cycles.

And the application collects on its UI thread only (``collect_on_one_thread``, then ``collect_if_due`` from a
timer there): an automatic collection runs on whichever thread happens to allocate past a threshold, and it
finalizes every garbage cycle it finds, Qt objects included. A QObject finalized on a connection's worker
thread crashed Qt later, while it processed that object's posted events (the view tests did, 4 runs in 5,
once records stopped being collector-tracked and collections began to fall on other threads).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Batches at least this large are applied with the collector paused and then settled.
LARGE_BATCH = 1000
#: Generation-1 collections between two full ones (CPython's default is 10): about 7 million container
#: allocations instead of 70,000, i.e. one full collection per few event storms instead of several per storm.
FULL_COLLECTION_EVERY = 1000

_lock = threading.Lock()
_depth = 0
_reenable = False
_automatic = True


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside (nestable, from any thread: the collector is process-wide)."""
    global _depth, _reenable
    with _lock:
        if _depth == 0:
            _reenable = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _reenable and _automatic:
                gc.enable()


def collect_on_one_thread() -> None:
    """No more automatic collections: the caller's thread runs them with ``collect_if_due`` from now on."""
    global _automatic
    with _lock:
        _automatic = False
        gc.disable()


def collect_automatically() -> None:
    """Undo ``collect_on_one_thread``: CPython collects on its own again (outside any pause)."""
    global _automatic
    with _lock:
        _automatic = True
        if _depth == 0:
            gc.enable()


def collect_if_due() -> int:
    """The collection CPython would run now by its thresholds (or none; none while paused): what it found."""
    if _depth:
        return 0
    young, middle, old = gc.get_count()
    young_limit, middle_limit, old_limit = gc.get_threshold()
    if young < young_limit:
        return 0
    generation = 0
    if middle + 1 >= middle_limit:
        generation = 2 if old + 1 >= old_limit else 1
    return gc.collect(generation)


def settle() -> None:
    """Everything alive now is long-lived: exclude it from future collections (constant time)."""
    gc.freeze()


def defer_full_collections() -> None:
    """Raise the collector's third threshold to ``FULL_COLLECTION_EVERY`` (never lowers it)."""
    first, second, third = gc.get_threshold()
    if third < FULL_COLLECTION_EVERY:
        gc.set_threshold(first, second, FULL_COLLECTION_EVERY)
