"""The network guard: nothing beyond loopback is reached, in the suite, the simulator or the demo."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.netguard_plugin import accept_refusals
from xencenter import netguard

pytest_plugins = ["pytester"]


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.0.0.53", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True),
    ("::ffff:127.0.0.2", True), ("localhost", True), ("LOCALHOST.", True), ("a.localhost", True),
    ("10.0.0.1", False), ("192.168.1.1", False), ("8.8.8.8", False), ("::", False), ("0.0.0.0", False),
    ("fe80::1", False), ("example.org", False), ("nfs.example", False), ("", False),
])
def test_what_counts_as_loopback(host: str, loopback: bool) -> None:
    assert netguard.is_loopback(host) is loopback


def test_this_suite_refuses_other_addresses_before_sending(monkeypatch) -> None:
    sent: list[object] = []
    with socket.socket() as sock:
        original = netguard._original["connect"]
        monkeypatch.setitem(netguard._original, "connect", lambda s, a: sent.append(a) or original(s, a))
        with pytest.raises(netguard.OffLoopbackRefused, match="10.0.0.1:443"):
            sock.connect(("10.0.0.1", 443))
        with pytest.raises(OSError):
            socket.create_connection(("nfs.example", 2049), timeout=1)
        with pytest.raises(socket.gaierror):  # RFC 6761: known not to exist without asking anyone
            socket.getaddrinfo("no-such-host.invalid", 443)
    assert sent == [], "the refused attempts never reached the real connect"
    report = Path(os.environ[netguard.REPORT_ENV]).read_text().splitlines()
    assert "refused a connection to 10.0.0.1:443" in report[-2] and "test_netguard.py" in report[-2]
    assert "refused resolving nfs.example" in report[-1]
    accept_refusals()  # this test meant them


INNER = '''
import socket
import subprocess
import sys

from xencenter import netguard


def test_swallows_the_error():
    try:
        socket.create_connection(("10.0.0.1", 9), timeout=1)
    except OSError as exc:
        assert isinstance(exc, netguard.OffLoopbackRefused)


def test_a_child_process_reaches_out():
    code = ("import socket; from xencenter import netguard; netguard.install()\\n"
            "try:\\n    socket.create_connection(('10.0.0.1', 9), timeout=1)\\nexcept OSError:\\n    pass")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_stays_home():
    socket.socket().close()
'''


def test_a_test_that_connects_to_10_0_0_1_fails(pytester, monkeypatch) -> None:
    pytester.makeconftest("from tests.netguard_plugin import *\n")
    pytester.makepyfile(test_inner=INNER)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv(netguard.REPORT_ENV)  # the inner run makes its own report
    # -rN: no short summary, whose width (and so whether it repeats the message) follows the terminal
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rN")
    result.assert_outcomes(passed=3, errors=2)
    output = result.stdout.str()
    assert output.count("a connection beyond loopback was attempted") == 2
    assert "refused a connection to 10.0.0.1:9" in output and "test_inner.py" in output


SIM_REACHES_OUT = """
import os, signal, socket, threading, time
from xencenter import netguard
from xencenter.sim.__main__ import main

def reach_out():
    while not netguard._installed:
        time.sleep(0.01)
    try:
        socket.create_connection(("10.0.0.1", 9), timeout=1)
        print("sent")
    except netguard.OffLoopbackRefused:
        print("refused")
    os.kill(os.getpid(), signal.SIGTERM)

threading.Thread(target=reach_out, daemon=True).start()
main(["--hosts", "1", "--vms", "0", "--port", "0"])
"""


def test_the_simulator_refuses_to_leave_loopback(tmp_path, monkeypatch) -> None:
    report = tmp_path / "report.log"
    monkeypatch.setenv(netguard.REPORT_ENV, str(report))
    done = subprocess.run([sys.executable, "-c", SIM_REACHES_OUT], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert "refused" in done.stdout.splitlines(), done.stdout + done.stderr
    assert "refused a connection to 10.0.0.1:9" in report.read_text()


DEMO_REACHES_OUT = """
import logging, socket, sys, tempfile
from PySide6.QtWidgets import QApplication
from xencenter.app import build_window
logging.basicConfig(level=logging.WARNING, stream=sys.stdout, format="%(name)s: %(message)s")
app = QApplication([])
build_window(tempfile.mkdtemp())
try:
    socket.create_connection(("10.0.0.13", 443), timeout=1)
except ConnectionRefusedError as exc:
    print("error:", exc)
"""


def test_the_demo_refuses_to_leave_loopback_and_says_who_asked(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(netguard.REPORT_ENV, str(tmp_path / "report.log"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, "-c", DEMO_REACHES_OUT], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    lines = done.stdout.splitlines()
    assert any(line.startswith("xencenter.netguard: refused a connection to 10.0.0.13:443") and "<string>:" in line
               for line in lines), done.stdout + done.stderr
    assert "error: connection to 10.0.0.13:443 refused: only loopback addresses may be reached here" in lines
