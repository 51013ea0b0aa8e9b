"""The asyncio RFB client, shaped like asyncvnc 1.3.0 (Client with keyboard, mouse, clipboard and video,
and an ``opener(host, port) -> (reader, writer)`` hook) with its protocol bugs fixed.

One reader task owns the stream: it decodes every server message into ``client.video`` and publishes
events. Callers never read the socket, so cancelling them cannot leave the stream half-read; they wait on
event subscriptions instead (:meth:`Client.subscribe`, :meth:`Client.screenshot`)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import struct
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from xencenter.xenapi.tls import certificate_info

from .clipboard import Clipboard
from .decoders import Cursor, Decoders, read_cursor
from .devices import Keyboard, Mouse, Video, _Sender
from .handshake import ServerInit, handshake
from .protocol import (
    CLIENT_PIXEL_FORMAT,
    DEFAULT_ENCODINGS,
    AuthenticationError,
    Encoding,
    Rect,
    RFBError,
    ServerMessage,
    Wire,
    pack_set_encodings,
    pack_set_pixel_format,
)
from .security import CertificateUnknown, Trust, address_text
from .vencrypt import CertificateNotVerified, CertificateProbed

__all__ = [
    "AuthenticationError", "Bell", "Client", "ClipboardText", "Closed", "CursorChanged", "Encoding",
    "FramebufferUpdate", "Keyboard", "LedState", "Mouse", "Opener", "RFBError", "Rect", "Resized", "Video", "connect",
    "open_client", "open_tcp",
]

Opener = Callable[[str, int], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]
MAX_PIXELS = 1 << 26
_RECT_HEADER = struct.Struct(">HHHHi")
_PSEUDO = {Encoding.CURSOR, Encoding.DESKTOP_SIZE, Encoding.LAST_RECT, Encoding.EXTENDED_DESKTOP_SIZE,
           Encoding.QEMU_EXTENDED_KEY_EVENT, Encoding.QEMU_LED_STATE}


# ---- events published by the reader task -------------------------------------------------------------

@dataclass(frozen=True)
class FramebufferUpdate:
    """One FramebufferUpdate decoded: the damaged rectangles (repaint these) and the encodings used."""

    rects: tuple[Rect, ...]
    encodings: frozenset[int]


@dataclass(frozen=True)
class Resized:
    width: int
    height: int


@dataclass(frozen=True)
class CursorChanged:
    cursor: Cursor


@dataclass(frozen=True)
class Bell:
    pass


@dataclass(frozen=True)
class ClipboardText:
    text: str


@dataclass(frozen=True)
class LedState:
    scroll_lock: bool
    num_lock: bool
    caps_lock: bool


@dataclass(frozen=True)
class Closed:
    error: BaseException | None


Event = FramebufferUpdate | Resized | CursorChanged | Bell | ClipboardText | LedState
E = TypeVar("E")


# ---- the client ---------------------------------------------------------------------------------------

class Subscription:
    """Events published after subscribing, in order; a dead session raises its error from ``get``."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue = asyncio.Queue()

    def _put(self, event: object) -> None:
        self._queue.put_nowait(event)

    async def get(self, kind: type[E] | tuple[type, ...] = object,  # type: ignore[assignment]
                  timeout: float | None = None) -> E:
        """The next event of the given type (others are skipped)."""
        async with asyncio.timeout(timeout):
            while True:
                event = await self._queue.get()
                if isinstance(event, Closed):
                    self._queue.put_nowait(event)
                    raise event.error if isinstance(event.error, RFBError) else RFBError("session closed")
                if isinstance(event, kind):
                    return event  # type: ignore[return-value]

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Event:
        try:
            return await self.get()
        except RFBError:
            raise StopAsyncIteration from None


