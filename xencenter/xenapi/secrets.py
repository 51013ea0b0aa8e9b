"""The secrets this process has handled (passwords given to a login or stored in xapi's ``secret`` objects,
session references): whatever is written to the application log is scrubbed of them, so a password in an
error message or a session id in a traceback never reaches the file, whoever formatted it."""

from __future__ import annotations

import threading

MASK = "******"
#: shorter strings would mask ordinary words
MIN_LENGTH = 4

_known: set[str] = set()
_lock = threading.Lock()


def remember(secret: object) -> None:
    """Keep ``secret`` (a str; anything else is ignored) out of the log from now on."""
    if isinstance(secret, str) and len(secret) >= MIN_LENGTH:
        with _lock:
            _known.add(secret)


def scrub(text: str) -> str:
    """``text`` with every remembered secret masked (the longest first: one may contain another)."""
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text
