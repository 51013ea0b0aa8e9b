"""One console picture, with the same client code as the Console tab (``main.py screenshot`` uses it):
from a VNC server or through a pool's console tunnel; VNC password files in either format."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .rfb import Client, open_client
from .security import Security
from .transport import open_console
from .vncauth import des_decrypt

# The fixed key with which vncpasswd obfuscates a password file (8 bytes, VNC's mirrored-bit DES key order).
_VNCPASSWD_KEY = bytes([23, 82, 107, 6, 35, 78, 88, 7])


def read_password_file(path: str | Path) -> str:
    """A password file: plain text (first line), or the 8-byte obfuscated format ``vncpasswd -f`` writes."""
    data = Path(path).read_bytes()
    if len(data) == 8 and not data.isascii():
        return des_decrypt(_VNCPASSWD_KEY, data).rstrip(b"\0").decode("latin-1")
    text = data.decode("utf-8")
    return text.splitlines()[0] if text else ""


def parse_vnc_address(address: str) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` -> (host, port); the default port is 5900."""
    if address.startswith("["):
        host, _, rest = address[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else 5900
    host, sep, port = address.rpartition(":")
    if not sep or ":" in host:  # no port, or a bare IPv6 address
        return address, 5900
    return host, int(port)


async def _capture(client: Client, timeout: float) -> tuple[np.ndarray, Security]:
    try:
        return await client.screenshot(timeout=timeout), client.security
    finally:
        await client.close()


async def capture_vnc(host: str, port: int = 5900, password: str | None = None, timeout: float = 30.0,
                      **options) -> tuple[np.ndarray, Security]:
    """The current picture of a VNC server, as RGBA, and what protected the session (``options`` as
    :func:`open_client`: username, pinned, require_encryption)."""
    return await _capture(await open_client(host, port, password, timeout=timeout, **options), timeout)


async def capture_console(location: str, session_ref: str, fingerprint: str | None = None,
                          timeout: float = 30.0) -> tuple[np.ndarray, Security]:
    """The current picture of a VM/host console through the xapi tunnel, as RGBA, and its security."""
    return await _capture(await open_console(location, session_ref, fingerprint, timeout=timeout), timeout)
