"""Every decoder and sub-encoding, pixel for pixel, from pictures encoded by tests/console/encoders.py and sent
by a scripted server over a real socket (the real-server tests then cross-check encodings against each other)."""

from __future__ import annotations

import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xencenter.console.protocol import Encoding, RFBError
from xencenter.console.rfb import FramebufferUpdate, connect
from xencenter.console.rle import rle_tokens

from . import encoders
from .conftest import run
from .scripted import accept_none_38, rect_header, scripted_server, update

W, H = 200, 150
X, Y, RW, RH = 13, 7, 150, 70  # not multiples of any tile size


def _picture(kind: str, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if kind == "noise":
        return rng.integers(0, 1 << 24, (RH, RW), dtype=np.uint32)
    if kind == "few":  # 2..5 colours in blocks and speckles
        palette = rng.integers(0, 1 << 24, 5, dtype=np.uint32)
        img = palette[(np.arange(RW)[None, :] // 7 + np.arange(RH)[:, None] // 5) % 3]
        img[rng.random((RH, RW)) < 0.02] = palette[4]
        return img
    if kind == "two":
        palette = rng.integers(0, 1 << 24, 2, dtype=np.uint32)
        return palette[((np.arange(RW)[None, :] * 3 + np.arange(RH)[:, None]) % 11 < 4).astype(int)]
    if kind == "runs":  # long horizontal runs of many colours
        return np.repeat(rng.integers(0, 1 << 24, (RH, RW // 10), dtype=np.uint32), 10, axis=1)
    if kind == "blocks":  # large flat areas (runs far longer than 255) with speckles (runs of 1)
        palette = rng.integers(0, 1 << 24, 3, dtype=np.uint32)
        img = np.full((RH, RW), palette[0], np.uint32)
        img[20:60, 30:140] = palette[1]
        img[rng.random((RH, RW)) < 0.01] = palette[2]
        return img
    if kind == "smooth":
        yy, xx = np.mgrid[0:RH, 0:RW]
        return ((xx * 255 // RW) << 16 | (yy * 255 // RH) << 8 | ((xx + yy) % 256)).astype(np.uint32)
    raise ValueError(kind)


def _with_client(payloads: list[tuple[int, bytes]], use, encodings=None):
    """Serve the rectangles (all at X, Y, RW x RH) as one update each to a client; ``await use(client)``."""
    messages = b"".join(update(rect_header(X, Y, RW, RH, enc) + data) for enc, data in payloads)

    async def script(reader, writer):
        await accept_none_38(reader, writer, W, H)
        writer.write(messages)
        await reader.read()

    async def main():
        async with scripted_server(script) as (port, _done):
            options = {"encodings": encodings} if encodings else {}
            async with connect("127.0.0.1", port, **options) as client:
                return await use(client)

    return run(main())


def _decode(payloads: list[tuple[int, bytes]], encodings=None) -> np.ndarray:
    """The framebuffer after the rectangles were decoded."""

    async def use(client):
        async with client.subscribe() as events:
            for _ in payloads:
                await events.get(FramebufferUpdate, timeout=10)
        assert not client.closed, client.error
        return client.video.pixels.copy()

    return _with_client(payloads, use, encodings)


def _check(fb: np.ndarray, img: np.ndarray) -> None:
    assert np.array_equal(fb[Y:Y + RH, X:X + RW], img | 0xFF000000)
    _check_outside(fb)


def _check_outside(fb: np.ndarray) -> None:
    outside = fb.copy()
    outside[Y:Y + RH, X:X + RW] = 0xFF000000
    assert (outside == 0xFF000000).all(), "a decoder wrote outside its rectangle"


@pytest.mark.parametrize("kind", ["noise", "few", "two", "runs"])
def test_raw_and_hextile(kind):
    img = _picture(kind)
    _check(_decode([(Encoding.RAW, encoders.raw(img))]), img)
    _check(_decode([(Encoding.HEXTILE, encoders.hextile(img))]), img)


@pytest.mark.parametrize("mode", ["raw", "solid", "packed", "rle", "palette_rle"])
@pytest.mark.parametrize("kind", ["noise", "few", "two", "runs", "blocks"])
def test_zrle_sub_encodings_across_two_rectangles_of_one_zlib_stream(mode, kind):
    img1, img2 = _picture(kind, 1), _picture(kind, 2)
    if mode == "solid":
        img1, img2 = np.full_like(img1, 0x123456), np.full_like(img2, 0xABCDEF)
    compressor = zlib.compressobj()
    fb = _decode([(Encoding.ZRLE, encoders.zrle(img1, compressor, (mode,))),
                  (Encoding.ZRLE, encoders.zrle(img2, compressor, (mode,)))])
    _check(fb, img2)


@pytest.mark.parametrize("mode, kind", [("fill", None), ("copy", "noise"), ("copy", "smooth"), ("palette", "two"),
                                        ("palette", "few"), ("gradient", "smooth"), ("gradient", "noise")])
def test_tight(mode, kind):
    img = np.full((RH, RW), 0x00C0FFEE, np.uint32) if kind is None else _picture(kind)
    compressors = [zlib.compressobj() for _ in range(4)]
    # twice through the same zlib streams: the second rectangle depends on the first's dictionary
    second = img ^ 0x00010101
    fb = _decode([(Encoding.TIGHT, encoders.tight(img, mode, compressors)),
                  (Encoding.TIGHT, encoders.tight(second, mode, compressors))])
    _check(fb, second)


def test_tight_jpeg_decodes_close_to_the_picture_and_within_its_rectangle():
    img = _picture("smooth")
    fb = _decode([(Encoding.TIGHT, encoders.tight_jpeg(img))])
    got = fb[Y:Y + RH, X:X + RW].view(np.uint8).reshape(RH, RW, 4).astype(int)
    want = (img | 0xFF000000).view(np.uint8).reshape(RH, RW, 4).astype(int)
    assert (got[:, :, 3] == 255).all() and np.abs(got - want).mean() < 2.0  # lossy, but close
    _check_outside(fb)


@pytest.mark.parametrize("payload, match", [
    (b"\x90\x05hello", "corrupt Tight JPEG data"),
    (encoders.tight_jpeg(np.zeros((8, 8), np.uint32)), "JPEG in a 150x70 Tight rectangle"),
])
def test_bad_tight_jpeg_ends_the_session_with_a_reason(payload, match):
    error = _with_client([(Encoding.TIGHT, payload)], lambda client: client.wait_closed())
    assert isinstance(error, RFBError) and match in str(error)


def test_tight_small_rectangle_is_sent_uncompressed():
    img = np.array([[0x010203, 0x040506]], np.uint32)  # 6 bytes < 12: no zlib, no length
    messages = update(rect_header(0, 0, 2, 1, Encoding.TIGHT) + b"\x00" + encoders._rgb(img.reshape(-1)))

    async def script(reader, writer):
        await accept_none_38(reader, writer, 4, 4)
        writer.write(messages)
        await reader.read()

    async def main():
        async with scripted_server(script) as (port, _done):
            async with connect("127.0.0.1", port) as client:
                async with client.subscribe() as events:
                    await events.get(FramebufferUpdate, timeout=5)
                return client.video.pixels[0, :2].copy()

    assert list(run(main())) == [0xFF010203, 0xFF040506]


def test_copyrect_handles_overlapping_source_and_destination():
    img = _picture("noise")
    fb = _decode([(Encoding.RAW, encoders.raw(img)),
                  (Encoding.COPY_RECT, (X + 5).to_bytes(2, "big") + (Y + 3).to_bytes(2, "big"))])
    expected = np.full((H, W), 0xFF000000, np.uint32)
    expected[Y:Y + RH, X:X + RW] = img | 0xFF000000
    expected[Y:Y + RH, X:X + RW] = expected[Y + 3:Y + 3 + RH, X + 5:X + 5 + RW].copy()
    assert np.array_equal(fb, expected)


@given(st.lists(st.tuples(st.integers(0, 127), st.integers(1, 700)), min_size=1, max_size=60),
       st.booleans(), st.binary(max_size=8))
@settings(max_examples=300, deadline=None)
def test_rle_token_parser_matches_the_format(tokens, palette, trailing):
    """Bulk token parsing against a straightforward encoder, any mix of short and long runs."""
    data, starts = b"\x09", []  # one unrelated byte first: parsing starts mid-buffer
    for value, length in tokens:
        starts.append(len(data))
        if palette:
            data += bytes([value | 0x80]) + encoders._run_length(length) if length > 1 else bytes([value])
        else:
            data += bytes([value, 1, 2]) + encoders._run_length(length)
    end = len(data)
    found, lengths, stop = rle_tokens(data + trailing, 1, sum(n for _v, n in tokens), palette)
    assert list(found) == starts and list(lengths) == [n for _v, n in tokens] and stop == end
