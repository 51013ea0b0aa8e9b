"""The Help menu's windows: the user guide (Markdown, rendered by Qt), the keyboard shortcuts (read from the
window's own actions, so the list is what the keys do), and the application log viewer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xencenter import APP_NAME
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.operations import applog

translate = QCoreApplication.translate

GUIDES = Path(__file__).resolve().parents[1] / "resources" / "guide"
#: The guide's file in ``resources/guide``; each translation names its own (``guide.zh_CN.md``).
GUIDE_FILE = QT_TRANSLATE_NOOP("HelpWindows", "guide.md")


def guide_path() -> Path:
    """The user guide in the window's language, the English one when there is none."""
    translated = GUIDES / translate("HelpWindows", GUIDE_FILE)
    return translated if translated.parent == GUIDES and translated.is_file() else GUIDES / GUIDE_FILE


def _closing_buttons(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpWindows", "{app} — User Guide").format(app=APP_NAME))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_path().read_text(encoding="utf-8"))
        layout.addWidget(self.browser)
        _closing_buttons(self, layout)


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of ``window`` that has a shortcut, sorted by what, each once."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = re.sub(r"\(&\w\)", "", action.text())  # a CJK menu text's accelerator, "新建(&N)"
        name = text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("...").strip()
        if keys and name:
            rows.setdefault(name, ", ".join(keys))
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpWindows", "Keyboard Shortcuts"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.table = QTreeWidget(self)
        self.table.setHeaderLabels([translate("HelpWindows", "Action"), translate("HelpWindows", "Keys")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        window = parent.window() if parent is not None else None
        for name, keys in shortcuts_of(window) if window is not None else []:
            QTreeWidgetItem(self.table, [name, keys])
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table)
        _closing_buttons(self, layout)


class LogViewer(QDialog):
    """The end of the application log, with Refresh and a button opening its folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HelpWindows", "Application Log"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        refresh = QPushButton(translate("HelpWindows", "&Refresh"), self)
        refresh.clicked.connect(self.refresh)
        folder = QPushButton(translate("HelpWindows", "Open &Folder"), self)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(applog.log_dir()))))
        row.addWidget(refresh)
        row.addWidget(folder)
        row.addStretch(1)
        layout.addLayout(row)
        _closing_buttons(self, layout)
        self.refresh()

    def refresh(self) -> None:
        path = applog.log_file()
        content = applog.tail()
        self.where.setText(f"{path}" if content else translate("HelpWindows", "{path} (nothing logged yet)").format(
            path=path))
        self.text.setPlainText(content)
        self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())
