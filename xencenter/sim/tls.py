"""A self-signed certificate made at start, as a fresh XenServer host has one.

One certificate serves every host of the simulated pool (a known simplification: real hosts each have their
own); its SANs name every loopback address served, and the pool publishes it in its ``Certificate`` objects.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def fingerprint(der: bytes, algorithm: hashes.HashAlgorithm | None = None) -> str:
    """The digest of the DER certificate (SHA-256 by default), upper-case hex pairs joined by colons."""
    digest = hashes.Hash(algorithm or hashes.SHA256())
    digest.update(der)
    return ":".join(f"{b:02X}" for b in digest.finalize())


@dataclass(frozen=True)
class ServerCertificate:
    context: ssl.SSLContext
    sha256: str
    sha1: str
    not_before: datetime.datetime
    not_after: datetime.datetime


def make_certificate(ips: Iterable[str] = ("127.0.0.1",), common_name: str = "127.0.0.1") -> ServerCertificate:
    """A TLS server context with a new key and certificate (SANs: ``ips`` and localhost)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    names: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(ip)) for ip in dict.fromkeys(ips)]
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([*names, x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as directory:  # load_cert_chain reads files only
        path = os.path.join(directory, "host.pem")
        with open(path, "wb") as f:
            f.write(pem)
        context.load_cert_chain(path)
    der = cert.public_bytes(serialization.Encoding.DER)
    return ServerCertificate(context, fingerprint(der), fingerprint(der, hashes.SHA1()),
                             cert.not_valid_before_utc, cert.not_valid_after_utc)


def server_context(common_name: str = "127.0.0.1") -> tuple[ssl.SSLContext, str]:
    """A TLS server context with a new certificate for 127.0.0.1, and its SHA-256 fingerprint."""
    made = make_certificate(common_name=common_name)
    return made.context, made.sha256
