"""RFB (RFC 6143) wire vocabulary: message and encoding numbers, the pixel format we ask for, and a reader
that turns every short read or reset into an :class:`RFBError` instead of a stray exception."""

from __future__ import annotations

import asyncio
import ssl
import struct
from dataclasses import dataclass
from enum import IntEnum


class RFBError(Exception):
    """The session cannot continue: protocol violation, truncated stream, refused connection.

    The message is meant for the user (status line); it never contains a password. ``retry`` says whether
    connecting again may help (a dropped connection) or not (a wrong password, an untrusted certificate)."""

    retry = True


class AuthenticationError(RFBError):
    """The server rejected our credentials (or needs some we lack); reconnecting will not help."""

    retry = False


def os_error_text(error: BaseException) -> str:
    """A socket or TLS error in words: OpenSSL's reason ("wrong version number") without its file and line."""
    if isinstance(error, ssl.SSLError) and error.reason:
        return "TLS error: " + error.reason.replace("_", " ").lower()
    if isinstance(error, TimeoutError):
        return "no answer in time"
    return getattr(error, "strerror", None) or str(error) or type(error).__name__


class ServerMessage(IntEnum):
    FRAMEBUFFER_UPDATE = 0
    SET_COLOUR_MAP_ENTRIES = 1
    BELL = 2
    SERVER_CUT_TEXT = 3
    END_OF_CONTINUOUS_UPDATES = 150
    SERVER_FENCE = 248
    QEMU = 255


class ClientMessage(IntEnum):
    SET_PIXEL_FORMAT = 0
    SET_ENCODINGS = 2
    FRAMEBUFFER_UPDATE_REQUEST = 3
    KEY_EVENT = 4
    POINTER_EVENT = 5
    CLIENT_CUT_TEXT = 6
    QEMU = 255


class Encoding(IntEnum):
    RAW = 0
    COPY_RECT = 1
    HEXTILE = 5
    TIGHT = 7
    ZRLE = 16
    # pseudo-encodings
    CURSOR = -239
    DESKTOP_SIZE = -223
    LAST_RECT = -224
    EXTENDED_DESKTOP_SIZE = -308
    QEMU_EXTENDED_KEY_EVENT = -258
    QEMU_LED_STATE = -261
    EXTENDED_CLIPBOARD = -0x3F5E1A32  # 0xC0A1E5CE as a signed 32-bit number
    # Tight's preferences: JPEG quality 0-9 (without one, no JPEG) and zlib effort 0-9
    JPEG_QUALITY_0 = -32
    COMPRESS_LEVEL_0 = -256


def _level(base: int, level: int, what: str) -> int:
    if not 0 <= level <= 9:
        raise ValueError(f"a {what} is 0 to 9")
    return base + level


def jpeg_quality(level: int) -> int:
    """The pseudo-encoding asking Tight for JPEG at ``level`` 0-9 (-32..-23)."""
    return _level(Encoding.JPEG_QUALITY_0, level, "JPEG quality level")


def compress_level(level: int) -> int:
    """The pseudo-encoding asking for zlib effort ``level`` 0-9 (-256..-247)."""
    return _level(Encoding.COMPRESS_LEVEL_0, level, "compression level")


#: Real encodings in our order of preference, then the pseudo-encodings we understand. Tight and ZRLE cost
#: the same bytes; Tight costs this client the least CPU (bench/README.md, "Console"). Lossless: Tight's JPEG
#: is asked for only with a quality level (:func:`preferred_encodings`), which is not the default because it
#: did not win on QEMU's screen (bench/README.md, "Tight with JPEG").
DEFAULT_ENCODINGS: tuple[Encoding, ...] = (
    Encoding.TIGHT,
    Encoding.ZRLE,
    Encoding.HEXTILE,
    Encoding.COPY_RECT,
    Encoding.RAW,
    Encoding.DESKTOP_SIZE,
    Encoding.EXTENDED_DESKTOP_SIZE,
    Encoding.CURSOR,
    Encoding.LAST_RECT,
    Encoding.QEMU_EXTENDED_KEY_EVENT,
    Encoding.QEMU_LED_STATE,
    Encoding.EXTENDED_CLIPBOARD,
)

def preferred_encodings(jpeg_quality_level: int | None = None,
                        compression_level: int | None = None) -> tuple[int, ...]:
    """DEFAULT_ENCODINGS plus the user's Tight preferences (None: not asked, the server decides)."""
    extra = []
    if jpeg_quality_level is not None:
        extra.append(jpeg_quality(jpeg_quality_level))
    if compression_level is not None:
        extra.append(compress_level(compression_level))
    return (*DEFAULT_ENCODINGS, *extra)


QEMU_EXTENDED_KEY_EVENT_SUBTYPE = 0
QEMU_AUDIO_SUBTYPE = 1


