"""VeNCrypt against real servers: TigerVNC's Xvnc (X509Vnc, TLSVnc, X509Plain through PAM) and QEMU
(x509none, x509vnc, anonymous TLS), with the certificate trusted, pinned, unknown and changed."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import IN_CI
from xencenter.console.protocol import AuthenticationError
from xencenter.console.rfb import connect, open_client
from xencenter.console.security import INSECURE, CertificateChanged, CertificateUnknown, EncryptionRequired

from .certs import make_server_certificate
from .conftest import run
from .x11 import draw_scene

PASSWORD = "s3cret-vnc"


def _rgb(rgba: np.ndarray) -> np.ndarray:
    return rgba[:, :, :3].astype(np.uint32) @ np.array([1 << 16, 1 << 8, 1], np.uint32)


@pytest.fixture
def certificate(tmp_path):
    return make_server_certificate(tmp_path / "cert")


def _x509_args(cert) -> tuple[str, ...]:
    return ("-X509Cert", str(cert.cert), "-X509Key", str(cert.key))


def _unknown(port: int, password: str | None = PASSWORD, **options) -> CertificateUnknown:
    async def main():
        with pytest.raises(CertificateUnknown) as info:
            await open_client("127.0.0.1", port, password, **options)
        return info.value

    return run(main())


def test_x509vnc_first_contact_shows_the_fingerprint_then_the_pin_connects(xvnc, certificate):
    server = xvnc(password=PASSWORD, security="X509Vnc,TLSVnc", args=_x509_args(certificate))
    scene = draw_scene(server.display)
    unknown = _unknown(server.port)
    assert unknown.info.sha256 == certificate.sha256 and unknown.address == f"127.0.0.1:{server.port}"
    assert certificate.sha256 in str(unknown) and PASSWORD not in str(unknown)
    assert unknown.info.subject == "CN=vnc-test" and not unknown.info.system_trusted

    async def main():
        async with connect("127.0.0.1", server.port, PASSWORD, pinned=certificate.sha256) as client:
            rgba = await client.screenshot(timeout=20)
            tls = client.writer.get_extra_info("ssl_object")
            assert tls is not None and tls.version() in ("TLSv1.2", "TLSv1.3")
            return client.security, rgba

    security, rgba = run(main())
    assert security.method == "VeNCrypt X509Vnc" and security.encrypted and security.server_authenticated
    assert security.summary == "encrypted (TLS)"
    assert np.array_equal(_rgb(rgba), scene)


def test_a_certificate_the_system_trusts_needs_no_pin(xvnc, certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.ca))  # OpenSSL's default store: our CA only
    monkeypatch.setenv("SSL_CERT_DIR", str(certificate.directory / "none"))
    server = xvnc(password=PASSWORD, security="X509Vnc", args=_x509_args(certificate))

    async def main():
        async with connect("127.0.0.1", server.port, PASSWORD) as client:
            return client.security

    assert run(main()).server_authenticated


def test_a_changed_certificate_is_refused_with_both_fingerprints(xvnc, processes, tmp_path, certificate):
    first = xvnc(password=PASSWORD, security="X509Vnc", args=_x509_args(certificate))
    port = first.port
    first.proc.terminate()
    first.proc.wait(10)
    renewed = make_server_certificate(tmp_path / "renewed", "vnc-test")
    xvnc(password=PASSWORD, security="X509Vnc", args=_x509_args(renewed), port=port)

    async def main():
        with pytest.raises(CertificateChanged) as info:
            await open_client("127.0.0.1", port, PASSWORD, pinned=certificate.sha256)
        return info.value

    changed = run(main())
    assert changed.pinned == certificate.sha256 and changed.info.sha256 == renewed.sha256
    assert certificate.sha256 in str(changed) and renewed.sha256 in str(changed)
    assert "refused" in str(changed) and PASSWORD not in str(changed)


def test_wrong_password_inside_tls_is_an_authentication_error(xvnc, certificate):
    server = xvnc(password=PASSWORD, security="X509Vnc", args=_x509_args(certificate))

    async def main():
        with pytest.raises(AuthenticationError) as info:
            await open_client("127.0.0.1", server.port, "wr0ng", pinned=certificate.sha256)
        return str(info.value)

    message = run(main())
    assert "authentication failed" in message and "wr0ng" not in message


def test_anonymous_tls_is_encrypted_but_not_authenticated(xvnc):
    server = xvnc(password=PASSWORD, security="TLSVnc")

    async def main():
        async with connect("127.0.0.1", server.port, PASSWORD, require_encryption=True) as client:
            await client.screenshot(timeout=20)
            return client.security

    security = run(main())
    assert security.method == "VeNCrypt TLSVnc" and security.encrypted and not security.server_authenticated
    assert security.summary.startswith("encrypted but not authenticated")


def test_unencrypted_servers_are_refused_when_encryption_is_required(xvnc):
    server = xvnc(password=PASSWORD)

    async def main():
        async with connect("127.0.0.1", server.port, PASSWORD) as client:
            assert client.security.summary == INSECURE
        with pytest.raises(EncryptionRequired, match="offers no encryption"):
            await open_client("127.0.0.1", server.port, PASSWORD, require_encryption=True)

    run(main())


@pytest.fixture
def pam_service(tmp_path):
    """A PAM service (``/etc/pam.d/xencenter-test-*``) accepting exactly one user and password, through
    ``pam_exec`` and a checker script: Xvnc validates Plain passwords with PAM, and the test must not touch
    real accounts. Needs root (CI runs as root)."""
    if not os.access("/etc/pam.d", os.W_OK):
        message = "writing a PAM service needs root"
        pytest.fail(message) if IN_CI else pytest.skip(message)

    def make(user: str, password: str) -> str:
        checker = tmp_path / "pam-check"
        checker.write_text(
            f"#!{sys.executable}\nimport os, sys\n"
            "secret = sys.stdin.buffer.read().rstrip(b'\\0').decode()\n"
            f"sys.exit(0 if (os.environ.get('PAM_USER'), secret) == ({user!r}, {password!r}) else 1)\n")
        checker.chmod(0o700)
        name = f"xencenter-test-{uuid.uuid4().hex[:8]}"
        service = Path("/etc/pam.d") / name
        service.write_text(f"auth required pam_exec.so expose_authtok quiet {checker}\n"
                           "account required pam_permit.so\n")
        made.append(service)
        return name

    made: list[Path] = []
    yield make
    for service in made:
        service.unlink(missing_ok=True)


def test_x509plain_sends_user_and_password_inside_tls(xvnc, certificate, pam_service):
    service = pam_service("vncuser", "pl41n-secret")
    server = xvnc(security="X509Plain", args=(*_x509_args(certificate), "-PlainUsers", "vncuser",
                                              "-PAMService", service))

    async def main():
        async with connect("127.0.0.1", server.port, "pl41n-secret", username="vncuser",
                           pinned=certificate.sha256) as client:
            await client.screenshot(timeout=20)
            assert client.security.method == "VeNCrypt X509Plain"
        with pytest.raises(AuthenticationError, match="requires a user name and password"):
            await open_client("127.0.0.1", server.port, "pl41n-secret", pinned=certificate.sha256)
        with pytest.raises(AuthenticationError) as info:
            await open_client("127.0.0.1", server.port, "wr0ng", username="vncuser", pinned=certificate.sha256)
        assert "wr0ng" not in str(info.value)

    run(main(), timeout=60)


def _qemu_tls(certificate=None, password: bool = False) -> dict:
    creds = (f"tls-creds-x509,id=tls0,dir={certificate.directory},endpoint=server,verify-peer=off"
             if certificate is not None else "tls-creds-anon,id=tls0,endpoint=server")
    args = ["-object", creds]
    options = ",tls-creds=tls0"
    if password:
        args += ["-object", f"secret,id=vncpw,data={PASSWORD}"]
        options += ",password-secret=vncpw"
    return {"vnc_options": options, "args": tuple(args)}


@pytest.mark.parametrize("password", [False, True], ids=["x509none", "x509vnc"])
def test_qemu_x509(qemu, certificate, password):
    vm = qemu(**_qemu_tls(certificate, password))
    assert _unknown(vm.port, PASSWORD if password else None).info.sha256 == certificate.sha256

    async def main():
        async with connect("127.0.0.1", vm.port, PASSWORD if password else None,
                           pinned=certificate.sha256) as client:
            rgba = await client.screenshot(timeout=20)
            return client.security, rgba

    security, rgba = run(main())
    assert security.method == ("VeNCrypt X509Vnc" if password else "VeNCrypt X509None")
    assert security.server_authenticated and rgba.shape[2] == 4


def test_qemu_anonymous_tls(qemu):
    vm = qemu(**_qemu_tls())

    async def main():
        async with connect("127.0.0.1", vm.port) as client:
            await client.screenshot(timeout=20)
            return client.security

    security = run(main())
    assert security.method == "VeNCrypt TLSNone" and security.encrypted and not security.server_authenticated


def test_the_cli_refuses_an_unknown_certificate_and_takes_a_fingerprint(xvnc, certificate, tmp_path):
    server = xvnc(password=PASSWORD, security="X509Vnc", args=_x509_args(certificate))
    password_file = tmp_path / "pw"
    password_file.write_text(PASSWORD)
    env = {**os.environ, "XENCENTER_CONFIG_DIR": str(tmp_path / "config")}
    base = [sys.executable, "main.py", "screenshot", "--vnc", f"127.0.0.1:{server.port}", "--password-file",
            str(password_file), "--out", str(tmp_path / "shot.png")]
    root = Path(__file__).resolve().parents[2]
    refused = subprocess.run(base, cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and certificate.sha256 in refused.stderr
    assert "Traceback" not in refused.stderr and PASSWORD not in refused.stderr + refused.stdout
    taken = subprocess.run([*base, "--fingerprint", certificate.sha256], cwd=root, env=env, capture_output=True,
                           text=True, timeout=60)
    assert taken.returncode == 0, taken.stderr
    assert "1024x768" in taken.stdout and "encrypted (TLS)" in taken.stdout
