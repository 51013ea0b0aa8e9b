"""The RFB client against QEMU's VNC server -- what an HVM guest's console is."""

from __future__ import annotations

import numpy as np

from xencenter.console.protocol import Encoding
from xencenter.console.rfb import Resized, connect

from .bootsector import F1_SCANCODE, PATTERN
from .conftest import run

PSEUDO = (Encoding.DESKTOP_SIZE, Encoding.QEMU_EXTENDED_KEY_EVENT, Encoding.QEMU_LED_STATE, Encoding.LAST_RECT)


def _bright_fraction(rgba: np.ndarray) -> float:
    return float((rgba[:, :, :3].max(axis=2) > 128).mean())


def test_first_frame_of_seabios_shows_text(qemu):
    vm = qemu()

    async def main():
        async with connect("127.0.0.1", vm.port) as client:
            async with client.subscribe() as events:
                # the VGA BIOS starts in 640x480; SeaBIOS then prints its banner in text mode (720x400),
                # light glyphs on black in the top rows
                while (client.video.width, client.video.height) != (720, 400) or \
                        _bright_fraction(client.video.data[:20]) < 0.001:
                    await events.get(timeout=20)
            rgba = await client.screenshot(timeout=20)
            assert client.video.name == "QEMU" and rgba.shape == (400, 720, 4)
            assert 0.001 < _bright_fraction(rgba[:20]) < 0.5
            assert (rgba[:, :, 3] == 255).all()
            assert client.keyboard.extended and client.leds is not None

    run(main())


def _wait_booted(vm):
    vm.wait_serial(lambda data: data.startswith(b"R"))


def _keys(serial: bytes) -> list[tuple[int, str]]:
    """(scan code, character) pairs the boot sector reported after its 'R'."""
    body = serial[1:]
    return [(body[i], chr(body[i + 1])) for i in range(0, len(body) - 1, 2)]


def test_keysyms_and_extended_key_events_reach_the_guest(qemu):
    vm = qemu(boot_disk=True)
    _wait_booted(vm)

    async def main():
        async with connect("127.0.0.1", vm.port) as client:
            await client.screenshot(timeout=20)
            assert client.keyboard.extended
            client.keyboard.extended = False  # plain RFB KeyEvents first: QEMU maps the keysym itself
            client.keyboard.press("a")
            await client.drain()
            vm.wait_serial(lambda data: len(data) >= 3)
            client.keyboard.extended = True  # scan codes: shifted punctuation must arrive intact
            client.keyboard.write("Hi, there! #1 {ok}")
            await client.drain()
            return vm.wait_serial(lambda data: len(data) >= 3 + 2 * 18)

    keys = _keys(run(main(), timeout=60))
    assert keys[0] == (0x1E, "a")
    assert "".join(ch for _code, ch in keys[1:]) == "Hi, there! #1 {ok}"
    assert keys[1] == (0x23, "H") and keys[3] == (0x33, ",") and keys[10] == (0x02, "!")


def test_guest_mode_switch_resizes_the_framebuffer(qemu):
    vm = qemu(boot_disk=True)
    _wait_booted(vm)

    async def main():
        async with connect("127.0.0.1", vm.port) as client:
            before = await client.screenshot(timeout=20)
            assert before.shape == (400, 720, 4)
            async with client.subscribe() as events:
                client.keyboard.press("F1")  # the boot sector switches to VGA mode 13h
                resized = await events.get(Resized, timeout=20)
            assert (resized.width, resized.height) == (640, 400)  # 320x200, pixels doubled by QEMU
            client.keyboard.write("OK")  # echoed with the BIOS font in graphics mode
            await client.drain()
            vm.wait_serial(lambda data: len(data) >= 1 + 2 * 3)
            after = await client.screenshot(timeout=20)
            assert after.shape == (400, 640, 4) and _bright_fraction(after) > 0
            assert _keys(vm.serial_bytes())[0][0] == F1_SCANCODE

    run(main(), timeout=60)


def test_every_encoding_decodes_a_1024x768_picture_the_same(qemu):
    """Stripes, gradient and noise in VESA 1024x768: every tile type of every encoding, compared to Raw."""
    vm = qemu(boot_disk=True, program=PATTERN)
    assert vm.wait_serial(lambda data: data.endswith(b"D"))[:2] == b"\x4f\x00"

    async def main():
        pictures = {}
        for encoding in (Encoding.RAW, Encoding.ZRLE, Encoding.HEXTILE, Encoding.TIGHT):
            async with connect("127.0.0.1", vm.port, encodings=(encoding, *PSEUDO)) as client:
                pictures[encoding] = await client.screenshot(timeout=30)
                assert client.last_encoding == encoding
        return pictures

    pictures = run(main(), timeout=120)
    raw = pictures.pop(Encoding.RAW)
    assert raw.shape == (768, 1024, 4) and len(np.unique(raw[600:].reshape(-1, 4), axis=0)) > 1000
    for encoding, picture in pictures.items():
        picture[0, 0] = raw[0, 0]  # the guest's tick counter
        assert np.array_equal(picture, raw), encoding.name
