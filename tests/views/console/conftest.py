"""Fixtures of the Console tab tests: a real connection to the simulator (2 hosts, 6 running VMs) wired like
the main window wires it, and the Console page inside a QTabWidget (so that switching tabs hides it)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QTabWidget

from tests.views.console.console_helpers import HIDDEN_DELAY
from tests.views.live_helpers import connect_live
from xencenter.views.tabs.console import ConsolePage
from xencenter.xenapi.session import Session


@pytest.fixture
def live(qtbot, sim_factory, tmp_path):
    server = sim_factory("--hosts", "2", "--vms", "10", "--op-seconds", "0.2")
    live = connect_live(qtbot, server, tmp_path)
    admin = Session(server.url, fingerprint=server.fingerprint, timeout=10, connect_timeout=5)
    admin.login_with_password("root", "xenroot")
    yield SimpleNamespace(live=live, server=server, admin=admin, cache=live.cache, context=live.context,
                          connection=live.connection)
    admin.logout()
    admin.close()
    live.connection.shutdown(10)


@pytest.fixture
def tab(qtbot, live):
    """The Console page as the second tab of a QTabWidget (the first is a blank "General"), shown; every
    change batch of the connection reaches ``on_changes`` as in the main window."""
    tabs = QTabWidget()
    tabs.addTab(QLabel("general"), "General")
    page = ConsolePage(live.context)
    page.disconnect_delay = HIDDEN_DELAY
    tabs.addTab(page, page.title)
    tabs.setCurrentWidget(page)
    tabs.resize(QSize(900, 620))
    live.context.connections.objects_changed.connect(lambda _connection, changes: page.on_changes(changes))
    qtbot.addWidget(tabs)
    tabs.show()
    qtbot.waitExposed(tabs)
    yield SimpleNamespace(tabs=tabs, page=page)
    page.close_consoles()
