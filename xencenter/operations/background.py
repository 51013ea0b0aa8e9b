"""The one way to run blocking work (network calls) without freezing the window.

``run_in_background(fn, on_success=..., on_failure=..., on_progress=...)`` runs ``fn()`` on a worker thread
of a dedicated pool and calls the callbacks on the thread that started it (the UI thread), through queued
Qt signals. Inside ``fn``, ``report_progress(fraction, text)`` feeds ``on_progress`` and
``cancel_requested()`` tells whether the user gave up. Callbacks of a cancelled task are never called, so a
closed dialog is never touched.

Long-lived loops (a connection's event loop) use their own threads, not this pool: they would starve it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

MAX_THREADS = 8  # network-bound work: more than the cores, few enough not to hammer one pool

_pool: QThreadPool | None = None
_running: set[BackgroundTask] = set()
_current = threading.local()


def thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


def on_ui_thread() -> bool:
    """True on the thread that owns the application (the only one allowed to touch widgets)."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


class BackgroundTask(QObject):
    """Handle of one piece of background work; lives on the starting thread and relays results to it."""

    _finished = Signal(bool, object)
    _progress = Signal(object, str)

    def __init__(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[float | None, str], None] | None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._finished.connect(self._deliver)
        self._progress.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Ask ``fn`` to stop (it sees ``cancel_requested()``) and drop its callbacks."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``fn`` returned (tests and shutdown only; callbacks still arrive through the loop)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        _current.task = self
        try:
            value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to on_failure on the UI thread
            self._done.set()
            self._tell(False, exc)
        else:
            self._done.set()
            self._tell(True, value)
        finally:
            _current.task = None

    def _tell(self, ok: bool, value: Any) -> None:
        try:
            self._finished.emit(ok, value)
        except RuntimeError:  # the application is gone (work still running at exit): nobody to tell
            log.debug("background task finished after its receiver was deleted")

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        _running.discard(self)
        # Drop the callbacks once delivered: the worker may hold this task last, and objects the callbacks
        # keep alive (models, timers) must not be destroyed on the worker's thread.
        on_success, on_failure = self._on_success, self._on_failure
        self._on_success = self._on_failure = self._on_progress = None
        if self.cancelled:
            return
        if ok:
            if on_success is not None:
                on_success(value)
        elif on_failure is not None:
            on_failure(value)
        else:
            log.error("background task failed", exc_info=(type(value), value, value.__traceback__))

    @Slot(object, str)
    def _deliver_progress(self, fraction: float | None, text: str) -> None:
        if self._on_progress is not None and not self.cancelled:
            self._on_progress(fraction, text)


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float | None, str], None] | None = None,
) -> BackgroundTask:
    """Run ``fn()`` on a worker thread; exactly one of on_success(result) / on_failure(exc) follows,
    on this thread, unless the task was cancelled. Failures without ``on_failure`` are logged."""
    task = BackgroundTask(fn, on_success, on_failure, on_progress)
    _running.add(task)  # keeps the relay alive until its result is delivered
    thread_pool().start(task._run)
    return task


def report_progress(fraction: float | None, text: str = "") -> None:
    """From inside a background ``fn``: progress 0..1 (None = unknown) and a short description."""
    task: BackgroundTask | None = getattr(_current, "task", None)
    if task is None:
        raise RuntimeError("report_progress() called outside a background task")
    task._progress.emit(fraction, text)


def cancel_requested() -> bool:
    """From inside a background ``fn``: whether the user cancelled (stop at the next safe point)."""
    task: BackgroundTask | None = getattr(_current, "task", None)
    return task is not None and task.cancelled
