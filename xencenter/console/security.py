"""What protects an RFB session, as the status line tells it, and the refusals that protect the user.

A session is *encrypted* when its bytes travel inside TLS: VeNCrypt's TLS and X509 sub-types, or a TLS
transport (xapi's ``/console`` tunnel). The server is *authenticated* when it proved who it is: its
certificate is pinned or trusted by the system (the tunnel verifies its host the same way). VeNCrypt's
anonymous sub-types (TLSNone, TLSVnc, TLSPlain) are encrypted but not authenticated: anonymous
Diffie-Hellman stops eavesdroppers, not a man in the middle, who can read everything including a Plain
password. Certificates are judged with the application's one trust system (``xencenter.trust``).
"""

from __future__ import annotations

from dataclasses import dataclass

from xencenter.model.words import QT_TRANSLATE_NOOP, translate
from xencenter.trust import format_fingerprint
from xencenter.xenapi.tls import CertificateInfo

from .protocol import RFBError

#: The status line's words, translated where shown (context ``ConsoleSecurity``; English on the command line).
INSECURE = QT_TRANSLATE_NOOP("ConsoleSecurity", "insecure (no encryption)")
NOT_AUTHENTICATED = QT_TRANSLATE_NOOP("ConsoleSecurity", "encrypted but not authenticated (anonymous TLS)")
ENCRYPTED = QT_TRANSLATE_NOOP("ConsoleSecurity", "encrypted (TLS)")


def address_text(host: str, port: int) -> str:
    """``host:port`` (``[v6]:port``): how a direct VNC server is named in messages and in the trust store."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass(frozen=True)
class Security:
    """What was negotiated (``method``, e.g. ``VeNCrypt X509Vnc``) and what it protects."""

    method: str
    encrypted: bool
    server_authenticated: bool

    @property
    def summary(self) -> str:
        """The status line's words."""
        if not self.encrypted:
            return translate("ConsoleSecurity", INSECURE)
        if not self.server_authenticated:
            return translate("ConsoleSecurity", NOT_AUTHENTICATED)
        return translate("ConsoleSecurity", ENCRYPTED)


@dataclass(frozen=True)
class Trust:
    """How a server certificate is judged: against ``pinned`` (the SHA-256 fingerprint the user trusted for
    this host and port) when there is one, else against the system store and the host name."""

    host: str
    port: int
    pinned: str | None = None

    @property
    def address(self) -> str:
        return address_text(self.host, self.port)


class EncryptionRequired(RFBError):
    """The server offers no encryption and unencrypted connections are turned off."""

    retry = False


class CertificateError(RFBError):
    """The server's certificate is not trusted (yet): connecting again cannot help until the user decides."""

    retry = False

    def __init__(self, message: str, address: str, info: CertificateInfo) -> None:
        super().__init__(message)
        self.address = address
        self.info = info


class CertificateUnknown(CertificateError):
    """First contact: neither pinned nor trusted by the system. The user may compare and trust it."""

    def __init__(self, address: str, info: CertificateInfo) -> None:
        super().__init__(f"the certificate of {address} is not trusted (SHA-256 {info.sha256}); "
                         "compare its fingerprint and trust it to connect", address, info)


class CertificateChanged(CertificateError):
    """A pin exists and the server presented another certificate: refused."""

    def __init__(self, address: str, pinned: str, info: CertificateInfo) -> None:
        self.pinned = format_fingerprint(pinned)
        super().__init__(f"the certificate of {address} has changed: refused. Trusted SHA-256 {self.pinned}, "
                         f"presented {info.sha256}", address, info)
