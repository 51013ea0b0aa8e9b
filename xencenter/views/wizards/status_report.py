"""Tools > Server Status Report (XenCenter's BugTool wizard): Select Servers, Select Report Contents (what the
chosen servers can all include, asked of them in the background, with each entry's size estimate and whether it
holds personal information), Report Destination, Finish. It gathers ``host.status-report``'s parameters; the
report itself is the command's operation (Events tab: progress, cancel)."""

from __future__ import annotations

import os
import shlex
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from xencenter.commands.status_report import query_capabilities
from xencenter.model import status_report as report
from xencenter.model.naming import natural_key
from xencenter.model.tree import pool_display_name
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.tabs.widgets import plain_label
from xencenter.views.wizards.steps import FinishStep, Step, StepWizard, connection_options, destination_fields, note

if TYPE_CHECKING:
    from xencenter.model.objects import Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate

ROLE = Qt.ItemDataRole.UserRole
#: Translated where shown (context ``StatusReportWizard``).
PII_SHORT = {"yes": QT_TRANSLATE_NOOP("StatusReportWizard", "Yes"),
             "maybe": QT_TRANSLATE_NOOP("StatusReportWizard", "Maybe"),
             "customized": QT_TRANSLATE_NOOP("StatusReportWizard", "If customized"),
             "no": QT_TRANSLATE_NOOP("StatusReportWizard", "No")}


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def _table(*headers: str) -> QTreeWidget:
    table = QTreeWidget()
    table.setHeaderLabels(list(headers))
    table.setRootIsDecorated(False)
    table.header().setStretchLastSection(False)
    table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ServersStep(Step):
    title = QT_TRANSLATE_NOOP("Wizard", "Select Servers")
    heading = QT_TRANSLATE_NOOP("Wizard", "Select the servers you want to include in the report")
    wizard: StatusReportWizard

    def __init__(self, wizard: StatusReportWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("StatusReportWizard", "Each server chosen sends its own report; the servers must be connected.")))
        self.table = _table(translate("StatusReportWizard", "Server"), translate("StatusReportWizard", "Pool"))
        chosen = {h.ref for h in wizard.answers["hosts"]}
        for host in wizard.all_hosts():
            pool = next(iter(host.cache.all("pool")), None)
            item = QTreeWidgetItem([host.name, pool_display_name(pool) if pool is not None else ""])
            item.setData(0, ROLE, host)
            item.setCheckState(0, Qt.CheckState.Checked if host.ref in chosen else Qt.CheckState.Unchecked)
            self.table.addTopLevelItem(item)
        self.table.itemChanged.connect(self._edited)
        self.layout_.addWidget(self.table, 1)

    def _edited(self, *args: Any) -> None:
        self.answers["hosts"] = [item.data(0, ROLE) for item in _rows(self.table)
                                 if item.checkState(0) == Qt.CheckState.Checked]
        super()._edited()

    def problem(self) -> str:
        return "" if self.answers["hosts"] else translate("StatusReportWizard", "Select at least one server.")

    def summary(self) -> str:
        count = len(self.answers["hosts"])
        return translate("StatusReportWizard", "1 server") if count == 1 else translate(
            "StatusReportWizard", "{count} servers").format(count=count)


class ContentsStep(Step):
    title = QT_TRANSLATE_NOOP("Wizard", "Select Report Contents")
    heading = QT_TRANSLATE_NOOP("Wizard", "Select the data you want to include in your report")
    wizard: StatusReportWizard

    def __init__(self, wizard: StatusReportWizard) -> None:
        super().__init__(wizard)
        self.asked_for: list[str] | None = None
        self.loading = False
        self.failure = ""
        self.table = _table(translate("StatusReportWizard", "Report Content Item"),
                            translate("StatusReportWizard", "Personal information"))
        self.table.itemChanged.connect(self._edited)
        self.table.currentItemChanged.connect(lambda *_: self._describe())
        self.layout_.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.select_all, self.clear_all = QPushButton(translate("StatusReportWizard", "&Select All")), QPushButton(translate("StatusReportWizard", "&Clear All"))
        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.clear_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        buttons.addWidget(self.select_all)
        buttons.addWidget(self.clear_all)
        buttons.addStretch(1)
        self.total = plain_label("")
        buttons.addWidget(self.total)
        self.layout_.addLayout(buttons)
        self.details = note("")
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 3)
        self.layout_.addWidget(self.details)

    def enter(self) -> None:
        refs = sorted(h.ref for h in self.answers["hosts"])
        if refs == self.asked_for or not refs:
            return
        self.asked_for, self.loading, self.failure = refs, True, ""
        self.table.clear()
        self.details.setText(translate("StatusReportWizard", "Querying server capabilities..."))
        query_capabilities(self.wizard.context, list(self.answers["hosts"]), self._answer_for(refs))

    def _answer_for(self, asked: list[str]) -> Callable[[list[report.Capability], str], None]:
        return lambda found, problem: self._answered(asked, found, problem)

    def _answered(self, asked: list[str], found: list[report.Capability], problem: str) -> None:
        if asked != self.asked_for:
            return  # the servers changed meanwhile: a newer question is on its way
        self.loading, self.failure = False, problem
        chosen = self.answers.get("entries")
        self.table.blockSignals(True)
        for cap in found:
            item = QTreeWidgetItem([cap.name, translate("StatusReportWizard", PII_SHORT[cap.pii])])
            item.setData(0, ROLE, cap)
            on = cap.key in chosen if chosen is not None else cap.default_checked
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setToolTip(0, cap.description or cap.name)
            item.setToolTip(1, cap.pii_words)
            self.table.addTopLevelItem(item)
        self.table.blockSignals(False)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._edited()

    def _check_all(self, state: Qt.CheckState) -> None:
        self.table.blockSignals(True)
        for item in _rows(self.table):
            item.setCheckState(0, state)
        self.table.blockSignals(False)
        self._edited()

    def checked(self) -> list[report.Capability]:
        return [item.data(0, ROLE) for item in _rows(self.table) if item.checkState(0) == Qt.CheckState.Checked]

    def _describe(self) -> None:
        item = self.table.currentItem()
        if self.loading or item is None:
            return
        cap: report.Capability = item.data(0, ROLE)
        self.details.setText(translate("StatusReportWizard", "{description}\nSize: {size}\n{personal}").format(
            description=cap.description or cap.name, size=cap.size_words, personal=cap.pii_words))

    def _edited(self, *args: Any) -> None:
        if not self.loading and not self.failure:
            checked = self.checked()
            self.answers["entries"] = [c.key for c in checked]
            self.total.setText(translate("StatusReportWizard", "Total size: {size}").format(
                size=report.total_size(checked, len(self.answers["hosts"]))))
            self.select_all.setEnabled(len(checked) < self.table.topLevelItemCount())
            self.clear_all.setEnabled(bool(checked))
            self._describe()
        elif self.failure:
            self.details.setText("")
        super()._edited()

    def problem(self) -> str:
        if self.asked_for is None:
            return ""  # not shown yet: asked on entry
        if self.loading:
            return translate("StatusReportWizard", "Querying server capabilities...")
        if self.failure:
            return self.failure
        return "" if self.answers.get("entries") else translate("StatusReportWizard",
                                                                 "Select at least one item to include.")

    def summary(self) -> str:
        entries = self.answers.get("entries")
        if entries is None:
            return ""
        return translate("StatusReportWizard", "1 item") if len(entries) == 1 else translate(
            "StatusReportWizard", "{count} items").format(count=len(entries))


