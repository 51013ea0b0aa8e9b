"""XenCenter's date matching (``DatePropertyQuery.MatchDate``): only days count, in local time.

"This week" is today and the six days before it, "last week" the seven days before those; "before" and
"after" include the day itself. Dates in the XML are ``yyyyMMdd`` (older searches: an ISO 8601 time).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, tzinfo

from xencenter.model.values import parse_datetime

DATE_MATCH_TYPES = ("today", "yesterday", "thisweek", "lastweek", "before", "after", "exact")
#: C#'s ``DateTime.MinValue`` as a day: what an unreadable old-style query date becomes.
MIN_DATE = date(1, 1, 1)


class DateFormatError(ValueError):
    pass


def parse_query_date(text: str, strict: bool) -> date:
    """A query's day: ``yyyyMMdd``; without ``strict`` also an old ISO 8601 time (anything else: MinValue)."""
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        try:
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            raise DateFormatError(f"{text!r} is not a date (yyyyMMdd)") from None
    if strict:
        raise DateFormatError(f"{text!r} is not a date (yyyyMMdd)")
    moment = parse_datetime(text)
    return moment.date() if moment is not None else MIN_DATE


def write_query_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    """The day of a time in the given zone (None: the machine's); the earliest time stays year 1."""
    if moment.year <= 1:
        return MIN_DATE
    return moment.astimezone(tz).date()


def _days_in_year(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


def _days_ago(value: date, today: date) -> int | None:
    """XenCenter's day difference: only within this year or from last year (None further back)."""
    this_day = today.timetuple().tm_yday
    value_day = value.timetuple().tm_yday
    if value.year == today.year:
        return this_day - value_day
    if value.year == today.year - 1:
        return this_day + _days_in_year(value.year) - value_day
    return None


def match_date(value: date, query: date, kind: str, today: date) -> bool:
    if kind == "before":
        return value <= query
    if kind == "after":
        return value >= query
    if kind == "exact":
        return value == query
    diff = _days_ago(value, today)
    if diff is None:
        return False
    if kind == "today":
        return diff == 0 and value.year == today.year
    if kind == "yesterday":
        return diff == 1
    if kind == "thisweek":
        return 0 <= diff < 7
    if kind == "lastweek":
        return 7 <= diff < 14
    return False
