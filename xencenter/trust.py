"""Certificate trust decisions, kept apart from storage and UI so they can be reasoned about (and tested) alone.

XenServer hosts ship self-signed certificates, so "verify against the system store" fails for nearly every
pool. We pin instead: the first time, the user compares the SHA-256 fingerprint and trusts it; afterwards
only that exact certificate is accepted, and a different one is refused loudly until the user accepts it
deliberately (docs/design.md §7).
"""

from __future__ import annotations

import enum

from xencenter.xenapi.tls import format_fingerprint

__all__ = ["InvalidFingerprint", "Verdict", "format_fingerprint", "judge", "normalize_fingerprint",
           "same_fingerprint"]


class InvalidFingerprint(ValueError):
    """Not a SHA-256 fingerprint (64 hex digits, colons optional)."""


def normalize_fingerprint(fingerprint: str) -> str:
    """The one spelling used for storage and comparison: ``AB:CD:...`` as openssl and the client print it."""
    try:
        return format_fingerprint(fingerprint)
    except ValueError:
        raise InvalidFingerprint(f"not a SHA-256 fingerprint: {fingerprint!r}") from None


def same_fingerprint(a: str | None, b: str | None) -> bool:
    """True when both are given and name the same certificate, whatever their spelling."""
    if not a or not b:
        return False
    return normalize_fingerprint(a) == normalize_fingerprint(b)


class Verdict(enum.Enum):
    """What to do with a presented certificate."""

    TRUSTED = "trusted"  # matches the pin, or the system trusts it and nothing is pinned
    UNKNOWN = "unknown"  # first use of a certificate the system does not trust: ask the user
    CHANGED = "changed"  # a pin exists and the certificate differs: refuse, show old and new


def judge(pinned: str | None, presented: str, *, system_trusted: bool) -> Verdict:
    """Decide about a certificate; a pin always wins over the system store (a changed pin is never silent)."""
    if pinned:
        return Verdict.TRUSTED if same_fingerprint(pinned, presented) else Verdict.CHANGED
    return Verdict.TRUSTED if system_trusted else Verdict.UNKNOWN
