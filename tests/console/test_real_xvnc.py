"""The RFB client against TigerVNC's Xvnc (VNC authentication, ZRLE, clipboard, bell) and x11vnc (RFB 3.3)."""

from __future__ import annotations

import asyncio
import logging
import subprocess

import numpy as np
import pytest

from tests.conftest import require_binary
from xencenter.console.protocol import DEFAULT_ENCODINGS, AuthenticationError, Encoding, jpeg_quality
from xencenter.console.rfb import (
    Bell,
    ClipboardText,
    FramebufferUpdate,
    connect,
    open_client,
)

from .conftest import run
from .x11 import X11, draw_scene

PSEUDO = (Encoding.DESKTOP_SIZE, Encoding.EXTENDED_DESKTOP_SIZE, Encoding.CURSOR, Encoding.LAST_RECT)


def _rgb(rgba: np.ndarray) -> np.ndarray:
    """RGBA screenshot -> 0x00RRGGBB, to compare with what was drawn."""
    return rgba[:, :, :3].astype(np.uint32) @ np.array([1 << 16, 1 << 8, 1], np.uint32)


def test_right_password_connects_and_zrle_is_negotiated(xvnc):
    server = xvnc(password="corr3ct")
    scene = draw_scene(server.display)

    async def main():
        async with connect("127.0.0.1", server.port, "corr3ct") as client:  # default preferences: Tight
            rgba = await client.screenshot(timeout=20)
            assert client.version == (3, 8) and rgba.shape == (768, 1024, 4)
            assert client.last_encoding == Encoding.TIGHT
            assert np.array_equal(_rgb(rgba), scene)
        zrle_first = (Encoding.ZRLE, Encoding.TIGHT, Encoding.HEXTILE, Encoding.RAW, *PSEUDO)
        async with connect("127.0.0.1", server.port, "corr3ct", encodings=zrle_first) as client:
            rgba = await client.screenshot(timeout=20)
            assert client.last_encoding == Encoding.ZRLE
            assert np.array_equal(_rgb(rgba), scene)

    run(main())


def test_wrong_password_is_a_clear_error(xvnc):
    server = xvnc(password="corr3ct")

    async def main():
        with pytest.raises(AuthenticationError, match="authentication failed") as info:
            await open_client("127.0.0.1", server.port, "wr0ng")
        return str(info.value)

    message = run(main())
    assert "wr0ng" not in message and "corr3ct" not in message


@pytest.mark.parametrize("encoding", [Encoding.ZRLE, Encoding.HEXTILE, Encoding.TIGHT, Encoding.RAW])
def test_each_encoding_reproduces_the_drawn_screen(xvnc, encoding):
    server = xvnc()
    scene = draw_scene(server.display, seed=int(encoding))

    async def main():
        async with connect("127.0.0.1", server.port, encodings=(encoding, Encoding.COPY_RECT, *PSEUDO)) as client:
            rgba = await client.screenshot(timeout=20)
            assert set(client.encodings_used) <= {encoding, Encoding.COPY_RECT} and client.last_encoding == encoding
            return rgba

    assert np.array_equal(_rgb(run(main())), scene)


def test_tight_jpeg_from_xvnc_is_close_to_the_drawn_screen(xvnc):
    """With a JPEG quality level Xvnc sends its noise "photo" as JPEG: fewer bytes, a picture within a few
    levels of what was drawn, the flat parts exact."""
    server = xvnc()
    scene = draw_scene(server.display, seed=3)
    lossless = (Encoding.TIGHT, *PSEUDO)

    async def main():
        pictures = {}
        for name, encodings in (("lossless", lossless), ("jpeg", (*lossless, jpeg_quality(6)))):
            async with connect("127.0.0.1", server.port, encodings=encodings) as client:
                before = client.wire.bytes_read
                pictures[name] = (await client.screenshot(timeout=20), client.wire.bytes_read - before)
                assert client.last_encoding == Encoding.TIGHT
        return pictures

    pictures = run(main())
    (exact, exact_bytes), (jpeg, jpeg_bytes) = pictures["lossless"], pictures["jpeg"]
    assert np.array_equal(_rgb(exact), scene)
    assert jpeg_bytes < 0.8 * exact_bytes
    difference = np.abs(jpeg[:, :, :3].astype(int) - exact[:, :, :3].astype(int))
    assert 0 < difference.mean() < 8 and (difference.max(axis=2) == 0).mean() > 0.5


