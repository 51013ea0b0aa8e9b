"""Polling the performance figures the Search tab shows (XenCenter's ``MetricUpdater``): every host that runs
a listed VM, and every listed host, is asked for its ``/rrd_updates`` on a worker, at once when the set of
hosts changes and then every ``INTERVAL`` seconds, only while the tab is visible (``start`` / ``pause``).

Each host reports itself and its resident VMs, over its own pinned TLS (``operations.metrics``); a host that
does not answer keeps its last figures and is asked again at the next round.

Signals:
    updated()   new figures arrived (the page repaints, or re-sorts when it sorts by a figure).
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from xencenter.model.xensearch.usage import UsageFigures
from xencenter.operations.metrics import fetch_metrics

if TYPE_CHECKING:
    from xencenter.connection import Connection
    from xencenter.operations.background import BackgroundTask
    from xencenter.operations.connections import ConnectionManager

log = logging.getLogger(__name__)

#: Seconds between rounds (XenCenter waits 30 s; the figures here are meant to move while one watches).
INTERVAL = 10
#: How far back a round asks (two or three 5-second rows: the newest of them is the figure shown).
WINDOW = 15
STEP = 5


@dataclass(frozen=True, slots=True)
class _Host:
    connection: Connection
    url: str


class UsagePoller(QObject):
    updated = Signal()

    def __init__(self, connections: ConnectionManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connections = connections
        self.figures = UsageFigures()
        self._hosts: dict[tuple[int, str], _Host] = {}
        running: dict[tuple[int, str], BackgroundTask] = {}
        self._running = running
        self.destroyed.connect(lambda: _cancel(running.values()))  # a deleted poller gets no answer
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL * 1000)
        self._timer.timeout.connect(self.poll)

    def watch(self, objects: Iterable[Any]) -> None:
        """Poll the hosts of these objects (hosts themselves, and the hosts VMs run on); a new host is asked
        at once."""
        hosts: dict[tuple[int, str], _Host] = {}
        for obj in objects:
            host = obj if obj.cls == "host" else _resident_host(obj)
            if host is None or host.record is None or not host.record.address:
                continue
            key = (id(host.cache), host.ref)
            if key in hosts:
                continue
            connection = self.connections.connection_of(host)
            if connection is not None:
                hosts[key] = _Host(connection, connection.url_of(host.record.address))
        new = set(hosts) - set(self._hosts)
        self._hosts = hosts
        if new and self._active:
            self.poll(only=new)

    def start(self) -> None:
        if not self._active:
            self._active = True
            self._timer.start()
            self.poll()

    def pause(self) -> None:
        self._active = False
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._active

    def poll(self, only: Iterable[tuple[int, str]] | None = None) -> None:
        keys = list(only) if only is not None else list(self._hosts)
        start = int(time.time()) - WINDOW
        for key in keys:
            host = self._hosts.get(key)
            if host is None or key in self._running or host.connection.session is None:
                continue  # not connected (yet): the last known inventory has no figures to fetch
            task = fetch_metrics(host.connection, host.url, start, STEP, None,
                                 on_success=functools.partial(self._landed, key),
                                 on_failure=functools.partial(self._failed, key))
            if task is not None:
                self._running[key] = task

    def _landed(self, key: tuple[int, str], updates: Any) -> None:
        self._running.pop(key, None)
        if self.figures.merge(updates):
            self.updated.emit()

    def _failed(self, key: tuple[int, str], exc: BaseException) -> None:
        self._running.pop(key, None)
        log.info("no performance figures from %s: %s", self._hosts[key].url if key in self._hosts else key, exc)

    def stop(self) -> None:
        """Drop the rounds in flight (their answers are never delivered)."""
        self.pause()
        for task in self._running.values():
            task.cancel()
        self._running.clear()


def _cancel(tasks: Iterable[BackgroundTask]) -> None:
    for task in tasks:
        task.cancel()


def _resident_host(vm: Any) -> Any:
    """Where a running VM's figures are: its resident host (XenCenter falls back to the coordinator)."""
    if vm.cls != "VM" or vm.record.power_state != "Running":
        return None
    cache = vm.cache
    host = cache.get("host", vm.record.resident_on)
    if host is None:
        pool = cache.pool()
        host = cache.get("host", pool.record.master) if pool is not None else None
    return host
