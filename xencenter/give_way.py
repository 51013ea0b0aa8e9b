"""The UI thread's right of way over background Python work.

PySide lets go of the GIL around each call into Qt and takes it back after, so a UI thread laying out a big tree
through a Python item model asks for the GIL back thousands of times. While a worker thread is busy in Python,
each of those asks waits its turn behind it (a lock convoy): laying out 21,000 open rows took 0.2 s alone,
25 s beside one thread decoding JSON and 90 s beside four (``bench/README.md``, "the GIL convoy").

So the UI thread brackets its big pieces of work (a tree update and the layout it causes, a view switch) in
``ui_work()``, and workers call ``give_way()`` between their units of work (a decoded run of a reply, a slice
of events applied, a pool's subtree built): inside a bracket they wait for its end, with the GIL let go, but
never longer than ``MAX_WAIT_S`` at a time, so a bracket that never ends slows the workers rather than
stopping them. Until a UI thread ``claim()``s the right of way (scripts, the command line, most tests),
brackets mark nothing and ``give_way()`` returns at once.

(Qt's event dispatcher signals, ``awake`` and ``aboutToBlock``, cannot serve as the bracket: with the GLib
dispatcher most events are handled after ``aboutToBlock``, inside ``g_main_context_iteration``.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The longest a worker waits for the UI thread's bracket at one ``give_way()``.
MAX_WAIT_S = 0.25

_idle = threading.Event()
_idle.set()
_ui_thread: int | None = None
_depth = 0


def give_way() -> None:
    """Wait (at most ``MAX_WAIT_S``) while the UI thread is inside ``ui_work()``; at once from the UI thread."""
    if not _idle.is_set() and threading.get_ident() != _ui_thread:
        _idle.wait(MAX_WAIT_S)


def claim() -> None:
    """Make the calling thread the UI thread: from now on its ``ui_work()`` makes workers wait."""
    global _ui_thread
    _ui_thread = threading.get_ident()


def release() -> None:
    """No UI thread any more: workers never wait (tests and benchmarks that measure a script)."""
    global _ui_thread
    _ui_thread = None
    _idle.set()


@contextmanager
def ui_work() -> Iterator[None]:
    """Bracket a piece of the UI thread's work that calls into Qt many times (it nests; elsewhere it is a no-op)."""
    global _depth
    if threading.get_ident() != _ui_thread:
        yield
        return
    _depth += 1
    _idle.clear()
    try:
        yield
    finally:
        _depth -= 1
        if not _depth:
            _idle.set()

