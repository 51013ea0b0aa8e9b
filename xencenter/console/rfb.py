"""The asyncio RFB client, shaped like asyncvnc 1.3.0 (Client with keyboard, mouse, clipboard and video,
and an ``opener(host, port) -> (reader, writer)`` hook) with its protocol bugs fixed.

One reader task owns the stream: it decodes every server message into ``client.video`` and publishes
events. Callers never read the socket, so cancelling them cannot leave the stream half-read; they wait on
event subscriptions instead (:meth:`Client.subscribe`, :meth:`Client.screenshot`)."""

from __future__ import annotations

import asyncio
import contextlib
import struct
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from .decoders import Cursor, Decoders, read_cursor
from .handshake import ServerInit, handshake
from .keys import KEYSYMS, keysym, keysym_for_char
from .protocol import (
    CLIENT_PIXEL_FORMAT,
    DEFAULT_ENCODINGS,
    AuthenticationError,
    Encoding,
    Rect,
    RFBError,
    ServerMessage,
    Wire,
    pack_client_cut_text,
    pack_key_event,
    pack_pointer_event,
    pack_qemu_key_event,
    pack_set_encodings,
    pack_set_pixel_format,
    pack_update_request,
)
from .scancodes import LEFT_SHIFT, NAMED, US_LAYOUT

__all__ = [
    "AuthenticationError", "Bell", "Client", "ClipboardText", "Closed", "CursorChanged", "Encoding",
    "FramebufferUpdate", "LedState", "Opener", "RFBError", "Rect", "Resized", "connect", "open_client", "open_tcp",
]

Opener = Callable[[str, int], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]
MAX_PIXELS = 1 << 26
MAX_CUT_TEXT = 16 << 20
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


class _Sender:
    """Writes client messages; silently drops them once the session is over (input after a disconnect)."""

    def __init__(self, writer: asyncio.StreamWriter):
        self.writer = writer
        self.closed = False

    def send(self, data: bytes) -> None:
        if not self.closed and not self.writer.is_closing():
            self.writer.write(data)


# ---- the asyncvnc-shaped parts ------------------------------------------------------------------------

@dataclass
class Clipboard:
    """Shared clipboard: ``text`` is the server's latest cut text; ``write`` sends ours."""

    sender: _Sender = field(repr=False)
    text: str = ""

    def write(self, text: str) -> None:
        self.sender.send(pack_client_cut_text(text))


@dataclass
class Keyboard:
    """Virtual keyboard. ``extended`` is True once the server accepted QEMU Extended Key Events, after
    which keys with a scan code are sent as (scan code, keysym) so the guest's layout decides the character."""

    sender: _Sender = field(repr=False)
    extended: bool = False

    def key(self, keysym_: int, down: bool, scancode: int | None = None) -> None:
        """One key transition; keysym 0 (a key known only by scan code) is dropped without the extension."""
        if self.extended and scancode:
            self.sender.send(pack_qemu_key_event(down, keysym_, scancode))
        elif keysym_:
            self.sender.send(pack_key_event(down, keysym_))

    @contextlib.contextmanager
    def hold(self, *keys: str) -> Iterator[None]:
        """Press the keys (names or characters) in order on enter, release them in reverse on exit.
        Named keys and unshifted US-layout characters also carry their scan code."""
        codes = [(keysym(k), _scancode_for(k)) for k in keys]
        pressed: list[tuple[int, int | None]] = []
        try:
            for sym, scancode in codes:
                self.key(sym, True, scancode)
                pressed.append((sym, scancode))
            yield
        finally:
            for sym, scancode in reversed(pressed):
                self.key(sym, False, scancode)

    def press(self, *keys: str) -> None:
        """A chord: e.g. ``press("Ctrl", "Alt", "Delete")``."""
        with self.hold(*keys):
            pass

    def write(self, text: str) -> None:
        """Type text. With Extended Key Events, US-layout characters go as scan codes (with Shift when
        needed) -- QEMU maps bare keysyms through its own keymap and mistypes shifted punctuation."""
        for ch in text:
            sym = keysym_for_char(ch)
            code = US_LAYOUT.get(ch) if self.extended else None
            if code is None:
                self.key(sym, True)
                self.key(sym, False)
                continue
            scancode, shifted = code
            if shifted:
                self.key(KEYSYMS["Shift_L"], True, LEFT_SHIFT)
            self.key(sym, True, scancode)
            self.key(sym, False, scancode)
            if shifted:
                self.key(KEYSYMS["Shift_L"], False, LEFT_SHIFT)


_NAME_BY_KEYSYM = {KEYSYMS[name]: name for name in NAMED}


def _scancode_for(key: str) -> int | None:
    name = _NAME_BY_KEYSYM.get(keysym(key))
    if name is not None:
        return NAMED[name]
    scancode, shifted = US_LAYOUT.get(key, (None, True))
    return None if shifted else scancode


