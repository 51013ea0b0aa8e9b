"""Light and dark colours: the desktop's choice by default (Qt 6.5+ reports it, and tells us when it changes),
or the user's (``--theme``). Fusion is drawn from a palette, so a dark one is all a dark window needs; the few
colours of our own (the header band, bars, charts) read from the palette or are chosen to read on both."""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#2a2c30",
    QPalette.ColorRole.ToolTipBase: "#3a3d42", QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8c9096", QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35373b", QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b", QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3d4045", QPalette.ColorRole.Mid: "#2f3135", QPalette.ColorRole.Dark: "#191a1c",
    QPalette.ColorRole.Shadow: "#000000", QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#6cb4ff",
    QPalette.ColorRole.LinkVisited: "#b48cff",
}
DARK_DISABLED = {QPalette.ColorRole.WindowText: "#7d8086", QPalette.ColorRole.Text: "#7d8086",
                 QPalette.ColorRole.ButtonText: "#7d8086", QPalette.ColorRole.Highlight: "#3d4045"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window is drawn dark (our own colours follow)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_chosen: dict[str, str | None] = {}  # the choice in force, and whether the desktop is being followed


def apply_theme(app: QGuiApplication, choice: str | None = None) -> None:
    """``choice`` "light" or "dark", or None (or "") to follow the desktop now and whenever it changes."""
    hints = app.styleHints()
    if "choice" not in _chosen:  # once per process: later calls only change what the handler reads
        hints.colorSchemeChanged.connect(lambda _scheme: _follow(app))
    _chosen["choice"] = choice or None
    _follow(app)


def _follow(app: QGuiApplication) -> None:
    choice = _chosen.get("choice")
    dark = choice == "dark" or (choice is None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())  # type: ignore[attr-defined]


#: our own colours, per scheme: the page header band and the chosen navigation view
LIGHT_COLOURS = {"band_top": "#f6f8fb", "band_bottom": "#e6ebf1", "band_text": "#1f3147", "band_muted": "#52657a",
                 "band_line": "#c5ced8", "chosen_top": "#dce8f5", "chosen_bottom": "#c2d6ec", "chosen_text": "#1d3d5e"}
DARK_COLOURS = {"band_top": "#35383d", "band_bottom": "#2c2e32", "band_text": "#e8edf3", "band_muted": "#a9b4c0",
                "band_line": "#45494f", "chosen_top": "#34557a", "chosen_bottom": "#284462", "chosen_text": "#eef4fb"}


def colours() -> dict[str, str]:
    return DARK_COLOURS if is_dark() else LIGHT_COLOURS


class _Restyler(QObject):
    """Gives a widget its themed style sheet again when the palette changes (the desktop switched scheme)."""

    def __init__(self, widget: QWidget, template: str) -> None:
        super().__init__(widget)
        self._template = template
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        sheet = Template(self._template).substitute(colours())
        if widget.styleSheet() != sheet:  # setting it changes the palette again: only when it differs
            widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def styled(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` ($names from ``colours()``), now and whenever the scheme
    changes."""
    _Restyler(widget, template).apply(widget)
