"""The model's number and date texts in the window's language (``model.formats``' hooks, from QLocale),
installed at start with the language; English keeps the model's own texts, so they read as they always have."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

from xencenter.model import formats


def locale_formats(locale: QLocale) -> formats.Formats:
    """Decimals with the locale's separators (no trailing zeros, or a fixed count), dates in its short format with
    seconds (or without, to the minute), percentages with its percent sign."""
    point = locale.decimalPoint()

    def decimal(value: float, places: int) -> str:
        text = locale.toString(float(value), "f", places)
        return text.rstrip("0").rstrip(point) if point in text else text

    def integer(value: int) -> str:
        return locale.toString(int(value))

    def fixed(value: float, places: int) -> str:
        return locale.toString(float(value), "f", places)

    def percent(value: int) -> str:
        return locale.toString(int(value)) + locale.percent()

    short = QLocale.FormatType.ShortFormat
    with_seconds = f"{locale.dateFormat(short)} {locale.timeFormat(short).replace('mm', 'mm:ss', 1)}"

    def date_time(moment: datetime) -> str:
        return locale.toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), with_seconds)

    def date_minutes(moment: datetime) -> str:
        return locale.toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), short)

    return formats.Formats(decimal, integer, date_time, fixed, percent, date_minutes)


def install_locale_formats(language: str) -> bool:
    """Use ``language``'s formats (a QLocale name, ``zh_CN``); False (and English) for an English one."""
    if not language or language == "C" or language.startswith("en"):
        formats.reset()
        return False
    locale = QLocale(language)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    formats.install(locale_formats(locale))
    return True
