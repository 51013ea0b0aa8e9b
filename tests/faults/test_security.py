"""Nobody let in, nothing leaked: every network path (RPC, events, console tunnel, RRD) refuses a wrong pin,
an unknown certificate and a changed one before sending a byte; a password never reaches logs, output,
settings files, exception texts or crash reports."""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from fault_helpers import FAST, login, sim_address
from PySide6.QtCore import Qt

from tests.conftest import ROOT, start_sim
from tests.live import MemoryKeyring
from xencenter.connection import Connection, ConnectionState
from xencenter.settings import Settings
from xencenter.sim.tls import server_context
from xencenter.xenapi.errors import (
    AuthenticationFailed,
    CertificateMismatch,
    CertificateUntrusted,
)
from xencenter.xenapi.http import open_console_socket, open_console_streams
from xencenter.xenapi.rrd import fetch_rrd_updates
from xencenter.xenapi.session import Session

D = ConnectionState
WRONG_PIN = ":".join(["5A"] * 32)
SECRET = "Zx9-correct-horse-battery-staple-Qw7"
WRONG_SECRET = "Zx9-not-the-right-one-Qw7"


# -- TLS on every path ----------------------------------------------------------------------------------------


class Impostor:
    """A TLS server with a certificate of its own that records every byte a client sends after the
    handshake (a client that checks its pin in the handshake sends none)."""

    def __init__(self) -> None:
        self.context, self.fingerprint = server_context()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"https://127.0.0.1:{self.listener.getsockname()[1]}"
        self.received = bytearray()
        self.handshakes = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(raw,), daemon=True).start()

    def _client(self, raw: socket.socket) -> None:
        raw.settimeout(5)
        try:
            with self.context.wrap_socket(raw, server_side=True) as tls:
                self.handshakes += 1
                while chunk := tls.recv(65536):
                    self.received += chunk
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def impostor():
    server = Impostor()
    yield server
    server.close()


@pytest.fixture(scope="module")
def pool(request):
    server = start_sim("--hosts", "1", "--vms", "4")
    request.addfinalizer(server.stop)
    return server


def _console_location(api) -> str:
    vm = next(ref for ref, r in api.VM.get_all_records().items()
              if r["power_state"] == "Running" and not r["is_control_domain"])
    return next(api.console.get_location(c) for c in api.VM.get_consoles(vm)
                if api.console.get_protocol(c) == "rfb")


def _paths(url: str, pin: str | None, ref: str, console_query: str):
    """Each network path, as a call to ``url`` trusting ``pin`` with the valid session ``ref``."""
    location = f"{url}/console?{console_query}"

    def rpc_login():
        Session(url, fingerprint=pin, timeout=5, connect_timeout=3).login_with_password("root", SECRET)

    def rpc_call():
        Session.resume(url, ref, fingerprint=pin, timeout=5, connect_timeout=3).xenapi.pool.get_all()

    def events():
        Session.resume(url, ref, fingerprint=pin, timeout=5, connect_timeout=3).event_from(["*"], "", 1.0)

    def console():
        open_console_socket(location, ref, fingerprint=pin, timeout=5).close()

    def console_async():
        async def run():
            _, writer = await open_console_streams(location, ref, fingerprint=pin, timeout=5)
            writer.close()

        asyncio.run(run())

    def rrd():
        fetch_rrd_updates(Session.resume(url, ref, timeout=5, connect_timeout=3), url, int(time.time()) - 10, 5, pin)

    return {"rpc login": rpc_login, "rpc call": rpc_call, "events": events, "console": console,
            "console (asyncio)": console_async, "rrd": rrd}


PATHS = ["rpc login", "rpc call", "events", "console", "console (asyncio)", "rrd"]