def _selection(server, xclip: str) -> bytes:
    return subprocess.run([xclip, "-o", "-selection", "clipboard"], env=server.env, capture_output=True,
                          check=False, timeout=10).stdout


async def _wait_selection(server, xclip: str, expected: str) -> None:
    """Poll the X clipboard from a thread: Xvnc asks us for an announced text while xclip waits, so the
    session's loop must keep running."""
    for _ in range(100):
        if await asyncio.to_thread(_selection, server, xclip):
            break
        await asyncio.sleep(0.05)
    assert (await asyncio.to_thread(_selection, server, xclip)).decode() == expected


def _own_selection(processes, server, xclip: str, text: str) -> None:
    owner = processes.start([xclip, "-i", "-quiet", "-selection", "clipboard"], env=server.env,
                            stdin=subprocess.PIPE)
    owner.stdin.write(text.encode())
    owner.stdin.close()


@pytest.mark.parametrize("text", ["to the server: café", "虚拟机 — 😀 über\nline two"])
def test_extended_clipboard_both_ways_in_utf8(xvnc, processes, text):
    xclip = require_binary("xclip")
    server = xvnc()

    async def main():
        async with connect("127.0.0.1", server.port) as client:
            await client.screenshot(timeout=20)
            for _ in range(100):  # Xvnc announces its caps after our SetEncodings
                if client.clipboard.extended:
                    break
                await asyncio.sleep(0.05)
            assert client.clipboard.extended
            client.clipboard.write(text)
            await client.drain()
            await _wait_selection(server, xclip, text)

            async with client.subscribe() as events:
                _own_selection(processes, server, xclip, f"from the server: {text}")
                event = await events.get(ClipboardText, timeout=20)
            assert event.text == f"from the server: {text}" == client.clipboard.text

    run(main(), timeout=60)


def test_without_the_extension_text_is_latin1_and_the_rest_is_replaced_and_logged(xvnc, processes, caplog):
    xclip = require_binary("xclip")
    server = xvnc()
    encodings = tuple(e for e in DEFAULT_ENCODINGS if e != Encoding.EXTENDED_CLIPBOARD)

    async def main():
        async with connect("127.0.0.1", server.port, encodings=encodings) as client:
            await client.screenshot(timeout=20)
            assert not client.clipboard.extended
            with caplog.at_level(logging.WARNING, logger="xencenter.console"):
                client.clipboard.write("café 虚拟机")
            await client.drain()
            await _wait_selection(server, xclip, "café ???")

            async with client.subscribe() as events:
                _own_selection(processes, server, xclip, "über")
                event = await events.get(ClipboardText, timeout=20)
            assert event.text == "über"

    run(main(), timeout=60)
    warnings = [r.getMessage() for r in caplog.records if r.name == "xencenter.console"]
    assert warnings == ["clipboard: 3 character(s) outside Latin-1 sent as '?' (the server has no extended "
                        "clipboard)"]


def test_bell_does_not_desynchronise_the_stream(xvnc):
    server = xvnc()

    async def main():
        x = X11(server.display)
        try:
            async with connect("127.0.0.1", server.port) as client:
                await client.screenshot(timeout=20)
                async with client.subscribe() as events:
                    for i in range(3):
                        x.bell()
                        x.fill(10 * i, 10, 10, 10, 0x00FF00 >> i)
                        x.sync()
                        await events.get(Bell, timeout=10)
                    x.fill(500, 500, 20, 20, 0xABCDEF)
                    x.sync()
                    while client.video.pixels[509, 509] != 0xFFABCDEF:
                        await events.get(FramebufferUpdate, timeout=10)
                assert not client.closed
                assert client.video.pixels[15, 25] == 0xFF000000 | (0x00FF00 >> 2)
        finally:
            x.close()

    run(main())


def test_x11vnc_speaking_rfb_33_connects(x11vnc_33):
    async def main():
        async with connect("127.0.0.1", x11vnc_33.port) as client:
            rgba = await client.screenshot(timeout=20)
            assert client.version == (3, 3) and rgba.shape == (600, 800, 4)
        x = X11(x11vnc_33.display)
        x.fill(0, 0, 800, 600, 0x336699)
        x.sync()
        x.close()
        async with connect("127.0.0.1", x11vnc_33.port) as client:
            for _ in range(50):
                rgba = await client.screenshot(timeout=20)
                if (_rgb(rgba) == 0x336699).all():
                    break
                await asyncio.sleep(0.1)
            assert (_rgb(rgba) == 0x336699).all()

    run(main(), timeout=60)
