"""The simulator's text console (xencenter/sim/rfb_text.py), read back with the RFB client: directly over a
socket pair, with a raw RFB client in another pixel format, and end to end through the simulator's
``CONNECT /console`` tunnel."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading

import numpy as np
import pytest

from xencenter.console.rfb import FramebufferUpdate, connect
from xencenter.console.transport import open_console
from xencenter.sim import guest_screens, rfb_text
from xencenter.xenapi import located

from .conftest import run
from .textscreen import screen_text


class SimConsole:
    """rfb_text.serve on one end of a socket pair, in a thread; the other end for the client."""

    def __init__(self, title: str, guest: str = "linux", edition: str = ""):
        self.client_sock, server_sock = socket.socketpair()
        self.thread = threading.Thread(target=self._serve, args=(server_sock, title, guest, edition), daemon=True)
        self.thread.start()

    @staticmethod
    def _serve(sock: socket.socket, title: str, guest: str, edition: str) -> None:
        with sock:
            rfb_text.serve(sock, title, guest, edition)

    async def opener(self, _host: str, _port: int):
        return await asyncio.open_connection(sock=self.client_sock)


async def _typed(client, text: str = "", chord: tuple[str, ...] = ()) -> list[str]:
    """Type (or press a chord), then wait until the screen stops changing; returns the screen as text."""
    async with client.subscribe() as events:
        if chord:
            client.keyboard.press(*chord)
        else:
            client.keyboard.write(text)
        await events.get(FramebufferUpdate, timeout=5)
        while True:
            try:
                await events.get(FramebufferUpdate, timeout=0.3)
            except TimeoutError:
                break
    return screen_text(client.video.as_rgba())


def test_boot_log_and_login_prompt_echo_typed_keys():
    console = SimConsole("web-01")

    async def main():
        async with connect("sim", 0, opener=console.opener) as client:
            first = screen_text(await client.screenshot(timeout=5))
            assert client.version == (3, 3) and client.video.name == "web-01"
            assert (client.video.width, client.video.height) == (rfb_text.WIDTH, rfb_text.HEIGHT)
            assert "[  OK  ] Started OpenSSH server daemon." in first
            assert [line for line in first if line][-1] == "web-01 login:"

            screen = await _typed(client, "root")
            assert "web-01 login: root" in screen
            screen = await _typed(client, "\nhunter2")
            assert "Password:" in screen and not any("hunter2" in line for line in screen)
            screen = await _typed(client, "\n")
            assert "Login incorrect" in screen
            assert [line for line in screen if line][-1] == "web-01 login:"
            screen = await _typed(client, "adminx\b")
            assert [line for line in screen if line][-1] == "web-01 login: admin"

    run(main())
    console.thread.join(5)
    assert not console.thread.is_alive()  # serve returned once the client hung up


def test_a_windows_guest_shows_its_sign_in_screen():
    """The lock screen on Windows' blue; Ctrl+Alt+Delete asks Administrator's password (typed as stars), Enter
    says it is wrong, Esc locks again. Plain typing on the lock screen does nothing."""
    console = SimConsole("exchange-4", "windows", "Microsoft Windows Server 2022 Standard")

    async def main():
        async with connect("sim", 0, opener=console.opener) as client:
            picture = await client.screenshot(timeout=5)
            assert tuple(picture[0, 0, :3]) == guest_screens.WINDOWS_BLUE
            first = [line.strip() for line in screen_text(picture)]
            assert "exchange-4" in first and "Press Ctrl+Alt+Delete to sign in." in first
            assert "Microsoft Windows Server 2022 Standard" in first
            assert not any("login:" in line for line in first)
            assert [line.strip() for line in await _typed(client, "root\n")] == first
            screen = [line.strip() for line in await _typed(client, chord=("Ctrl", "Alt", "Delete"))]
            assert "Administrator" in screen and "Password:" in screen
            screen = [line.strip() for line in await _typed(client, "hunter2")]
            assert "Password: *******" in screen and not any("hunter2" in line for line in screen)
            screen = [line.strip() for line in await _typed(client, "\n")]
            assert "The password is incorrect. Try again." in screen and "Password:" in screen
            screen = [line.strip() for line in await _typed(client, chord=("Escape",))]
            assert "Press Ctrl+Alt+Delete to sign in." in screen

    run(main())


def test_scrolling_keeps_the_prompt_on_the_last_row():
    console = SimConsole("db")

    async def main():
        async with connect("sim", 0, opener=console.opener) as client:
            await client.screenshot(timeout=5)
            screen = await _typed(client, "x\n\n" * 12 + "last")
            assert screen[rfb_text.ROWS - 1] == "db login: last"
            assert len(screen) == rfb_text.ROWS

    run(main())


def _recv(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        assert chunk, "server closed"
        data += chunk
    return data


def test_other_pixel_formats_and_garbage_end_the_session():
    console = SimConsole("vm")
    sock = console.client_sock
    sock.settimeout(5)
    assert _recv(sock, 12) == b"RFB 003.003\n"
    sock.sendall(b"RFB 003.003\n")
    assert _recv(sock, 4) == b"\0\0\0\x01"
    sock.sendall(b"\x01")
    width, height = struct.unpack(">HH", _recv(sock, 4))
    _recv(sock, struct.unpack(">I", _recv(sock, 20)[16:])[0])  # pixel format, name length; name
    # RGB565, big-endian
    sock.sendall(b"\0\0\0\0" + struct.pack(">BBBBHHHBBBxxx", 16, 16, 1, 1, 31, 63, 31, 11, 5, 0))
    sock.sendall(struct.pack(">BBHHHH", 3, 0, 0, 0, width, height))
    header = _recv(sock, 16)
    assert struct.unpack(">BxHHHHHi", header) == (0, 1, 0, 0, width, height, 0)
    pixels = np.frombuffer(_recv(sock, width * height * 2), ">u2")
    green = (0x4E * 31 // 255) << 11 | (0xD0 * 63 // 255) << 5 | (0x4E * 31 // 255)
    assert set(np.unique(pixels).tolist()) >= {0, green}
    sock.sendall(b"\x63")  # no such message: the server hangs up
    assert sock.recv(1) == b""
    console.thread.join(5)
    assert not console.thread.is_alive()


def test_console_through_the_simulators_tunnel(sim_factory):
    pytest.importorskip("xencenter.xenapi.http")
    from xencenter.xenapi.session import Session

    server = sim_factory("--hosts", "1", "--vms", "24")
    with Session(server.url, fingerprint=server.fingerprint) as session:
        session.login_with_password("root", "xenroot")
        consoles = session.xenapi.console.get_all_records()
        vms = session.xenapi.VM.get_all_records()
        guests = [c for c in consoles.values() if c["protocol"] == "rfb" and not vms[c["VM"]]["is_control_domain"]]

        def windows(console) -> bool:
            return vms[console["VM"]]["platform"].get("viridian") == "true"

        linux = next(c for c in guests if not windows(c))
        win = next(c for c in guests if windows(c))

        async def main():
            client = await open_console(located(linux["location"], server.url), session.ref, server.fingerprint)
            name = vms[linux["VM"]]["name_label"]
            try:
                assert client.version == (3, 3) and client.video.name == name
                screen = screen_text(await client.screenshot(timeout=10))
                assert f"{name} login:" in screen
                screen = await _typed(client, "root")
                assert f"{name} login: root" in screen
            finally:
                await client.close()
            client = await open_console(located(win["location"], server.url), session.ref, server.fingerprint)
            try:  # each guest shows its own system's screen
                screen = [line.strip() for line in screen_text(await client.screenshot(timeout=10))]
                assert vms[win["VM"]]["name_label"] in screen and "Press Ctrl+Alt+Delete to sign in." in screen
            finally:
                await client.close()

        run(main())
