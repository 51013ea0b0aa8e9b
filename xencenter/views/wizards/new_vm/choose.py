"""The Template and Name pages: templates grouped and searchable with their description, then the VM's name and
description."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
)

from xencenter.model import provision as pv
from xencenter.model.provision import NewVMPlan
from xencenter.model.words import QT_TRANSLATE_NOOP

from .base import ROLE, Page, note_label

if TYPE_CHECKING:
    from xencenter.model.objects import VM

    from .wizard import NewVMWizard

translate = QCoreApplication.translate



class TemplatePage(Page):
    title, heading = QT_TRANSLATE_NOOP("NewVMWizard", "Template"), QT_TRANSLATE_NOOP("NewVMWizard", "Select a VM template")

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("NewVMWizard", "Search templates"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("NewVMWizard", "Template"), translate("NewVMWizard", "Type")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().resizeSection(0, 330)
        self.description = note_label()
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addWidget(self.description)
        self.search.textChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(self._on_current)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        for group, members in pv.template_groups(self.cache):
            header = QTreeWidgetItem([group, ""])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            for template in members:
                item = QTreeWidgetItem([f"    {template.name}", group])
                item.setData(0, ROLE, template.ref)
                self.tree.addTopLevelItem(item)

    def items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i)) is not None]

    def select(self, ref: str) -> None:
        for item in self.items():
            if item.data(0, ROLE) == ref:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def selected(self) -> VM | None:
        item = self.tree.currentItem()
        ref = item.data(0, ROLE) if item is not None and not item.isHidden() else None
        return self.cache.get("VM", ref) if ref else None

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        group_visible: dict[int, bool] = {}
        header_index = -1
        for index, item in enumerate(self.items()):
            if item.data(0, ROLE) is None:
                header_index = index
                group_visible[header_index] = False
                continue
            shown = all(w in item.text(0).casefold() for w in words)
            item.setHidden(not shown)
            if shown:
                group_visible[header_index] = True
        for index, visible in group_visible.items():
            header = self.tree.topLevelItem(index)
            if header is not None:
                header.setHidden(not visible)
        if self.selected() is None:
            first = next((i for i in self.items() if i.data(0, ROLE) and not i.isHidden()), None)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._edited()

    def _on_current(self, *args: Any) -> None:
        template = self.selected()
        self.description.setText(pv.template_description(template) if template is not None else "")
        self._edited()

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        if self.selected() is None or self.selected().ref != plan.template.ref:  # type: ignore[union-attr]
            self.select(plan.template.ref)
        self._loading = False

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        template = self.selected()
        if template is None or template.ref == plan.template.ref:
            return plan
        return self.wizard.fresh_plan(template)

    def problem(self, plan: NewVMPlan) -> str:
        return "" if self.selected() is not None else translate("NewVMWizard", "Select a template.")

    def summary(self, plan: NewVMPlan) -> str:
        return plan.template.name


# ---- Name ------------------------------------------------------------------------------------------------------------


class NamePage(Page):
    title, heading = QT_TRANSLATE_NOOP("NewVMWizard", "Name"), QT_TRANSLATE_NOOP("NewVMWizard", "Name the new virtual machine")

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__(wizard)
        form = QFormLayout()
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        form.addRow(translate("NewVMWizard", "Name:"), self.name)
        form.addRow(translate("NewVMWizard", "Description:"), self.description)
        self.layout_.addLayout(form)
        self.layout_.addWidget(note_label(translate("NewVMWizard", "A name that helps you find the VM among the others; it need not be unique.")))
        self.layout_.addStretch(1)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def load(self, plan: NewVMPlan) -> None:
        self._loading = True
        if self.name.text() != plan.name:
            self.name.setText(plan.name)
        if self.description.toPlainText() != plan.description:
            self.description.setPlainText(plan.description)
        self._loading = False

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        name = self.name.text().strip()
        renamed = pv.rename_disks(replace(plan, name=name), plan.name) if name != plan.name else plan
        return replace(renamed, description=self.description.toPlainText())

    def problem(self, plan: NewVMPlan) -> str:
        return "" if self.name.text().strip() else translate("NewVMWizard", "The new VM needs a name.")

    def summary(self, plan: NewVMPlan) -> str:
        return plan.name
