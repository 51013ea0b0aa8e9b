"""The RFB client against a scripted server on a real socket: negotiation, security, message numbering and
framing, input messages, bounds checks, cancellation. Each test pins one asyncvnc 1.3.0 defect or a feature."""

from __future__ import annotations

import asyncio
import contextlib
import re
import struct

import numpy as np
import pytest

from xencenter.console.handshake import vnc_auth_response
from xencenter.console.protocol import AuthenticationError, Encoding, RFBError
from xencenter.console.rfb import (
    Bell,
    ClipboardText,
    FramebufferUpdate,
    LedState,
    Resized,
    connect,
    open_client,
)

from . import encoders
from .conftest import free_port, run
from .scripted import (
    accept_none_38,
    read_client_setup,
    rect_header,
    scripted_server,
    server_init,
    update,
)


def _security_exchange(answer: bytes, vnc_auth: bool = False):
    """The server side of security after the version, as each version frames it."""

    async def exchange(reader, writer):
        if answer == b"RFB 003.003\n":
            writer.write(struct.pack(">I", 2 if vnc_auth else 1))
        else:
            writer.write(b"\x01" + (b"\x02" if vnc_auth else b"\x01"))
            assert await reader.readexactly(1) == (b"\x02" if vnc_auth else b"\x01")
        if vnc_auth:
            writer.write(bytes(range(16)))
            await reader.readexactly(16)
        if vnc_auth or answer == b"RFB 003.008\n":
            writer.write(b"\0\0\0\0")

    return exchange


@pytest.mark.parametrize(
    "offered, expected",
    [(b"003.003", b"003.003"), (b"003.007", b"003.007"), (b"003.008", b"003.008"),
     (b"003.889", b"003.008"), (b"004.001", b"003.008"), (b"003.005", b"003.003")],
)
def test_version_negotiation_answers_the_servers_version_capped_at_38(offered, expected):
    answers = []

    async def script(reader, writer):
        writer.write(b"RFB " + offered + b"\n")
        answer = await reader.readexactly(12)
        answers.append(answer)
        await _security_exchange(answer)(reader, writer)
        await reader.readexactly(1)
        writer.write(server_init(32, 16))
        await read_client_setup(reader)

    async def main():
        async with scripted_server(script) as (port, done):
            async with connect("127.0.0.1", port) as client:
                await done
                assert client.version == tuple(int(p) for p in expected.split(b"."))
                assert (client.video.width, client.video.height, client.video.name) == (32, 16, "scripted")

    run(main())
    assert answers == [b"RFB " + expected + b"\n"]


def test_forced_33_toward_a_38_server_uses_33_framing():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n")
        assert await reader.readexactly(12) == b"RFB 003.003\n"
        writer.write(struct.pack(">I", 1))  # 3.3: the server decides, no SecurityResult for None
        assert await reader.readexactly(1) == b"\x01"
        writer.write(server_init())
        await read_client_setup(reader)

    async def main():
        async with scripted_server(script) as (port, done):
            async with connect("127.0.0.1", port, max_version=(3, 3)) as client:
                await done
                assert client.version == (3, 3)

    run(main())


@pytest.mark.parametrize("version", [b"003.003", b"003.007", b"003.008"])
def test_vnc_authentication_sends_the_des_response(version):
    challenge = bytes(range(100, 116))
    seen = []

    async def script(reader, writer):
        writer.write(b"RFB " + version + b"\n")
        answer = await reader.readexactly(12)
        if answer == b"RFB 003.003\n":
            writer.write(struct.pack(">I", 2))
        else:
            writer.write(b"\x02\x10\x02")  # offers Tight (unsupported) and VNC auth
            assert await reader.readexactly(1) == b"\x02"
        writer.write(challenge)
        seen.append(await reader.readexactly(16))
        writer.write(b"\0\0\0\0")
        await reader.readexactly(1)
        writer.write(server_init())
        await read_client_setup(reader)

    async def main():
        async with scripted_server(script) as (port, done):
            async with connect("127.0.0.1", port, "s3cret!") as client:
                await done
                assert not client.closed

    run(main())
    assert seen == [vnc_auth_response("s3cret!", challenge)]
    # the key is the password's bytes with each byte's bits mirrored, one DES block per half
    assert vnc_auth_response("s3cret!", challenge) != vnc_auth_response("s3cret?", challenge)
    assert vnc_auth_response("12345678", challenge) == vnc_auth_response("123456789", challenge)


def _eof_after(script):
    """Wrap a script: after it, wait for the client to close its socket (proves no leak)."""

    async def wrapped(reader, writer):
        await script(reader, writer)
        assert await asyncio.wait_for(reader.read(), 5) == b""

    return wrapped


