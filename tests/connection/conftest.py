"""Fixtures for the connection layer: test keyring backends and a private settings directory."""

from __future__ import annotations

import keyring.backend
import keyring.errors
import pytest
from connection_helpers import FAST, SIM_PASSWORD, SIM_USER, sim_address

from tests.live import MemoryKeyring
from xencenter.connection import Connection
from xencenter.settings import TrustStore
from xencenter.xenapi.errors import XenAPIError
from xencenter.xenapi.session import Session


class LockedKeyring(keyring.backend.KeyringBackend):
    """Looks usable but fails on use, like a locked Secret Service collection; echoes its input on purpose."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"locked, could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def settings_dir(tmp_path, monkeypatch):
    """An empty settings directory, also exported as XENCENTER_CONFIG_DIR."""
    directory = tmp_path / "config"
    monkeypatch.setenv("XENCENTER_CONFIG_DIR", str(directory))
    return directory


@pytest.fixture
def memory_keyring():
    return MemoryKeyring()


@pytest.fixture
def locked_keyring():
    return LockedKeyring()


# ---- live connections against the simulator -------------------------------------------------------------

@pytest.fixture
def trust(settings_dir) -> TrustStore:
    store = TrustStore(settings_dir)
    store.load()
    return store


@pytest.fixture
def admin():
    """``admin(server)``: a logged-in Session of the test itself (for setters and ``sim.*`` controls)."""
    sessions: list[Session] = []

    def login(server) -> Session:
        session = Session(server.url, fingerprint=server.fingerprint, timeout=10, connect_timeout=5)
        session.login_with_password(SIM_USER, SIM_PASSWORD)
        sessions.append(session)
        return session

    yield login
    for session in sessions:
        try:
            session.logout()
        except XenAPIError:
            pass  # the endpoint may have been stopped by the test
        session.close()


@pytest.fixture
def connect(qtbot, trust):
    """``connect(server, pin=True, password=..., address=...)``: a started Connection (shut down at teardown)."""
    made: list[Connection] = []

    def start(server, *, pin: bool = True, password: str = SIM_PASSWORD, address=None, timing=FAST,
              pool_addresses=()) -> Connection:
        if pin:
            trust.trust(sim_address(server), server.fingerprint)
        connection = Connection(address or sim_address(server), SIM_USER, trust=trust, timing=timing,
                                pool_addresses=pool_addresses)
        made.append(connection)
        connection.start(password)
        return connection

    yield start
    for connection in made:
        assert connection.shutdown(10), f"{connection} did not log out in time"

