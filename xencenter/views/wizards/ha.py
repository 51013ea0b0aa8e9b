"""The Configure HA wizard (XenCenter's HAWizard): Prerequisites, Heartbeat SR (the shared SRs that can hold the
heartbeat), HA Plan (each VM's restart priority, start order and delay, and the server failures to tolerate, at
most what the server computes for the chosen priorities, asked again in the background at every change:
``commands.ha.hypothetical_max``), Finish (XenCenter's summary and the equivalent command line). It only gathers
``pool.ha-enable``'s parameters; the command runs with them.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from xencenter.commands.ha import agility, hypothetical_max
from xencenter.model.ha import PRIORITY_WORDS, heartbeat_candidates
from xencenter.model.naming import natural_key
from xencenter.model.tree import pool_display_name
from xencenter.model.values import as_int
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, note

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel

    from xencenter.model.objects import XenObject
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

INTRO = (QT_TRANSLATE_NOOP("HAWizard", "This wizard helps you configure HA (high availability) on a resource pool.\n\nBefore you begin, ensure "
         "that the following requirements are satisfied for all servers and virtual machines in the pool:\n\n"
         "•    Shared storage must be available, including at least one iSCSI, NFS or Fibre Channel LUN. This LUN "
         "will be used for the heartbeat SR.\n\n•    All the virtual machines you want to protect with HA must be "
         "agile.\n\nWe strongly recommend the use of a bonded management interface on the servers in the pool if HA "
         "is enabled, and multipathed storage for the heartbeat SR.\n\nTo continue, click Next."))
CALCULATING = QT_TRANSLATE_NOOP("HAWizard", "Calculating...")


def vms_text(count: int) -> str:
    """XenCenter's ``VMS_ONE`` / ``VMS_MANY``."""
    return translate("HAWizard", "1 VM") if count == 1 else translate("HAWizard", "{count} VMs").format(count=count)


class HaStep(Step):
    wizard: HaWizard


class IntroStep(HaStep):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Prerequisites"), QT_TRANSLATE_NOOP("Wizard", "HA configuration prerequisites")

    def __init__(self, wizard: HaWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("HAWizard", INTRO)))
        self.layout_.addStretch(1)


class HeartbeatStep(HaStep):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Heartbeat SR"), QT_TRANSLATE_NOOP("Wizard", "Choose a heartbeat SR")

    def __init__(self, wizard: HaWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("HAWizard", "Select a heartbeat SR that will be used to monitor the availability and health "
                                    "of servers in the pool. Heartbeat SRs must use shared storage.")))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("HAWizard", "Storage repository"), translate("HAWizard", "Description"), translate("HAWizard", "Comment")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for sr, why in heartbeat_candidates(wizard.cache):
            item = QTreeWidgetItem(self.table, [sr.name, str(sr.name_description or ""), why])
            item.setData(0, 256, sr.ref)
            if why:  # shown greyed with the reason, never chosen
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(2, why)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(240, self.table.columnWidth(0) + 24))
        self.layout_.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._edited)
        first = self.table.topLevelItem(0)
        if first is not None and not first.text(2):
            first.setSelected(True)

    def _edited(self, *args: Any) -> None:
        chosen = self.table.selectedItems()
        self.answers["heartbeat_sr"] = chosen[0].data(0, 256) if chosen else None
        super()._edited()

    def problem(self) -> str:
        if not self.table.topLevelItemCount():
            return translate("HAWizard", "You have no shared SRs.")
        return "" if self.answers.get("heartbeat_sr") else translate("HAWizard", "Select a heartbeat SR.")

    def summary(self) -> str:
        sr = self.wizard.cache.get("SR", self.answers.get("heartbeat_sr") or "")
        return sr.name if sr is not None else ""


