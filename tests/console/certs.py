"""Certificates for the VeNCrypt tests: a private CA and server certificates it signs for 127.0.0.1, written
as PEM files the way Xvnc (``-X509Cert``/``-X509Key``) and QEMU (``tls-creds-x509`` ``dir=``) read them."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from xencenter.xenapi.tls import format_fingerprint


@dataclass(frozen=True)
class ServerCertificate:
    directory: Path  # ca-cert.pem, server-cert.pem, server-key.pem (QEMU's names)
    sha256: str  # of the server certificate, AB:CD:...

    @property
    def cert(self) -> Path:
        return self.directory / "server-cert.pem"

    @property
    def key(self) -> Path:
        return self.directory / "server-key.pem"

    @property
    def ca(self) -> Path:
        return self.directory / "ca-cert.pem"


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_server_certificate(directory: Path, name: str = "vnc-test") -> ServerCertificate:
    """A CA and a server certificate it signed (SAN 127.0.0.1), in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} CA")])

    def builder(subject: x509.Name, public_key) -> x509.CertificateBuilder:
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(public_key)
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30)))

    ca = (builder(ca_name, ca_key.public_key())
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    server = (builder(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]), key.public_key())
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False),
                             critical=True)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
              .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    (directory / "ca-cert.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (directory / "server-cert.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (directory / "server-key.pem").write_bytes(_pem_key(key))
    (directory / "server-key.pem").chmod(0o600)
    der = server.public_bytes(serialization.Encoding.DER)
    return ServerCertificate(directory, format_fingerprint(hashlib.sha256(der).hexdigest()))