def _expect_failure(script, error_type, match, **options):
    async def main():
        async with scripted_server(_eof_after(script)) as (port, done):
            with pytest.raises(error_type, match=match) as info:
                await open_client("127.0.0.1", port, **options)
            await asyncio.wait_for(done, 5)  # the server saw EOF: the client closed its socket
            return info.value

    return run(main())


def test_wrong_password_is_a_clear_authentication_error_and_closes_the_socket():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n\x01\x02")
        await reader.readexactly(13)
        writer.write(bytes(16))
        await reader.readexactly(16)
        reason = b"Authentication failure"
        writer.write(struct.pack(">II", 1, len(reason)) + reason)

    error = _expect_failure(script, AuthenticationError, "authentication failed: Authentication failure",
                            password="hunter2")
    assert "hunter2" not in str(error)


def test_missing_password_is_an_authentication_error():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n\x01\x02")
        await reader.readexactly(13)

    _expect_failure(script, AuthenticationError, "requires a VNC password")


def test_refused_connection_reports_the_servers_reason():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n\x00" + struct.pack(">I", 20) + b"too many connections")
        await reader.readexactly(12)

    _expect_failure(script, RFBError, "refused the connection: too many connections")


def test_garbage_greeting_closes_the_socket():
    async def script(reader, writer):
        writer.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    _expect_failure(script, RFBError, "not an RFB")


def test_server_hanging_up_mid_handshake_closes_the_socket():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n\x01\x01")
        await reader.readexactly(13)
        writer.write(b"\0\0\0\0")
        await reader.readexactly(1)
        writer.write(server_init()[:10])
        writer.write_eof()

    _expect_failure(script, RFBError, "closed the connection")


def test_unsupported_security_types_are_named():
    async def script(reader, writer):
        writer.write(b"RFB 003.008\n\x02\x10\x12")
        await reader.readexactly(12)

    _expect_failure(script, RFBError, r"no security type .*\(Tight, TLS\)")


def _session(server_messages: bytes, width: int = 64, height: int = 48, then=None):
    """A script: handshake, then the given server messages, then optionally ``then(reader, writer)``."""

    async def script(reader, writer):
        await accept_none_38(reader, writer, width, height)
        writer.write(server_messages)
        if then is not None:
            await then(reader, writer)
        else:
            await asyncio.sleep(30)

    return script


def test_bell_and_server_cut_text_are_numbered_as_rfc_6143_says():
    img = np.arange(8 * 4, dtype=np.uint32).reshape(4, 8) * 0x010203
    messages = (b"\x02"  # Bell
                + b"\x03\0\0\0" + struct.pack(">I", 6) + "héllo!".encode("latin-1")  # ServerCutText
                + b"\x01\0" + struct.pack(">HH", 0, 2) + bytes(12)  # SetColourMapEntries
                + b"\x02"
                + update(rect_header(3, 5, 8, 4, Encoding.RAW) + encoders.raw(img)))

    async def main():
        async with scripted_server(_session(messages)) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                async with client.subscribe() as events:
                    got = [await events.get(timeout=5) for _ in range(4)]
                assert got[0] == Bell() and got[1] == ClipboardText("héllo!") and got[2] == Bell()
                assert got[3].rects[0].x == 3 and got[3].encodings == {Encoding.RAW}
                assert client.clipboard.text == "héllo!"
                assert np.array_equal(client.video.pixels[5:9, 3:11], img | 0xFF000000)
                assert (client.video.pixels[:5] == 0xFF000000).all()

    run(main())


def test_client_cut_text_has_three_padding_bytes_and_a_u32_length():
    received = []

    async def then(reader, writer):
        received.append(await reader.readexactly(8 + 6))

    async def main():
        async with scripted_server(_session(b"", then=then)) as (port, done):
            async with connect("127.0.0.1", port) as client:
                client.clipboard.write("café\r\n!")
                await asyncio.wait_for(done, 5)

    run(main())
    assert received == [b"\x06\0\0\0" + struct.pack(">I", 6) + "café\n!".encode("latin-1")]


