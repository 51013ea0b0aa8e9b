"""Rectangle decoders (Raw, CopyRect, Hextile, ZRLE, Tight with JPEG) writing into the framebuffer with numpy.

The framebuffer is a (height, width) uint32 array of 0xffRRGGBB pixels -- CLIENT_PIXEL_FORMAT with the
alpha byte forced. Every decoder checks lengths and indices against what it was told: malformed input
raises RFBError and never writes outside its rectangle."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np
import simplejpeg

from .protocol import OPAQUE, Encoding, Rect, RFBError, Wire
from .rle import rle_tokens

MAX_COMPRESSED = 64 << 20
MAX_CURSOR_SIDE = 1024
_HEXTILE_RAW, _HEXTILE_BG, _HEXTILE_FG, _HEXTILE_SUBRECTS, _HEXTILE_COLOURED = 1, 2, 4, 8, 16


@dataclass(frozen=True)
class Cursor:
    """A server-drawn cursor: BGRA image (alpha from the mask; premultiplication not needed: 0 or 255)."""

    hotspot_x: int
    hotspot_y: int
    image: np.ndarray  # (h, w, 4) uint8, B G R A in memory (QImage.Format_ARGB32)


def pixels_le32(data: bytes, count: int) -> np.ndarray:
    """``count`` 4-byte little-endian pixels made opaque."""
    return np.frombuffer(data, "<u4", count) | np.uint32(OPAQUE)


def paint_le32(target: np.ndarray, data: bytes) -> None:
    """Raw pixels straight into a framebuffer region, made opaque on the way (no temporary array)."""
    source = np.frombuffer(data, "<u4", target.size).reshape(target.shape)
    np.bitwise_or(source, np.uint32(OPAQUE), out=target)


def pixels_bgr24(data: bytes | memoryview | np.ndarray) -> np.ndarray:
    """ZRLE CPIXELs (the three low bytes of our little-endian pixel: B, G, R) as opaque uint32."""
    src = (data if isinstance(data, np.ndarray) else np.frombuffer(data, np.uint8)).reshape(-1, 3)
    out = np.empty((len(src), 4), np.uint8)
    out[:, :3] = src
    out[:, 3] = 255
    return out.view("<u4").reshape(-1)


def pixels_rgb24(data: bytes | memoryview | np.ndarray) -> np.ndarray:
    """Tight TPIXELs (always R, G, B bytes) as opaque uint32."""
    src = np.frombuffer(data, np.uint8).reshape(-1, 3)
    out = np.empty((len(src), 4), np.uint8)
    out[:, :3] = src[:, ::-1]
    out[:, 3] = 255
    return out.view("<u4").reshape(-1)


def _unpack_indices(packed: bytes | memoryview, bits: int, width: int, height: int) -> np.ndarray:
    """Palette indices packed MSB first, each row padded to a whole byte."""
    rows = np.frombuffer(packed, np.uint8).reshape(height, -1)
    if bits == 8:
        return rows[:, :width]
    bitplane = np.unpackbits(rows, axis=1).reshape(height, -1, bits)
    weights = (1 << np.arange(bits - 1, -1, -1)).astype(np.uint8)
    return (bitplane * weights).sum(axis=2, dtype=np.uint8)[:, :width]


class _Buffer:
    """Bounds-checked cursor over decompressed bytes."""

    __slots__ = ("data", "pos", "what")

    def __init__(self, data: bytes, what: str):
        self.data, self.pos, self.what = data, 0, what

    def take(self, n: int) -> memoryview:
        end = self.pos + n
        if end > len(self.data):
            raise RFBError(f"{self.what} data is truncated")
        view = memoryview(self.data)[self.pos:end]
        self.pos = end
        return view

    def u8(self) -> int:
        if self.pos >= len(self.data):
            raise RFBError(f"{self.what} data is truncated")
        self.pos += 1
        return self.data[self.pos - 1]


class Decoders:
    """Per-connection decoding state: the zlib streams of ZRLE and Tight live as long as the session."""

    def __init__(self) -> None:
        self._zrle = zlib.decompressobj()
        self._tight: list[zlib._Decompress | None] = [None] * 4

    async def decode(self, wire: Wire, fb: np.ndarray, rect: Rect, encoding: int) -> None:
        """Read one rectangle's payload and paint it into ``fb`` (already bounds-checked by the caller)."""
        if encoding == Encoding.RAW:
            await self._raw(wire, fb, rect)
        elif encoding == Encoding.COPY_RECT:
            await self._copy_rect(wire, fb, rect)
        elif encoding == Encoding.HEXTILE:
            await self._hextile(wire, fb, rect)
        elif encoding == Encoding.ZRLE:
            await self._zrle_rect(wire, fb, rect)
        elif encoding == Encoding.TIGHT:
            await self._tight_rect(wire, fb, rect)
        else:
            raise RFBError(f"the server used encoding {encoding}, which was not requested")

    @staticmethod
    async def _raw(wire: Wire, fb: np.ndarray, r: Rect) -> None:
        paint_le32(fb[r.y:r.y + r.height, r.x:r.x + r.width], await wire.read(r.width * r.height * 4))

    @staticmethod
    async def _copy_rect(wire: Wire, fb: np.ndarray, r: Rect) -> None:
        sx, sy = struct.unpack(">HH", await wire.read(4))
        if sx + r.width > fb.shape[1] or sy + r.height > fb.shape[0]:
            raise RFBError(f"CopyRect source {sx},{sy} {r.width}x{r.height} lies outside the framebuffer")
        fb[r.y:r.y + r.height, r.x:r.x + r.width] = fb[sy:sy + r.height, sx:sx + r.width].copy()

    @staticmethod
    async def _hextile(wire: Wire, fb: np.ndarray, r: Rect) -> None:
        bg: int | None = None
        fg: int | None = None
        for ty in range(r.y, r.y + r.height, 16):
            th = min(16, r.y + r.height - ty)
            for tx in range(r.x, r.x + r.width, 16):
                tw = min(16, r.x + r.width - tx)
                tile = fb[ty:ty + th, tx:tx + tw]
                sub = await wire.u8()
                if sub & _HEXTILE_RAW:
                    paint_le32(tile, await wire.read(tw * th * 4))
                    continue
                if sub & _HEXTILE_BG:
                    bg = int.from_bytes(await wire.read(4), "little") | OPAQUE
                if sub & _HEXTILE_FG:
                    fg = int.from_bytes(await wire.read(4), "little") | OPAQUE
                if bg is None:
                    raise RFBError("Hextile tile without a background colour")
                tile[:] = bg
                if not sub & _HEXTILE_SUBRECTS:
                    continue
                coloured = bool(sub & _HEXTILE_COLOURED)
                if not coloured and fg is None:
                    raise RFBError("Hextile subrectangles without a foreground colour")
                size = 6 if coloured else 2
                count = await wire.u8()
                data = await wire.read(count * size)
                colour = fg
                for off in range(0, count * size, size):
                    if coloured:
                        colour = int.from_bytes(data[off:off + 4], "little") | OPAQUE
                    xy, wh = data[off + size - 2], data[off + size - 1]
                    sx, sy, sw, sh = xy >> 4, xy & 15, (wh >> 4) + 1, (wh & 15) + 1
                    if sx + sw > tw or sy + sh > th:
                        raise RFBError("Hextile subrectangle outside its tile")
                    tile[sy:sy + sh, sx:sx + sw] = colour

    async def _zrle_rect(self, wire: Wire, fb: np.ndarray, r: Rect) -> None:
        length = await wire.u32()
        if length > MAX_COMPRESSED:
            raise RFBError(f"ZRLE rectangle of {length} bytes is too large")
        compressed = await wire.read(length)
        tiles = -(-r.width // 64) * -(-r.height // 64)
        limit = r.width * r.height * 4 + tiles * (1 + 127 * 3) + 1
        try:
            data = self._zrle.decompress(compressed, limit)
        except zlib.error as e:
            raise RFBError(f"corrupt ZRLE data ({e})") from None
        if self._zrle.unconsumed_tail:
            raise RFBError("ZRLE data is larger than its rectangle")
        buf = _Buffer(data, "ZRLE")
        for ty in range(r.y, r.y + r.height, 64):
            th = min(64, r.y + r.height - ty)
            for tx in range(r.x, r.x + r.width, 64):
                tw = min(64, r.x + r.width - tx)
                fb[ty:ty + th, tx:tx + tw] = _zrle_tile(buf, tw, th)
        if buf.pos != len(data):
            raise RFBError("ZRLE rectangle has trailing data")

    async def _tight_rect(self, wire: Wire, fb: np.ndarray, r: Rect) -> None:
        control = await wire.u8()
        for i in range(4):
            if control & (1 << i):
                self._tight[i] = None
        kind = control >> 4
        target = fb[r.y:r.y + r.height, r.x:r.x + r.width]
        if kind == 8:
            target[:] = pixels_rgb24(await wire.read(3))[0]
            return
        if kind == 9:
            target[:] = _jpeg(await self._tight_compact(wire), r)
            return
        if kind > 9:
            raise RFBError(f"Tight compression {kind} (PNG) was not requested")
        filter_id = await wire.u8() if kind & 4 else 0
        w, h = r.width, r.height
        palette = None
        if filter_id == 0 or filter_id == 2:
            size = w * h * 3
        elif filter_id == 1:
            colours = await wire.u8() + 1
            palette = pixels_rgb24(await wire.read(colours * 3))
            size = (w + 7) // 8 * h if colours == 2 else w * h
        else:
            raise RFBError(f"unknown Tight filter {filter_id}")
        data = await self._tight_data(wire, kind & 3, size)
        if not w or not h:
            return
        if palette is None:
            rgb = np.frombuffer(data, np.uint8).reshape(h, w, 3)
            if filter_id == 2:
                rgb = _ungradient(rgb)
            target[:] = pixels_rgb24(rgb.reshape(-1)).reshape(h, w)
        else:
            index = _unpack_indices(data, 1 if len(palette) == 2 else 8, w, h)
            if int(index.max()) >= len(palette):
                raise RFBError("Tight palette index out of range")
            target[:] = palette[index]

    @staticmethod
    async def _tight_compact(wire: Wire) -> bytes:
        """Data after Tight's compact length (1-3 bytes, 7 bits each, the last one 8)."""
        length = 0
        for shift in (0, 7, 14):
            b = await wire.u8()
            length |= (b & (0x7F if shift < 14 else 0xFF)) << shift
            if not b & 0x80 or shift == 14:
                break
        if length > MAX_COMPRESSED:
            raise RFBError(f"Tight rectangle of {length} bytes is too large")
        return await wire.read(length)

    async def _tight_data(self, wire: Wire, stream: int, size: int) -> bytes:
        if size < 12:
            return await wire.read(size)
        compressed = await self._tight_compact(wire)
        inflater = self._tight[stream]
        if inflater is None:
            inflater = self._tight[stream] = zlib.decompressobj()
        try:
            data = inflater.decompress(compressed, size)
        except zlib.error as e:
            raise RFBError(f"corrupt Tight data ({e})") from None
        if len(data) != size or inflater.unconsumed_tail:
            raise RFBError("Tight data does not match its rectangle")
        return data


def _jpeg(data: bytes, r: Rect) -> np.ndarray:
    """A Tight JPEG rectangle as opaque pixels. libjpeg-turbo (simplejpeg) writes B, G, R, 0xff: exactly the
    framebuffer's layout, so the decoded array is used as it is."""
    try:
        bgra = simplejpeg.decode_jpeg(data, colorspace="BGRA")
    except ValueError as e:
        raise RFBError(f"corrupt Tight JPEG data ({e})") from None
    if bgra.shape[:2] != (r.height, r.width):
        raise RFBError(f"a {bgra.shape[1]}x{bgra.shape[0]} JPEG in a {r.width}x{r.height} Tight rectangle")
    return bgra.view("<u4")[:, :, 0]


def _zrle_tile(buf: _Buffer, tw: int, th: int) -> np.ndarray | int:
    sub = buf.u8()
    count = tw * th
    if sub == 0:
        return pixels_bgr24(buf.take(count * 3)).reshape(th, tw)
    if sub == 1:
        return int(pixels_bgr24(buf.take(3))[0])
    if sub <= 16:
        palette = pixels_bgr24(buf.take(sub * 3))
        bits = 1 if sub == 2 else 2 if sub <= 4 else 4
        index = _unpack_indices(buf.take((tw * bits + 7) // 8 * th), bits, tw, th)
        if int(index.max()) >= sub:
            raise RFBError("ZRLE palette index out of range")
        return palette[index]
    if sub == 128:
        return _zrle_rle(buf, count, None).reshape(th, tw)
    if sub >= 130:
        return _zrle_rle(buf, count, pixels_bgr24(buf.take((sub - 128) * 3))).reshape(th, tw)
    raise RFBError(f"invalid ZRLE tile subencoding {sub}")


def _zrle_rle(buf: _Buffer, count: int, palette: np.ndarray | None) -> np.ndarray:
    """Plain RLE (palette None: 3-byte pixel + run) or palette RLE (index byte, run if bit 7 set)."""
    starts, lengths, buf.pos = rle_tokens(buf.data, buf.pos, count, palette is not None)
    data = np.frombuffer(buf.data, np.uint8)
    if palette is None:
        colours = pixels_bgr24(data[starts[:, None] + np.arange(3)])
    else:
        index = data[starts] & 0x7F
        if int(index.max()) >= len(palette):
            raise RFBError("ZRLE palette index out of range")
        colours = palette[index]
    return np.repeat(colours, lengths)


def _ungradient(delta: np.ndarray) -> np.ndarray:
    """Undo Tight's gradient filter: each value is predicted from left + above - above-left (clamped to
    0..255) and the wire carries the difference.

    A pixel depends on its left neighbour, so rows cannot be vectorised; anti-diagonals can (every pixel on
    one depends only on the two before it). The picture is skewed so each anti-diagonal is a contiguous row
    of ``q``: q[e, j] holds pixel (y, x) = (j - 1, e - j - 1), with a zero border for y = -1 and x = -1."""
    h, w, _ = delta.shape
    yy, xx = np.mgrid[0:h, 0:w]
    diag, row = yy + xx + 2, yy + 1
    d = np.zeros((h + w + 1, h + 1, 3), np.int16)
    d[diag, row] = delta
    q = np.zeros_like(d)
    for e in range(2, h + w + 1):
        j0, j1 = max(1, e - w), min(h, e - 1) + 1
        predicted = q[e - 1, j0:j1] + q[e - 1, j0 - 1:j1 - 1] - q[e - 2, j0 - 1:j1 - 1]
        np.clip(predicted, 0, 255, out=predicted)
        q[e, j0:j1] = (predicted + d[e, j0:j1]) & 0xFF
    return q[diag, row].astype(np.uint8)


async def read_cursor(wire: Wire, r: Rect) -> Cursor:
    """Cursor pseudo-encoding: pixels then a 1-bit mask (rows padded to bytes) that becomes the alpha."""
    if r.width > MAX_CURSOR_SIDE or r.height > MAX_CURSOR_SIDE:
        raise RFBError(f"cursor of {r.width}x{r.height} pixels is too large")
    count = r.width * r.height
    if not count:  # an empty cursor (no payload): the server wants it hidden
        return Cursor(r.x, r.y, np.zeros((r.height, r.width, 4), np.uint8))
    pixels = pixels_le32(await wire.read(count * 4), count).reshape(r.height, r.width)
    mask = np.frombuffer(await wire.read((r.width + 7) // 8 * r.height), np.uint8).reshape(r.height, -1)
    image = pixels.view(np.uint8).reshape(r.height, r.width, 4).copy()
    image[:, :, 3] = np.unpackbits(mask, axis=1)[:, :r.width] * 255
    return Cursor(r.x, r.y, image)
