"""Natural ordering of names, as XenCenter sorts its tree ("VM 2" before "VM 10")."""

from __future__ import annotations

import re

_CHUNKS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key comparing digit runs by value and text case-insensitively; digits sort before letters, as in
    XenCenter's ``NaturalCompare`` ("0" before "Metadata", "a1" before "ab"). Each run is tagged (0 for a
    number, 1 for text), so keys never compare a number with text and ``(2, ...)`` sorts after any name."""
    parts = _CHUNKS.split(name.casefold())
    return tuple([(0, int(p)) if i % 2 else (1, p) for i, p in enumerate(parts) if p])
