"""Natural ordering of names, as XenCenter sorts its tree ("VM 2" before "VM 10")."""

from __future__ import annotations

import re

_CHUNKS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[str | int, ...]:
    """Sort key comparing digit runs by value and text case-insensitively; digits sort before letters, as in
    XenCenter's ``NaturalCompare`` ("0" before "Metadata", "a1" before "ab").

    The key alternates text and numbers (``"VM 10"`` -> ``("vm ", 10, "")``): text always faces text and
    numbers numbers, and a name starting with a digit starts with ``""``, which sorts first.
    """
    parts: list[str | int] = _CHUNKS.split(name.casefold())  # type: ignore[assignment]
    parts[1::2] = map(int, parts[1::2])  # type: ignore[arg-type]
    return tuple(parts)