class Client:
    """A connected RFB session. Create with :func:`connect` / :func:`open_client`."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, init: ServerInit,
                 wire: Wire | None = None, encodings: tuple[int, ...] = DEFAULT_ENCODINGS,
                 max_pixels: int = MAX_PIXELS):
        self.reader, self.writer = reader, writer
        self.wire = wire or Wire(reader)
        self.version = init.version
        self.security = init.security
        self.server_pixel_format = init.pixel_format
        self.encodings = tuple(encodings)
        self.max_pixels = max_pixels
        self._sender = _Sender(writer)
        self._check_size(init.width, init.height)
        self.video = Video(self._sender, init.name, init.width, init.height)
        self.keyboard = Keyboard(self._sender)
        self.mouse = Mouse(self._sender)
        self.clipboard = Clipboard(self._sender)
        self.leds: LedState | None = None
        self.extended_desktop_size = False
        self.encodings_used: Counter[int] = Counter()
        self.last_encoding: int | None = None
        self.updates = 0
        self.error: BaseException | None = None
        self._decoders = Decoders()
        self._listeners: list[Callable[[object], None]] = []
        self._task: asyncio.Task | None = None
        self._done = asyncio.get_running_loop().create_future()

    # -- lifecycle

    def start(self) -> None:
        """Send our pixel format and encodings, request the first full frame and start the reader task."""
        self._sender.send(pack_set_pixel_format(CLIENT_PIXEL_FORMAT))
        self._sender.send(pack_set_encodings(self.encodings))
        self.video.refresh(incremental=False)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="rfb-reader")

    async def close(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._finish(None)
        await _close_writer(self.writer)

    @property
    def closed(self) -> bool:
        return self._done.done()

    async def wait_closed(self) -> BaseException | None:
        """Wait for the session to end; returns why (None when we closed it)."""
        return await asyncio.shield(self._done)

    async def drain(self) -> None:
        if not self.closed:
            with contextlib.suppress(ConnectionError):
                await self.writer.drain()

    # -- events

    def add_listener(self, callback: Callable[[object], None]) -> None:
        """Call ``callback(event)`` in the reader task for every event (keep it quick and non-blocking).
        The final event is :class:`Closed`."""
        self._listeners.append(callback)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[Subscription]:
        subscription = Subscription()
        if self.closed:
            subscription._put(Closed(self.error))
        self._listeners.append(subscription._put)
        try:
            yield subscription
        finally:
            self._listeners.remove(subscription._put)

    def _publish(self, event: object) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- requests

    async def screenshot(self, timeout: float | None = 30.0) -> np.ndarray:
        """The whole screen as RGBA, as of a full update requested now."""
        async with self.subscribe() as events:
            self.video.refresh(incremental=False)
            covered = np.zeros((self.video.height, self.video.width), bool)
            async with asyncio.timeout(timeout):
                while not covered.all():
                    event: Any = await events.get((FramebufferUpdate, Resized))
                    if isinstance(event, Resized):
                        covered = np.zeros((event.height, event.width), bool)
                        continue
                    for r in event.rects:
                        covered[r.y:r.y + r.height, r.x:r.x + r.width] = True
            return self.video.as_rgba()

    # -- the reader task

    async def _run(self) -> None:
        error: BaseException | None = None
        try:
            while True:
                await self._read_message()
        except Exception as e:  # RFBError -- or a bug, kept visible as the reason but ending the session cleanly
            error = e
        finally:
            self._finish(error)
            if error is not None:
                await _close_writer(self.writer)

    def _finish(self, error: BaseException | None) -> None:
        if self._done.done():
            return
        self.error = error
        self._sender.closed = True
        self._done.set_result(error)
        self._publish(Closed(error))

    async def _read_message(self) -> None:
        wire = self.wire
        kind = await wire.u8()
        if kind == ServerMessage.FRAMEBUFFER_UPDATE:
            await self._read_update()
        elif kind == ServerMessage.SET_COLOUR_MAP_ENTRIES:
            await wire.read(1)
            _first, count = struct.unpack(">HH", await wire.read(4))
            await wire.skip(count * 6)
        elif kind == ServerMessage.BELL:
            self._publish(Bell())
        elif kind == ServerMessage.SERVER_CUT_TEXT:
            text = await self.clipboard.read(wire)
            if text is not None:
                self._publish(ClipboardText(text))
        elif kind == ServerMessage.END_OF_CONTINUOUS_UPDATES:
            pass
        elif kind == ServerMessage.SERVER_FENCE:
            await wire.read(7)
            await wire.skip(await wire.u8())
        elif kind == ServerMessage.QEMU:
            await self._read_qemu_message()
        else:
            raise RFBError(f"unknown server message type {kind}")

    async def _read_qemu_message(self) -> None:
        subtype = await self.wire.u8()
        if subtype != 1:  # only audio exists
            raise RFBError(f"unknown QEMU server message {subtype}")
        operation = await self.wire.u16()
        if operation == 2:
            await self.wire.skip(await self.wire.u32())
        elif operation > 2:
            raise RFBError(f"unknown QEMU audio operation {operation}")

    async def _read_update(self) -> None:
        wire = self.wire
        await wire.read(1)
        count = await wire.u16()
        damage: list[Rect] = []
        used: set[int] = set()
        for _ in range(count):
            x, y, w, h, encoding = _RECT_HEADER.unpack(await wire.read(12))
            rect = Rect(x, y, w, h)
            if encoding == Encoding.LAST_RECT:
                break
            if encoding in _PSEUDO:
                if await self._pseudo(rect, encoding):
                    damage = [Rect(0, 0, self.video.width, self.video.height)]
                continue
            if encoding not in self.encodings:
                raise RFBError(f"the server used encoding {encoding}, which was not requested")
            if x + w > self.video.width or y + h > self.video.height:
                raise RFBError(f"rectangle {w}x{h}+{x}+{y} lies outside the "
                               f"{self.video.width}x{self.video.height} framebuffer")
            await self._decoders.decode(wire, self.video.pixels, rect, encoding)
            if w and h:
                damage.append(rect)
            used.add(encoding)
            self.encodings_used[encoding] += 1
            if encoding != Encoding.COPY_RECT:
                self.last_encoding = encoding
        self.updates += 1
        self.video.refresh()
        self._publish(FramebufferUpdate(tuple(damage), frozenset(used)))

    async def _pseudo(self, rect: Rect, encoding: int) -> bool:
        """Handle a pseudo-rectangle; True when the framebuffer was resized."""
        wire = self.wire
        if encoding == Encoding.DESKTOP_SIZE:
            return self._resize(rect.width, rect.height)
        if encoding == Encoding.EXTENDED_DESKTOP_SIZE:
            self.extended_desktop_size = True
            screens = await wire.u8()
            await wire.read(3)
            await wire.skip(16 * screens)
            status = rect.y
            return status == 0 and self._resize(rect.width, rect.height)
        if encoding == Encoding.CURSOR:
            self.video.cursor = await read_cursor(wire, rect)
            self._publish(CursorChanged(self.video.cursor))
        elif encoding == Encoding.QEMU_EXTENDED_KEY_EVENT:
            self.keyboard.extended = True
        elif encoding == Encoding.QEMU_LED_STATE:
            state = await wire.u8()
            self.leds = LedState(bool(state & 1), bool(state & 2), bool(state & 4))
            self._publish(self.leds)
        return False

    def _check_size(self, width: int, height: int) -> None:
        if width * height > self.max_pixels:
            raise RFBError(f"framebuffer of {width}x{height} pixels is too large")

    def _resize(self, width: int, height: int) -> bool:
        if (width, height) == (self.video.width, self.video.height):
            return False
        self._check_size(width, height)
        self.video._allocate(width, height)
        self.video.refresh(incremental=False)
        self._publish(Resized(width, height))
        return True


async def _close_writer(writer: asyncio.StreamWriter, grace: float = 2.0) -> None:
    """Close, giving queued input ``grace`` seconds to flush; then drop the connection (a dead peer must not
    keep a closing session alive)."""
    writer.close()
    try:
        async with asyncio.timeout(grace):
            await writer.wait_closed()
    except TimeoutError:
        writer.transport.abort()
    except Exception:  # noqa: BLE001 - the connection is going away; how it fails to close is irrelevant
        pass


async def open_tcp(host: str, port: int = 5900) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Direct TCP transport (a guest's own VNC server, QEMU's -vnc, any VNC server)."""
    return await asyncio.open_connection(host, port)


