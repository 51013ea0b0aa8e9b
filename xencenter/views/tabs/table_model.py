"""What the tab pages' flat tables share: a fixed row of column headers over a list of rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root of a flat table


class FlatTableModel(QAbstractTableModel):
    """A table without children; subclasses name their ``columns`` and say how many rows they hold."""

    columns: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Tabs", self.columns[section])
        return None
