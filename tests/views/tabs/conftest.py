"""Tab-page fixtures: pools built from synthetic records, a stand-in window context, screenshots.

Pages are hosted in a fixed-size window whose layout never resizes it (the offscreen platform warns when a
window's size hints change, and Qt warnings fail these tests).
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget
from tab_helpers import load_cache

from xencenter.sim.synthetic import generate_pool


@pytest.fixture
def demo_cache():
    """The synthetic pool of the demo: 3 hosts, 24 VMs in every power and virtualization state."""
    return load_cache(generate_pool(3, 24, now=time.time()))


@pytest.fixture
def context():
    return SimpleNamespace(connections=[], history=None, commands=None)


@pytest.fixture
def host_page(qtbot):
    """Show a page in a window of a fixed size; returns it after the window is exposed."""
    windows = []

    def show(page: QWidget, width: int = 760, height: int = 720) -> QWidget:
        window = QWidget()
        layout = QVBoxLayout(window)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        window.resize(width, height)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return page

    return show


@pytest.fixture
def live_pool(qtbot, sim_factory, tmp_path):
    """A Connection to a fresh simulator (2 hosts, 8 VMs), connected and filled, plus an admin Session of
    the test itself to change and read back objects behind the window's back."""
    from xencenter.connection import Connection, ConnectionState, Timing
    from xencenter.settings import TrustStore
    from xencenter.xenapi.address import ServerAddress
    from xencenter.xenapi.session import Session

    server = sim_factory("--hosts", "2", "--vms", "8")
    address = ServerAddress.parse(server.url)
    trust = TrustStore(tmp_path)
    trust.load()
    trust.trust(address, server.fingerprint)
    connection = Connection(address, "root", trust=trust, timing=Timing(event_timeout=1.0, call_timeout=10.0))
    connection.start("xenroot")
    qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=20000)
    admin = Session(server.url, fingerprint=server.fingerprint, timeout=10, connect_timeout=5)
    admin.login_with_password("root", "xenroot")
    yield SimpleNamespace(server=server, connection=connection, admin=admin)
    admin.logout()
    admin.close()
    assert connection.shutdown(10)
