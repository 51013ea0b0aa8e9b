"""Garbage cycles are finalized on the UI thread, even when a worker thread does the allocating."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QTimer

from xencenter.views.collector import collect_on_ui_thread


class _Cycle:
    def __init__(self, threads: list[str]) -> None:
        self.me = self
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread().name)


def test_a_worker_allocating_never_runs_a_collection(qtbot, qapp):
    assert collect_on_ui_thread(qapp) is collect_on_ui_thread(qapp)  # one timer per application
    assert qapp.findChild(QTimer, "xencenter-collector").isActive()
    threads: list[str] = []
    gc.collect()
    for _ in range(50):
        _Cycle(threads)

    decoded: list[list] = []

    def allocate() -> None:  # what a connection's worker does while it decodes a batch (and keeps it)
        decoded.extend([] for _ in range(50 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert threads == []  # the worker crossed every threshold, and collected nothing
    qtbot.waitUntil(lambda: len(threads) == 50, timeout=5000)
    assert set(threads) == {threading.main_thread().name}
