"""The dialogs of the search commands: Save Search (XenCenter's name-and-location prompt) and the
``.xensearch`` file choosers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.tree import pool_display_name
from xencenter.model.xensearch.files import EXTENSION
from xencenter.views import icons

if TYPE_CHECKING:
    from xencenter.model.objects import XenObject

translate = QCoreApplication.translate

def file_filter() -> str:
    return translate("SearchDialogs", "Saved Searches (*.{extension})").format(extension=EXTENSION)


class SaveSearchDialog(QDialog):
    """A name and the pool to save the search in (its ``gui_config``: XenCenter's users of that pool see it)."""

    def __init__(self, name: str, pool: XenObject | None, pools: list[XenObject],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SearchDialogs", "Save Search"))
        self.setMinimumWidth(420)
        intro = QLabel(translate("SearchDialogs", "The search is saved in the pool, where XenCenter's users see it too."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name)
        self.name_edit.selectAll()
        self.location = QComboBox()
        for each in pools:
            self.location.addItem(icons.icon("pool"), pool_display_name(each), each)  # type: ignore[arg-type]
        if pool is not None and pool in pools:
            self.location.setCurrentIndex(pools.index(pool))
        form = QFormLayout()
        form.addRow(translate("SearchDialogs", "&Name:"), self.name_edit)
        form.addRow(translate("SearchDialogs", "&Location:"), self.location)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._enable()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name_edit.text().strip()))

    def answer(self) -> tuple[str, Any]:
        return self.name_edit.text().strip(), self.location.currentData()


def choose_search_file(parent: QWidget | None, save: bool, suggested: str) -> str | None:
    """A ``.xensearch`` file to write or read (None: cancelled)."""
    if save:
        path, _ = QFileDialog.getSaveFileName(parent, translate("SearchDialogs", "Export Search"), suggested, file_filter())
        if path and not path.endswith(f".{EXTENSION}"):
            path += f".{EXTENSION}"
    else:
        path, _ = QFileDialog.getOpenFileName(parent, translate("SearchDialogs", "Import Search"), "", file_filter())
    return path or None
