"""Fuzzing the server-message and rectangle decoders: random bytes, valid updates truncated at any point, and
valid updates with bytes flipped. Whatever the input, the session must end with an RFBError (the client's own
disconnect error) -- never another exception, a hang, or a write outside the framebuffer."""

from __future__ import annotations

import asyncio
import os
import struct
import zlib

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xencenter.console.handshake import ServerInit
from xencenter.console.protocol import Encoding, RFBError
from xencenter.console.rfb import Client
from xencenter.console.security import Security

from . import encoders
from .scripted import SERVER_PF, rect_header, update

W, H = 48, 32
# RFB_FUZZ_EXAMPLES=5000 for a long local run
FUZZ = settings(max_examples=int(os.environ.get("RFB_FUZZ_EXAMPLES", "100")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


class SinkWriter:
    """Collects what the client sends (the fuzz only concerns what it reads)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.closing = False

    def write(self, data: bytes) -> None:
        assert not self.closing, "the client wrote after closing"
        self.data += data

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    async def wait_closed(self) -> None:
        pass

    async def drain(self) -> None:
        pass


def feed(stream: bytes) -> BaseException | None:
    """Run a session over ``stream`` (then EOF) and return how it ended."""

    async def main():
        reader = asyncio.StreamReader()
        reader.feed_data(stream)
        reader.feed_eof()
        writer = SinkWriter()
        init = ServerInit((3, 8), W, H, SERVER_PF, "fuzz", Security("None", False, False))
        client = Client(reader, writer, init, max_pixels=W * H * 16)  # type: ignore[arg-type]
        client.start()
        async with asyncio.timeout(20):
            error = await client.wait_closed()
        assert writer.closing
        fb = client.video.pixels
        assert fb.dtype == np.uint32 and fb.shape == (client.video.height, client.video.width)
        assert ((fb >> 24) == 0xFF).all(), "a pixel lost its alpha: something wrote outside the decoders' path"
        return error

    return asyncio.run(main())


def assert_clean_end(stream: bytes) -> None:
    error = feed(stream)
    assert isinstance(error, RFBError), f"{type(error).__name__}: {error}"


ENCODINGS = [Encoding.RAW, Encoding.COPY_RECT, Encoding.HEXTILE, Encoding.ZRLE, Encoding.TIGHT, Encoding.CURSOR,
             Encoding.DESKTOP_SIZE, Encoding.EXTENDED_DESKTOP_SIZE, Encoding.LAST_RECT,
             Encoding.QEMU_EXTENDED_KEY_EVENT, Encoding.QEMU_LED_STATE, 6, -1000]


@st.composite
def valid_rects(draw) -> bytes:
    """One rectangle (header + payload) in a random encoding, well-formed."""
    w, h = draw(st.integers(1, 40)), draw(st.integers(1, 30))
    x, y = draw(st.integers(0, W - min(w, W))), draw(st.integers(0, H - min(h, H)))
    w, h = min(w, W - x), min(h, H - y)
    colours = draw(st.lists(st.integers(0, 0xFFFFFF), min_size=1, max_size=6))
    index = np.array(draw(st.lists(st.integers(0, len(colours) - 1), min_size=w * h, max_size=w * h)))
    img = np.array(colours, np.uint32)[index].reshape(h, w)
    kind = draw(st.sampled_from(["raw", "hextile", "zrle", "tight", "copy", "cursor", "size"]))
    if kind == "raw":
        return rect_header(x, y, w, h, Encoding.RAW) + encoders.raw(img)
    if kind == "hextile":
        return rect_header(x, y, w, h, Encoding.HEXTILE) + encoders.hextile(img)
    if kind == "zrle":
        mode = draw(st.sampled_from(["raw", "rle", "palette_rle", "packed"]))
        return rect_header(x, y, w, h, Encoding.ZRLE) + encoders.zrle(img, zlib.compressobj(), (mode, "raw"))
    if kind == "tight":
        mode = draw(st.sampled_from(["fill", "copy", "gradient"] + (["palette"] if len(set(index)) > 1 else [])))
        compressors = [zlib.compressobj() for _ in range(4)]
        return rect_header(x, y, w, h, Encoding.TIGHT) + encoders.tight(img, mode, compressors)
    if kind == "copy":
        return rect_header(x, y, w, h, Encoding.COPY_RECT) + struct.pack(">HH", 0, 0)
    if kind == "cursor":
        return rect_header(0, 0, w, h, Encoding.CURSOR) + encoders.cursor(img, index.reshape(h, w) % 2)
    return rect_header(0, 0, draw(st.integers(1, 80)), draw(st.integers(1, 60)), Encoding.DESKTOP_SIZE)


@given(st.binary(max_size=2000))
@FUZZ
def test_random_bytes(data):
    assert_clean_end(data)


@given(st.lists(st.tuples(st.sampled_from(ENCODINGS), st.integers(0, 70), st.integers(0, 70),
                          st.integers(0, 70), st.integers(0, 70), st.binary(max_size=300)), max_size=4),
       st.sampled_from([0, 1, 2, 3, 150, 248, 255]))
@FUZZ
def test_rectangles_with_random_payloads(rects, then):
    body = b"".join(rect_header(x, y, w, h, enc) + payload for enc, x, y, w, h, payload in rects)
    assert_clean_end(struct.pack(">BxH", 0, len(rects)) + body + bytes([then]))


@given(st.lists(valid_rects(), min_size=1, max_size=4), st.data())
@FUZZ
def test_valid_updates_truncated_anywhere(rects, data):
    stream = update(*rects)
    assert_clean_end(stream)  # complete: ends only because of EOF
    cut = data.draw(st.integers(0, len(stream) - 1))
    assert_clean_end(stream[:cut])


@given(st.lists(valid_rects(), min_size=1, max_size=3), st.data())
@FUZZ
def test_valid_updates_with_flipped_bytes(rects, data):
    stream = bytearray(update(*rects))
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(stream) - 1))
        stream[pos] ^= data.draw(st.integers(1, 255))
    assert_clean_end(bytes(stream))


@given(st.binary(max_size=64), st.integers(0, 0xFFFFFFFF))
@FUZZ
def test_server_cut_text_and_other_messages(data, length):
    stream = (b"\x03\0\0\0" + struct.pack(">I", length) + data + b"\x01\0" + data[:4] + b"\xf8\0\0\0" + data[:6]
              + b"\xff\x01" + data[:6])
    assert_clean_end(stream)
