"""XenCenter's Enter Maintenance Mode dialog (EvacuateHostDialog): the VMs running on the server, each with the
server it is expected to move to or what stops it (``host.get_vms_which_prevent_evacuation``, scanned in the
background by ``commands.host.evacuation_precheck``; activating a blocked VM runs XenCenter's solution, suspend
or shut down, and scans again), and for a pool coordinator the member that becomes the new
coordinator. Enter Maintenance Mode is enabled only when nothing blocks; the answer is
``host.maintenance-enter``'s parameters (``new_coordinator``) and the command does the work."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from xencenter.commands.host import evacuation_precheck
from xencenter.commands.network import BRAND_CONSOLE
from xencenter.model import evacuation
from xencenter.views.disk_dialogs import _buttons, _error_label
from xencenter.views.icons import icon, icon_key
from xencenter.views.properties_dialog import note_label

if TYPE_CHECKING:
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


class MaintenanceDialog(QDialog):
    """See the module docstring; ``answer()`` after it is accepted."""

    def __init__(self, context: AppContext, host: Host, parent: Any = None) -> None:
        super().__init__(parent)
        self.context, self.host = context, host
        self.moves: list[evacuation.Move] = []
        self.scanning = False
        self.setWindowTitle(translate("MaintenanceDialog", "Enter Maintenance Mode - {server}").format(server=host.name))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(
            translate("MaintenanceDialog", "This operation will migrate all VMs running on this server and transition it into maintenance mode. "
            "If a VM cannot be migrated you need to suspend it or shut it down.")))
        layout.addWidget(note_label(translate("MaintenanceDialog", "VMs running on this server:")))
        self.vms = QTreeWidget(self)
        self.vms.setHeaderLabels([translate("MaintenanceDialog", "VM"), translate("MaintenanceDialog", "Status")])
        self.vms.setRootIsDecorated(False)
        self.vms.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.vms.header().setStretchLastSection(True)
        self.vms.itemActivated.connect(self._solve)
        layout.addWidget(self.vms, 1)
        self.solving: list[Any] = []  # the operations of solutions started here
        context.history.changed.connect(self._solution_progress)
        self.choices = evacuation.coordinator_choices(host)
        self.coordinator = QComboBox(self)
        self.hands_over = evacuation.hands_over(host)
        if self.hands_over:
            layout.addWidget(note_label(translate(
                "MaintenanceDialog", "This server is the pool coordinator. Entering maintenance mode will nominate a "
                "new coordinator for the pool. {app} will temporarily lose its connection to the pool.").format(
                app=BRAND_CONSOLE)))
            form = QFormLayout()
            form.addRow(translate("MaintenanceDialog", "&New coordinator:"), self.coordinator)
            layout.addLayout(form)
            for member in self.choices:
                self.coordinator.addItem(icon(icon_key("host")), member.name, member.ref)
        else:
            self.coordinator.hide()
        self.error = _error_label()
        layout.addWidget(self.error)
        self.buttons = _buttons(self, translate("MaintenanceDialog", "&Enter Maintenance Mode"))
        self.again = QPushButton(translate("MaintenanceDialog", "Check &Again"), self)
        self.again.clicked.connect(self.scan)
        self.buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(self.buttons)
        self.scan()

    @property
    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def scan(self) -> None:
        """Ask xapi what blocks the evacuation now (XenCenter's "Scanning VMs..." and Check Again)."""
        self.scanning = True
        self.ok.setEnabled(False)
        self.again.setEnabled(False)
        self.vms.clear()
        self.vms.addTopLevelItem(QTreeWidgetItem([translate("MaintenanceDialog", "Scanning VMs..."), ""]))
        evacuation_precheck(self.context, self.host, self._scanned)

    def _scanned(self, blockers: dict[str, list[str]] | None, problem: str) -> None:
        self.scanning = False
        self.again.setEnabled(True)
        self.vms.clear()
        if blockers is None:
            self.error.setText(problem)
            self.error.show()
            return
        host = self.host.cache.get("host", self.host.ref) or self.host
        self.moves = evacuation.plan(host, blockers, lambda ref: self.context.connections.name_of(host, ref))
        for move in self.moves:
            item = QTreeWidgetItem([move.vm.name, move.status])
            item.setIcon(0, icon(icon_key("vm", move.vm.power_state.lower())))
            item.setToolTip(1, move.status)
            if move.solution:  # XenCenter's link: activating the row runs it
                font = item.font(1)
                font.setUnderline(True)
                item.setFont(1, font)
                item.setForeground(1, self.palette().link())
                item.setToolTip(1, translate("MaintenanceDialog", "{reason}\nDouble-click (or Enter): {solution}.").format(
                    reason=move.reason, solution=translate("Evacuation", evacuation.SOLUTIONS[move.solution])))
            self.vms.addTopLevelItem(item)
        blocked = [m for m in self.moves if m.reason]
        no_coordinator = self.hands_over and not self.choices
        problem = (translate("MaintenanceDialog", "Suspend or shut down the VMs that cannot be migrated, then check again.") if blocked else
                   translate("MaintenanceDialog", "There is no other server that can become the pool coordinator.") if no_coordinator else "")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok.setEnabled(not problem)

    def _solve(self, item: QTreeWidgetItem) -> None:
        """XenCenter's solution link: suspend (or shut down) a VM that blocks, then scan again."""
        index = self.vms.indexOfTopLevelItem(item)
        move = self.moves[index] if 0 <= index < len(self.moves) and not self.scanning else None
        if move is None or not move.solution:
            return
        command = self.context.commands[move.solution]
        op = command.run_on(move.vm, self.context)
        if op is not None:
            self.solving.append(op)
            item.setText(1, f"{command.activity}...")

    def _solution_progress(self, op: Any) -> None:
        if op in self.solving and op.status.finished:
            self.solving.remove(op)
            if not self.solving:
                self.scan()

    def done(self, result: int) -> None:
        self.context.history.changed.disconnect(self._solution_progress)
        super().done(result)

    def answer(self) -> dict[str, Any]:
        ref = self.coordinator.currentData() if self.hands_over else None
        return {"new_coordinator": self.host.cache.get("host", ref) if ref else None, "confirmed": True}
