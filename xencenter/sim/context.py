"""What a handler of the simulator sees: the world, the caller's session, the endpoint's host and, when
asynchronous, its task; and the simulated passing of time. Handler modules import this, never ``api``, so the
dispatcher can import them all without a circle."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import XapiError
from .fieldtypes import Date

if TYPE_CHECKING:
    from .api import Api
    from .store import Store

STEP_SECONDS = 0.1  # how often a simulated operation reports progress


def now_iso() -> Date:
    return Date(time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime()))


@dataclass
class Context:
    """What a handler sees: the world, the caller's session, the endpoint's host and, when async, its task."""

    api: Api
    session: str | None
    host: str
    task: str | None = None
    caller: Any = None  # the caller's socket (controls that cut connections keep it for the answer)

    @property
    def store(self) -> Store:
        return self.api.store

    def work(self, seconds: float | None = None) -> None:
        """Take the simulated time of an operation, moving the task's progress; honours task.cancel."""
        total = self.api.op_seconds if seconds is None else seconds
        steps = max(1, round(total / STEP_SECONDS))
        for step in range(1, steps + 1):
            if total > 0:
                time.sleep(total / steps)
            self.check_cancelled()
            if self.task and step < steps:
                self.store.update("task", self.task, {"progress": round(step / steps, 3)})

    def check_cancelled(self) -> None:
        task = self.store.records["task"].get(self.task) if self.task else None
        if task is not None and task["status"] == "cancelling":
            raise XapiError("TASK_CANCELLED", self.task)


def spawn(target: Callable[[], None], name: str) -> threading.Thread:
    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread
