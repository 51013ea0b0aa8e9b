"""RFB connection set-up: version negotiation (3.3, 3.7, 3.8), security (None, VNC authentication, VeNCrypt)
and the ServerInit that tells us the framebuffer size and desktop name.

VeNCrypt is preferred whenever it is offered (it is the only encrypted type we speak), then None, then VNC
authentication. With ``require_encryption`` a session that would not be encrypted is refused before any
password is sent."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from . import vencrypt
from .protocol import AuthenticationError, PixelFormat, RFBError, Wire
from .security import EncryptionRequired, Security, Trust
from .vncauth import vnc_auth_response

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
    security: Security


def choose_version(server: tuple[int, int], maximum: tuple[int, int] = (3, 8)) -> tuple[int, int]:
    """The version we answer: the server's, capped at ``maximum``; unknown ones fall back as RFC 6143 says
    (anything below 3.7 is spoken as 3.3, anything above 3.8 -- 3.889 from Apple, 4.x, 5.x -- as 3.8)."""
    if server < (3, 3):
        raise RFBError(f"the server speaks RFB {server[0]}.{server[1]}, older than 3.3")
    best = max(v for v in SUPPORTED_VERSIONS if v <= server)
    return min(best, maximum)


async def handshake(
    wire: Wire,
    writer: asyncio.StreamWriter,
    password: str | None = None,
    max_version: tuple[int, int] = (3, 8),
    shared: bool = True,
    *,
    trust: Trust,
    username: str | None = None,
    require_encryption: bool = False,
    probe: bool = False,
) -> ServerInit:
    """Run the handshake up to ServerInit. Raises RFBError / AuthenticationError; the caller closes.
    ``probe`` stops after a VeNCrypt TLS handshake (vencrypt.CertificateProbed) to fetch the certificate."""
    banner = await wire.read(12)
    m = _VERSION.fullmatch(banner)
    if not m:
        raise RFBError("not an RFB (VNC) server: unexpected greeting")
    version = choose_version((int(m[1]), int(m[2])), max_version)
    writer.write(b"RFB %03d.%03d\n" % version)

    tunnelled = writer.get_extra_info("ssl_object") is not None  # xapi's /console tunnel: TLS to the host
    offered = await _offered_security(wire, version)
    chosen = _choose_security(offered, tunnelled, require_encryption)
    if version != (3, 3):
        writer.write(bytes([chosen]))
    security = Security(_SECURITY_NAMES[chosen], tunnelled, tunnelled)
    if chosen == vencrypt.VENCRYPT:
        security = await vencrypt.negotiate(wire, writer, trust, password, username, require_encryption, probe)
    elif chosen == SECURITY_VNC_AUTH:
        if password is None:
            raise AuthenticationError("the server requires a VNC password")
        writer.write(vnc_auth_response(password, await wire.read(16)))
    if chosen != SECURITY_NONE or version >= (3, 8):
        await _security_result(wire, version)

    writer.write(bytes([shared]))
    width, height = await wire.u16(), await wire.u16()
    pixel_format = PixelFormat.unpack(await wire.read(16))
    name = await wire.text(MAX_NAME, "desktop name")
    return ServerInit(version, width, height, pixel_format, name, security)


async def _offered_security(wire: Wire, version: tuple[int, int]) -> list[int]:
    if version == (3, 3):
        offered = [await wire.u32()]
        if offered == [SECURITY_INVALID]:
            raise RFBError(f"the server refused the connection: {await _reason(wire)}")
        return offered
    count = await wire.u8()
    if count == 0:
        raise RFBError(f"the server refused the connection: {await _reason(wire)}")
    return list(await wire.read(count))


def _choose_security(offered: list[int], tunnelled: bool, require_encryption: bool) -> int:
    names = ", ".join(_SECURITY_NAMES.get(t, str(t)) for t in offered)
    if vencrypt.VENCRYPT in offered:
        return vencrypt.VENCRYPT
    if require_encryption and not tunnelled:
        raise EncryptionRequired(f"the server offers no encryption ({names}), and unencrypted connections "
                                 "are turned off")
    for chosen in (SECURITY_NONE, SECURITY_VNC_AUTH):
        if chosen in offered:
            return chosen
    raise RFBError(f"the server offers no security type this client supports ({names})")


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
