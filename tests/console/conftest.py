"""Real VNC servers for the console tests: QEMU, TigerVNC Xvnc, x11vnc on Xvfb. Every process started here
is killed at teardown; ports and X displays are picked free at run time."""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import require_binary

from .bootsector import PROGRAM, write_disk


def run(coro, timeout: float = 30.0):
    """Run a coroutine to completion in a fresh event loop, with a hard timeout."""

    async def bounded():
        async with asyncio.timeout(timeout):
            return await coro

    return asyncio.run(bounded())


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_vnc_display() -> int:
    """A display number N whose port 5900+N is free and that no X server uses."""
    for _ in range(200):
        n = random.randint(20, 3000)
        if (_port_free(5900 + n) and not Path(f"/tmp/.X11-unix/X{n}").exists()
                and not Path(f"/tmp/.X{n}-lock").exists()):
            return n
    raise RuntimeError("no free VNC display")


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{proc.args[0]} did not listen on {port}")


def wait_for_path(path: Path, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{proc.args[0]} did not create {path}")
        time.sleep(0.05)


class Processes:
    """Started processes: all terminated at teardown, killed if still there after a grace period."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []

    def start(self, args: list[str], **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        proc = subprocess.Popen(args, **kwargs)
        self.procs.append(proc)
        return proc

    def stop_all(self, grace: float = 2.0) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        deadline = time.monotonic() + grace
        for proc in self.procs:
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()  # x11vnc can sit on SIGTERM for seconds
                proc.wait()


@pytest.fixture
def processes():
    procs = Processes()
    yield procs
    procs.stop_all()


@dataclass
class QemuVM:
    port: int
    serial: Path
    proc: subprocess.Popen

    def serial_bytes(self) -> bytes:
        return self.serial.read_bytes() if self.serial.exists() else b""

    def wait_serial(self, predicate, timeout: float = 20.0) -> bytes:
        """Poll the guest's COM1 output until ``predicate(bytes)`` holds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            data = self.serial_bytes()
            if predicate(data):
                return data
            time.sleep(0.05)
        raise AssertionError(f"guest serial output never matched; got {self.serial_bytes()!r}")


@pytest.fixture
def qemu(processes, tmp_path):
    """Factory: ``qemu(boot_disk=False, program=PROGRAM, vnc_options="", args=())`` starts QEMU with its VNC
    server on 127.0.0.1:5900+N (``vnc_options`` appended to ``-vnc``, e.g. ``,tls-creds=tls0``; ``args`` adds
    e.g. ``-object``s). With ``boot_disk`` it boots a tests/console/bootsector.py program (by default the key
    echo to COM1), else SeaBIOS finds nothing to boot."""
    binary = require_binary("qemu-system-x86_64")

    def start(boot_disk: bool = False, program: list = PROGRAM, vnc_options: str = "",
              args: tuple[str, ...] = ()) -> QemuVM:
        for _attempt in range(3):
            display = free_vnc_display()
            serial = tmp_path / f"serial-{display}.txt"
            args = [binary, "-display", "none", "-vnc", f"127.0.0.1:{display}{vnc_options}", "-nodefaults",
                    "-vga", "std", "-m", "64", "-serial", f"file:{serial}", "-no-reboot", *args]
            if boot_disk:
                disk = write_disk(tmp_path / "boot.img", program)
                args += ["-drive", f"file={disk},format=raw,if=floppy", "-boot", "a"]
            proc = processes.start(args)
            try:
                wait_for_port(5900 + display, proc)
            except RuntimeError:
                continue
            return QemuVM(5900 + display, serial, proc)
        raise RuntimeError("QEMU did not start")

    return start


@dataclass
class XServer:
    display: int
    port: int
    proc: subprocess.Popen
    password_file: Path | None = None
    env: dict = field(default_factory=dict)


def make_password_file(path: Path, password: str) -> Path:
    vncpasswd = require_binary("vncpasswd")
    data = subprocess.run([vncpasswd, "-f"], input=password.encode() + b"\n", capture_output=True,
                          check=True, timeout=10).stdout
    path.write_bytes(data)
    path.chmod(0o600)
    return path


@pytest.fixture
def xvnc(processes, tmp_path):
    """Factory: ``xvnc(password=None, geometry="1024x768", security=None, args=(), port=None)`` starts TigerVNC's
    Xvnc on a free display (and a free port unless given). Security: VncAuth when a password is given, else
    None, unless ``security`` names the types (``"X509Vnc,TLSVnc"``); ``args`` adds options (``-X509Cert``)."""
    binary = require_binary("Xvnc")

    def start(password: str | None = None, geometry: str = "1024x768", security: str | None = None,
              args: tuple[str, ...] = (), port: int | None = None) -> XServer:
        for _attempt in range(3):
            display, listen = free_vnc_display(), port or free_port()
            argv = [binary, f":{display}", "-rfbport", str(listen), "-interface", "127.0.0.1", "-geometry", geometry,
                    "-depth", "24", "-nolisten", "tcp", "-AlwaysShared", *args]
            argv += ["-SecurityTypes", security or ("None" if password is None else "VncAuth")]
            pwfile = None
            if password is not None:
                pwfile = make_password_file(tmp_path / f"passwd-{display}", password)
                argv += ["-PasswordFile", str(pwfile)]
            proc = processes.start(argv)
            try:
                wait_for_port(listen, proc)
                wait_for_path(Path(f"/tmp/.X11-unix/X{display}"), proc)
            except RuntimeError:
                continue
            return XServer(display, listen, proc, pwfile, {**os.environ, "DISPLAY": f":{display}"})
        raise RuntimeError("Xvnc did not start")

    return start


@pytest.fixture
def x11vnc_33(processes):
    """x11vnc forced to RFB 3.3, serving an Xvfb display."""
    xvfb, x11vnc = require_binary("Xvfb"), require_binary("x11vnc")
    for _attempt in range(3):
        display, port = free_vnc_display(), free_port()
        xproc = processes.start([xvfb, f":{display}", "-screen", "0", "800x600x24", "-nolisten", "tcp"])
        try:
            wait_for_path(Path(f"/tmp/.X11-unix/X{display}"), xproc)
        except RuntimeError:
            continue
        vproc = processes.start([x11vnc, "-display", f":{display}", "-rfbport", str(port), "-localhost", "-nopw",
                                 "-forever", "-shared", "-rfbversion", "3.3", "-noxdamage", "-quiet"])
        wait_for_port(port, vproc)
        return XServer(display, port, vproc)
    raise RuntimeError("Xvfb did not start")
