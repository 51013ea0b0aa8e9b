"""How the model writes numbers and dates for people. The model knows no Qt, so the window installs locale-aware
functions here at start (``views/locale_formats.py``, from QLocale) when its language is not English; until then,
and for the command line, the texts are English as they have always been (``1.5 GB``, ``Jan 5, 2024 3:04:05 PM``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def english_decimal(value: float, places: int) -> str:
    """``value`` with at most ``places`` decimals, no trailing zeros: ``1.5``, ``2``, ``1234``."""
    text = f"{value:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def english_integer(value: int) -> str:
    return str(value)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english_date_minutes(moment: datetime) -> str:
    """XenCenter's English date to the minute (alerts): ``Jan 5, 2024 3:04 PM``."""
    hour = moment.hour % 12 or 12
    return (f"{_MONTHS[moment.month - 1]} {moment.day}, {moment.year} {hour}:{moment.minute:02d} "
            f"{'AM' if moment.hour < 12 else 'PM'}")


def english_fixed(value: float, places: int) -> str:
    """``value`` with exactly ``places`` decimals: ``1.0``, ``12``."""
    return f"{value:.{places}f}"


def english_percent(value: int) -> str:
    return f"{value}%"


def english_date_time(moment: datetime) -> str:
    """XenCenter's English date and time: ``Jan 5, 2024 3:04:05 PM``."""
    return moment.strftime("%b %d, %Y %I:%M:%S %p").replace(" 0", " ")


@dataclass
class Formats:
    decimal: Callable[[float, int], str] = english_decimal
    integer: Callable[[int], str] = english_integer
    date_time: Callable[[datetime], str] = english_date_time
    fixed: Callable[[float, int], str] = english_fixed
    percent: Callable[[int], str] = english_percent
    date_minutes: Callable[[datetime], str] = english_date_minutes


#: What the model's texts use; ``install`` replaces it, ``reset`` brings English back (tests).
current = Formats()


def install(formats: Formats) -> None:
    global current
    current = formats


def reset() -> None:
    install(Formats())


def decimal(value: float, places: int = 1) -> str:
    return current.decimal(value, places)


def integer(value: int) -> str:
    return current.integer(value)


def date_time(moment: datetime) -> str:
    return current.date_time(moment)


def fixed(value: float, places: int) -> str:
    return current.fixed(value, places)


def percent(value: int) -> str:
    """A whole percentage: ``42%``."""
    return current.percent(value)


def date_minutes(moment: datetime) -> str:
    """A date and time to the minute (no seconds)."""
    return current.date_minutes(moment)
