"""The console options' fields (encryption required, picture quality, compression), shared by the VNC dialog
and the Options dialog so both say and save the same thing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from xencenter.settings import ConsoleOptions

translate = QCoreApplication.translate


class ConsoleOptionFields:
    def __init__(self, options: ConsoleOptions, parent: QWidget | None = None) -> None:
        self.refuse_unencrypted = QCheckBox(translate("ConsoleOptions", "&Refuse unencrypted connections"), parent)
        self.refuse_unencrypted.setToolTip(translate(
            "ConsoleOptions", "Connect only to servers that offer TLS (VeNCrypt): without it, the picture, your keys "
            "and the VNC password's challenge cross the network readable"))
        self.refuse_unencrypted.setChecked(options.refuse_unencrypted)
        # How a console opens: Options > Console only (no parent: the VNC dialog does not show them).
        self.scale_to_fit = QCheckBox(translate("ConsoleOptions", "&Scale the picture to fit the window"))
        self.scale_to_fit.setChecked(options.scale_to_fit)
        self.share_clipboard = QCheckBox(translate("ConsoleOptions", "S&hare the clipboard with the guest"))
        self.share_clipboard.setToolTip(translate("ConsoleOptions", "Text copied on either side can be pasted on the "
                                                  "other"))
        self.share_clipboard.setChecked(options.share_clipboard)
        self.grab_keyboard = QCheckBox(translate("ConsoleOptions", "&Grab the keyboard when a console connects "
                                                 "(Right Ctrl releases it)"))
        self.grab_keyboard.setChecked(options.grab_keyboard)
        self.quality = QComboBox(parent)
        self.quality.addItem(translate("ConsoleOptions", "Lossless (Tight, ZRLE)"), None)
        for level in range(9, -1, -1):
            text = translate("ConsoleOptions", "JPEG where the server sees photos, quality {level} (least data)") \
                if level == 0 else translate("ConsoleOptions", "JPEG where the server sees photos, quality {level}")
            self.quality.addItem(text.format(level=level), level)
        self.quality.setCurrentIndex(self.quality.findData(options.jpeg_quality))
        self.quality.setToolTip(translate("ConsoleOptions", "Tight's JPEG: fewer bytes for photo-like areas on slow "
                                          "links, at the cost of exactness (saved for every console)"))
        self.compression = QComboBox(parent)
        self.compression.addItem(translate("ConsoleOptions", "The server's default"), None)
        for level in range(10):
            text = {0: translate("ConsoleOptions", "Level {level} (fastest)"),
                    9: translate("ConsoleOptions", "Level {level} (smallest)")}.get(level) or translate(
                "ConsoleOptions", "Level {level}")
            self.compression.addItem(text.format(level=level), level)
        self.compression.setCurrentIndex(self.compression.findData(options.compression_level))

    def chosen(self) -> ConsoleOptions:
        return ConsoleOptions(self.refuse_unencrypted.isChecked(), self.quality.currentData(),
                              self.compression.currentData(), self.scale_to_fit.isChecked(),
                              self.share_clipboard.isChecked(), self.grab_keyboard.isChecked())
