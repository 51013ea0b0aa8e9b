"""The pool's HA tab (XenCenter's): whether HA is on, the heartbeat SR, the failures to tolerate against what
the plan covers (in red when overcommitted), the VMs' restart priorities; Configure HA and Disable HA as
commands. And the Configure HA dialog, whose answer is ``pool.ha-enable``'s parameters; the failures the chosen
priorities tolerate are asked of the server as the user edits (``commands.ha.hypothetical_max``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter.commands.ha import hypothetical_max
from xencenter.model.ha import PRIORITY_WORDS, ha_state, heartbeat_srs, vm_rows
from xencenter.model.naming import natural_key
from xencenter.model.tree import pool_display_name
from xencenter.model.values import as_int
from xencenter.views.tabs.base import TablePage
from xencenter.views.tabs.commands import CommandButtons, fresh
from xencenter.views.tabs.widgets import MARGIN, SPACING, WARNING_RED, TableRow

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

COLUMNS = ("VM", "Restart priority", "Start order", "Delay")


class HaPage(TablePage):
    title = "HA"

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        row = QHBoxLayout()
        row.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        self.buttons = CommandButtons(context)
        self.buttons.add("pool.ha-enable", lambda: fresh(self.current()), "Configure HA…")
        self.buttons.add("pool.ha-disable", lambda: fresh(self.current()), "Disable HA")
        row.addWidget(self.buttons)
        row.addStretch(1)
        self.body.insertLayout(0, row)

    def applies_to(self, selection: list[XenObject]) -> bool:
        return len(selection) == 1 and selection[0].cls == "pool" and len(selection[0].cache.all("host")) > 1

    def watch_classes(self, objects: list[XenObject]) -> frozenset[str]:
        return frozenset({"pool", "VM", "VDI"})

    def refresh(self) -> None:
        pool = self.subject()
        if pool is None:
            return
        state = ha_state(pool.cache)
        name = pool_display_name(pool)  # type: ignore[arg-type]  # the page is only for pools
        self.header.title.setText("High Availability")
        if not state.enabled:
            self.set_note(f"HA is not currently configured on pool '{name}'.")
            self.note.setStyleSheet("")
        else:
            lines = [f"HA is currently enabled for pool '{name}'.",
                     f"Heartbeat SR: {', '.join(state.heartbeat_srs) or 'none'}",
                     f"Server failure limit: {state.failures_to_tolerate}",
                     f"Current failure capacity: {state.plan_exists_for}"]
            if state.overcommitted:
                lines.append("The pool is overcommitted: the VMs cannot all be restarted if that many servers fail.")
            self.set_note("\n".join(lines))
            self.note.setStyleSheet(f"color: {WARNING_RED};" if state.overcommitted else "")
        rows = [TableRow(texts[0], texts, (natural_key(texts[0]), texts[1], int(texts[2]), texts[3]))
                for texts in vm_rows(pool.cache)] if state.enabled else []
        self.show_rows(COLUMNS, rows, "")
        self.buttons.update_state()


class ConfigureHaDialog(QDialog):
    """Heartbeat SR, each VM's restart priority, the failures to tolerate (at most what the server says the
    priorities allow)."""

    def __init__(self, context: Any, pool: XenObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.cache = context, pool.cache
        self.setWindowTitle(f"Configure HA on '{pool.name or 'the pool'}'")
        self.resize(760, 540)
        self.sr = QComboBox()
        for sr in heartbeat_srs(self.cache):
            self.sr.addItem(sr.name, sr.ref)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["VM", "Restart priority", "Start order", "Delay (s)"])
        self.table.setRootIsDecorated(False)
        self.priorities: dict[str, QComboBox] = {}
        self.orders: dict[str, QSpinBox] = {}
        self.delays: dict[str, QSpinBox] = {}
        for vm in sorted((v for v in self.cache.all("VM") if v.is_real_vm), key=lambda v: natural_key(v.name)):
            item = QTreeWidgetItem(self.table, [vm.name, ""])
            combo = QComboBox()
            for value, words in PRIORITY_WORDS.items():
                combo.addItem(words, value)
            combo.setCurrentIndex(combo.findData(str(vm.ha_restart_priority or "")))
            combo.currentIndexChanged.connect(self._ask_max)
            self.table.setItemWidget(item, 1, combo)
            self.priorities[vm.ref] = combo
            for column, spins, value in ((2, self.orders, vm.order), (3, self.delays, vm.start_delay)):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setValue(as_int(value))
                self.table.setItemWidget(item, column, spin)
                spins[vm.ref] = spin
        self.table.resizeColumnToContents(0)
        self.failures = QSpinBox()
        self.failures.setRange(0, max(0, len(self.cache.all("host")) - 1))
        self.capacity = QLabel("Asking the server how many failures these priorities allow…")
        self.capacity.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Heartbeat SR:", self.sr)
        form.addRow("Server &failures to tolerate:", self.failures)
        form.addRow("", self.capacity)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Enable HA")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Restart priorities of the VMs:"))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.maximum: int | None = None
        self._asked = 0
        self._ask_max()

    def chosen(self) -> dict[str, str]:
        return {ref: str(combo.currentData()) for ref, combo in self.priorities.items()}

    def _ask_max(self) -> None:
        self._asked += 1
        asked = self._asked
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        def done(count: int | None, problem: str) -> None:
            if asked != self._asked:
                return  # a later edit asked again
            if count is None:
                self.capacity.setText(f"The server could not compute the plan: {problem}")
                return
            self.maximum = count
            self.failures.setMaximum(count)
            self.failures.setValue(count)
            self.capacity.setText(f"With these priorities the pool can tolerate up to {count} server "
                                  f"failure{'s' if count != 1 else ''}.")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.sr.count() > 0)

        hypothetical_max(self.context, self.cache, self.chosen(), done)

    def answer(self) -> dict[str, Any]:
        chosen = self.chosen()
        vms = {ref: self.cache.get("VM", ref) for ref in chosen}
        changed = {name: {ref: spin.value() for ref, spin in spins.items()
                          if spin.value() != as_int(getattr(vms[ref], field))}
                   for name, spins, field in (("order", self.orders, "order"), ("delay", self.delays, "start_delay"))}
        return {"heartbeat_sr": self.cache.get("SR", self.sr.currentData()), "failures": self.failures.value(),
                "restart": [vms[r] for r, p in chosen.items() if p == "restart"],
                "best_effort": [vms[r] for r, p in chosen.items() if p == "best-effort"], **changed}