@pytest.mark.parametrize("path", PATHS)
def test_each_path_works_with_the_right_pin(pool, path):
    session = login(pool.url, pool.fingerprint)
    query = _console_location(session.xenapi).split("?", 1)[1]
    if path == "rpc login":
        with pytest.raises(AuthenticationFailed):  # the TLS was accepted; only the password is wrong
            _paths(pool.url, pool.fingerprint, session.ref, query)[path]()
    else:
        _paths(pool.url, pool.fingerprint, session.ref, query)[path]()
    session.logout()


@pytest.mark.parametrize("path", PATHS)
def test_each_path_refuses_a_wrong_pin_before_sending_anything(pool, impostor, path):
    session = login(pool.url, pool.fingerprint)
    query = _console_location(session.xenapi).split("?", 1)[1]
    with pytest.raises(CertificateMismatch) as refused:
        _paths(impostor.url, WRONG_PIN, session.ref, query)[path]()
    assert refused.value.actual == impostor.fingerprint  # it names what it saw
    time.sleep(0.1)
    assert impostor.handshakes >= 1 and bytes(impostor.received) == b""  # not one byte: no password, no session
    session.logout()


@pytest.mark.parametrize("pin, words", [(WRONG_PIN, "has changed"), (None, "not trusted")])
def test_the_consoles_own_transport_refuses_too(pool, impostor, pin, words):
    """What the console tab and window use (it words every failure as an RFBError)."""
    from xencenter.console.protocol import RFBError
    from xencenter.console.transport import open_console

    session = login(pool.url, pool.fingerprint)
    location = f"{impostor.url}/console?{_console_location(session.xenapi).split('?', 1)[1]}"
    with pytest.raises(RFBError, match=words):
        asyncio.run(open_console(location, session.ref, pin))
    time.sleep(0.1)
    assert bytes(impostor.received) == b""
    session.logout()


@pytest.mark.parametrize("path", PATHS)
def test_each_path_refuses_an_unknown_certificate(pool, impostor, path):
    session = login(pool.url, pool.fingerprint)
    query = _console_location(session.xenapi).split("?", 1)[1]
    with pytest.raises(CertificateUntrusted) as refused:
        _paths(impostor.url, None, session.ref, query)[path]()
    assert refused.value.info.sha256 == impostor.fingerprint and not refused.value.info.system_trusted
    time.sleep(0.1)
    assert bytes(impostor.received) == b""
    session.logout()


@pytest.mark.parametrize("path", PATHS)
def test_each_path_refuses_the_real_host_when_its_certificate_changed(sim_factory, path):
    """The same address, a new certificate (reinstalled host, or someone in between): the old pin refuses it."""
    first = sim_factory("--hosts", "1", "--vms", "2")
    old_pin, port = first.fingerprint, first.port
    first.stop()
    second = sim_factory("--hosts", "1", "--vms", "2", "--port", str(port))
    assert second.url == first.url and second.fingerprint != old_pin
    session = login(second.url, second.fingerprint)
    query = _console_location(session.xenapi).split("?", 1)[1]
    with pytest.raises(CertificateMismatch):
        _paths(second.url, old_pin, session.ref, query)[path]()
    session.logout()


def test_a_connection_meeting_a_changed_certificate_stops_and_logs_in_nowhere(sim_factory, trust, qtbot):
    first = sim_factory("--hosts", "1", "--vms", "2")
    address, old_pin, port = sim_address(first), first.fingerprint, first.port
    first.stop()
    second = sim_factory("--hosts", "1", "--vms", "2", "--port", str(port))
    trust.trust(address, old_pin)
    connection = Connection(address, "root", trust=trust, timing=FAST)
    changed = []
    connection.certificate_changed.connect(lambda *args: changed.append(args))
    connection.start("xenroot")
    qtbot.waitUntil(lambda: connection.state is D.DISCONNECTED and bool(changed), timeout=15000)
    assert "Certificate changed" in connection.reason
    admin = login(second.url, second.fingerprint)
    assert admin.xenapi.sim.session_count() == 1  # only the test's: the connection never logged in
    admin.logout()
    connection.shutdown(5)


