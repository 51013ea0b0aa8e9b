"""The cyclic garbage collector, run on the UI thread only (see ``model/gc_policy``: Qt objects must not be
finalized on a worker thread). qutebrowser does the same for the same reason."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from xencenter.model import gc_policy

#: How often the UI thread checks whether a collection is due (a check costs a few microseconds).
CHECK_MS = 100


_NAME = "xencenter-collector"


def collect_on_ui_thread(app: QObject) -> QTimer:
    """Turn automatic collections off and run them from a timer owned by ``app`` (idempotent)."""
    existing = app.findChild(QTimer, _NAME)
    if existing is not None:
        return existing
    gc_policy.collect_on_one_thread()
    timer = QTimer(app)
    timer.setObjectName(_NAME)
    timer.timeout.connect(gc_policy.collect_if_due)
    timer.start(CHECK_MS)
    return timer


def collect_anywhere(app: QObject) -> None:
    """Undo ``collect_on_ui_thread`` (tests that share one QApplication with tests that never run Qt)."""
    timer = app.findChild(QTimer, _NAME)
    if timer is not None:
        timer.stop()
        timer.setParent(None)
    gc_policy.collect_automatically()
