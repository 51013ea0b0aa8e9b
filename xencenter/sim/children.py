"""Child processes that do not outlive the simulator, even when it is killed with SIGKILL (no clean-up runs).

On Linux each child asks the kernel for SIGKILL when its parent goes (``prctl(PR_SET_PDEATHSIG)``). The kernel
means the parent *thread*, so every child is forked by one launcher thread that lives as long as the process:
a console's request thread ends with the console, and its QEMU must not. Other systems have no such call;
there the children are stopped on every exit the simulator sees (SIGTERM, Ctrl+C), as before.
"""

from __future__ import annotations

import ctypes
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that ties the child's life to ours (None where the system cannot)."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before fork: the child only calls it
    parent = os.getpid()

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # we died between fork and prctl: nobody will send the signal
            os._exit(1)

    return preexec


class _Launcher:
    """Runs ``subprocess.Popen`` on its own thread, for callers on any thread."""

    def __init__(self) -> None:
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._preexec = _die_with_parent()
        threading.Thread(target=self._serve, name="child launcher", daemon=True).start()

    def _serve(self) -> None:
        while True:
            argv, options, reply = self._requests.get()
            try:
                reply.put(subprocess.Popen(argv, preexec_fn=self._preexec, **options))
            except Exception as e:  # noqa: BLE001 - handed to the caller, raised there
                reply.put(e)

    def popen(self, argv: Sequence[str], **options: Any) -> subprocess.Popen:
        reply: queue.SimpleQueue = queue.SimpleQueue()
        self._requests.put((list(argv), options, reply))
        result = reply.get()
        if isinstance(result, Exception):
            raise result
        return result


_launcher: _Launcher | None = None
_launcher_lock = threading.Lock()


def start_child(argv: Sequence[str], **options: Any) -> subprocess.Popen:
    """``subprocess.Popen(argv, **options)`` for a child that dies with this process (see the module doc)."""
    global _launcher
    with _launcher_lock:
        if _launcher is None:
            _launcher = _Launcher()
    return _launcher.popen(argv, **options)
