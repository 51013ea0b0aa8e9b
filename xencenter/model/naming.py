"""Natural ordering of names, as XenCenter sorts its tree ("VM 2" before "VM 10")."""

from __future__ import annotations

import re

_CHUNKS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[int, int | str, str] | tuple[int, str], ...]:
    """Sort key following XenCenter's ``StringUtility.NaturalCompare``: text case-insensitively, digit runs as
    numbers, where a shorter run of digits is the smaller number ("8" before "007") and runs of one length
    compare digit by digit; where a digit meets another character, the culture's order decides: punctuation,
    spaces and symbols before digits ("/vol" before "0"), digits before letters ("0" before "Metadata", "a1"
    before "ab"). Each run is tagged (-1 text from a non-letter, 0 a number, 1 text from a letter), so keys never
    compare a number with text and ``(2, ...)`` sorts after any name."""
    parts = _CHUNKS.split(name.casefold())
    return tuple([(0, len(p), p) if i % 2 else ((1 if p[0].isalpha() else -1), p)
                  for i, p in enumerate(parts) if p])
