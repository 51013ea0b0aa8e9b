"""The CONNECT /console tunnel, sync and asyncio, against an in-test proxy that speaks first like VNC."""

from __future__ import annotations

import asyncio
import ssl
from urllib.parse import parse_qs, urlsplit

import pytest
from xenapi_servers import Reply, Request

from xencenter.xenapi import (
    CertificateMismatch,
    CertificateUntrusted,
    ConsoleBusy,
    ConsoleUnavailable,
    ProtocolError,
    SessionInvalid,
    open_console_socket,
    open_console_streams,
)

SESSION = "OpaqueRef:session-7"
GREETING = b"RFB 003.008\n"


def echo_once(rfile, wfile) -> None:
    """After the greeting, echo the client's version reply back (proves both directions work)."""
    wfile.write(b"echo:" + rfile.read(len(GREETING)))
    wfile.flush()


def proxy(status: str = "200 OK"):
    """A console proxy: the reply header and the RFB greeting leave in one write, as xapi may do."""

    def handler(request: Request) -> Reply:
        head = f"HTTP/1.1 {status}\r\nConnection: keep-alive\r\nCache-Control: no-cache\r\n\r\n".encode()
        if status.startswith("200"):
            return Reply(raw=head + GREETING, tunnel=echo_once)
        return Reply(raw=head)

    return handler


def location(server, uuid: str = "a1b2") -> str:
    return f"{server.url}/console?uuid={uuid}"


def check_request(request: Request, server) -> None:
    assert request.method == "CONNECT"
    parts = urlsplit(request.path)
    assert parts.path == "/console"
    assert parse_qs(parts.query) == {"uuid": ["a1b2"], "session_id": [SESSION]}
    assert request.headers["Host"] == f"127.0.0.1:{server.port}"
    assert request.headers["Cookie"] == f"session_id={SESSION}"


@pytest.mark.parametrize("tls", [True, False])
def test_socket_starts_at_the_first_rfb_byte(serve, certificate, tls: bool) -> None:
    server = serve(proxy(), tls=tls)
    sock = open_console_socket(location(server), SESSION, fingerprint=certificate.sha256_hex if tls else None)
    with sock:
        assert isinstance(sock, ssl.SSLSocket) == tls
        sock.settimeout(5)
        assert recv_exactly(sock, len(GREETING)) == GREETING
        sock.sendall(GREETING)
        assert recv_exactly(sock, len(GREETING) + 5) == b"echo:" + GREETING
    check_request(server.requests[0], server)


def recv_exactly(sock, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        assert chunk, "connection closed early"
        data += chunk
    return data


@pytest.mark.parametrize(
    ("status", "error"),
    [("404 Not Found", ConsoleUnavailable), ("503 Service Unavailable", ConsoleBusy),
     ("401 Unauthorized", SessionInvalid), ("403 Forbidden", SessionInvalid), ("500 Internal Error", ProtocolError)],
)
def test_refusals_are_typed(serve, certificate, status: str, error: type[Exception]) -> None:
    server = serve(proxy(status))
    with pytest.raises(error):
        open_console_socket(location(server), SESSION, fingerprint=certificate.sha256_hex)
    with pytest.raises(error):
        asyncio.run(open_console_streams(location(server), SESSION, fingerprint=certificate.sha256_hex))


def test_a_wrong_certificate_is_refused_before_the_request(serve, certificate, other_certificate) -> None:
    server = serve(proxy(), cert=other_certificate)
    with pytest.raises(CertificateMismatch):
        open_console_socket(location(server), SESSION, fingerprint=certificate.sha256_hex)
    with pytest.raises(CertificateMismatch):
        asyncio.run(open_console_streams(location(server), SESSION, fingerprint=certificate.sha256_hex))
    assert server.requests == []


def test_an_unpinned_self_signed_proxy_is_untrusted(serve, certificate) -> None:
    server = serve(proxy())
    with pytest.raises(CertificateUntrusted):
        open_console_socket(location(server), SESSION)
    with pytest.raises(CertificateUntrusted) as caught:
        asyncio.run(open_console_streams(location(server), SESSION))
    assert caught.value.info.subject == "CN=xapi-test"


@pytest.mark.parametrize("tls", [True, False])
def test_streams_start_at_the_first_rfb_byte(serve, certificate, tls: bool) -> None:
    server = serve(proxy(), tls=tls)

    async def talk() -> tuple[bytes, bytes]:
        reader, writer = await open_console_streams(
            location(server), SESSION, fingerprint=certificate.sha256_hex if tls else None)
        greeting = await asyncio.wait_for(reader.readexactly(len(GREETING)), 5)
        writer.write(GREETING)
        echoed = await asyncio.wait_for(reader.readexactly(len(GREETING) + 5), 5)
        writer.close()
        await writer.wait_closed()
        return greeting, echoed

    assert asyncio.run(talk()) == (GREETING, b"echo:" + GREETING)
    check_request(server.requests[0], server)


def test_a_proxy_that_hangs_up_is_a_protocol_error(serve, certificate) -> None:
    server = serve(lambda request: Reply(raw=b"HTTP/1.1 200 OK\r\n"))
    with pytest.raises(ProtocolError):
        open_console_socket(location(server), SESSION, fingerprint=certificate.sha256_hex)
    with pytest.raises(ProtocolError):
        asyncio.run(open_console_streams(location(server), SESSION, fingerprint=certificate.sha256_hex))
