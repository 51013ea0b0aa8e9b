"""A small step-by-step wizard frame in the house's style (the steps on the left, each with what was chosen, the
page on the right, Previous / Next / Finish / Cancel), for wizards whose answers are a few parameters of one
command (Export, Import). Each step reads and writes the wizard's ``answers``; Next only goes past steps that
have no problem, and Finish needs every step answered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.views.properties.frame import PageListDelegate
from xencenter.views.properties.frame import note_label as note
from xencenter.views.properties.frame import page_title as heading
from xencenter.views.tabs.widgets import plain_label, set_warning

translate = QCoreApplication.translate


class Step(QWidget):
    """One page: ``enter`` fills it from ``wizard.answers``, edits write back and emit ``changed``;
    ``problem`` says what stops Next, ``summary`` is its line in the step list."""

    title = ""
    heading = ""
    changed = Signal()

    def __init__(self, wizard: StepWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(10)
        title = heading(translate("Wizard", self.heading))
        title.setWordWrap(True)  # XenCenter's page titles can be a long sentence
        self.layout_.addWidget(title)

    @property
    def answers(self) -> dict[str, Any]:
        return self.wizard.answers

    def enter(self) -> None:
        """Called each time the step is shown."""

    def problem(self) -> str:
        return ""

    def summary(self) -> str:
        return ""

    def _edited(self, *args: Any) -> None:
        self.changed.emit()


class FinishStep(Step):
    """The last step: what will happen (``text``), XenCenter's summary (``summary_rows()``, a label and a value
    a row), the step's own options (``options``), and the equivalent command line (``command_line()``), refreshed
    on entry and on every edit."""

    title = QT_TRANSLATE_NOOP("Wizard", "Finish")

    def __init__(self, wizard: StepWizard) -> None:
        super().__init__(wizard)
        self.text = note("")
        self.layout_.addWidget(self.text)
        self.summary_form = QFormLayout()
        self.layout_.addLayout(self.summary_form)
        self.options = QVBoxLayout()
        self.layout_.addLayout(self.options)
        self.layout_.addWidget(note(translate("Wizard", "The same from the command line:")))
        self.command = QPlainTextEdit()
        self.command.setReadOnly(True)
        self.command.setMaximumHeight(80)
        self.layout_.addWidget(self.command)
        self.layout_.addStretch(1)

    def describe(self) -> str:
        return ""

    def summary_rows(self) -> list[tuple[str, str]]:
        return []

    def command_line(self) -> str:
        return ""

    def enter(self) -> None:
        self.text.setText(self.describe())
        while self.summary_form.rowCount():
            self.summary_form.removeRow(0)
        for label, value in self.summary_rows():
            shown = plain_label(value)
            shown.setWordWrap(True)
            self.summary_form.addRow(plain_label(label), shown)
        self.command.setPlainText(self.command_line())

    def _edited(self, *args: Any) -> None:
        self.command.setPlainText(self.command_line())
        super()._edited()


def connection_options(context: Any, cache: Any) -> str:
    """The command line's connection options for the pool of ``cache`` (the password from a file)."""
    connection = next((c for c in context.connections if c.cache is cache), None)
    if connection is None:
        return ""
    return f" --server {connection.address} --user {connection.user} --password-file PASSWORD_FILE"


def folder_field(owner: QWidget, folder: str) -> tuple[QLineEdit, QHBoxLayout]:
    """A folder's line with its Browse button (a folder chooser), the wizards' Location rows."""
    line = QLineEdit(folder)
    browse = QPushButton(translate("Wizard", "Browse..."))

    def choose() -> None:
        chosen = QFileDialog.getExistingDirectory(owner, translate("Wizard", "Choose a folder"), line.text())
        if chosen:
            line.setText(chosen)

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(line, 1)
    row.addWidget(browse)
    return line, row


def destination_fields(step: Step, name: str, folder: str, folder_label: str = "",
                       extra: tuple[tuple[str, QWidget], ...] = ()) -> tuple[QLineEdit, QLineEdit, QCheckBox]:
    """A file's name, its folder (with Browse), ``extra`` rows and "Replace the file if it exists", added to
    ``step`` with every edit going to ``step._edited``; gives (name, folder, overwrite)."""
    form = QFormLayout()
    name_line = QLineEdit(name)
    folder_line, row = folder_field(step, folder)
    form.addRow(translate("Wizard", "&Name:"), name_line)
    form.addRow(folder_label or translate("Wizard", "Location:"), row)
    for label, widget in extra:
        form.addRow(label, widget)
    step.layout_.addLayout(form)
    overwrite = QCheckBox(translate("Wizard", "&Replace the file if it exists"))
    step.layout_.addWidget(overwrite)
    step.layout_.addStretch(1)
    name_line.textChanged.connect(step._edited)
    folder_line.textChanged.connect(step._edited)
    overwrite.toggled.connect(step._edited)
    return name_line, folder_line, overwrite


