"""The New VM wizard's window: the steps on the left with what was chosen, the page on the right, Next and
Back checking each page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from xencenter.model import provision as pv
from xencenter.model.provision import NewVMPlan
from xencenter.views.properties.frame import PageListDelegate
from xencenter.views.tabs.widgets import set_warning
from xencenter.views.wizards.steps import step_list, wizard_frame

from .base import AMBER, Page
from .choose import NamePage, TemplatePage
from .media import InstallPage
from .networking import FinishPage, NetworkingPage
from .placement import CpuMemoryPage, HomePage
from .storage import StoragePlanPage

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache
    from xencenter.model.objects import VM, Host
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate



PAGES = (TemplatePage, NamePage, InstallPage, HomePage, CpuMemoryPage, StoragePlanPage, NetworkingPage, FinishPage)


class NewVMWizard(QDialog):
    """See the module docstring. ``target``: a selected template (preselected), server (the home server) or
    pool; else the first connected pool."""

    def __init__(self, context: AppContext, target: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        cache = self._cache_of(context, target)
        if cache is None:
            raise ValueError(translate("NewVMWizard", "Connect to a server first."))
        self.cache: ObjectCache = cache
        template = target if getattr(target, "cls", "") == "VM" and target.is_a_template else None
        self.preferred: Host | None = target if getattr(target, "cls", "") == "host" else None
        choices = pv.templates(self.cache)
        if template is None:
            template = next((t for t in choices if pv.template_type(t) not in ("Custom", "Snapshot")),
                            choices[0] if choices else None)
        if template is None:
            raise ValueError(translate("NewVMWizard", "This pool has no template to make a VM from."))
        self.plan = self.fresh_plan(template)
        self.setWindowTitle(translate("NewVMWizard", "New VM"))
        self.setMinimumSize(QSize(860, 560))
        self.steps = step_list()
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for kind in PAGES:
            page = kind(self)
            self.pages.append(page)
            self.stack.addWidget(page)
            QListWidgetItem(translate("NewVMWizard", page.title), self.steps)
            page.changed.connect(self._on_changed)
        self.message, self.back, self.next, self.create_button, self.cancel = wizard_frame(
            self, self.steps, self.stack, translate("NewVMWizard", "Create Now"))
        self.create_button.clicked.connect(self._on_create)
        self.steps.currentRowChanged.connect(self._on_step_clicked)
        self.pages[0].load(self.plan)
        self.plan = self.pages[0].apply(self.plan)
        self.steps.setCurrentRow(0)
        self._refresh()

    @staticmethod
    def _cache_of(context: AppContext, target: Any) -> ObjectCache | None:
        cache = getattr(target, "cache", None)
        if cache is None:
            connection = getattr(target, "connection", None)
            cache = getattr(connection, "cache", None)
        if cache is None:
            from xencenter.connection import ConnectionState

            connected = [c for c in context.connections if c.state is ConnectionState.CONNECTED]
            cache = connected[0].cache if connected else None
        return cache

    def fresh_plan(self, template: VM) -> NewVMPlan:
        return pv.default_plan(template, None, self.preferred)

    # ---- moving between pages ---------------------------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def go(self, index: int) -> bool:
        """Show page ``index`` (forward only past pages without a problem; pages that do not apply to the plan
        are passed over); False when it stays."""
        index = max(0, min(index, len(self.pages) - 1))
        current = self.stack.currentIndex()
        self.plan = self.page.apply(self.plan)
        step = 1 if index >= current else -1
        while not self.pages[index].applies(self.plan) and 0 < index < len(self.pages) - 1:
            index += step
        if index > current:
            for passed in range(current, index):
                if not self.pages[passed].applies(self.plan):
                    continue
                if passed != current:
                    self.pages[passed].load(self.plan)
                    self.plan = self.pages[passed].apply(self.plan)
                problem = self.pages[passed].problem(self.plan)
                if problem:
                    index = passed
                    break
        self.stack.setCurrentIndex(index)
        self.pages[index].load(self.plan)
        self.plan = self.pages[index].apply(self.plan)  # what the page shows by default is the answer
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._refresh()
        return index != current

    def _on_step_clicked(self, row: int) -> None:
        if row != self.stack.currentIndex():
            self.go(row)

    def _on_changed(self) -> None:
        self.plan = self.page.apply(self.plan)
        self._refresh()

    def _refresh(self) -> None:
        plan = self.plan
        problem = self.page.problem(plan)
        warnings = self.page.warnings(plan)
        for row, page in enumerate(self.pages):
            item = self.steps.item(row)
            item.setData(PageListDelegate.SUMMARY_ROLE, page.summary(plan))
            self.steps.setRowHidden(row, not page.applies(plan))
        if problem:
            self.message.setText(problem)
            set_warning(self.message, True)
            self.message.setStyleSheet("")
        elif warnings:
            set_warning(self.message, False)
            self.message.setText("\n".join(warnings))
            self.message.setStyleSheet(f"color: {AMBER};")
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        last = self.stack.currentIndex() == len(self.pages) - 1
        self.back.setEnabled(self.stack.currentIndex() > 0)
        self.next.setEnabled(not last and not problem)
        self.create_button.setEnabled(not pv.plan_problems(plan) and not problem)
        self.create_button.setDefault(last)
        self.next.setDefault(not last)

    def _on_create(self) -> None:
        self.plan = self.page.apply(self.plan)
        problems = pv.plan_problems(self.plan)
        if problems:
            self.message.setText(problems[0])
            set_warning(self.message, True)
            self.message.show()
            return
        self.accept()

    # ---- the answer ----------------------------------------------------------------------------------------------

    def params(self) -> dict[str, Any]:
        """``vm.new``'s parameters for the plan made (the command runs them)."""
        return pv.plan_params(self.plan)

    def page_named(self, title: str) -> Page:
        return next(p for p in self.pages if p.title == title)
