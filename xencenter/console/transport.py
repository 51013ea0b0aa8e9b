"""Transports for the RFB client: the xapi console tunnel (``CONNECT /console`` over TLS, from a console
record's ``location``). Direct TCP is :func:`xencenter.console.rfb.open_tcp`."""

from __future__ import annotations

from urllib.parse import urlsplit

from .protocol import RFBError
from .rfb import Client, Opener, open_client

#: xapi's console proxy only parses RFB 3.3, and vncterm (PV text consoles, the host console) speaks nothing else.
XAPI_RFB_VERSION = (3, 3)


def xapi_console_opener(location: str, session_ref: str, fingerprint: str | None = None) -> Opener:
    """An opener that tunnels to the console at ``location`` with the session cookie, pinning the host
    certificate to ``fingerprint`` (SHA-256)."""

    async def opener(_host: str, _port: int):
        from xencenter.xenapi.http import open_console_streams

        try:
            return await open_console_streams(location, session_ref, fingerprint=fingerprint)
        except (RFBError, OSError):
            raise
        except Exception as e:  # HTTP 404 (no console), 503 (busy), certificate mismatch...
            raise RFBError(f"console tunnel failed: {e}") from None

    return opener


async def open_console(location: str, session_ref: str, fingerprint: str | None = None, **options) -> Client:
    """Open an RFB session on a VM/host console through xapi (options as :func:`open_client`)."""
    url = urlsplit(location)
    options.setdefault("max_version", XAPI_RFB_VERSION)
    return await open_client(url.hostname or "", url.port or 443, None,
                             opener=xapi_console_opener(location, session_ref, fingerprint), **options)
