"""The New Snapshot Schedule wizard (XenCenter's NewPolicyWizard): Schedule Name, Virtual Machines, Snapshot Type
(disks only, or disks and memory), Snapshot Schedule (hourly at a minute, daily at a time, weekly at a time on
chosen days, in the server's clock; how many snapshots are kept), Finish (XenCenter's summary, running the
schedule at once, the equivalent command line). It only gathers ``vmss.new``'s parameters, checked by
``model.snapshot_schedules`` as the command line's are.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from xencenter.model.brand import brand_of
from xencenter.model.licence import restricted
from xencenter.model.naming import natural_key
from xencenter.model.snapshot_schedules import DAY_NAMES, DAYS, MINUTES, TYPES, describe, schedule_record
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, note

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

FREQUENCIES = (("hourly", QT_TRANSLATE_NOOP("VMSSWizard", "H&ourly snapshots")), ("daily", QT_TRANSLATE_NOOP("VMSSWizard", "&Daily snapshots")), ("weekly", QT_TRANSLATE_NOOP("VMSSWizard", "Wee&kly snapshots")))
TYPE_TEXTS = (
    ("snapshot", QT_TRANSLATE_NOOP("VMSSWizard", "&Disk only snapshot"), QT_TRANSLATE_NOOP("VMSSWizard", "The VM's disks (storage) and metadata will be saved. This type of snapshot "
     "is crash-consistent and can be performed on all VM types, including Linux VMs.")),
    ("checkpoint", QT_TRANSLATE_NOOP("VMSSWizard", "Disk and &memory snapshot"), QT_TRANSLATE_NOOP("VMSSWizard", "In addition to the VM's disks and metadata, this type of snapshot "
     "also stores the VM's memory state (RAM). Note that this type of snapshot can be very large and you should "
     "ensure that you make sufficient disk space available for all your scheduled snapshots.")),
)


class PolicyStep(Step):
    wizard: NewPolicyWizard


class NameStep(PolicyStep):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Schedule Name"), QT_TRANSLATE_NOOP("Wizard", "What do you want to call this schedule?")

    def __init__(self, wizard: NewPolicyWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("VMSSWizard", "Use this wizard to define a schedule that will run automatic snapshot jobs for "
                                    "your VMs.\n\nTo begin, enter a name for the schedule and, optionally, a "
                                    "description, then click Next.")))
        form = QFormLayout()
        self.name, self.description = QLineEdit(), QLineEdit()
        form.addRow(translate("VMSSWizard", "Schedule na&me:"), self.name)
        form.addRow(translate("VMSSWizard", "&Description:"), self.description)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def _edited(self, *args: Any) -> None:
        self.answers.update(name=self.name.text().strip(), description=self.description.text().strip())
        super()._edited()

    def problem(self) -> str:
        return "" if self.answers.get("name") else translate("VMSSWizard", "Enter a name for the schedule.")

    def summary(self) -> str:
        return str(self.answers.get("name") or "")


class VmsStep(PolicyStep):
    """XenCenter's NewVMGroupVMsPage: the pool's VMs (hidden ones with the Hidden Objects option), their current
    schedule, Select All / Clear All and how many are chosen."""

    title, heading = QT_TRANSLATE_NOOP("Wizard", "Virtual Machines"), QT_TRANSLATE_NOOP("Wizard", "Select the VMs that you want to schedule snapshots for")

    def __init__(self, wizard: NewPolicyWizard, ticked: set[str]) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("VMSSWizard", "Select a checkbox to add a VM to the snapshot schedule; clear its checkbox to "
                                    "remove it from the schedule.")))
        self.layout_.addWidget(QLabel(translate("VMSSWizard", "VMs in pool '{pool}':").format(pool=wizard.pool_name[:60])))
        self.table = QTreeWidget()
        self.table.setHeaderLabels([translate("VMSSWizard", "VM"), translate("VMSSWizard", "Description"), translate("VMSSWizard", "Current schedule")])
        self.table.setRootIsDecorated(False)
        cache = wizard.cache
        hidden = wizard.context.settings.options.display.hidden_objects
        for vm in sorted((v for v in cache.all("VM") if v.is_real_vm and v.shown(hidden)),
                         key=lambda v: natural_key(v.name)):
            policy = cache.get("VMSS", str(vm.record.snapshot_schedule or ""))
            item = QTreeWidgetItem(self.table, [vm.name, str(vm.name_description or ""),
                                                policy.name if policy is not None else translate("VMSSWizard", "<None>")])
            item.setData(0, 256, vm.ref)
            item.setCheckState(0, Qt.CheckState.Checked if vm.ref in ticked else Qt.CheckState.Unchecked)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(160, self.table.columnWidth(0) + 24))
        self.table.setColumnWidth(1, 200)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.counter = QLabel("")
        row.addWidget(self.counter, 1)
        for text, state in ((translate("VMSSWizard", "&Select All"), Qt.CheckState.Checked), (translate("VMSSWizard", "&Clear All"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            row.addWidget(button)
        self.layout_.addLayout(row)
        self.table.itemChanged.connect(self._edited)
        self._edited()

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.table.topLevelItemCount()) if (item := self.table.topLevelItem(i))]

    def _check_all(self, state: Qt.CheckState) -> None:
        self.table.blockSignals(True)
        for item in self._items():
            item.setCheckState(0, state)
        self.table.blockSignals(False)
        self._edited()

    def _edited(self, *args: Any) -> None:
        self.answers["vm"] = [self.wizard.cache.get("VM", item.data(0, 256)) for item in self._items()
                              if item.checkState(0) == Qt.CheckState.Checked]
        count = len(self.answers["vm"])  # XenCenter's ONE_VM_SELECTED, MOREONE_VM_SELECTED
        self.counter.setText(translate("VMSSWizard", "1 VM selected") if count == 1 else translate(
            "VMSSWizard", "{count} VMs selected").format(count=count))
        super()._edited()

    def summary(self) -> str:
        count = len(self.answers.get("vm") or [])
        return translate("VMSSWizard", "1 VM") if count == 1 else translate("VMSSWizard", "{count} VMs").format(
            count=count)


class TypeStep(PolicyStep):
    """XenCenter's NewPolicySnapshotTypePage: disk and memory snapshots are offered unless a server's licence
    restricts checkpoints (``restrict_checkpoint``, read as XenCenter reads it: ``model/licence.py``)."""

    title, heading = QT_TRANSLATE_NOOP("Wizard", "Snapshot Type"), QT_TRANSLATE_NOOP("Wizard", "What type of snapshot do you want to use for scheduled snapshots?")

    def __init__(self, wizard: NewPolicyWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("VMSSWizard", "Choose the type of snapshot you would like to take.")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, text, blurb in TYPE_TEXTS:
            button = QRadioButton(translate("VMSSWizard", text))
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
            explained = note(translate("VMSSWizard", blurb))
            explained.setContentsMargins(22, 0, 0, 6)
            self.layout_.addWidget(explained)
            button.toggled.connect(self._edited)
        forbidden = restricted(wizard.cache, "restrict_checkpoint")
        self.buttons["checkpoint"].setEnabled(not forbidden)
        self.warning = note(translate("VMSSWizard", "This feature is disabled due to license restrictions on the server.") if forbidden else
                            translate("VMSSWizard", "Note that scheduled disk and memory snapshots will only be taken "
                                      "of VMs in this schedule that meet all of the following conditions:\n\n1. The "
                                      "VM is running or suspended at the time the snapshot is scheduled.\n2. The VM "
                                      "has {tools} installed.\n3. If the VM has a dedicated GPU assigned to it, this "
                                      "GPU supports disk and memory snapshots.").format(
                                tools=brand_of(wizard.cache).tools))
        self.warning.setContentsMargins(22, 0, 0, 0)
        self.layout_.addWidget(self.warning)
        self.layout_.addStretch(1)
        self.buttons["snapshot"].setChecked(True)

    def _edited(self, *args: Any) -> None:
        self.answers["type"] = next(v for v, b in self.buttons.items() if b.isChecked()) if \
            any(b.isChecked() for b in self.buttons.values()) else "snapshot"
        super()._edited()

    def summary(self) -> str:
        return TYPES[self.answers.get("type") or "snapshot"]


class FrequencyStep(PolicyStep):
    title, heading = QT_TRANSLATE_NOOP("Wizard", "Snapshot Schedule"), QT_TRANSLATE_NOOP("Wizard", "When do you want snapshots to be taken?")

    def __init__(self, wizard: NewPolicyWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("VMSSWizard", "Snapshots will be automatically taken according to the schedule specified below. "
                                    "Times are the server's.")))
        self.group = QButtonGroup(self)
        self.frequency: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for value, text in FREQUENCIES:
            button = QRadioButton(translate("VMSSWizard", text))
            self.group.addButton(button)
            self.frequency[value] = button
            row.addWidget(button)
            button.toggled.connect(self._edited)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.hour = QSpinBox()
        self.hour.setRange(0, 23)
        self.hour.setMinimumWidth(64)
        self.minute = QComboBox()
        for minute in MINUTES:
            self.minute.addItem(f"{int(minute):02d}", minute)
        self.at_label = QLabel("")
        self.past = QLabel(translate("VMSSWizard", "minutes past each hour"))
        self.colon = QLabel(":")
        time_row = QHBoxLayout()
        for widget in (self.at_label, self.hour, self.colon, self.minute, self.past):
            time_row.addWidget(widget)
        time_row.addStretch(1)
        self.layout_.addLayout(time_row)
        self.days = {day: QCheckBox(DAY_NAMES[day]) for day in DAYS}
        self.days_row = QWidget()
        grid = QGridLayout(self.days_row)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.days.values()):
            grid.addWidget(box, number // 4, number % 4)
            box.toggled.connect(self._edited)
        self.layout_.addWidget(self.days_row)
        keep_row = QHBoxLayout()
        self.keep = QSpinBox()
        self.keep.setRange(1, 10)
        self.keep.setValue(7)
        keep_label = QLabel(translate("VMSSWizard", "Ma&ximum number of scheduled snapshots:"))
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.layout_.addLayout(keep_row)
        self.layout_.addWidget(note(translate("VMSSWizard", "When the number of scheduled snapshots taken exceeds the maximum number specified "
                                    "here, the oldest scheduled snapshot will be deleted.")))
        self.layout_.addStretch(1)
        for spin in (self.hour, self.keep):
            spin.valueChanged.connect(self._edited)
        self.minute.currentIndexChanged.connect(self._edited)
        self.frequency["daily"].setChecked(True)

    def _edited(self, *args: Any) -> None:
        frequency = next((v for v, b in self.frequency.items() if b.isChecked()), "daily")
        hourly = frequency == "hourly"
        self.at_label.setText({"hourly": translate("VMSSWizard", "&Recur at:"), "daily": translate("VMSSWizard", "&Recur every day at this time:"),
                               "weekly": translate("VMSSWizard", "&Recur at this time:")}[frequency])
        self.at_label.setBuddy(self.minute if hourly else self.hour)
        for widget in (self.hour, self.colon):
            widget.setVisible(not hourly)
        self.past.setVisible(hourly)
        self.days_row.setVisible(frequency == "weekly")
        self.answers.update(frequency=frequency, hour=self.hour.value(), minute=self.minute.currentData(),
                            day=[d for d, box in self.days.items() if box.isChecked()], keep=self.keep.value())
        super()._edited()

    def problem(self) -> str:
        try:
            schedule_record({**self.answers, "name": "checked"})
        except ValueError:
            return translate("VMSSWizard", "Invalid or incomplete schedule")
        return ""

    def summary(self) -> str:
        return "" if self.problem() else self.wizard.schedule_text()


class PolicyFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Create the new schedule")
    wizard: NewPolicyWizard

    def __init__(self, wizard: NewPolicyWizard) -> None:
        super().__init__(wizard)
        self.now = QCheckBox(translate("VMSSWizard", "&Run the new snapshot schedule job when I click Finish"))
        self.options.addWidget(self.now)
        self.now.toggled.connect(self._edited)

    def _edited(self, *args: Any) -> None:
        self.answers["now"] = self.now.isChecked()
        super()._edited()

    def describe(self) -> str:
        return (translate("VMSSWizard", "Review the new snapshot schedule and click Previous if you want to change any settings or Finish to "
                "create the new schedule."))

    def summary_rows(self) -> list[tuple[str, str]]:
        vms = self.answers.get("vm") or []
        return [(translate("VMSSWizard", "Schedule name:"), str(self.answers.get("name") or "")),
                (translate("VMSSWizard", "VMs:"), ", ".join(vm.name for vm in vms) or translate("VMSSWizard", "None")),
                (translate("VMSSWizard", "Snapshot type:"), TYPES[self.answers.get("type") or "snapshot"]),
                (translate("VMSSWizard", "Schedule:"), self.wizard.schedule_text()),
                (translate("VMSSWizard", "Snapshots kept:"), str(self.answers.get("keep")))]

    def command_line(self) -> str:
        a = self.answers
        text = f"python main.py run vmss.new {shlex.quote(self.wizard.pool_name)} --name {shlex.quote(a['name'])}"
        if a.get("description"):
            text += f" --description {shlex.quote(a['description'])}"
        text += "".join(f" --vm {shlex.quote(vm.name)}" for vm in a.get("vm") or [])
        text += f" --type {a['type']} --frequency {a['frequency']}"
        if a["frequency"] != "hourly":
            text += f" --hour {a['hour']}"
        text += f" --minute {a['minute']}" + "".join(f" --day {day}" for day in a["day"] if a["frequency"] == "weekly")
        text += f" --keep {a['keep']}" + (" --now" if a.get("now") else "")
        return text + connection_options(self.wizard.context, self.wizard.cache)


class NewPolicyWizard(StepWizard):
    """See the module docstring."""

    def __init__(self, context: AppContext, cache: ObjectCache, vms: list[VM], parent: Any = None) -> None:
        super().__init__(translate("VMSSWizard", "New snapshot schedule"), parent)
        self.context, self.cache = context, cache
        pool = cache.pool()
        self.pool_name = str(pool.name if pool is not None else "")
        self.answers.update(name="", description="", vm=[], type="snapshot", frequency="daily", hour=0, minute="0",
                            day=[], keep=7, now=False)
        self.add(NameStep(self), VmsStep(self, {vm.ref for vm in vms}), TypeStep(self), FrequencyStep(self),
                 PolicyFinish(self))
        self.resize(860, 580)

    def schedule_text(self) -> str:
        """XenCenter's words for the chosen schedule ("Daily; at 02:00")."""
        try:
            record = schedule_record({**self.answers, "name": "checked"})
        except ValueError:
            return translate("VMSSWizard", "Invalid or incomplete schedule")
        return describe(record["frequency"], record["schedule"])

    def params(self) -> dict[str, Any]:
        """``vmss.new``'s parameters."""
        keys = ("name", "description", "vm", "type", "frequency", "hour", "minute", "day", "keep", "now")
        return {key: self.answers[key] for key in keys}
