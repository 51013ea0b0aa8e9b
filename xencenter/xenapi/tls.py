"""TLS trust: the system store (plus certifi) by default, or exactly one pinned certificate.

xapi hosts usually present a self-signed certificate. Instead of "verify=False", the user is shown the
certificate once (``fetch_certificate``) and its SHA-256 fingerprint is pinned: a connection is then
accepted if and only if the host presents that very certificate, whatever its name or issuer.
"""

from __future__ import annotations

import hashlib
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import certifi
from cryptography import x509
from requests.adapters import HTTPAdapter

from .errors import CertificateMismatch, TransportError


def format_fingerprint(raw: str) -> str:
    """A SHA-256 fingerprint in one spelling (``AB:CD:...``, upper case) from any common spelling."""
    digits = re.sub(r"[\s:\-]", "", raw).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        raise ValueError("a SHA-256 fingerprint has 64 hexadecimal digits")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def fingerprint_of(der: bytes) -> str:
    """The formatted SHA-256 fingerprint of a DER certificate."""
    return format_fingerprint(hashlib.sha256(der).hexdigest())


def check_pin(der: bytes | None, expected: str, host: str | None = None) -> None:
    """Raise CertificateMismatch unless the peer's certificate has the pinned fingerprint."""
    actual = fingerprint_of(der) if der else "(no certificate)"
    if actual != expected:
        raise CertificateMismatch(expected, actual, host)


@dataclass(frozen=True)
class CertificateInfo:
    """What the UI shows when asking whether to trust a host's certificate."""

    sha256: str
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    system_trusted: bool  # a normal client (system store, host name check) accepts it as is


def certificate_info(der: bytes, system_trusted: bool) -> CertificateInfo:
    cert = x509.load_der_x509_certificate(der)
    return CertificateInfo(
        sha256=fingerprint_of(der),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        system_trusted=system_trusted,
    )


class _HandshakeSocket(ssl.SSLSocket):
    """Marks errors of the handshake (``in_handshake``): until it completes, no request has been sent."""

    def do_handshake(self, block: bool = False) -> None:
        try:
            super().do_handshake(block)
        except ssl.SSLError as e:
            e.in_handshake = True  # type: ignore[attr-defined]
            raise


class _TrustedContext(ssl.SSLContext):
    sslsocket_class = _HandshakeSocket


def trusted_context() -> ssl.SSLContext:
    """Verifying context: the operating system's authorities and certifi's, host name checked."""
    context = _TrustedContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies and checks host names by default
    context.load_default_certs(ssl.Purpose.SERVER_AUTH)
    context.load_verify_locations(certifi.where())
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class _PinnedSocket(_HandshakeSocket):
    """Checks the pin as part of the handshake, so no byte is exchanged with an impostor."""

    def do_handshake(self, block: bool = False) -> None:
        super().do_handshake(block)
        context = self.context
        assert isinstance(context, PinnedContext)
        try:
            check_pin(self.getpeercert(binary_form=True), context.fingerprint, self.server_hostname)
        except CertificateMismatch:
            self.close()  # SSLSocket closes itself only on OSError
            raise


class PinnedContext(ssl.SSLContext):
    """A context that accepts exactly the certificate whose SHA-256 is ``fingerprint`` (see pinned_context)."""

    sslsocket_class = _PinnedSocket
    fingerprint: str


def pinned_context(fingerprint: str) -> PinnedContext:
    context = PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.fingerprint = format_fingerprint(fingerprint)
    context.check_hostname = False  # the pin names the certificate exactly; names and issuers do not matter
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def client_context(fingerprint: str | None) -> ssl.SSLContext:
    return pinned_context(fingerprint) if fingerprint else trusted_context()


def fetch_certificate(host: str, port: int = 443, timeout: float = 10) -> CertificateInfo:
    """Connect without trusting anything, to show the user the certificate a host presents."""
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    try:
        with (
            socket.create_connection((host, port), timeout) as raw,
            probe.wrap_socket(raw, server_hostname=host) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except OSError as e:
        raise TransportError(f"Cannot fetch the certificate of {host}:{port}: {e.strerror or e}") from None
    if not der:
        raise TransportError(f"{host}:{port} presented no certificate")
    return certificate_info(der, _system_trusts(host, port, timeout))


def speaks_tls(host: str, port: int, timeout: float) -> bool:
    """Whether ``host:port`` completes a TLS handshake (nothing verified): told apart from plain HTTP after a
    plain request was cut off."""
    try:
        fetch_certificate(host, port, timeout)
    except TransportError:
        return False
    return True


def speaks_plain_http(host: str, port: int, timeout: float) -> bool:
    """Whether ``host:port`` answers a plain HTTP request: told apart from TLS after a handshake failed."""
    try:
        with socket.create_connection((host, port), timeout) as raw:
            raw.sendall(b"HEAD / HTTP/1.0\r\nHost: " + host.encode("idna") + b"\r\n\r\n")
            return raw.recv(5) == b"HTTP/"
    except (OSError, UnicodeError):
        return False


def _system_trusts(host: str, port: int, timeout: float) -> bool:
    try:
        with (
            socket.create_connection((host, port), timeout) as raw,
            trusted_context().wrap_socket(raw, server_hostname=host),
        ):
            return True
    except (ssl.SSLError, ssl.CertificateError):
        return False
    except OSError as e:
        raise TransportError(f"Cannot fetch the certificate of {host}:{port}: {e.strerror or e}") from None


class TLSAdapter(HTTPAdapter):
    """requests adapter using our context: the trust store, or the pin (never a global verify=False)."""

    def __init__(self, fingerprint: str | None) -> None:
        self._fingerprint = format_fingerprint(fingerprint) if fingerprint else None
        self._context = client_context(self._fingerprint)
        super().__init__(max_retries=0)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(connections, maxsize, block, **kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Trust comes from our context alone; requests must not add its own CA bundle per connection."""

    def build_connection_pool_key_attributes(self, request: Any, verify: Any, cert: Any = None) -> Any:
        host_params, kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        pool_kwargs: dict[str, Any] = dict(kwargs)
        if self._fingerprint:
            # The pin was already checked in the handshake; urllib3's own check also marks the
            # connection as verified (no InsecureRequestWarning).
            pool_kwargs["cert_reqs"] = "CERT_NONE"
            pool_kwargs["assert_fingerprint"] = self._fingerprint.replace(":", "").lower()
        else:
            pool_kwargs["cert_reqs"] = "CERT_REQUIRED"
        return host_params, pool_kwargs
