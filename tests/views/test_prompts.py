"""The window's prompter: errors gathered in one non-blocking dialog, tags and folder answers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from xencenter.views.prompts import DialogPrompter, TagsFolderDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_errors_arriving_together_share_one_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    parent.activateWindow()
    prompter = DialogPrompter()
    prompter.show_error("Starting VM 'a' failed", "'a' is running.", "VM_BAD_POWER_STATE r halted running")
    box = prompter._error_box
    assert box is not None and box.isVisible()
    assert box.informativeText() == "'a' is running."
    prompter.show_error("Starting VM 'b' failed", "'b' is busy.", "OTHER_OPERATION_IN_PROGRESS VM r")
    assert prompter._error_box is box
    assert box.text() == "2 operations failed"
    assert "'b' is busy." in box.informativeText()
    assert "VM_BAD_POWER_STATE" in box.detailedText() and "OTHER_OPERATION_IN_PROGRESS" in box.detailedText()
    box.done(0)
    assert prompter.errors_shown == []


def test_tags_and_folder_answer(qtbot):
    dialog = TagsFolderDialog(["web"], "/Production", ["web", "db"])
    qtbot.addWidget(dialog)
    dialog.tags_edit.setText(" web, db ,, web ")
    dialog.folder_edit.setText("Lab//Bench/")
    assert dialog.answer() == (["web", "db"], "/Lab/Bench")
    dialog.folder_edit.setText("  ")
    assert dialog.answer()[1] == ""
