"""Change delivery: however fast the event thread produces, the UI gets merged batches at most every ~50 ms."""

from __future__ import annotations

import itertools
import threading
import time

from xencenter.connection import Connection, Timing
from xencenter.model.cache import ChangeSet
from xencenter.operations.background import on_ui_thread


def test_a_storm_from_a_worker_thread_becomes_spaced_merged_batches(qtbot, trust):
    connection = Connection("h", "root", trust=trust, timing=Timing(batch_interval=0.05))
    arrivals: list[tuple[float, ChangeSet, bool]] = []
    connection.objects_changed.connect(lambda c: arrivals.append((time.monotonic(), c, on_ui_thread())))

    def storm():  # what the event thread does: one small change set per event batch, as fast as it can
        for i in range(2000):
            changes = ChangeSet()
            changes.note_changed(("VM", f"OpaqueRef:{i % 100}"))
            if i % 10 == 0:
                changes.note_added(("VIF", f"OpaqueRef:vif{i}"))
            connection._post_changes(changes)
            if i % 200 == 0:
                time.sleep(0.02)

    worker = threading.Thread(target=storm)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10000)
    qtbot.wait(150)

    assert 2 <= len(arrivals) < 60
    assert all(on_ui for _, _, on_ui in arrivals)
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(arrivals)]
    assert min(gaps) >= 0.045, gaps
    merged = ChangeSet()
    for _, changes, _ in arrivals:
        merged.merge(changes)
    assert merged.changed == {("VM", f"OpaqueRef:{i}") for i in range(100)}
    assert merged.added == {("VIF", f"OpaqueRef:vif{i}") for i in range(0, 2000, 10)}
