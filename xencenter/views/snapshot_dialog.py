"""Take Snapshot, as XenCenter's VmSnapshotDialog: the name, and the snapshot mode (the disks, or the disks and
the memory: a checkpoint), with XenCenter's words for a mode the VM cannot have now."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from xencenter.model.objects import VM

translate = QCoreApplication.translate


def checkpoint_refusal(vm: VM) -> str:
    """Why the disks-and-memory mode is not offered ("" when it is), in XenCenter's words."""
    if vm.power_state != "Running":
        return translate("SnapshotDialog", "Disk and memory snapshots need the VM to be running")
    if "checkpoint" not in vm.allowed_operations:
        return translate("SnapshotDialog", "Disk and memory snapshots are not currently available for this VM")
    return ""


class TakeSnapshotDialog(QDialog):
    def __init__(self, vm: VM, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SnapshotDialog", "Take Snapshot"))
        self.name = QLineEdit(default_name)
        self.name.setMinimumWidth(360)
        self.disks = QRadioButton(translate("SnapshotDialog", "&Snapshot the virtual machine's disks"))
        self.memory = QRadioButton(translate("SnapshotDialog", "Sn&apshot the virtual machine's disks and memory"))
        self.disks.setChecked(True)
        refusal = checkpoint_refusal(vm)
        self.memory.setEnabled(not refusal)
        self.memory_note = QLabel(refusal)
        self.memory_note.setWordWrap(True)
        self.memory_note.setStyleSheet("color: palette(dark); margin-left: 22px;")
        self.memory_note.setVisible(bool(refusal))
        mode = QGroupBox(translate("SnapshotDialog", "Snapshot mode"))
        mode_layout = QVBoxLayout(mode)
        mode_layout.addWidget(self.disks)
        mode_layout.addWidget(self.memory)
        mode_layout.addWidget(self.memory_note)
        form = QFormLayout()
        form.addRow(translate("SnapshotDialog", "&Name:"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SnapshotDialog", "&Take Snapshot"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(mode)
        layout.addWidget(self.buttons)

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def answer(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "memory": self.memory.isChecked()}
