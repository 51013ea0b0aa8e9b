"""The asyncvnc-shaped parts of a session: keyboard, mouse and the framebuffer (``Video``); the clipboard is
in :mod:`.clipboard`.

They only write client messages (through ``_Sender``, which drops them once the session is over); the
reader task in :mod:`.rfb` is the only code that reads the stream."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from .decoders import Cursor
from .keys import KEYSYMS, keysym, keysym_for_char
from .protocol import (
    pack_key_event,
    pack_pointer_event,
    pack_qemu_key_event,
    pack_update_request,
)
from .scancodes import LEFT_SHIFT, NAMED, US_LAYOUT


class _Sender:
    """Writes client messages; silently drops them once the session is over (input after a disconnect)."""

    def __init__(self, writer: asyncio.StreamWriter):
        self.writer = writer
        self.closed = False

    def send(self, data: bytes) -> None:
        if not self.closed and not self.writer.is_closing():
            self.writer.write(data)


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
    data: np.ndarray = field(repr=False, default=None)  # type: ignore[arg-type]  # set at start
    pixels: np.ndarray = field(repr=False, default=None)  # type: ignore[arg-type]
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
