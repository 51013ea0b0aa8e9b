"""What every page of the New VM wizard shares: its title and note labels, and the ``Page`` protocol the
wizard drives (the plan in, the plan out, problems in words)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.provision import NewVMPlan
from xencenter.views.tabs.widgets import plain_label, secondary_text_color

if TYPE_CHECKING:
    from xencenter.model.cache import ObjectCache

    from .wizard import NewVMWizard


ROLE = Qt.ItemDataRole.UserRole
AMBER = "#9a6700"


def title_label(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def note_label(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {secondary_text_color(label)};")
    return label


class Page(QWidget):
    """One step. ``load`` shows the plan, ``apply`` returns it with the page's answers, ``problem`` says what
    stops Next (from the model), ``summary`` is the step list's second line. ``changed`` when the user edits."""

    title = ""
    heading = ""
    changed = Signal()

    def __init__(self, wizard: NewVMWizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(title_label(QCoreApplication.translate("NewVMWizard", self.heading)))
        self._loading = False

    @property
    def cache(self) -> ObjectCache:
        return self.wizard.cache

    def load(self, plan: NewVMPlan) -> None:
        """Fill the page from the plan (called each time it is shown)."""

    def apply(self, plan: NewVMPlan) -> NewVMPlan:
        return plan

    def problem(self, plan: NewVMPlan) -> str:
        return ""

    def warnings(self, plan: NewVMPlan) -> list[str]:
        return []

    def summary(self, plan: NewVMPlan) -> str:
        return ""

    def applies(self, plan: NewVMPlan) -> bool:
        """Whether the wizard shows this page for the plan (the install media only for default templates)."""
        return True

    def _edited(self, *args: Any) -> None:
        if not self._loading:
            self.changed.emit()