def step_list() -> QListWidget:
    """The wizards' list of steps on the left (each with what was chosen under its title)."""
    steps = QListWidget()
    steps.setFixedWidth(200)
    steps.setItemDelegate(PageListDelegate(steps))
    steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return steps


def wizard_frame(dialog: Any, steps: QWidget, stack: QWidget,
                 finish_text: str) -> tuple[QLabel, QPushButton, QPushButton, QPushButton, QPushButton]:
    """Lay out a wizard as the house does (steps left, page right, the message, Previous / Next / finish /
    Cancel) and wire Previous, Next and Cancel to ``dialog.go`` and ``reject``; gives (message, back, next,
    finish, cancel) for the wizard to wire its finish button."""
    message = plain_label("")
    message.setWordWrap(True)
    back, forward = QPushButton(translate("Wizard", "< Previous")), QPushButton(translate("Wizard", "Next >"))
    finish, cancel = QPushButton(finish_text), QPushButton(translate("Wizard", "Cancel"))
    forward.setDefault(True)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    for button in (back, forward, finish, cancel):
        buttons.addWidget(button)
    body = QHBoxLayout()
    body.addWidget(steps)
    body.addWidget(stack, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(body, 1)
    layout.addWidget(message)
    layout.addLayout(buttons)
    back.clicked.connect(lambda: dialog.go(dialog.stack.currentIndex() - 1))
    forward.clicked.connect(lambda: dialog.go(dialog.stack.currentIndex() + 1))
    cancel.clicked.connect(dialog.reject)
    return message, back, forward, finish, cancel


class StepWizard(QDialog):
    """See the module docstring; subclasses give their steps (``add``) and ``params``."""

    finish_text = QT_TRANSLATE_NOOP("Wizard", "Finish")

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answers: dict[str, Any] = {}
        self.setWindowTitle(title)
        self.setMinimumSize(QSize(760, 500))
        self.steps = step_list()
        self.stack = QStackedWidget()
        self.pages: list[Step] = []
        self.message, self.back, self.next, self.finish, self.cancel = wizard_frame(
            self, self.steps, self.stack, translate("Wizard", self.finish_text))
        self.finish.clicked.connect(self._on_finish)
        self.steps.currentRowChanged.connect(lambda row: self.go(row) if row != self.stack.currentIndex() else None)

    def add(self, *steps: Step) -> None:
        for step in steps:
            self.pages.append(step)
            self.stack.addWidget(step)
            QListWidgetItem(translate("Wizard", step.title), self.steps)
            step.changed.connect(self.refresh)
        self.steps.setCurrentRow(0)
        self.pages[0].enter()
        self.refresh()

    @property
    def page(self) -> Step:
        return self.pages[self.stack.currentIndex()]

    def go(self, index: int) -> bool:
        """Show step ``index``, going forward only past steps without a problem; False when it stays."""
        index = max(0, min(index, len(self.pages) - 1))
        current = self.stack.currentIndex()
        for passed in range(current, index):
            if self.pages[passed].problem():
                index = passed
                break
            if passed + 1 < index:
                self.pages[passed + 1].enter()
        self.stack.setCurrentIndex(index)
        self.pages[index].enter()
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self.refresh()
        return index != current

    def refresh(self) -> None:
        for row, page in enumerate(self.pages):
            self.steps.item(row).setData(PageListDelegate.SUMMARY_ROLE, page.summary())
        problem = self.page.problem()
        self.message.setText(problem)
        set_warning(self.message, bool(problem))
        self.message.setVisible(bool(problem))
        last = self.stack.currentIndex() == len(self.pages) - 1
        self.back.setEnabled(self.stack.currentIndex() > 0)
        self.next.setEnabled(not last and not problem)
        self.finish.setEnabled(not any(p.problem() for p in self.pages))
        self.next.setDefault(not last)
        self.finish.setDefault(last)

    def _on_finish(self) -> None:
        for index, page in enumerate(self.pages):
            if page.problem():
                self.go(index)
                return
        self.accept()