def test_key_pointer_and_qemu_extended_key_messages():
    received = []
    ack = update(rect_header(0, 0, 0, 0, Encoding.QEMU_EXTENDED_KEY_EVENT))

    async def then(reader, writer):
        received.append(await reader.readexactly(10))  # incremental request after the ack update
        received.append(await reader.readexactly(3 * 12))  # Ctrl+Alt+Delete pressed, with scan codes
        received.append(await reader.readexactly(3 * 12))  # ... and released in reverse
        received.append(await reader.readexactly(2 * 8))  # a key by keysym only: a plain KeyEvent
        received.append(await reader.readexactly(5 * 6))  # move, then scroll up, scroll left: press+release
        received.append(await reader.readexactly(4 * 12))  # "!" as Shift + 1 scancodes

    async def main():
        async with scripted_server(_session(ack, then=then)) as (port, done):
            async with connect("127.0.0.1", port) as client:
                async with client.subscribe() as events:
                    await events.get(FramebufferUpdate, timeout=5)
                assert client.keyboard.extended
                client.keyboard.press("Ctrl", "Alt", "Delete")
                client.keyboard.key(0x20AC, True)
                client.keyboard.key(0x20AC, False)
                client.mouse.move(70000, -3)
                client.mouse.scroll(dy=1, dx=-1)
                client.keyboard.write("!")
                await asyncio.wait_for(done, 5)

    run(main())
    assert received[0][:2] == b"\x03\x01"
    downs = [struct.unpack(">BBHII", received[1][i:i + 12]) for i in range(0, 36, 12)]
    ups = [struct.unpack(">BBHII", received[2][i:i + 12]) for i in range(0, 36, 12)]
    assert downs == [(255, 0, 1, 0xFFE3, 0x1D), (255, 0, 1, 0xFFE9, 0x38), (255, 0, 1, 0xFFFF, 0xD3)]
    assert ups == [(255, 0, 0, 0xFFFF, 0xD3), (255, 0, 0, 0xFFE9, 0x38), (255, 0, 0, 0xFFE3, 0x1D)]
    assert received[3] == struct.pack(">BBxxIBBxxI", 4, 1, 0x20AC, 4, 0, 0x20AC)
    pointer = [struct.unpack(">BBHH", received[4][i:i + 6]) for i in range(0, 30, 6)]
    assert pointer == [(5, 0, 65535, 0), (5, 8, 65535, 0), (5, 0, 65535, 0), (5, 32, 65535, 0), (5, 0, 65535, 0)]
    qemu = [struct.unpack(">BBHII", received[5][i:i + 12]) for i in range(0, 48, 12)]
    assert qemu == [(255, 0, 1, 0xFFE1, 0x2A), (255, 0, 1, 0x21, 0x02), (255, 0, 0, 0x21, 0x02),
                    (255, 0, 0, 0xFFE1, 0x2A)]


def _expect_session_error(messages: bytes, match: str, disconnect_session: bool = False, **options) -> None:
    """The client ends the session with an RFBError matching ``match`` and closes its socket (the server's
    read returns EOF)."""

    async def then(reader, writer):
        if disconnect_session:
            writer.write_eof()
        assert await reader.read() is not None

    async def main():
        async with scripted_server(_session(messages, then=then)) as (port, _done):
            client = await open_client("127.0.0.1", port, **options)
            error = await asyncio.wait_for(client.wait_closed(), 5)
            assert isinstance(error, RFBError), repr(error)
            assert re.search(match, str(error)), str(error)
            assert client.writer.is_closing()
            # input after the disconnect is dropped, not an exception
            client.keyboard.press("a")
            client.mouse.click()
            await client.close()

    run(main())


def test_rectangle_outside_the_framebuffer_ends_the_session_with_a_reason():
    _expect_session_error(update(rect_header(60, 0, 10, 1, Encoding.RAW) + bytes(40)),
                          r"rectangle 10x1\+60\+0 lies outside the 64x48 framebuffer")


def test_copyrect_source_outside_the_framebuffer():
    _expect_session_error(update(rect_header(0, 0, 8, 8, Encoding.COPY_RECT) + struct.pack(">HH", 60, 0)),
                          "CopyRect source")


def test_unrequested_encoding_ends_the_session():
    _expect_session_error(update(rect_header(0, 0, 1, 1, 6) + bytes(8)), "encoding 6, which was not requested",
                          encodings=(Encoding.RAW,))


def test_unknown_server_message_ends_the_session():
    _expect_session_error(b"\x07", "unknown server message type 7")


def test_truncated_update_ends_the_session():
    _expect_session_error(update(rect_header(0, 0, 8, 8, Encoding.RAW) + bytes(100)), "middle of a message",
                          disconnect_session=True)


def test_oversized_desktop_size_is_refused():
    _expect_session_error(update(rect_header(0, 0, 60000, 60000, Encoding.DESKTOP_SIZE)), "too large",
                          max_pixels=1 << 20)


