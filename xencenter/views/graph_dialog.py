"""New Graph / Edit Graph (XenCenter's GraphDetailsDialog): a name and the data sources to draw, grouped by
XenCenter's categories, in its words. The list starts from what the object's devices publish and grows with
what ``get_data_sources`` answers (fetched in the background); it only gathers ``graph.new``'s answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.graphs import CATEGORIES, DesignedGraph, category, expected_sources, friendly_name

translate = QCoreApplication.translate

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class GraphDesignDialog(QDialog):
    def __init__(self, context: Any, obj: Any, graph: DesignedGraph | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GraphDialog", "Edit Graph") if graph is not None else translate("GraphDialog", "New Graph"))
        self.resize(440, 520)
        self.name = QLineEdit(graph.name if graph is not None else "")
        self.name.setPlaceholderText(translate("GraphDialog", "Optional: the sources' names when empty"))
        self.sources = QTreeWidget()
        self.sources.setHeaderLabels([translate("GraphDialog", "Data source")])
        self.sources.setRootIsDecorated(True)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        chosen = set(graph.sources) if graph is not None else set()
        for name in expected_sources(obj) + sorted(chosen):
            self._add(name, name in chosen)
        self.sources.expandAll()
        self.sources.itemChanged.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel(translate("GraphDialog", "Choose at least one data source."))
        form = QFormLayout()
        form.addRow(translate("GraphDialog", "&Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sources, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update()
        self._fetch(context, obj)

    def _add(self, name: str, checked: bool) -> None:
        if name in self._items:
            return
        group = category(name)
        parent = self._groups.get(group)
        if parent is None:
            parent = QTreeWidgetItem([QCoreApplication.translate("Graphs", group)])  # CATEGORIES, marked
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            index = sum(1 for g in self._groups if CATEGORIES.index(g) < CATEGORIES.index(group))
            self.sources.insertTopLevelItem(index, parent)
            self._groups[group] = parent
        item = QTreeWidgetItem([friendly_name(name)])
        item.setToolTip(0, name)
        item.setData(0, NAME_ROLE, name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        parent.addChild(item)
        self._items[name] = item

    def _fetch(self, context: Any, obj: Any) -> None:
        from xencenter.operations.metrics import fetch_data_sources

        connection = next((c for c in getattr(context, "connections", ()) if c.cache is obj.cache), None)
        if connection is not None:
            fetch_data_sources(connection, obj, on_success=self._arrived, on_failure=lambda exc: None)

    def _arrived(self, records: list[dict[str, Any]]) -> None:
        for record in records:
            self._add(str(record.get("name_label", "")), False)
        self.sources.expandAll()

    def chosen(self) -> list[str]:
        return [name for name, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def _update(self, *args: Any) -> None:
        ok = bool(self.chosen())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.note.setVisible(not ok)

    def answer(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "source": self.chosen()}