@dataclass(frozen=True)
class PixelFormat:
    bits_per_pixel: int
    depth: int
    big_endian: bool
    true_colour: bool
    red_max: int
    green_max: int
    blue_max: int
    red_shift: int
    green_shift: int
    blue_shift: int

    _STRUCT = struct.Struct(">BBBBHHHBBBxxx")

    def pack(self) -> bytes:
        return self._STRUCT.pack(
            self.bits_per_pixel, self.depth, self.big_endian, self.true_colour,
            self.red_max, self.green_max, self.blue_max,
            self.red_shift, self.green_shift, self.blue_shift)

    @classmethod
    def unpack(cls, data: bytes) -> PixelFormat:
        bpp, depth, be, tc, rmax, gmax, bmax, rs, gs, bs = cls._STRUCT.unpack(data)
        return cls(bpp, depth, bool(be), bool(tc), rmax, gmax, bmax, rs, gs, bs)


#: 0x00RRGGBB in a little-endian 32-bit word: bytes B, G, R, X in memory, which is exactly
#: QImage.Format_RGB32 on little-endian machines, so the widget wraps the framebuffer without conversion.
CLIENT_PIXEL_FORMAT = PixelFormat(32, 24, False, True, 255, 255, 255, 16, 8, 0)

#: Alpha byte forced on every pixel we store (Format_RGB32 expects 0xffRRGGBB).
OPAQUE = 0xFF000000


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


def pack_set_pixel_format(pf: PixelFormat) -> bytes:
    return struct.pack(">Bxxx", ClientMessage.SET_PIXEL_FORMAT) + pf.pack()


def pack_set_encodings(encodings: tuple[int, ...] | list[int]) -> bytes:
    return struct.pack(f">BxH{len(encodings)}i", ClientMessage.SET_ENCODINGS, len(encodings), *encodings)


def pack_update_request(incremental: bool, x: int, y: int, width: int, height: int) -> bytes:
    return struct.pack(">BBHHHH", ClientMessage.FRAMEBUFFER_UPDATE_REQUEST, incremental, x, y, width, height)


def pack_key_event(down: bool, keysym: int) -> bytes:
    return struct.pack(">BBxxI", ClientMessage.KEY_EVENT, down, keysym)


def pack_qemu_key_event(down: bool, keysym: int, keycode: int) -> bytes:
    return struct.pack(">BBHII", ClientMessage.QEMU, QEMU_EXTENDED_KEY_EVENT_SUBTYPE, down, keysym, keycode)


def pack_pointer_event(buttons: int, x: int, y: int) -> bytes:
    return struct.pack(">BBHH", ClientMessage.POINTER_EVENT, buttons, x, y)


class Wire:
    """Exact-length reads from the server; the only code that touches the StreamReader.

    Reads are served from a local buffer filled in 64 KiB chunks, so decoders that parse many small fields
    (Hextile) do not pay for a StreamReader round trip per field. Short reads and socket errors become
    RFBError, so callers never see IncompleteReadError."""

    CHUNK = 1 << 16

    def __init__(self, reader: asyncio.StreamReader):
        self._reader = reader
        self._buffer = b""
        self._pos = 0
        self.bytes_read = 0

    async def read(self, n: int) -> bytes:
        end = self._pos + n
        if end <= len(self._buffer):
            data = self._buffer[self._pos:end]
            self._pos = end
        else:
            data = await self._refill(n)
        self.bytes_read += n
        return data

    async def _refill(self, n: int) -> bytes:
        data = self._buffer[self._pos:]
        self._buffer, self._pos = b"", 0
        try:
            if n - len(data) > self.CHUNK:  # a big payload: read it in one go, no double buffering
                return data + await self._reader.readexactly(n - len(data))
            chunks = [data]
            have = len(data)
            while have < n:
                chunk = await self._reader.read(self.CHUNK)
                if not chunk:
                    raise asyncio.IncompleteReadError(b"".join(chunks), n)
                chunks.append(chunk)
                have += len(chunk)
        except asyncio.IncompleteReadError as e:
            if e.partial:
                raise RFBError("the server closed the connection in the middle of a message") from None
            if self.bytes_read == 0:
                raise RFBError("the server closed the connection before speaking RFB") from None
            raise RFBError("the server closed the connection") from None
        except (ConnectionError, OSError) as e:
            raise RFBError(f"connection lost: {os_error_text(e)}") from None
        joined = b"".join(chunks)
        self._buffer, self._pos = joined, n
        return joined[:n]

    @property
    def buffered(self) -> int:
        """Bytes read from the socket but not yet taken (must be none when TLS starts on the stream)."""
        return len(self._buffer) - self._pos

    async def u8(self) -> int:
        return (await self.read(1))[0]

    async def u16(self) -> int:
        return int.from_bytes(await self.read(2), "big")

    async def u32(self) -> int:
        return int.from_bytes(await self.read(4), "big")

    async def s32(self) -> int:
        return int.from_bytes(await self.read(4), "big", signed=True)

    async def skip(self, n: int) -> None:
        while n > 0:
            chunk = min(n, 1 << 20)
            await self.read(chunk)
            n -= chunk

    async def text(self, limit: int, what: str, encoding: str = "utf-8") -> str:
        """A u32-length-prefixed string, refusing absurd lengths before reading them."""
        length = await self.u32()
        if length > limit:
            raise RFBError(f"{what} of {length} bytes is larger than the {limit} byte limit")
        return (await self.read(length)).decode(encoding, errors="replace")
