"""Dragging rows of the navigation tree, XenCenter's ``DragDropCommand`` family: a standalone server dropped on
a pool (or on anything in it) is ``DragDropAddHostToPoolCommand``, Add to Pool (``pool.join``) into that pool,
with the command's own checks, confirmation and words.

The model (``DraggableRows``, mixed into ``TreeModel``) carries the dragged rows' objects and asks a
``DropJudge`` (the navigation pane) what a drop at a row would mean: Qt then shows no drop where there is none
and the judge reports XenCenter's status-bar reason where the server cannot join that pool.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from xencenter.commands.base import CommandRegistry, kind_of
from xencenter.model.pool_join import is_a_pool, join_reason

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

#: The dragged rows: a JSON list of [source key, class, ref].
MIME = "application/x-xencenter-objects"


@dataclass(frozen=True)
class Drop:
    """What dropping means: run ``command`` on ``objects`` with ``params``, unless ``reason`` (in words)."""

    command: str
    objects: list[Any]
    params: dict[str, Any] = field(default_factory=dict)
    reason: str = ""


def drop_for(commands: CommandRegistry, dragged: Sequence[XenObject], pool: XenObject | None) -> Drop | None:
    """Servers dragged onto ``pool`` (the target row's pool ancestor): Add to Pool, refused with
    ``PoolJoinRules``' reason (one server: the reason; several: ``server: reason``); None where dropping means
    nothing (not all servers, no pool, a pool of the dragged server itself)."""
    if not dragged or pool is None or any(kind_of(obj) != "host" for obj in dragged):
        return None
    if not is_a_pool(pool.cache) or any(obj.cache is pool.cache for obj in dragged):
        return None
    command = commands["pool.join"]
    params = {"pool_server": pool.cache}
    for host in dragged:
        why = command.refusal(host) or join_reason(host.cache, pool.cache).text
        if why:
            return Drop(command.id, list(dragged), params, why if len(dragged) == 1 else f"{host.name}: {why}")
    return Drop(command.id, list(dragged), params)


class DropJudge(Protocol):
    def judge(self, dragged: list[XenObject], target: QModelIndex | QPersistentModelIndex) -> Drop | None:
        """What dropping ``dragged`` at ``target`` means (None: nothing)."""

    def dropped(self, drop: Drop) -> None:
        """Run it."""


class DraggableRows:
    """The drag-and-drop side of ``TreeModel``: object rows travel as ``MIME``; the judge decides."""

    drop_judge: DropJudge | None = None

    def object_at(self, index: QModelIndex | QPersistentModelIndex) -> XenObject | None:
        raise NotImplementedError

    def source_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        raise NotImplementedError

    def _object(self, source: str, cls: str, ref: str) -> XenObject | None:
        raise NotImplementedError

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # never Move: Qt would then remove the dragged rows from the model

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [[self.source_at(i), obj.cls, obj.ref] for i in indexes if (obj := self.object_at(i)) is not None]
        data = QMimeData()
        data.setData(MIME, json.dumps(rows).encode())
        return data

    def dragged(self, data: QMimeData) -> list[XenObject]:
        """The objects of a drag that started in this model (still known to their caches)."""
        if not data.hasFormat(MIME):
            return []
        rows = json.loads(bytes(data.data(MIME).data()).decode() or "[]")
        return [obj for source, cls, ref in rows if (obj := self._object(source, cls, ref)) is not None]

    def _drop(self, data: QMimeData, parent: QModelIndex | QPersistentModelIndex) -> Drop | None:
        """Dropped on a row or between its children: the row is the target (its pool ancestor is the same)."""
        if self.drop_judge is None or not parent.isValid():
            return None
        return self.drop_judge.judge(self.dragged(data), parent)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        drop = self._drop(data, parent)
        return drop is not None and not drop.reason

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        drop = self._drop(data, parent)
        if drop is None or drop.reason or self.drop_judge is None:
            return False
        self.drop_judge.dropped(drop)
        return True
