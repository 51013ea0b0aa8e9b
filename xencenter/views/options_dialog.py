"""Tools > Options, XenCenter's pages that apply here: Display (theme, what the tree shows), Console,
Notifications, Updates, Connection, Language, Security (remembered passwords), Save and Restore (the server
list). Changes take effect on OK and are saved in ``options.json``; the tree's options are the View > Show
menu's, so both stay in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import THEMES
from xencenter.views.console_options import ConsoleOptionFields
from xencenter.views.navigation import OPTIONS
from xencenter.views.options_pages import ConnectionPage, GraphColorsBox, LanguagePage, UpdatesPage, note

if TYPE_CHECKING:
    from xencenter.views.main_window import MainWindow

translate = QCoreApplication.translate

THEME_WORDS = {"": QT_TRANSLATE_NOOP("OptionsDialog", "&Follow the desktop"), "light": QT_TRANSLATE_NOOP("OptionsDialog", "&Light"), "dark": QT_TRANSLATE_NOOP("OptionsDialog", "&Dark")}


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QPushButton):  # a button keeps its own width, as in XenCenter's pages
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(widget)
    layout.addStretch(1)
    return page


class OptionsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        settings = window.context.settings
        options = settings.options
        self.setWindowTitle(translate("OptionsDialog", "Options"))
        self.resize(720, 460)

        theme_box = QGroupBox(translate("OptionsDialog", "Theme"))
        theme_layout = QVBoxLayout(theme_box)
        self.themes = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        for name in THEMES:
            button = QRadioButton(translate("OptionsDialog", THEME_WORDS[name]))
            button.setChecked(options.display.theme == name)
            self.themes.addButton(button)
            self.theme_buttons[name] = button
            theme_layout.addWidget(button)
        tree_box = QGroupBox(translate("OptionsDialog", "Show in the tree"))
        tree_layout = QVBoxLayout(tree_box)
        self.tree_boxes: dict[str, QCheckBox] = {}
        for field, label in OPTIONS:
            box = QCheckBox(translate("Navigation", label))
            box.setChecked(window.navigation.option_actions[field].isChecked())
            self.tree_boxes[field] = box
            tree_layout.addWidget(box)

        self.console = ConsoleOptionFields(options.console)
        console_box = QGroupBox(translate("OptionsDialog", "Consoles of VMs and VNC servers"))
        console_form = QFormLayout(console_box)
        console_form.addRow("", self.console.refuse_unencrypted)
        for box in (self.console.scale_to_fit, self.console.share_clipboard, self.console.grab_keyboard):
            console_form.addRow("", box)
        console_form.addRow(translate("OptionsDialog", "Picture:"), self.console.quality)
        console_form.addRow(translate("OptionsDialog", "Compression:"), self.console.compression)

        self.desktop_notifications = QCheckBox(translate("OptionsDialog", "Show new &Critical and Major alerts as desktop notifications"))
        self.desktop_notifications.setChecked(options.notifications.desktop)

        remembered = sum(1 for s in settings.servers if s.remember_password)
        self.passwords_note = note(self._passwords_words(remembered))
        self.forget = QPushButton(translate("OptionsDialog", "&Forget All Passwords..."))
        self.forget.setEnabled(remembered > 0)
        self.forget.clicked.connect(self._forget_passwords)
        trust_note = note(translate("OptionsDialog", "Server certificates are always checked: a new one is shown for you to trust, a changed "
                           "one is refused with both fingerprints."))

        export_button, import_button = QPushButton(translate("OptionsDialog", "&Export Server List...")), QPushButton(translate("OptionsDialog", "&Import Server List..."))
        export_button.clicked.connect(lambda: self._run("server.export-list"))
        import_button.clicked.connect(lambda: self._run("server.import-list"))
        buttons_row = QWidget()
        row = QHBoxLayout(buttons_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(export_button)
        row.addWidget(import_button)
        row.addStretch(1)

        self.updates = UpdatesPage(options.updates, window.context)
        self.connection = ConnectionPage(options.connection)
        self.language = LanguagePage(options.display.language)
        self.graph_colors = GraphColorsBox(options.display.graph_colors)

        self.pages = QListWidget()
        self.stack = QStackedWidget()
        for title, page in (
                (translate("OptionsDialog", "Display"), _page(theme_box, tree_box, self.graph_colors)),
                (translate("OptionsDialog", "Console"), _page(console_box)),
                (translate("OptionsDialog", "Notifications"), _page(self.desktop_notifications)),
                (translate("OptionsDialog", "Updates"), self.updates),
                (translate("OptionsDialog", "Connection"), self.connection),
                (translate("OptionsDialog", "Language"), self.language),
                (translate("OptionsDialog", "Security"), _page(self.passwords_note, self.forget, trust_note)),
                (translate("OptionsDialog", "Save and Restore"), _page(note(translate("OptionsDialog", "The saved servers' addresses and names, in XenCenter's format "
                                                 "(no users, no passwords):")), buttons_row))):
            self.pages.addItem(title)
            self.stack.addWidget(page)
        self.pages.setSpacing(3)
        self.pages.setFixedWidth(self.pages.sizeHintForColumn(0) + 40)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _passwords_words(count: int) -> str:
        if not count:
            return translate("OptionsDialog", "No password is remembered.")
        if count == 1:
            return translate("OptionsDialog", "1 server has a password remembered in the system keyring.")
        return translate("OptionsDialog", "{count} servers have a password remembered in the system keyring.").format(
            count=count)

    def _run(self, command_id: str) -> None:
        self.window_.command_actions.action_of(command_id).trigger()

    def _forget_passwords(self) -> None:
        context = self.window_.context
        if not context.prompter.confirm(translate("OptionsDialog", "Forget All Passwords"),
                                        translate("OptionsDialog", "Forget every remembered password? Servers that reconnect at start will "
                                        "ask for theirs."), ok=translate("OptionsDialog", "Forget")):
            return
        context.settings.forget_passwords()
        self.passwords_note.setText(self._passwords_words(0))
        self.forget.setEnabled(False)

    def chosen_theme(self) -> str:
        return next(name for name, button in self.theme_buttons.items() if button.isChecked())

    def _use_timing(self) -> None:
        """New connections take the chosen timeouts and reconnects at once, connected ones at their next
        (re)connection (a connection reads its timing as it goes)."""
        from xencenter.operations.connections import chosen_timing

        connections = self.window_.context.connections
        connections.timing = chosen_timing(self.window_.context.settings)
        for connection in connections:
            connection.timing = connections.timing

    def accept(self) -> None:
        from PySide6.QtWidgets import QApplication

        from xencenter.views.theme import apply_theme

        options = self.window_.context.settings.options
        theme = self.chosen_theme()
        theme_changed = theme != options.display.theme
        options.display.theme = theme
        options.console = self.console.chosen()
        self.window_.notifications.desktop_action.setChecked(self.desktop_notifications.isChecked())
        for field, box in self.tree_boxes.items():
            self.window_.navigation.option_actions[field].setChecked(box.isChecked())  # saved by the window
        for page in (self.updates, self.connection, self.language, self.graph_colors):
            page.apply(options)
        try:
            options.save()
        except OSError as e:
            self.error.setText(translate("OptionsDialog", "The options could not be saved: {error}").format(
                error=e.strerror or e))
            self.error.show()
            return
        self._use_timing()
        if theme_changed:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        super().accept()
