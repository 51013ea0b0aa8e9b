"""Helpers of the tab tests: hand-made pools (``model_world``), change events, screenshots."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "model"))

from model_world import World, load_cache, new_ref

from xencenter.xenapi.events import Event

SHOTS = Path("/tmp/shots")


def shoot(widget: QWidget, name: str) -> Path:
    """Save a screenshot to /tmp/shots/tabs-<name>.png and check it is not empty."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"tabs-{name}.png"
    QApplication.processEvents()  # pending layout requests (a button hidden just now) settle first
    image = widget.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3
    image.save(str(path))
    return path


def modify(cache, cls: str, ref: str, **fields) -> None:
    """Feed the cache a ``mod`` event, as the connection's event loop would."""
    record = dict(cache.record(cls, ref), **fields)
    cache.apply([Event(0, "", cls.lower(), "mod", ref, record)])


def iso(t: float) -> str:
    return time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(t))


__all__ = ["Event", "World", "iso", "load_cache", "modify", "new_ref", "shoot"]
