"""VeNCrypt against scripted servers on a real socket: what a broken or hostile server gets is an error in
words (never a traceback, never a password), and the sub-type choice."""

from __future__ import annotations

import asyncio
import ssl
import struct

import pytest

from xencenter.console import vencrypt
from xencenter.console.protocol import AuthenticationError, RFBError
from xencenter.console.rfb import open_client
from xencenter.console.security import EncryptionRequired
from xencenter.console.vencrypt import (
    PLAIN,
    TLS_NONE,
    TLS_PLAIN,
    TLS_VNC,
    X509_NONE,
    X509_PLAIN,
    X509_VNC,
    choose_subtype,
)

from .certs import make_server_certificate
from .conftest import run
from .scripted import scripted_server, server_init

PASSWORD = "n0t-in-any-message"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory) -> tuple[ssl.SSLContext, str]:
    cert = make_server_certificate(tmp_path_factory.mktemp("vencrypt"))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert.cert, cert.key)
    return context, cert.sha256


async def _offer(reader, writer, subtypes: list[int], version: bytes = b"\0\x02", choice: bool = True) -> int:
    """Server side up to the client's sub-type choice; returns it (0 if the version failed, or not ``choice``)."""
    writer.write(b"RFB 003.008\n\x01\x13")
    assert await reader.readexactly(12) == b"RFB 003.008\n"
    assert await reader.readexactly(1) == b"\x13"
    writer.write(version)
    if version < b"\0\x02":
        assert await reader.readexactly(2) == b"\0\0"
        return 0
    assert await reader.readexactly(2) == b"\0\x02"
    writer.write(b"\0" + bytes([len(subtypes)]) + struct.pack(f">{len(subtypes)}I", *subtypes))
    return struct.unpack(">I", await reader.readexactly(4))[0] if choice else 0


def _fails(script, error=RFBError, **options) -> str:
    """The client's error against ``script``: an RFBError with a sentence and no password in it."""

    async def main():
        async with scripted_server(script) as (port, _done):
            with pytest.raises(error) as info:
                await open_client("127.0.0.1", port, PASSWORD, timeout=10, **options)
            return str(info.value)

    message = run(main())
    assert PASSWORD not in message and "Traceback" not in message and "_ssl.c" not in message
    return message


@pytest.mark.parametrize("when", ["with the go-ahead", "after the ClientHello"])
def test_garbage_instead_of_the_tls_handshake(when):
    async def script(reader, writer):
        assert await _offer(reader, writer, [X509_VNC]) == X509_VNC
        if when == "with the go-ahead":
            writer.write(b"\x01HTTP/1.1 400 Bad Request\r\n\r\n")
        else:
            writer.write(b"\x01")
            assert (await reader.read(1024))[:1] == b"\x16"  # a TLS handshake record
            writer.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        await reader.read(1024)

    message = _fails(script)
    if when == "with the go-ahead":
        assert message == "the server sent data before the TLS handshake"
    else:
        assert message.startswith("the TLS handshake with 127.0.0.1:") and "failed: " in message


@pytest.mark.parametrize("garbage", ["plaintext", "encrypted"])
def test_garbage_after_the_tls_handshake(tls_server, garbage):
    context, sha256 = tls_server

    async def script(reader, writer):
        assert await _offer(reader, writer, [X509_NONE]) == X509_NONE
        writer.write(b"\x01")
        raw = writer.transport
        await writer.start_tls(context)
        if garbage == "plaintext":  # bytes outside TLS records, on the raw socket
            raw.write(b"\x00\x00\x00\x00 this is not a TLS record")
        else:  # valid TLS carrying a SecurityResult whose reason claims 4 GiB
            writer.write(b"\0\0\0\x01\xff\xff\xff\xff")
        await writer.drain()
        await reader.read(1024)

    message = _fails(script, pinned=sha256)
    if garbage == "plaintext":
        assert message.startswith("connection lost: TLS error:") or "closed the connection" in message
    else:
        assert "larger than" in message


