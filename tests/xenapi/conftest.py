"""Fixtures for the wire client's tests: certificates and in-test servers (stopped at teardown)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from xenapi_servers import Certificate, Handler, HTTPTestServer, make_certificate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("certs"), "xapi-test")


@pytest.fixture(scope="session")
def other_certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("certs-other"), "impostor")


@pytest.fixture
def serve(certificate: Certificate) -> Iterator[Callable[..., HTTPTestServer]]:
    """``serve(handler, tls=True, cert=None)`` starts an in-test server on loopback."""
    servers: list[HTTPTestServer] = []

    def start(handler: Handler, *, tls: bool = True, cert: Certificate | None = None) -> HTTPTestServer:
        server = HTTPTestServer(handler, (cert or certificate) if tls else None)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
