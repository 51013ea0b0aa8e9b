"""Icons from ``resources/icons``: object icons composed of a base shape and state badges, and action icons.

An object's look is a short key computed without Qt (``icon_key``), so the tree can compute it on a worker
thread and compare it cheaply; ``icon(key)`` turns it into a QIcon on the UI thread, rendered once per key
at several sizes from the SVGs (sharp at any scale, HiDPI included).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
_SIZES = (16, 20, 24, 32, 48, 64)

#: Base shape and badges of each object look (key -> (base, badges)).
_LOOKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pool": ("pool", ()),
    "alert": ("alert", ()),
    "host:live": ("host", ()),
    "host:live:coordinator": ("host", ("coordinator",)),
    "host:maintenance": ("host", ("maintenance",)),
    "host:maintenance:coordinator": ("host", ("maintenance", "coordinator")),
    "host:dead": ("host-offline", ("disconnected",)),
    "host:dead:coordinator": ("host-offline", ("disconnected", "coordinator")),
    "connection:disconnected": ("host-offline", ("disconnected",)),
    "connection:connecting": ("host-offline", ()),
    "vm:running": ("vm", ("running",)),
    "vm:halted": ("vm", ("halted",)),
    "vm:suspended": ("vm", ("suspended",)),
    "vm:paused": ("vm", ("paused",)),
    "vm": ("vm", ()),
    "template": ("template", ()),
    "snapshot": ("snapshot", ()),
    "sr": ("sr", ()),
    "sr:default": ("sr", ("default",)),
    "sr:broken": ("sr", ("broken",)),
    "network": ("network", ()),
    "vapp": ("vapp", ()),
    "folder": ("folder", ()),
    "tag": ("tag", ()),
    "field": ("field", ()),
    "value": ("field", ()),
    "search": ("search", ()),
    "search:default": ("search-default", ()),
}

#: The Objects view's groups show the icon of what they hold.
_GROUP_LOOKS = {
    "pools": "pool", "servers": "host:live", "disconnected": "connection:disconnected", "vms": "vm",
    "snapshots": "snapshot", "user_templates": "template", "default_templates": "template", "remote_srs": "sr",
    "local_srs": "sr", "vdis": "sr", "networks": "network", "vapps": "vapp",
}


def icon_key(kind: str, state: str = "", *, coordinator: bool = False, group: str | None = None) -> str:
    """The look of a tree node (``Node.kind``, ``Node.icon_state``); pure, callable from any thread."""
    if kind == "group":  # a group shows what it holds: its own look (a search's groups), else its key's
        return state if state in _LOOKS else _GROUP_LOOKS.get(group or "", "folder")
    if kind == "template":
        return "template"
    if kind == "host":
        key = f"host:{state or 'live'}"
        return key + ":coordinator" if coordinator else key
    key = f"{kind}:{state}" if state else kind
    return key if key in _LOOKS else kind


@functools.cache
def _renderer(name: str) -> QSvgRenderer:
    path = ICON_DIR / f"{name}.svg"
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise FileNotFoundError(f"icon {path} is missing or not a valid SVG")
    return renderer


def _render(layers: tuple[str, ...], size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for layer in layers:
        _renderer(layer).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def _compose(layers: tuple[str, ...]) -> QIcon:
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(layers, size))
        result.addPixmap(_render(layers, size * 2))  # HiDPI screens pick the doubled one
    return result


@functools.cache
def icon(key: str) -> QIcon:
    """The QIcon of an ``icon_key`` (unknown keys fall back to their kind, then to a folder)."""
    look = _LOOKS.get(key) or _LOOKS.get(key.split(":", 1)[0]) or _LOOKS["folder"]
    base, badges = look
    return _compose((base, *(f"badge-{b}" for b in badges)))


@functools.cache
def faded_icon(key: str) -> QIcon:
    """``icon(key)`` as Qt draws it disabled, for rows that show a last known inventory."""
    normal, faded = icon(key), QIcon()
    for size in _SIZES:
        for pixels in (size, size * 2):
            faded.addPixmap(normal.pixmap(pixels, QIcon.Mode.Disabled))
    return faded


@functools.cache
def action_icon(name: str) -> QIcon:
    """A toolbar/menu icon: ``resources/icons/action-<name>.svg``."""
    return _compose((f"action-{name}",))


def has_action_icon(name: str) -> bool:
    return (ICON_DIR / f"action-{name}.svg").exists()


def app_icon() -> QIcon:
    return icon("pool")
