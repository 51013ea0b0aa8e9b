"""VeNCrypt (RFB security type 19): TLS on the RFB stream, then None, VNC or Plain authentication inside it.

Sub-types: X509None/X509Vnc/X509Plain (a certificate, judged by :class:`~.security.Trust`), TLSNone/TLSVnc/
TLSPlain (anonymous Diffie-Hellman: encrypted, not authenticated) and Plain (a user name and password in
clear, which this client never sends without TLS). After ``0.2`` is agreed the server lists its sub-types,
we send the one we pick, a TLS sub-type gets a one-byte go-ahead, and TLS starts on the same socket.

Pick order: a certificate before anonymous TLS before none; within a rank, the server's order. A sub-type
whose credentials we lack is skipped while another works, and named in the error when none does.
"""

from __future__ import annotations

import asyncio
import ssl
import struct

from xencenter.trust import Verdict, judge
from xencenter.xenapi.tls import certificate_info, fingerprint_of, trusted_context

from .protocol import AuthenticationError, RFBError, Wire, os_error_text
from .security import CertificateChanged, EncryptionRequired, Security, Trust
from .vncauth import vnc_auth_response

VENCRYPT = 19
NONE, VNC_AUTH = 1, 2
PLAIN, TLS_NONE, TLS_VNC, TLS_PLAIN, X509_NONE, X509_VNC, X509_PLAIN = range(256, 263)
NAMES = {NONE: "None", VNC_AUTH: "VncAuth", PLAIN: "Plain", TLS_NONE: "TLSNone", TLS_VNC: "TLSVnc",
         TLS_PLAIN: "TLSPlain", X509_NONE: "X509None", X509_VNC: "X509Vnc", X509_PLAIN: "X509Plain",
         263: "TLSSASL", 264: "X509SASL"}
_X509 = {X509_NONE, X509_VNC, X509_PLAIN}
_ANONYMOUS = {TLS_NONE, TLS_VNC, TLS_PLAIN}
#: The authentication inside (after) TLS.
_INNER = {NONE: NONE, TLS_NONE: NONE, X509_NONE: NONE, VNC_AUTH: VNC_AUTH, TLS_VNC: VNC_AUTH, X509_VNC: VNC_AUTH,
          PLAIN: PLAIN, TLS_PLAIN: PLAIN, X509_PLAIN: PLAIN}
MAX_SUBTYPES = 255
TLS_HANDSHAKE_TIMEOUT = 15.0


class CertificateNotVerified(RFBError):
    """Nothing is pinned and the system store refused the certificate: the caller fetches it to show it."""


class CertificateProbed(RFBError):
    """Raised by a probe right after the TLS handshake (nothing was authenticated): the server's certificate."""

    def __init__(self, der: bytes) -> None:
        super().__init__("certificate fetched")
        self.der = der


def _rank(subtype: int) -> int:
    return 0 if subtype in _X509 else 1 if subtype in _ANONYMOUS else 2


def name(subtype: int) -> str:
    return NAMES.get(subtype, str(subtype))


def choose_subtype(offered: list[int], *, password: bool, username: bool, require_encryption: bool) -> int:
    """The sub-type to use; RFBError (AuthenticationError, EncryptionRequired) saying why none is."""
    known = [t for t in offered if t in _INNER and t != PLAIN]  # Plain without TLS: a password in clear
    if not known and PLAIN in offered:
        raise RFBError("the server offers only Plain authentication without encryption; this client does not "
                       "send a password in clear")
    if not known:
        raise RFBError(f"the server offers no VeNCrypt sub-type this client supports "
                       f"({', '.join(name(t) for t in offered)})")
    if require_encryption:
        known = [t for t in known if _rank(t) < 2]
        if not known:
            raise EncryptionRequired("the server offers VeNCrypt without encryption only, and unencrypted "
                                     "connections are turned off")
    usable = [t for t in known if _INNER[t] == NONE or (_INNER[t] == VNC_AUTH and password)
              or (_INNER[t] == PLAIN and password and username)]
    if not usable:
        if any(_INNER[t] == VNC_AUTH for t in known):
            raise AuthenticationError("the server requires a VNC password")
        raise AuthenticationError("the server requires a user name and password")
    return min(usable, key=lambda t: (_rank(t), usable.index(t)))


