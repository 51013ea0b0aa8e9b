"""XenCenter's Repair Storage dialog: each server of the pool with the SR's connection there (Connected,
Unplugged, Missing), Repair runs ``sr.repair`` and the rows follow the cache as the PBDs are made and plugged;
the outcome of every server stays on screen, the failure in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from xencenter.model.sr_health import CONNECTED, connection_states
from xencenter.views.properties.frame import note_label, page_title
from xencenter.views.tabs.widgets import plain_label, set_warning

if TYPE_CHECKING:
    from xencenter.model.objects import SR
    from xencenter.operations.context import AppContext
    from xencenter.operations.history import Operation

translate = QCoreApplication.translate


class RepairSRDialog(QDialog):
    def __init__(self, context: AppContext, sr: SR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.sr = context, sr
        self.operation: Operation | None = None
        self.setWindowTitle(translate("RepairSRDialog", "Repair Storage Repository"))
        self.resize(560, 340)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([translate("RepairSRDialog", "Server"), translate("RepairSRDialog", "Status")])
        self.table.setColumnWidth(0, 260)
        self.outcome = plain_label("")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = self.buttons.addButton(translate("RepairSRDialog", "&Repair"), QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self.repair)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(f"'{sr.name}'"))
        layout.addWidget(note_label(translate("RepairSRDialog", "Repair plugs the SR in again where it is unplugged and connects it to the "
                                    "servers that lack it.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        context.connections.objects_changed.connect(self._on_changed)
        context.history.changed.connect(self._on_operation)
        self.refresh()

    def rows(self) -> list[tuple[str, str]]:
        items = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    def refresh(self) -> None:
        sr = self.sr.cache.get("SR", self.sr.ref) or self.sr
        self.table.clear()
        for _, name, state in connection_states(sr):
            QTreeWidgetItem(self.table, [name, translate("SRHealth", state)])
        broken = any(row[2] != CONNECTED for row in connection_states(sr))
        self.repair_button.setEnabled(broken and self.operation is None)

    def _on_changed(self, *args: Any) -> None:
        self.refresh()

    def repair(self) -> None:
        sr = self.sr.cache.get("SR", self.sr.ref) or self.sr
        refusal = self.context.commands["sr.repair"].refusal(sr)
        if refusal:
            self._show(refusal, warning=True)
            return
        operation = self.context.commands["sr.repair"].run_on(sr, self.context)
        if operation is None:
            return
        operation.report = False  # its outcome is shown here
        self.operation = operation
        self._show(translate("RepairSRDialog", "Repairing…"), warning=False)
        self.refresh()
        self._on_operation(operation)

    def _on_operation(self, op: Operation) -> None:
        if op is not self.operation or not op.status.finished:
            return
        self.operation = None
        self.refresh()
        if op.status.value == "success":
            self._show(translate("RepairSRDialog", "The SR is connected on every server."), warning=False)
        else:
            self._show(op.error or translate("RepairSRDialog", "The repair failed."), warning=True)
            self.outcome.setToolTip(op.details)

    def _show(self, text: str, warning: bool) -> None:
        self.outcome.setText(text)
        set_warning(self.outcome, warning)

    def done(self, result: int) -> None:
        self.context.connections.objects_changed.disconnect(self._on_changed)
        self.context.history.changed.disconnect(self._on_operation)
        super().done(result)