@dataclass
class Mouse:
    """Virtual mouse. Buttons are 0-based bit numbers: 0 left, 1 middle, 2 right, 3/4 wheel up/down,
    5/6 wheel left/right."""

    sender: _Sender = field(repr=False)
    buttons: int = 0
    x: int = 0
    y: int = 0

    LEFT, MIDDLE, RIGHT, WHEEL_UP, WHEEL_DOWN, WHEEL_LEFT, WHEEL_RIGHT = range(7)

    def _send(self) -> None:
        self.sender.send(pack_pointer_event(self.buttons & 0xFF, self.x, self.y))

    def move(self, x: int, y: int) -> None:
        self.x, self.y = max(0, min(0xFFFF, int(x))), max(0, min(0xFFFF, int(y)))
        self._send()

    def pointer(self, x: int, y: int, buttons: int) -> None:
        """Position and button mask in one PointerEvent (what a GUI sends on every mouse event)."""
        self.buttons = buttons & 0xFF
        self.move(x, y)

    def set_buttons(self, mask: int) -> None:
        self.buttons = mask & 0xFF
        self._send()

    @contextlib.contextmanager
    def hold(self, button: int = 0) -> Iterator[None]:
        self.set_buttons(self.buttons | 1 << button)
        try:
            yield
        finally:
            self.set_buttons(self.buttons & ~(1 << button))

    def click(self, button: int = 0) -> None:
        with self.hold(button):
            pass

    def middle_click(self) -> None:
        self.click(self.MIDDLE)

    def right_click(self) -> None:
        self.click(self.RIGHT)

    def scroll(self, dy: int = 0, dx: int = 0) -> None:
        """Wheel steps: positive ``dy`` scrolls up, positive ``dx`` scrolls right."""
        for _ in range(abs(dy)):
            self.click(self.WHEEL_UP if dy > 0 else self.WHEEL_DOWN)
        for _ in range(abs(dx)):
            self.click(self.WHEEL_RIGHT if dx > 0 else self.WHEEL_LEFT)

    def scroll_up(self, repeat: int = 1) -> None:
        self.scroll(dy=repeat)

    def scroll_down(self, repeat: int = 1) -> None:
        self.scroll(dy=-repeat)


@dataclass
class Video:
    """The framebuffer: ``data`` is (height, width, 4) uint8 in B, G, R, 0xff byte order
    (QImage.Format_RGB32 on little-endian), ``pixels`` the same memory as (height, width) uint32.
    A resize replaces both arrays; holders of the old ones keep a valid (stale) picture."""

    sender: _Sender = field(repr=False)
    name: str
    width: int
    height: int
    data: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    pixels: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    cursor: Cursor | None = None

    def __post_init__(self) -> None:
        self._allocate(self.width, self.height)

    def _allocate(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.data = np.zeros((height, width, 4), np.uint8)
        self.data[:, :, 3] = 255
        self.pixels = self.data.view("<u4")[:, :, 0]

    def refresh(self, x: int = 0, y: int = 0, width: int | None = None, height: int | None = None,
                incremental: bool = True) -> None:
        """Ask for an update of a region (the whole screen by default)."""
        width = self.width - x if width is None else width
        height = self.height - y if height is None else height
        self.sender.send(pack_update_request(incremental, x, y, width, height))

    def as_rgba(self) -> np.ndarray:
        """A copy in R, G, B, A order (for PNG writers and comparisons)."""
        rgba = np.empty_like(self.data)
        for channel, source in enumerate((2, 1, 0, 3)):  # per-channel copies: much faster than fancy indexing
            rgba[:, :, channel] = self.data[:, :, source]
        return rgba


# ---- the client ---------------------------------------------------------------------------------------

class Subscription:
    """Events published after subscribing, in order; a dead session raises its error from ``get``."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue = asyncio.Queue()

    def _put(self, event: object) -> None:
        self._queue.put_nowait(event)

    async def get(self, kind: type[E] | tuple[type, ...] = object, timeout: float | None = None) -> E:
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

    def remove_listener(self, callback: Callable[[object], None]) -> None:
        self._listeners.remove(callback)

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
                    event = await events.get((FramebufferUpdate, Resized))
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
            await wire.read(3)
            self.clipboard.text = await wire.text(MAX_CUT_TEXT, "clipboard text", "latin-1")
            self._publish(ClipboardText(self.clipboard.text))
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
                      shared: bool = True, timeout: float = 15.0, max_pixels: int = MAX_PIXELS) -> Client:
    """Open the transport, run the handshake and start the session. On any failure the transport is
    closed before the error (always an RFBError) propagates."""
    where = f"{host}:{port}"
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await opener(host, port)
    except TimeoutError:
        raise RFBError(f"timed out connecting to {where}") from None
    except OSError as e:
        raise RFBError(f"cannot connect to {where}: {e.strerror or e}") from None
    try:
        wire = Wire(reader)
        async with asyncio.timeout(timeout):
            init = await handshake(wire, writer, password, max_version, shared)
        client = Client(reader, writer, init, wire, encodings, max_pixels)
        client.start()
        return client
    except BaseException as e:
        await _close_writer(writer)
        if isinstance(e, TimeoutError):
            raise RFBError(f"timed out in the RFB handshake with {where}") from None
        raise


@contextlib.asynccontextmanager
async def connect(host: str, port: int = 5900, password: str | None = None, **options) -> AsyncIterator[Client]:
    """``async with connect("127.0.0.1", 5901, "secret") as client:`` -- options as :func:`open_client`."""
    client = await open_client(host, port, password, **options)
    try:
        yield client
    finally:
        await client.close()