class DestinationStep(Step):
    title = QT_TRANSLATE_NOOP("Wizard", "Report Destination")
    heading = QT_TRANSLATE_NOOP("Wizard", "Select a destination folder for the report files")
    wizard: StatusReportWizard

    def __init__(self, wizard: StatusReportWizard) -> None:
        super().__init__(wizard)
        self.layout_.addWidget(note(translate("StatusReportWizard", "The report is one zip file: each server's files in a folder of their own, "
                                    "and this application's log.")))
        self.name, self.folder, self.overwrite = destination_fields(self, wizard.answers["name"],
                                                                    wizard.answers["folder"],
                                                                    translate("StatusReportWizard", "Folder:"))

    def _edited(self, *args: Any) -> None:
        self.answers.update(name=self.name.text().strip(), folder=self.folder.text().strip(),
                            overwrite=self.overwrite.isChecked())
        super()._edited()

    def problem(self) -> str:
        name = self.answers["name"]
        if not name or os.sep in name or (os.altsep and os.altsep in name):
            return translate("StatusReportWizard", "File name is invalid.")
        if not os.path.isdir(self.answers["folder"]):
            return translate("StatusReportWizard", "Destination directory is invalid.")
        if os.path.exists(self.wizard.path) and not self.answers["overwrite"]:
            return translate("Wizard", "'{name}' already exists in this folder: choose another name, or replace "
                             "it.").format(name=os.path.basename(self.wizard.path))
        return ""

    def summary(self) -> str:
        return os.path.basename(self.wizard.path) if self.answers["name"] else ""


class ReportFinish(FinishStep):
    heading = QT_TRANSLATE_NOOP("Wizard", "Ready to compile the status report")
    wizard: StatusReportWizard

    def describe(self) -> str:
        hosts = ", ".join(f"'{h.name}'" for h in self.answers["hosts"])
        return translate("StatusReportWizard", "A report of {count} items from {servers} will be saved to {path}. It "
                         "shows in the Events tab, where it can be cancelled; the file appears once it is "
                         "complete.").format(count=len(self.answers.get("entries") or []), servers=hosts,
                                             path=self.wizard.path)

    def command_line(self) -> str:
        hosts = self.answers["hosts"]
        text = "python main.py run host.status-report"
        for host in hosts:
            text += f" --host {shlex.quote(host.name)}"
        text += f" --file {shlex.quote(self.wizard.path)}"
        entries = self.answers.get("entries") or []
        if entries:
            text += f" --entries {shlex.quote(','.join(entries))}"
        if self.answers["overwrite"]:
            text += " --overwrite"
        return text + (connection_options(self.wizard.context, hosts[0].cache) if hosts else "")


class StatusReportWizard(StepWizard):
    """See the module docstring."""

    finish_text = QT_TRANSLATE_NOOP("Wizard", "&Finish")

    def __init__(self, context: AppContext, hosts: list[Host], parent: Any = None) -> None:
        super().__init__(translate("StatusReportWizard", "Server Status Report"), parent)
        self.context = context
        self.answers.update(hosts=list(hosts) or self.all_hosts(), name=report.default_file_name(),
                            folder=os.path.expanduser("~"), overwrite=False)
        self.add(ServersStep(self), ContentsStep(self), DestinationStep(self), ReportFinish(self))

    def all_hosts(self) -> list[Host]:
        """Every server of every connected pool, pool by pool."""
        return [host for connection in self.context.connections if connection.session is not None
                for host in sorted(connection.cache.all("host"), key=lambda h: natural_key(h.name))]

    @property
    def path(self) -> str:
        name = self.answers["name"]
        return os.path.join(self.answers["folder"], name if name.lower().endswith(".zip") else f"{name}.zip")

    def answer(self) -> dict[str, Any]:
        return {"hosts": list(self.answers["hosts"]), "entries": list(self.answers.get("entries") or []),
                "file": self.path, "overwrite": self.answers["overwrite"]}
