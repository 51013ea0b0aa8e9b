"""Opening a large filtered tree without holding the window: the rows on screen first, the rest in slices.

``QTreeView.expandToDepth`` over a filter's 4,665 rows (20,000 VMs, "web") laid every row out at once, each
through the Python model: 75 ms of a keystroke on the UI thread. Here the first rows open at once, so that the
view's next layout covers about a screenful; once it has laid them out, the rest open a slice at a time in later
turns of the event loop, each ``expand`` then laying out only the rows it adds.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QTreeView

#: Rows opened at once: more than any screen shows.
AT_ONCE_ROWS = 400
#: Rows opened per later turn of the event loop (a few milliseconds each).
SLICE_ROWS = 600


class SlicedOpener(QObject):
    """Expands a list of rows, parents first, a screenful now and the rest in slices; a newer ``open`` or
    ``cancel`` (the model is about to change: the indexes would be stale) drops what is left."""

    def __init__(self, tree: QTreeView, model: QAbstractItemModel) -> None:
        super().__init__(tree)
        self._tree, self._model = tree, model
        self._left: deque[QModelIndex] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._open_slice)

    @property
    def pending(self) -> int:
        """Rows still to open."""
        return len(self._left)

    def open(self, rows: list[QModelIndex]) -> None:
        self._left = deque(rows)
        self._expand(AT_ONCE_ROWS)
        if self._left:
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._left.clear()

    def _open_slice(self) -> None:
        self._tree.executeDelayedItemsLayout()  # lay out what is open once; each expand below then adds its rows
        self._expand(SLICE_ROWS)
        if self._left:
            self._timer.start()

    def _expand(self, budget: int) -> None:
        tree, model, left = self._tree, self._model, self._left
        opened = 0
        while left and opened < budget:
            index = left.popleft()
            tree.expand(index)
            opened += model.rowCount(index)