def test_pseudo_encodings_resize_cursor_leds_and_last_rect():
    shape = np.full((4, 3), 0x00FF0000, np.uint32)
    mask = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 1], [0, 0, 0]])
    img = np.full((2, 2), 0x123456, np.uint32)
    messages = (
        struct.pack(">BxH", 0, 0xFFFF)  # count unknown: LastRect ends it
        + rect_header(1, 2, 3, 4, Encoding.CURSOR) + encoders.cursor(shape, mask)
        + rect_header(0, 0, 0, 0, Encoding.QEMU_LED_STATE) + b"\x05"
        + rect_header(0, 0, 80, 60, Encoding.DESKTOP_SIZE)
        + rect_header(78, 58, 2, 2, Encoding.RAW) + encoders.raw(img)
        + rect_header(0, 0, 0, 0, Encoding.LAST_RECT)
        # a failed ExtendedDesktopSize request (status 3) must not resize
        + update(rect_header(1, 3, 10, 10, Encoding.EXTENDED_DESKTOP_SIZE) + b"\x01\0\0\0" + bytes(16))
        + update(rect_header(0, 0, 100, 50, Encoding.EXTENDED_DESKTOP_SIZE) + b"\x01\0\0\0" + bytes(16))
        + b"\x02"
    )

    async def main():
        async with scripted_server(_session(messages)) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                async with client.subscribe() as events:
                    got = []
                    while not got or got[-1] != Bell():
                        got.append(await events.get(timeout=5))
                kinds = [type(e).__name__ for e in got]
                assert kinds == ["CursorChanged", "LedState", "Resized", "FramebufferUpdate", "FramebufferUpdate",
                                 "Resized", "FramebufferUpdate", "Bell"]
                cursor = got[0].cursor
                assert (cursor.hotspot_x, cursor.hotspot_y) == (1, 2)
                assert np.array_equal(cursor.image[:, :, 3] > 0, mask.astype(bool))
                assert tuple(cursor.image[0, 0]) == (0, 0, 255, 255)  # B, G, R, A: red
                assert got[1] == LedState(scroll_lock=True, num_lock=False, caps_lock=True)
                assert got[2] == Resized(80, 60)
                assert got[3].rects[0].width == 80  # a resize damages everything
                assert got[5] == Resized(100, 50) and client.video.pixels.shape == (50, 100)
                assert client.extended_desktop_size

    run(main())


def test_cancelling_a_waiter_mid_update_does_not_desynchronise_the_stream():
    img = np.random.default_rng(1).integers(0, 1 << 24, (16, 16), dtype=np.uint32)
    full = update(rect_header(0, 0, 16, 16, Encoding.RAW) + encoders.raw(img))
    half = len(full) // 2
    proceed = asyncio.Event()

    async def then(reader, writer):
        writer.write(full[:half])
        await writer.drain()
        await proceed.wait()
        writer.write(full[half:] + b"\x02")
        await asyncio.sleep(30)

    async def main():
        async with scripted_server(_session(b"", 16, 16, then)) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                waiter = asyncio.ensure_future(client.screenshot())
                await asyncio.sleep(0.2)  # the reader task is now inside the rectangle
                waiter.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await waiter
                async with client.subscribe() as events:
                    proceed.set()
                    update_event = await events.get(FramebufferUpdate, timeout=5)
                    await events.get(Bell, timeout=5)
                assert update_event.rects[0].width == 16 and not client.closed
                assert np.array_equal(client.video.pixels, img | 0xFF000000)

    run(main())


def test_screenshot_returns_the_whole_screen_after_a_full_update():
    img = np.random.default_rng(2).integers(0, 1 << 24, (48, 64), dtype=np.uint32)

    async def then(reader, writer):
        with contextlib.suppress(asyncio.IncompleteReadError):  # until the client hangs up
            while True:
                request = await reader.readexactly(10)
                if request[1] == 0:  # non-incremental: send everything, in two rectangles
                    writer.write(update(rect_header(0, 0, 64, 20, Encoding.RAW) + encoders.raw(img[:20])))
                    writer.write(update(rect_header(0, 20, 64, 28, Encoding.RAW) + encoders.raw(img[20:])))

    async def main():
        async with scripted_server(_session(b"", then=then)) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                rgba = await client.screenshot(timeout=5)
        expected = np.stack([img >> 16 & 255, img >> 8 & 255, img & 255, np.full_like(img, 255)], -1)
        assert np.array_equal(rgba, expected.astype(np.uint8))

    run(main())


def test_qemu_audio_message_is_skipped():
    messages = b"\xff\x01\x00\x01" + b"\xff\x01\x00\x02" + struct.pack(">I", 5) + b"audio" + b"\x02"

    async def main():
        async with scripted_server(_session(messages)) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                async with client.subscribe() as events:
                    assert await events.get(timeout=5) == Bell()

    run(main())


def test_connection_refused_is_an_rfb_error():
    with pytest.raises(RFBError, match=r"^cannot reach 127.0.0.1:\d+: Connection refused$"):
        run(open_client("127.0.0.1", free_port(), timeout=5))
