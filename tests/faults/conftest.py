"""Fixtures for the fault tests: the soak's length, sessions of the test itself, live connections."""

from __future__ import annotations

import pytest
from fault_helpers import FAST, SIM_PASSWORD, SIM_USER, login, sim_address

from tests.conftest import soak_length
from xencenter.connection import Connection
from xencenter.settings import TrustStore
from xencenter.xenapi.address import ServerAddress
from xencenter.xenapi.errors import XenAPIError


@pytest.fixture
def soak_seconds(request: pytest.FixtureRequest) -> float:
    return soak_length(request, in_ci=60.0, locally=15.0)


@pytest.fixture
def admin():
    """``admin(server, url=None)``: a logged-in Session of the test itself (setters and ``sim.*`` controls)."""
    sessions = []

    def make(server, url: str | None = None, user: str = SIM_USER, password: str = SIM_PASSWORD):
        session = login(url or server.url, server.fingerprint, user, password)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        try:
            session.logout()
        except XenAPIError:
            pass  # the endpoint may have been stopped by the test
        session.close()


@pytest.fixture
def trust(tmp_path) -> TrustStore:
    store = TrustStore(tmp_path / "config")
    store.load()
    return store


@pytest.fixture
def connect(qtbot, trust):
    """``connect(server, timing=FAST, pool_addresses=())``: a started, pinned Connection (shut down at teardown)."""
    made: list[Connection] = []

    def start(server, *, timing=FAST, pool_addresses=(), user=SIM_USER, password=SIM_PASSWORD) -> Connection:
        trust.trust(sim_address(server), server.fingerprint)
        for url in server.members.values():
            trust.trust(ServerAddress.parse(url), server.fingerprint)
        connection = Connection(sim_address(server), user, trust=trust, timing=timing, pool_addresses=pool_addresses)
        made.append(connection)
        connection.start(password)
        return connection

    yield start
    for connection in made:
        assert connection.shutdown(15), f"{connection} did not log out in time"