def test_a_vencrypt_older_than_02_is_refused():
    async def script(reader, writer):
        await _offer(reader, writer, [], version=b"\0\x01")

    assert "VeNCrypt 0.1" in _fails(script)


def test_a_server_that_cannot_start_tls():
    async def script(reader, writer):
        await _offer(reader, writer, [TLS_VNC])
        writer.write(b"\x00")
        await reader.read(1)

    assert "could not start TLS" in _fails(script)


def test_unsupported_sub_types_are_named():
    async def script(reader, writer):
        await _offer(reader, writer, [263, 264], choice=False)
        await reader.read(1)

    assert "(TLSSASL, X509SASL)" in _fails(script)


def test_plain_without_tls_never_sends_the_password():
    received = bytearray()

    async def script(reader, writer):
        await _offer(reader, writer, [PLAIN], choice=False)
        received.extend(await reader.read(1024))

    assert "does not send a password in clear" in _fails(script, username="someone")
    assert PASSWORD.encode() not in received


def test_plain_over_tls_sends_lengths_then_user_then_password(tls_server):
    context, sha256 = tls_server
    got: list[bytes] = []

    async def script(reader, writer):
        assert await _offer(reader, writer, [X509_PLAIN]) == X509_PLAIN
        writer.write(b"\x01")
        await writer.start_tls(context)
        lengths = await reader.readexactly(8)
        user_len, pass_len = struct.unpack(">II", lengths)
        got.append(await reader.readexactly(user_len))
        got.append(await reader.readexactly(pass_len))
        writer.write(b"\0\0\0\0")
        assert await reader.readexactly(1) == b"\x01"
        writer.write(server_init())
        await reader.read(1024)

    async def main():
        async with scripted_server(script) as (port, _done):
            client = await open_client("127.0.0.1", port, "pässword", username="ünicode", pinned=sha256)
            await client.close()
            return client.security

    assert run(main()).method == "VeNCrypt X509Plain"
    assert got == ["ünicode".encode(), "pässword".encode()]


@pytest.mark.parametrize("offered, password, username, expected", [
    ([TLS_VNC, X509_VNC], True, False, X509_VNC),  # a certificate first, whatever the server's order
    ([X509_NONE, X509_VNC], True, False, X509_NONE),  # within a rank, the server's order
    ([X509_PLAIN, X509_VNC], True, False, X509_VNC),  # no user name: Plain skipped
    ([X509_PLAIN, X509_VNC], True, True, X509_PLAIN),
    ([X509_VNC, TLS_NONE], False, False, TLS_NONE),  # no password: the one that needs none
    ([vencrypt.VNC_AUTH, TLS_PLAIN], True, True, TLS_PLAIN),  # encrypted before not
])
def test_sub_type_preference(offered, password, username, expected):
    assert choose_subtype(offered, password=password, username=username, require_encryption=False) == expected


def test_sub_type_refusals_say_what_is_missing():
    with pytest.raises(AuthenticationError, match="VNC password"):
        choose_subtype([X509_VNC], password=False, username=False, require_encryption=False)
    with pytest.raises(AuthenticationError, match="user name and password"):
        choose_subtype([TLS_PLAIN], password=True, username=False, require_encryption=False)
    with pytest.raises(EncryptionRequired):
        choose_subtype([vencrypt.VNC_AUTH, vencrypt.NONE], password=True, username=False, require_encryption=True)


def test_a_server_that_hangs_after_the_go_ahead_times_out_in_words():
    async def script(reader, writer):
        await _offer(reader, writer, [TLS_NONE])
        writer.write(b"\x01")
        await asyncio.sleep(30)

    async def main():
        async with scripted_server(script) as (port, _done):
            with pytest.raises(RFBError) as info:
                await open_client("127.0.0.1", port, timeout=1.0)
            return str(info.value)

    assert "timed out" in run(main())
