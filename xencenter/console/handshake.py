"""RFB connection set-up: version negotiation (3.3, 3.7, 3.8), security (None, VNC authentication) and the
ServerInit that tells us the framebuffer size and desktop name."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

from .protocol import AuthenticationError, PixelFormat, RFBError, Wire

SECURITY_INVALID = 0
SECURITY_NONE = 1
SECURITY_VNC_AUTH = 2

SUPPORTED_VERSIONS = ((3, 3), (3, 7), (3, 8))
_VERSION = re.compile(rb"RFB (\d{3})\.(\d{3})\n")
_SECURITY_NAMES = {1: "None", 2: "VNC authentication", 5: "RA2", 6: "RA2ne", 16: "Tight", 18: "TLS",
                   19: "VeNCrypt", 22: "xvp", 30: "Apple Diffie-Hellman", 33: "Apple ARD"}
MAX_NAME = 1 << 16
MAX_REASON = 1 << 16


@dataclass(frozen=True)
class ServerInit:
    version: tuple[int, int]
    width: int
    height: int
    pixel_format: PixelFormat
    name: str


def choose_version(server: tuple[int, int], maximum: tuple[int, int] = (3, 8)) -> tuple[int, int]:
    """The version we answer: the server's, capped at ``maximum``; unknown ones fall back as RFC 6143 says
    (anything below 3.7 is spoken as 3.3, anything above 3.8 -- 3.889 from Apple, 4.x, 5.x -- as 3.8)."""
    if server < (3, 3):
        raise RFBError(f"the server speaks RFB {server[0]}.{server[1]}, older than 3.3")
    best = max(v for v in SUPPORTED_VERSIONS if v <= server)
    return min(best, maximum)


def vnc_auth_response(password: str, challenge: bytes) -> bytes:
    """DES-encrypt the 16-byte challenge with the password as key (first 8 bytes, each byte's bits
    mirrored -- the VNC quirk). Single DES is TripleDES with the key repeated three times."""
    key = password.encode("utf-8")[:8].ljust(8, b"\0")
    key = bytes(int(f"{b:08b}"[::-1], 2) for b in key)
    encryptor = Cipher(TripleDES(key * 3), modes.ECB()).encryptor()
    return encryptor.update(challenge) + encryptor.finalize()


async def handshake(
    wire: Wire,
    writer: asyncio.StreamWriter,
    password: str | None = None,
    max_version: tuple[int, int] = (3, 8),
    shared: bool = True,
) -> ServerInit:
    """Run the handshake up to ServerInit. Raises RFBError / AuthenticationError; the caller closes."""
    banner = await wire.read(12)
    m = _VERSION.fullmatch(banner)
    if not m:
        raise RFBError("not an RFB (VNC) server: unexpected greeting")
    version = choose_version((int(m[1]), int(m[2])), max_version)
    writer.write(b"RFB %03d.%03d\n" % version)

    security = await _negotiate_security(wire, writer, version, password)
    if security == SECURITY_VNC_AUTH:
        if password is None:
            raise AuthenticationError("the server requires a VNC password")
        writer.write(vnc_auth_response(password, await wire.read(16)))
    if security == SECURITY_VNC_AUTH or version >= (3, 8):
        await _security_result(wire, version)

    writer.write(bytes([shared]))
    width, height = await wire.u16(), await wire.u16()
    pixel_format = PixelFormat.unpack(await wire.read(16))
    name = await wire.text(MAX_NAME, "desktop name")
    return ServerInit(version, width, height, pixel_format, name)


async def _negotiate_security(wire: Wire, writer: asyncio.StreamWriter, version: tuple[int, int],
                              password: str | None) -> int:
    if version == (3, 3):
        offered = [await wire.u32()]
        if offered == [SECURITY_INVALID]:
            raise RFBError(f"the server refused the connection: {await _reason(wire)}")
    else:
        count = await wire.u8()
        if count == 0:
            raise RFBError(f"the server refused the connection: {await _reason(wire)}")
        offered = list(await wire.read(count))
    if SECURITY_NONE in offered:
        chosen = SECURITY_NONE
    elif SECURITY_VNC_AUTH in offered:
        chosen = SECURITY_VNC_AUTH
    else:
        names = ", ".join(_SECURITY_NAMES.get(t, str(t)) for t in offered)
        raise RFBError(f"the server offers no security type this client supports ({names})")
    if version != (3, 3):
        writer.write(bytes([chosen]))
    return chosen


async def _security_result(wire: Wire, version: tuple[int, int]) -> None:
    result = await wire.u32()
    if result == 0:
        return
    reason = await _reason(wire) if version >= (3, 8) else ""
    if result == 2:
        reason = reason or "too many attempts"
    raise AuthenticationError("authentication failed" + (f": {reason}" if reason else " (wrong password?)"))


async def _reason(wire: Wire) -> str:
    return (await wire.text(MAX_REASON, "reason")).strip() or "no reason given"