# -- secrets --------------------------------------------------------------------------------------------------


def test_a_password_never_reaches_logs_output_files_or_errors(sim_factory, qtbot, tmp_path, caplog, capfd):
    from xencenter.views.add_server_dialog import AddServerDialog

    caplog.set_level(logging.DEBUG)  # every logger, urllib3's too
    crash_log = (tmp_path / "faulthandler.txt").open("w+")
    server = sim_factory("--hosts", "2", "--vms", "4", "--password", SECRET)
    settings_dir = tmp_path / "config"
    keyring = MemoryKeyring()
    settings = Settings.load(settings_dir, keyring_backend=keyring)
    settings.trust.trust(sim_address(server), server.fingerprint)
    made: list[Connection] = []
    texts: list[str] = []

    def make(address, user, pool):
        connection = Connection(address, user, trust=settings.trust, pool_addresses=pool, timing=FAST)
        connection.state_changed.connect(lambda state, reason: texts.append(reason))
        connection.authentication_failed.connect(texts.append)
        made.append(connection)
        return connection

    dialog = AddServerDialog(settings, make_connection=make)
    qtbot.addWidget(dialog)
    dialog.show()
    for password in (WRONG_SECRET, SECRET):  # a refusal first: error paths must not leak either
        dialog.address_edit.setText(str(sim_address(server)))
        dialog.user_edit.setText("root")
        dialog.password_edit.setText(password)
        dialog.remember_box.setChecked(True)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.connect_button.isEnabled() or not dialog.isVisible(), timeout=15000)
        texts.append(dialog.message[0])
        faulthandler.dump_traceback(crash_log, all_threads=True)  # what a hang report would show
    connection = made[-1]
    qtbot.waitUntil(lambda: connection.state is D.CONNECTED, timeout=15000)
    texts += [repr(connection), repr(connection.session), connection.reason, str(connection.session.__dict__)]
    connection.session.xenapi.sim.restart_toolstack()  # the password is used again, for renewals
    qtbot.wait(1000)
    for c in made:
        c.shutdown(10)

    crash_log.seek(0)
    outputs = {
        "log records": "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records),
        "stdout/stderr": "".join(capfd.readouterr()),
        "faulthandler": crash_log.read(),
        "messages and reasons": "\n".join(texts),
        **{f"file {p.name}": p.read_bytes().decode("utf-8", "replace") for p in settings_dir.rglob("*") if p.is_file()},
    }
    assert any(SECRET == v for v in keyring.store.values())  # it is kept, but only in the keyring
    assert len(caplog.records) > 20 and outputs["faulthandler"]  # the search looked at something
    for where, text in outputs.items():
        for secret in (SECRET, WRONG_SECRET):
            assert secret not in text, f"the password appears in {where}"


CRASHING_CLIENT = textwrap.dedent("""
    import faulthandler, logging, sys
    from xencenter.xenapi.session import Session
    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    faulthandler.enable()
    url, pin, password = sys.argv[1:4]
    session = Session(url, fingerprint=pin)
    session.login_with_password("root", password)
    print("logged in", repr(session), flush=True)
    if sys.argv[4] == "exception":
        Session(url, fingerprint=pin).login_with_password("root", password + "-wrong")  # uncaught: traceback
    faulthandler._sigsegv()  # a hard crash: faulthandler's report
""")


@pytest.mark.parametrize("how", ["exception", "segfault"])
def test_crash_reports_of_a_client_holding_the_password_do_not_contain_it(sim_factory, how):
    server = sim_factory("--hosts", "1", "--vms", "1", "--password", SECRET)
    done = subprocess.run([sys.executable, "-c", CRASHING_CLIENT, server.url, server.fingerprint, SECRET, how],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "logged in" in done.stdout
    assert ("Traceback" in done.stderr) if how == "exception" else ("Fatal Python error" in done.stderr)
    assert "DEBUG" in done.stderr
    assert SECRET not in done.stdout + done.stderr
