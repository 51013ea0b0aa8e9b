"""The console options' fields (encryption required, picture quality, compression), shared by the VNC dialog
and the Options dialog so both say and save the same thing."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from xencenter.settings import ConsoleOptions


class ConsoleOptionFields:
    def __init__(self, options: ConsoleOptions, parent: QWidget | None = None) -> None:
        self.refuse_unencrypted = QCheckBox("&Refuse unencrypted connections", parent)
        self.refuse_unencrypted.setToolTip("Connect only to servers that offer TLS (VeNCrypt): without it, the "
                                           "picture, your keys and the VNC password's challenge cross the "
                                           "network readable")
        self.refuse_unencrypted.setChecked(options.refuse_unencrypted)
        self.quality = QComboBox(parent)
        self.quality.addItem("Lossless (Tight, ZRLE)", None)
        for level in range(9, -1, -1):
            self.quality.addItem(f"JPEG where the server sees photos, quality {level}"
                                 + (" (least data)" if level == 0 else ""), level)
        self.quality.setCurrentIndex(self.quality.findData(options.jpeg_quality))
        self.quality.setToolTip("Tight's JPEG: fewer bytes for photo-like areas on slow links, at the cost of "
                                "exactness (saved for every console)")
        self.compression = QComboBox(parent)
        self.compression.addItem("The server's default", None)
        for level in range(10):
            self.compression.addItem(f"Level {level}" + {0: " (fastest)", 9: " (smallest)"}.get(level, ""), level)
        self.compression.setCurrentIndex(self.compression.findData(options.compression_level))

    def chosen(self) -> ConsoleOptions:
        return ConsoleOptions(self.refuse_unencrypted.isChecked(), self.quality.currentData(),
                              self.compression.currentData())