async def negotiate(wire: Wire, writer: asyncio.StreamWriter, trust: Trust, password: str | None,
                    username: str | None, require_encryption: bool, probe: bool = False) -> Security:
    """Run VeNCrypt up to (not including) the SecurityResult; returns what protects the session.

    With ``probe`` it stops right after the TLS handshake with :class:`CertificateProbed`."""
    major, minor = await wire.read(2)
    if (major, minor) < (0, 2):
        writer.write(b"\0\0")
        raise RFBError(f"the server speaks VeNCrypt {major}.{minor}; this client needs 0.2")
    writer.write(b"\0\x02")
    if await wire.u8():
        raise RFBError("the server refused VeNCrypt 0.2")
    count = await wire.u8()
    if not count:
        raise RFBError("the server offers no VeNCrypt sub-type")
    offered = list(struct.unpack(f">{count}I", await wire.read(4 * count)))
    chosen = choose_subtype(offered, password=bool(password), username=bool(username),
                            require_encryption=require_encryption)
    writer.write(struct.pack(">I", chosen))
    security = Security(f"VeNCrypt {name(chosen)}", False, False)
    if _rank(chosen) < 2:
        if not await wire.u8():
            raise RFBError("the server could not start TLS")
        security = await _start_tls(wire, writer, trust, chosen, probe)
    inner = _INNER[chosen]
    if inner == VNC_AUTH:
        assert password is not None
        writer.write(vnc_auth_response(password, await wire.read(16)))
    elif inner == PLAIN:
        assert password is not None and username is not None
        user, secret = username.encode("utf-8"), password.encode("utf-8")
        writer.write(struct.pack(">II", len(user), len(secret)) + user + secret)
    return security


def unverified_context() -> ssl.SSLContext:
    """TLS 1.2+ that accepts any certificate: for a pin (judged after the handshake) or a probe."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def anonymous_context() -> ssl.SSLContext:
    """Anonymous (EC)DH, as TLSNone/TLSVnc/TLSPlain servers speak it: TLS 1.2 at most (1.3 has no anonymous
    key exchange), security level 0 (OpenSSL refuses unauthenticated suites above it)."""
    context = unverified_context()
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers("aNULL:!eNULL:@SECLEVEL=0")
    return context


async def _start_tls(wire: Wire, writer: asyncio.StreamWriter, trust: Trust, subtype: int,
                     probe: bool) -> Security:
    if wire.buffered:
        raise RFBError("the server sent data before the TLS handshake")
    x509 = subtype in _X509
    if not x509:
        context = anonymous_context()
    elif trust.pinned or probe:
        context = unverified_context()
    else:
        context = trusted_context()
    try:
        await writer.start_tls(context, server_hostname=trust.host if x509 else None,
                               ssl_handshake_timeout=TLS_HANDSHAKE_TIMEOUT)
    except ssl.SSLCertVerificationError as e:
        raise CertificateNotVerified(e.verify_message or "certificate verification failed") from None
    except (ssl.SSLError, ConnectionError, OSError, TimeoutError) as e:
        reason = os_error_text(e).removeprefix("TLS error: ")
        raise RFBError(f"the TLS handshake with {trust.address} failed: {reason}") from None
    method = f"VeNCrypt {name(subtype)}"
    if not x509:
        return Security(method, True, False)
    tls = writer.get_extra_info("ssl_object")
    der = tls.getpeercert(binary_form=True) if tls is not None else None
    if not der:
        raise RFBError(f"{trust.address} presented no certificate")
    if probe:
        raise CertificateProbed(der)
    if trust.pinned and judge(trust.pinned, fingerprint_of(der), system_trusted=False) is Verdict.CHANGED:
        raise CertificateChanged(trust.address, trust.pinned, certificate_info(der, system_trusted=False))
    return Security(method, True, True)