class PlanStep(HaStep):
    title = QT_TRANSLATE_NOOP("Wizard", "HA Plan")
    heading = QT_TRANSLATE_NOOP("Wizard", "Configure the HA restart priority, restart order and delay interval for the VMs in this pool")

    def __init__(self, wizard: HaWizard) -> None:
        super().__init__(wizard)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("HAWizard", "Virtual machine"), translate("HAWizard", "Restart priority"), translate("HAWizard", "Start order"), translate("HAWizard", "Delay interval"), translate("HAWizard", "Agile")])
        self.table.setRootIsDecorated(False)
        self.priorities: dict[str, QComboBox] = {}
        self.orders: dict[str, QSpinBox] = {}
        self.delays: dict[str, QSpinBox] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        for vm in wizard.vms:
            item = QTreeWidgetItem(self.table, [vm.name, "", "", "", translate("HAWizard", CALCULATING)])
            self.items[vm.ref] = item
            combo = QComboBox()
            for value, words in PRIORITY_WORDS.items():
                combo.addItem(translate("HA", words), value)
            combo.setCurrentIndex(max(0, combo.findData(str(vm.ha_restart_priority or ""))))
            combo.currentIndexChanged.connect(self._priorities_changed)
            self.table.setItemWidget(item, 1, combo)
            self.priorities[vm.ref] = combo
            for column, spins, value, suffix in ((2, self.orders, vm.order, ""),
                                                 (3, self.delays, vm.start_delay, translate("HAWizard", " seconds"))):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setSuffix(suffix)
                spin.setValue(as_int(value))
                spin.valueChanged.connect(self._edited)
                self.table.setItemWidget(item, column, spin)
                spins[vm.ref] = spin
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 170)
        self.layout_.addWidget(self.table, 1)
        limit = QGroupBox(translate("HAWizard", "Server failure limit"))
        box = QVBoxLayout(limit)
        box.addWidget(note(translate("HAWizard", "You can specify the number of server failures you need to be able to tolerate in the "
                           "pool.")))
        row = QHBoxLayout()
        label = QLabel(translate("HAWizard", "&Failures tolerated:"))
        self.failures = QSpinBox()
        self.failures.setRange(0, 0)
        label.setBuddy(self.failures)
        row.addWidget(label)
        row.addWidget(self.failures)
        self.maximum_label = QLabel("")
        row.addWidget(self.maximum_label)
        row.addStretch(1)
        box.addLayout(row)
        self.status = note(translate("HAWizard", CALCULATING))
        box.addWidget(self.status)
        self.layout_.addWidget(limit)
        self.failures.valueChanged.connect(self._edited)
        self._asked = 0
        self._entered = False

    def enter(self) -> None:
        if not self._entered:  # the first visit asks; edits ask again
            self._entered = True
            agility(self.wizard.context, self.wizard.cache, list(self.priorities), self._agility_known)
            self._priorities_changed()

    def _agility_known(self, reasons: dict[str, str]) -> None:
        """XenCenter's: a VM that is not agile is restarted if possible at best (its Restart is greyed); when HA
        is configured for the first time (no VM has a priority: ``IsHaActivatedFirstTime``) every VM is
        protected, agile ones with Restart, the others Restart if possible. The plan is then asked once."""
        first_time = not any(vm.ha_restart_priority for vm in self.wizard.vms)
        for ref, why in reasons.items():
            item, combo = self.items[ref], self.priorities[ref]
            item.setText(4, translate("HAWizard", "No") if why else translate("HAWizard", "Yes"))
            item.setToolTip(4, why)
            restart = cast("QStandardItemModel", combo.model()).item(combo.findData("restart"))
            restart.setEnabled(not why)
            restart.setToolTip(why)
            combo.blockSignals(True)
            if first_time:
                combo.setCurrentIndex(combo.findData("best-effort" if why else "restart"))
            elif why and combo.currentData() == "restart":
                combo.setCurrentIndex(combo.findData("best-effort"))
            combo.blockSignals(False)
        self._priorities_changed()

    def chosen(self) -> dict[str, str]:
        return {ref: str(combo.currentData()) for ref, combo in self.priorities.items()}

    def _priorities_changed(self, *args: Any) -> None:
        self._asked += 1
        asked = self._asked
        self.answers["maximum"] = None
        self.status.setText(translate("HAWizard", CALCULATING))
        self.maximum_label.setText("")
        self._edited()

        def done(count: int | None, problem: str) -> None:
            if asked != self._asked:
                return  # a later edit asked again
            if count is None:
                self.answers["maximum"] = -1
                self.status.setText(translate("HAWizard", "Unable to calculate maximum pool failure capacity. "
                                              "{problem}").format(problem=problem).strip())
            else:
                self.answers["maximum"] = count
                self.failures.setMaximum(count)
                self.failures.setValue(count)
                self.maximum_label.setText(translate("HAWizard", "(max = {count})").format(count=count))
                self.status.setText(translate("HAWizard", "HA is guaranteed. The maximum number of server failures "
                                              "that HA can protect against is {count}.").format(count=count))
            self._edited()

        hypothetical_max(self.wizard.context, self.wizard.cache, self.chosen(), done)

    def _edited(self, *args: Any) -> None:
        self.answers.update(priorities=self.chosen(), failures=self.failures.value(),
                            order={ref: s.value() for ref, s in self.orders.items()},
                            delay={ref: s.value() for ref, s in self.delays.items()})
        super()._edited()

    def problem(self) -> str:
        maximum = self.answers.get("maximum")
        if maximum is None:
            return translate("HAWizard", CALCULATING)
        return translate("HAWizard", "Unable to calculate maximum pool failure capacity.") if maximum < 0 else ""

    def summary(self) -> str:
        protected = sum(1 for p in self.answers.get("priorities", {}).values() if p)
        if not self._entered:
            return ""
        return translate("HAWizard", "1 VM protected") if protected == 1 else translate(
            "HAWizard", "{count} VMs protected").format(count=protected)


class HaFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Review configuration and activate HA")
    wizard: HaWizard

    def _counts(self) -> dict[str, int]:
        chosen = self.answers.get("priorities", {}).values()
        return {p: sum(1 for v in chosen if v == p) for p in PRIORITY_WORDS}

    def describe(self) -> str:
        counts = self._counts()
        text = (translate("HAWizard", "Review the final HA configuration below. You can press Finish to enable HA with this configuration, "
                "or Previous to alter the configuration."))
        if not counts["restart"] and not counts["best-effort"]:
            text += (translate("HAWizard", "\n\nNo virtual machines are protected. This configuration will protect the pool coordinator, "
                     "but none of your services."))
        elif not self.answers.get("failures"):
            text += (translate("HAWizard", "\n\nUnder this configuration, the failover tolerance of your pool would be 0 (zero) and it may "
                     "not be possible to restart your virtual machines in the event of a server failure."))
        return text

    def summary_rows(self) -> list[tuple[str, str]]:
        sr = self.wizard.cache.get("SR", self.answers.get("heartbeat_sr") or "")
        counts = self._counts()
        return [(translate("HAWizard", "Heartbeat SR:"), sr.name if sr is not None else ""),
                (translate("HAWizard", "Failure Tolerance:"), str(self.answers.get("failures", 0))),
                *((translate("HAWizard", "{label}:").format(label=translate("HA", PRIORITY_WORDS[p])), vms_text(counts[p]))
                  for p in PRIORITY_WORDS)]

    def command_line(self) -> str:
        params, pool = self.wizard.params(), self.wizard.pool
        text = f"python main.py run pool.ha-enable {shlex.quote(pool.name)}"
        if params["heartbeat_sr"] is not None:
            text += f" --heartbeat-sr {shlex.quote(params['heartbeat_sr'].name)}"
        text += f" --failures {params['failures']}"
        for option, key in (("--restart", "restart"), ("--best-effort", "best_effort")):
            text += "".join(f" {option} {shlex.quote(vm.name)}" for vm in params[key])
        names = {vm.ref: vm.name for vm in self.wizard.vms}
        for option, key in (("--order", "order"), ("--delay", "delay")):
            text += "".join(f" {option} {shlex.quote(names[ref] + '=' + str(value))}"
                            for ref, value in params[key].items())
        return text + connection_options(self.wizard.context, self.wizard.cache)


class HaWizard(StepWizard):
    """See the module docstring."""

    def __init__(self, context: AppContext, pool: XenObject, parent: Any = None) -> None:
        super().__init__(translate("HAWizard", "Configure HA - {pool}").format(
            pool=pool_display_name(pool)), parent)  # type: ignore[arg-type]
        self.context, self.pool, self.cache = context, pool, pool.cache
        hidden = context.settings.options.display.hidden_objects  # XenCenter's HaCanProtect(ShowHiddenVMs)
        self.vms = sorted((v for v in self.cache.all("VM") if v.is_real_vm and v.shown(hidden)),
                          key=lambda v: natural_key(v.name))
        self.answers.update(heartbeat_sr=None, maximum=None, failures=0, priorities={}, order={}, delay={})
        self.plan = PlanStep(self)
        self.add(IntroStep(self), HeartbeatStep(self), self.plan, HaFinish(self))
        self.resize(860, 580)

    def params(self) -> dict[str, Any]:
        """``pool.ha-enable``'s parameters: orders and delays only where they change."""
        answers, cache = self.answers, self.cache
        kept = {vm.ref: str(vm.ha_restart_priority or "") for vm in cache.all("VM") if vm.is_real_vm}  # unlisted
        priorities: dict[str, str] = {**kept, **(answers.get("priorities") or self.plan.chosen())}
        vms = {vm.ref: vm for vm in cache.all("VM") if vm.is_real_vm}
        changed = {name: {ref: value for ref, value in (answers.get(name) or {}).items()
                          if value != as_int(getattr(vms[ref], field))}
                   for name, field in (("order", "order"), ("delay", "start_delay"))}
        return {"heartbeat_sr": cache.get("SR", answers.get("heartbeat_sr") or ""), "failures": answers["failures"],
                "restart": [vms[r] for r, p in priorities.items() if p == "restart"],
                "best_effort": [vms[r] for r, p in priorities.items() if p == "best-effort"], **changed}
