"""What answers behind ``CONNECT /console``: the built-in text console or a real QEMU framebuffer.

``text`` (the default) serves ``rfb_text``, a pure-Python RFB 3.3 login screen. ``qemu`` runs one diskless
``qemu-system-x86_64`` per running VM (its SeaBIOS screen), started when the VM's console is first asked for,
stopped when the VM halts or suspends and when the simulator exits (on Linux even by SIGKILL: ``children``), and relays the tunnel's bytes to QEMU's
VNC unix socket. QEMU speaks RFB 3.8 but accepts the 3.3 clients of the xapi convention, so a byte relay is
enough.
"""

from __future__ import annotations

import select
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .children import start_child
from .store import Store
from .synthetic import windows_settings

#: Serves one console on the tunnel's socket until either side hangs up; does not close the socket.
Server = Callable[[socket.socket], None]
BACKENDS = ("text", "qemu")
QEMU = "qemu-system-x86_64"
_LIVE_STATES = ("Running", "Paused")  # power states in which a VM has a framebuffer
_SOCKET_WAIT_S = 10.0


class ConsoleUnavailable(Exception):
    """The console cannot be served now (answered 503)."""


class BackendUnavailable(Exception):
    """The backend cannot run on this machine (the simulator refuses to start)."""


def guest_os(store: Store, vm: dict[str, Any]) -> tuple[str, str]:
    """("windows" or "linux", the edition's name) from what the guest agent reported, else from the VM's
    settings (Windows guests run with Viridian enlightenments)."""
    metrics = store.records["VM_guest_metrics"].get(vm["guest_metrics"])
    os_version = (metrics or {}).get("os_version") or {}
    if os_version.get("distro"):
        windows = os_version["distro"] == "windows"
    else:
        windows = windows_settings(vm)
    edition = str(os_version.get("name", "")).split("|")[0] if windows else ""
    return ("windows" if windows else "linux"), edition


class TextBackend:
    """The built-in RFB 3.3 text console, titled with the VM's name."""

    def attach(self, store: Store, vm_ref: str) -> Server:
        from . import rfb_text

        vm = store.records["VM"].get(vm_ref)
        title = vm["name_label"] if vm else ""
        guest, edition = guest_os(store, vm) if vm else ("linux", "")
        return lambda sock: rfb_text.serve(sock, title, guest, edition)

    def close(self) -> None:
        pass


class QemuBackend:
    """One QEMU per running VM, VNC on ``<tmpdir>/<vm uuid>.sock``; the consoles relay to it."""

    def __init__(self, store: Store, binary: str | None = None) -> None:
        found = binary or shutil.which(QEMU)
        if found is None:
            raise BackendUnavailable(f"--vnc-backend qemu needs {QEMU} on the PATH (Debian: qemu-system-x86)")
        self.binary: str = found
        self.store = store
        self.directory = Path(tempfile.mkdtemp(prefix="xencenter-sim-vnc-"))
        self.processes: dict[str, subprocess.Popen] = {}  # VM ref -> its QEMU
        self._lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._reap_stopped_vms, name="qemu reaper", daemon=True).start()

    def attach(self, store: Store, vm_ref: str) -> Server:
        vm = store.records["VM"].get(vm_ref)
        if vm is None or vm["power_state"] not in _LIVE_STATES:
            raise ConsoleUnavailable("the VM is not running")
        path = self._ensure_running(vm_ref, vm["uuid"])
        qemu = self._connect(path, self.processes.get(vm_ref))
        return lambda sock: relay(sock, qemu)

    def close(self) -> None:
        """Stop every QEMU (the simulator is exiting)."""
        with self._lock:
            self._closed = True
            processes, self.processes = list(self.processes.values()), {}
        for process in processes:
            _stop(process)
        shutil.rmtree(self.directory, ignore_errors=True)

    def _ensure_running(self, vm_ref: str, uuid: str) -> str:
        path = str(self.directory / f"{uuid}.sock")
        with self._lock:
            if self._closed:
                raise ConsoleUnavailable("the simulator is stopping")
            process = self.processes.get(vm_ref)
            if process is None or process.poll() is not None:  # SeaBIOS found nothing to boot and QEMU quit
                Path(path).unlink(missing_ok=True)
                self.processes[vm_ref] = start_child(
                    [self.binary, "-display", "none", "-vnc", f"unix:{path}", "-nodefaults", "-vga", "std",
                     "-m", "32", "-no-reboot", "-machine", "accel=tcg", "-name", uuid],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    @staticmethod
    def _connect(path: str, process: subprocess.Popen | None) -> socket.socket:
        """Connect to QEMU's VNC socket, waiting for QEMU to create it."""
        deadline = time.monotonic() + _SOCKET_WAIT_S
        while True:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.connect(path)
                return sock
            except OSError:
                sock.close()
                if process is None or process.poll() is not None or time.monotonic() > deadline:
                    raise ConsoleUnavailable("QEMU did not start") from None
                time.sleep(0.05)

    def _reap_stopped_vms(self) -> None:
        """Stop the QEMU of every VM that left the running states (woken by each store change)."""
        while True:
            with self.store.lock:
                self.store.changed.wait(1.0)
                vms = self.store.records["VM"]
                with self._lock:
                    if self._closed:
                        return
                    gone = [ref for ref in self.processes
                            if vms.get(ref, {}).get("power_state") not in _LIVE_STATES]
                    stopped = [self.processes.pop(ref) for ref in gone]
            for process in stopped:
                _stop(process)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def relay(client: socket.socket, qemu: socket.socket, chunk: int = 65536) -> None:
    """Copy bytes both ways until either side closes; closes ``qemu``, leaves ``client`` to its owner.

    One thread with ``select`` rather than two: a TLS socket must not read and write from two threads."""
    peer = {client: qemu, qemu: client}
    try:
        while True:
            ready: list[socket.socket] = [s for s in (client,) if isinstance(s, ssl.SSLSocket) and s.pending()]
            if not ready:
                ready, _, _ = select.select([client, qemu], [], [])
            for source in ready:
                data = source.recv(chunk)
                if not data:
                    return
                peer[source].sendall(data)
    except OSError:
        return
    finally:
        qemu.close()


def make_backend(name: str, store: Store) -> TextBackend | QemuBackend:
    """The backend called ``name`` (one of :data:`BACKENDS`); raises BackendUnavailable."""
    return QemuBackend(store) if name == "qemu" else TextBackend()


def backend_of(api: Any) -> TextBackend | QemuBackend:
    """The backend the simulator was started with (text when none was set, as in embedded use)."""
    return getattr(api, "vnc_backend", None) or TextBackend()
