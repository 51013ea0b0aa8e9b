"""The console tunnel: ``CONNECT /console?...`` to xapi, after which the connection carries raw RFB.

xapi answers the CONNECT with an HTTP status line and headers and then, on 200, starts proxying the
VM's VNC server. The header is read byte by byte (sync) or up to its blank line (asyncio), so the first
RFB bytes, which may arrive in the same packet, stay in the socket or the StreamReader.
(``/rrd_updates`` and other GET side channels go through ``Session.http_get``.)
"""

from __future__ import annotations

import asyncio
import functools
import re
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import ConsoleBusy, ConsoleUnavailable, ProtocolError, SessionInvalid, XenAPIError
from .tls import check_pin, client_context, format_fingerprint
from .transport import network_error

MAX_HEAD = 16 * 1024
_STATUS = re.compile(rb"HTTP/\d\.\d (\d{3})")


@dataclass(frozen=True)
class ConsoleTarget:
    """Where a console ``location`` points and the CONNECT request that opens it."""

    host: str
    port: int
    tls: bool
    request: bytes

    @classmethod
    def parse(cls, location: str, session_ref: str) -> ConsoleTarget:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not a console location: {location!r}")
        tls = parts.scheme == "https"
        query = "&".join(q for q in (parts.query, f"session_id={session_ref}") if q)
        request = (
            f"CONNECT {parts.path or '/console'}?{query} HTTP/1.0\r\n"
            f"Host: {parts.netloc}\r\n"
            f"Cookie: session_id={session_ref}\r\n"
            "\r\n"
        ).encode()
        return cls(parts.hostname, parts.port or (443 if tls else 80), tls, request)


def check_console_reply(head: bytes, session_ref: str) -> None:
    """Raise the family's error unless the proxy's reply header says 200."""
    m = _STATUS.match(head)
    if not m:
        raise ProtocolError("the console proxy did not answer HTTP")
    status = int(m[1])
    if status == 200:
        return
    if status == 404:
        raise ConsoleUnavailable("no console")
    if status == 503:
        raise ConsoleBusy()
    if status in (401, 403):
        raise SessionInvalid(params=[session_ref])
    raise ProtocolError(f"the console proxy answered HTTP {status}")


def _read_head(sock: socket.socket) -> bytes:
    head = bytearray()
    while not head.endswith(b"\r\n\r\n"):
        if len(head) > MAX_HEAD:
            raise ProtocolError("the console proxy sent an endless header")
        byte = sock.recv(1)
        if not byte:
            raise ProtocolError("the console proxy closed the connection before answering")
        head += byte
    return bytes(head)


def open_console_socket(
    location: str, session_ref: str, *, fingerprint: str | None = None, timeout: float = 10
) -> socket.socket:
    """A blocking socket positioned at the first RFB byte of the VM's console.

    https locations use TLS verified like the API (the pin when given, else the trust store).
    """
    target = ConsoleTarget.parse(location, session_ref)
    try:
        sock = socket.create_connection((target.host, target.port), timeout)
    except OSError as e:
        raise network_error(e, target.host, target.port, connect_timeout=timeout) from None
    try:
        if target.tls:
            sock = client_context(fingerprint).wrap_socket(sock, server_hostname=target.host)
        sock.sendall(target.request)
        check_console_reply(_read_head(sock), session_ref)
    except XenAPIError:
        sock.close()
        raise
    except OSError as e:
        sock.close()
        raise network_error(e, target.host, target.port, connect_timeout=timeout) from None
    sock.settimeout(None)
    return sock


async def open_console_streams(
    location: str, session_ref: str, *, fingerprint: str | None = None, timeout: float = 10
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """The same tunnel as asyncio streams (for asyncvnc); the reader starts at the first RFB byte."""
    target = ConsoleTarget.parse(location, session_ref)
    context = client_context(fingerprint) if target.tls else None
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(
                target.host, target.port, ssl=context, server_hostname=target.host if context else None
            ),
            timeout,
        )
    except OSError as e:  # includes TimeoutError and certificate verification errors
        raise await _network_error(e, target, timeout) from None
    try:
        if fingerprint:
            tls = writer.get_extra_info("ssl_object")
            assert isinstance(tls, ssl.SSLObject)
            check_pin(tls.getpeercert(binary_form=True), format_fingerprint(fingerprint), target.host)
        writer.write(target.request)
        head = await asyncio.wait_for(_drain_and_read_head(reader, writer), timeout)
        check_console_reply(head, session_ref)
    except BaseException as e:
        writer.transport.abort()  # a refused tunnel needs no graceful TLS goodbye
        if isinstance(e, (asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError)):
            raise _tunnel_error(e, target, timeout) from None
        raise
    return reader, writer


def _tunnel_error(exc: Exception, target: ConsoleTarget, timeout: float) -> XenAPIError:
    """The family's error for a failure after connecting (the TLS handshake is behind us)."""
    if isinstance(exc, asyncio.IncompleteReadError):
        return ProtocolError("the console proxy closed the connection before answering")
    if isinstance(exc, asyncio.LimitOverrunError):
        return ProtocolError("the console proxy sent an endless header")
    return network_error(exc, target.host, target.port, connect_timeout=timeout)


async def _drain_and_read_head(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes:
    await writer.drain()
    return await reader.readuntil(b"\r\n\r\n")


async def _network_error(exc: OSError, target: ConsoleTarget, timeout: float) -> XenAPIError:
    """network_error may fetch the certificate (blocking), so it runs off the event loop."""
    explain = functools.partial(network_error, exc, target.host, target.port, connect_timeout=timeout)
    return await asyncio.get_running_loop().run_in_executor(None, explain)
