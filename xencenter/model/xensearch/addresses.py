"""XenCenter's ``ComparableAddress``: an IP address, a wildcard IPv4 pattern (``10.*.*.*``) or a host name.

A pattern matches an address octet by octet (``*``, ``x``, ``n``, ``_`` or an empty part is any octet; missing
parts too: ``10.1`` is ``10.1.*.*``). Addresses order IPv6 before IPv4, then byte by byte; patterns after
addresses, names last. Patterns match IPv4 addresses only (XenCenter also compared the first four bytes of an
IPv6 address, which no one means).
"""

from __future__ import annotations

import functools
import ipaddress

from xencenter.model.naming import natural_key

_WILDCARDS = frozenset({"", "*", "_", "x", "n"})
_SHORT_MAX = 32767  # XenCenter parses each part as a C# short


@functools.total_ordering
class Address:
    """One address-like value; ``kind`` 0 = IP address, 1 = pattern, 2 = name (also its sort rank)."""

    __slots__ = ("kind", "ip", "octets", "text")

    def __init__(self, kind: int, text: str, ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None,
                 octets: tuple[int, ...] = ()) -> None:
        self.kind = kind
        self.text = text
        self.ip = ip
        self.octets = octets

    @classmethod
    def parse(cls, text: str | None, allow_pattern: bool, allow_name: bool) -> Address | None:
        """XenCenter's ``TryParse``: None when ``text`` is none of the allowed forms."""
        if not text:
            return None
        try:
            ip = ipaddress.ip_address(text.strip())
        except ValueError:
            pass
        else:
            return cls(0, str(ip), ip=ip)
        if allow_pattern and "." in text:
            octets = _pattern_octets(text)
            if octets is not None:
                shown = ".".join("*" if o < 0 else str(o) for o in octets)
                return cls(1, shown, octets=octets)
        return cls(2, text) if allow_name else None

    def matches(self, other: Address) -> bool:
        """XenCenter's ``Equals``: a pattern against an address compares octets; otherwise equal values."""
        if self.kind == 1 and other.kind == 0:
            return _pattern_matches(self.octets, other.ip)  # type: ignore[arg-type]
        if self.kind == 0 and other.kind == 1:
            return _pattern_matches(other.octets, self.ip)  # type: ignore[arg-type]
        return self == other

    def _key(self) -> tuple:
        if self.kind == 0:
            packed = self.ip.packed  # type: ignore[union-attr]
            return (0, -len(packed), packed)
        if self.kind == 1:
            return (1, natural_key(self.text))
        return (2, self.text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Address) and self._key() == other._key()

    def __lt__(self, other: Address) -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Address({self.text!r})"


def _pattern_octets(text: str) -> tuple[int, ...] | None:
    parts = text.split(".")
    octets = []
    for i in range(4):
        part = parts[i] if i < len(parts) else ""
        if part.isdigit() and int(part) <= _SHORT_MAX:
            octets.append(int(part))
        elif part in _WILDCARDS:
            octets.append(-1)
        else:
            return None
    return tuple(octets)


def _pattern_matches(octets: tuple[int, ...], ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if ip.version != 4:
        return False
    return all(want < 0 or want == got for want, got in zip(octets, ip.packed))
