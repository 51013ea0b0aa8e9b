"""Lenient readers for XAPI field values.

Records reach the cache exactly as the wire delivered them: over XML-RPC 64-bit ints are strings, dates are
``20240101T13:20:11Z`` strings (sometimes without ``Z``) or ``xmlrpc.client.DateTime`` objects, and maps hold
only strings. These helpers turn such values into Python types without ever raising, so that one odd field
never breaks a view.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

NULL_REF = "OpaqueRef:NULL"

_DATE = re.compile(
    r"^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$"
)


def is_null_ref(ref: Any) -> bool:
    """True for a missing reference: empty, ``OpaqueRef:NULL`` or anything not a string."""
    return not isinstance(ref, str) or not ref or ref == NULL_REF


def as_int(value: Any, default: int = 0) -> int:
    """An int from an int, a float or a decimal string (XML-RPC sends 64-bit ints as strings)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        try:
            return int(float(str(value).strip()))
        except (TypeError, ValueError):
            return default


def as_float(value: Any, default: float = 0.0) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return default


def as_bool(value: Any) -> bool:
    """XenCenter's ``BoolKey``: a real bool, or the string ``true`` in any case; everything else is false."""
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() == "true"


def int_key(mapping: Any, key: str, default: int = 0) -> int:
    """XenCenter's ``IntKey``: the map value parsed as an int, ``default`` when absent or unparsable."""
    if not isinstance(mapping, dict) or key not in mapping:
        return default
    try:
        return int(str(mapping[key]).strip())
    except ValueError:
        return default


def parse_datetime(value: Any) -> datetime | None:
    """A UTC datetime from any XAPI date form; None for missing, unparsable or the 1970 epoch (xapi's 'never')."""
    if value is None:
        return None
    if isinstance(value, datetime):
        result = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    else:
        text = getattr(value, "value", value)  # xmlrpc.client.DateTime
        m = _DATE.match(str(text).strip())
        if not m:
            return None
        year, month, day, hour, minute, second, zone = m.groups()
        try:
            result = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                              tzinfo=timezone.utc)
        except ValueError:
            return None
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            offset = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
            result = datetime.fromtimestamp(result.timestamp() - offset, timezone.utc)
    if result.timestamp() <= 0:
        return None
    return result


def parse_timestamp(value: Any) -> float | None:
    """Seconds since the epoch from a XAPI date or a unix-time string (``host.other_config['boot_time']``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if value > 0 else None
    if isinstance(value, str):
        try:
            seconds = float(value.strip())
        except ValueError:
            pass
        else:
            return seconds if seconds > 0 else None
    parsed = parse_datetime(value)
    return parsed.timestamp() if parsed else None
