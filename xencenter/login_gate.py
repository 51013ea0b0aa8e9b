"""How many connections log in and download their pool at once, process-wide.

Twenty pools that come back together (a network blip, the admin's laptop waking up) would otherwise all
log in and pull their whole pool at the same moment: twenty first fills competing for two cores and the
UI thread's share of the GIL, and a herd of logins at every server behind the same link. The gate lets a
few in at a time (the rest wait their turn, stoppable), and the reconnect delays carry jitter so that
losses which happened together do not retry together (``jittered``).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: Logins (with their first fill) at once: enough to keep the network busy, few enough for two cores.
DEFAULT_SLOTS = 4


class GateClosed(Exception):
    """The caller stopped while waiting for its turn."""


class LoginGate:
    """A counting gate that also remembers how many were inside at most (``peak``: the benchmark's figure)."""

    def __init__(self, slots: int = DEFAULT_SLOTS) -> None:
        self.slots = slots
        self._free = threading.Semaphore(slots)
        self._lock = threading.Lock()
        self.inside = 0
        self.peak = 0

    @contextmanager
    def turn(self, stop: threading.Event, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold one slot for the block; ``waiting()`` is called once if the turn does not come at once.
        Raises GateClosed when ``stop`` is set while waiting."""
        if not self._free.acquire(blocking=False):
            if waiting is not None:
                waiting()
            while not self._free.acquire(timeout=0.1):
                if stop.is_set():
                    raise GateClosed
        with self._lock:
            self.inside += 1
            self.peak = max(self.peak, self.inside)
        try:
            yield
        finally:
            with self._lock:
                self.inside -= 1
            self._free.release()

    def reset_peak(self) -> None:
        with self._lock:
            self.peak = self.inside


def jittered(delay: float, spread: float = 0.25) -> float:
    """``delay`` moved at random by up to ``spread`` of itself either way."""
    return delay * (1.0 + random.uniform(-spread, spread))


#: The gate every connection of this process shares.
GATE = LoginGate()
