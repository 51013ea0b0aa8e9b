"""How commands talk to the user in the window: confirmations, a name, errors, and the tags dialog.

``DialogPrompter`` implements ``operations.context.Prompter`` with dialogs over the active window. Errors are
shown without a nested event loop and gathered: ten VMs failing to start at once give one dialog listing ten
failures, each with xapi's raw code under "Show Details".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.tree import folder_path
from xencenter.views.dialogs import active_window

translate = QCoreApplication.translate


class TagsFolderDialog(QDialog):
    """Tags as a comma-separated list (completed from the pool's tags) and a folder path."""

    def __init__(self, tags: list[str], folder: str, known_tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Prompts", "Edit Tags and Folder"))
        self.setMinimumWidth(420)
        intro = QLabel(translate("Prompts", "Tags and folders organise the Tags and Folders views; XenCenter users of the same pool "
                       "see them too."))
        intro.setWordWrap(True)
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setPlaceholderText(translate("Prompts", "production, web, ..."))
        completer = QCompleter(known_tags, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.setPlaceholderText(translate("Prompts", "/Production/Web (empty: no folder)"))
        form = QFormLayout()
        form.addRow(translate("Prompts", "&Tags:"), self.tags_edit)
        form.addRow(translate("Prompts", "&Folder:"), self.folder_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> tuple[list[str], str]:
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        parts = [part.strip() for part in folder_path(self.folder_edit.text()) if part.strip()]
        return list(dict.fromkeys(tags)), ("/" + "/".join(parts)) if parts else ""


class DialogPrompter:
    """The window's ``Prompter``."""

    def __init__(self) -> None:
        self._error_box: QMessageBox | None = None
        self._errors: list[tuple[str, str, str]] = []

    def confirm(self, title: str, text: str, *, ok: str = "OK", danger: bool = False) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question, title, text,
                          parent=active_window())
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if danger else yes)  # Enter never destroys anything
        box.exec()
        return box.clickedButton() is yes

    def ask_text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(active_window(), title, label, QLineEdit.EchoMode.Normal, default)
        text = text.strip()
        return text if ok and text else None

    def show_error(self, title: str, text: str, details: str = "") -> None:
        """Show an error without blocking; errors arriving while one is shown join the same dialog."""
        self._errors.append((title, text, details))
        box = self._error_box
        if box is None:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("Prompts", "Error"), "", QMessageBox.StandardButton.Close,
                              active_window())
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.finished.connect(self._on_error_closed)
            self._error_box = box
        if len(self._errors) == 1:
            box.setWindowTitle(title)
            box.setText(title)
            box.setInformativeText(text)
        else:
            failed = translate("Prompts", "{count} operations failed").format(count=len(self._errors))
            box.setWindowTitle(failed)
            box.setText(failed)
            box.setInformativeText("\n".join(f"• {t}: {x}" for t, x, _ in self._errors[-8:]))
        raw = "\n".join(f"{t}: {d}" for t, _, d in self._errors if d)
        box.setDetailedText(raw)
        box.open()

    def _on_error_closed(self, _: int) -> None:
        if self._error_box is not None:
            self._error_box.deleteLater()
        self._error_box = None
        self._errors = []

    @property
    def errors_shown(self) -> list[tuple[str, str, str]]:
        """The (title, text, details) in the open error dialog (for tests and the status bar)."""
        return list(self._errors)
