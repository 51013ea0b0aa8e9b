"""Tools > Options' Updates, Connection and Language pages and the Display page's graph colours: each shows its
part of ``options.json`` and writes it back with ``apply(options)`` on OK (the dialog saves)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xencenter.model.perf_series import COLORS
from xencenter.model.update_check import update_notes
from xencenter.model.words import QT_TRANSLATE_NOOP
from xencenter.settings import (
    LANGUAGES,
    MAX_RECONNECT,
    MAX_TIMEOUT,
    MIN_RECONNECT,
    MIN_TIMEOUT,
    ConnectionOptions,
    Options,
    UpdateOptions,
)
from xencenter.views.language import LANGUAGE_WORDS

if TYPE_CHECKING:
    from xencenter.operations.context import AppContext

translate = QCoreApplication.translate


def note(text: str) -> QLabel:
    """A page's explanation: plain, wrapped text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _page(*widgets: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(12, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def _seconds(value: int, low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(translate("OptionsDialog", " s"))
    return box


class UpdatesPage(QWidget):
    NO_NETWORK = (QT_TRANSLATE_NOOP("OptionsDialog", "Nothing is ever fetched from the internet: the check only reads what your connected servers "
                  "already report about their updates (their own update repositories are theirs to reach)."))

    def __init__(self, options: UpdateOptions, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.check = QCheckBox(translate("OptionsDialog", "&Check for updates to the connected servers"))
        self.check.setChecked(options.check)
        self.found = note("")
        self.check.toggled.connect(self._show)
        self.setLayout(_page(self.check, note(translate("OptionsDialog", self.NO_NETWORK)), self.found))
        self._show()

    def _show(self) -> None:
        if not self.check.isChecked():
            self.found.setText("")
            return
        notes = update_notes(c.cache for c in self.context.connections if c.session is not None)
        self.found.setText("\n".join(notes) if notes else translate("OptionsDialog", "The connected servers report no pending updates."))

    def apply(self, options: Options) -> None:
        options.updates = UpdateOptions(check=self.check.isChecked())


class ConnectionPage(QWidget):
    def __init__(self, options: ConnectionOptions) -> None:
        super().__init__()
        timeouts = QGroupBox(translate("OptionsDialog", "Timeouts"))
        form = QFormLayout(timeouts)
        self.connect_timeout = _seconds(options.connect_timeout, MIN_TIMEOUT, MAX_TIMEOUT)
        self.read_timeout = _seconds(options.read_timeout, MIN_TIMEOUT, MAX_TIMEOUT)
        form.addRow(translate("OptionsDialog", "&Connecting to a server:"), self.connect_timeout)
        form.addRow(translate("OptionsDialog", "&Waiting for an answer:"), self.read_timeout)
        again = QGroupBox(translate("OptionsDialog", "Lost connections"))
        box = QFormLayout(again)
        self.reconnect = QCheckBox(translate("OptionsDialog", "&Reconnect by itself when a connection is lost"))
        self.reconnect.setChecked(options.reconnect)
        self.interval = _seconds(options.reconnect_interval, MIN_RECONNECT, MAX_RECONNECT)
        self.reconnect.toggled.connect(self.interval.setEnabled)
        self.interval.setEnabled(options.reconnect)
        box.addRow(self.reconnect)
        box.addRow(translate("OptionsDialog", "&Longest wait between tries:"), self.interval)
        self.setLayout(_page(timeouts, again, note(translate("OptionsDialog", "New connections use these at once; connected servers from "
                                                    "their next reconnection."))))

    def chosen(self) -> ConnectionOptions:
        return ConnectionOptions(self.connect_timeout.value(), self.read_timeout.value(), self.reconnect.isChecked(),
                                 self.interval.value())

    def apply(self, options: Options) -> None:
        options.connection = self.chosen()


class LanguagePage(QWidget):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(translate("OptionsDialog", LANGUAGE_WORDS[code]), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(translate("OptionsDialog", "&Language:"), self.language)
        holder = QWidget()
        holder.setLayout(form)
        self.setLayout(_page(holder, note(translate("OptionsDialog", "The new language is used from the next start (main.py --lang LANGUAGE "
                                           "chooses one for a single run)."))))

    def apply(self, options: Options) -> None:
        options.display.language = str(self.language.currentData())


class GraphColorsBox(QGroupBox):
    """The colours the Performance tab's graphs give their lines, first line first: a swatch each (click to
    choose another) and a way back to the defaults. Saved only when they differ from the defaults."""

    PER_ROW = 6

    def __init__(self, colors: tuple[str, ...]) -> None:
        super().__init__(translate("OptionsDialog", "Graph line colours"))
        self.colors = list(colors or COLORS)
        self.swatches: list[QToolButton] = []
        grid = QGridLayout()
        for i in range(len(COLORS)):
            swatch = QToolButton()
            swatch.clicked.connect(lambda _=False, i=i: self._choose(i))
            self.swatches.append(swatch)
            grid.addWidget(swatch, i // self.PER_ROW, i % self.PER_ROW)
        grid.setColumnStretch(self.PER_ROW, 1)  # the swatches side by side, on the left
        self.reset = QPushButton(translate("OptionsDialog", "&Restore Default Colours"))
        self.reset.clicked.connect(lambda: self._show(list(COLORS)))
        layout = QVBoxLayout(self)
        layout.addWidget(note(translate("OptionsDialog", "A graph's first line takes the first colour, its second "
                                        "line the second, and so on.")))
        layout.addLayout(grid)
        layout.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignLeft)
        self._show(self.colors)

    def _show(self, colors: list[str]) -> None:
        self.colors = colors
        size = self.fontMetrics().height() * 3 // 2
        for i, (swatch, color) in enumerate(zip(self.swatches, colors)):
            pixmap = QPixmap(size, size)
            pixmap.fill(QColor(color))
            swatch.setIcon(QIcon(pixmap))
            swatch.setIconSize(pixmap.size())
            swatch.setToolTip(translate("OptionsDialog", "Line {number}: {color}").format(number=i + 1, color=color))
        self.reset.setEnabled(tuple(colors) != COLORS)

    def set_color(self, i: int, color: str) -> None:
        """Line ``i`` takes ``color`` (#rrggbb)."""
        colors = list(self.colors)
        colors[i] = QColor(color).name()
        self._show(colors)

    def _choose(self, i: int) -> None:
        chosen = QColorDialog.getColor(QColor(self.colors[i]), self,
                                       translate("OptionsDialog", "Colour of Line {number}").format(number=i + 1))
        if chosen.isValid():
            self.set_color(i, chosen.name())

    def apply(self, options: Options) -> None:
        colors = tuple(self.colors)
        options.display = replace(options.display, graph_colors=() if colors == COLORS else colors)