async def open_client(host: str, port: int = 5900, password: str | None = None, *, opener: Opener = open_tcp,
                      max_version: tuple[int, int] = (3, 8), encodings: tuple[int, ...] = DEFAULT_ENCODINGS,
                      shared: bool = True, timeout: float = 15.0, max_pixels: int = MAX_PIXELS,
                      username: str | None = None, pinned: str | None = None,
                      require_encryption: bool = False) -> Client:
    """Open the transport, run the handshake and start the session. On any failure the transport is
    closed before the error (always an RFBError) propagates.

    ``username`` is for VeNCrypt's Plain sub-types; ``pinned`` the SHA-256 fingerprint the user trusted for
    this server (else its certificate must satisfy the system store); ``require_encryption`` refuses a
    session that would not be encrypted. A certificate neither pinned nor trusted is fetched on a second
    connection and raised as CertificateUnknown, for the user to judge."""
    trust = Trust(host, port, pinned)
    options = dict(max_version=max_version, shared=shared, trust=trust, username=username,
                   require_encryption=require_encryption)
    try:
        reader, writer, wire, init = await _connect(host, port, password, opener, timeout, **options)
    except CertificateNotVerified:
        reader, writer, wire, init = await _connect(host, port, password, opener, timeout, probe=True, **options)
    try:
        client = Client(reader, writer, init, wire, encodings, max_pixels)
        client.start()
        return client
    except BaseException:
        await _close_writer(writer)
        raise


async def _connect(host: str, port: int, password: str | None, opener: Opener, timeout: float,
                   **handshake_options) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, Wire, ServerInit]:
    where = address_text(host, port)
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await opener(host, port)
    except TimeoutError:
        raise RFBError(f"timed out connecting to {where}") from None
    except OSError as e:  # asyncio's "Connect call failed (...)" hides the reason its errno names
        reason = os.strerror(e.errno) if e.errno else (e.strerror or str(e))
        raise RFBError(f"cannot reach {where}: {reason}") from None
    try:
        wire = Wire(reader)
        async with asyncio.timeout(timeout):
            init = await handshake(wire, writer, password, **handshake_options)
        return reader, writer, wire, init
    except BaseException as e:
        await _close_writer(writer)
        if isinstance(e, TimeoutError):
            raise RFBError(f"timed out in the RFB handshake with {where}") from None
        if isinstance(e, CertificateProbed):
            raise CertificateUnknown(where, certificate_info(e.der, system_trusted=False)) from None
        raise


@contextlib.asynccontextmanager
async def connect(host: str, port: int = 5900, password: str | None = None, **options) -> AsyncIterator[Client]:
    """``async with connect("127.0.0.1", 5901, "secret") as client:`` -- options as :func:`open_client`."""
    client = await open_client(host, port, password, **options)
    try:
        yield client
    finally:
        await client.close()
