"""The simulator's console backend: a blocking RFB 3.3 server (security None, Raw encoding) that shows a VM's
screen as the guest would (``guest_screens``: a Linux boot log and login prompt, a Windows sign-in screen),
answering typed keys, so the console demo works anywhere."""

from __future__ import annotations

import socket
import struct

import numpy as np

from .guest_screens import screen_for
from .textgrid import HEIGHT, ROWS, WIDTH, TextGrid

__all__ = ["HEIGHT", "ROWS", "WIDTH", "serve"]


class _PixelFormat:
    """A client's true-colour pixel format, applied to RGB arrays with numpy."""

    def __init__(self, data: bytes):
        (self.bpp, _depth, self.big_endian, self.true_colour, self.rmax, self.gmax, self.bmax,
         self.rshift, self.gshift, self.bshift) = struct.unpack(">BBBBHHHBBBxxx", data)

    def encode(self, rgb: np.ndarray) -> bytes:
        c = rgb.astype(np.uint32)
        value = ((c[..., 0] * self.rmax // 255) << self.rshift | (c[..., 1] * self.gmax // 255) << self.gshift
                 | (c[..., 2] * self.bmax // 255) << self.bshift)
        dtype = {8: "u1", 16: "u2", 32: "u4"}[self.bpp]
        return value.astype((">" if self.big_endian else "<") + dtype).tobytes()


NATIVE_FORMAT = struct.pack(">BBBBHHHBBBxxx", 32, 24, 0, 1, 255, 255, 255, 16, 8, 0)


class _ProtocolEnd(Exception):
    pass


class _Session:
    def __init__(self, sock: socket.socket, screen: TextGrid):
        self.sock = sock
        self.screen = screen
        self.pf = _PixelFormat(NATIVE_FORMAT)
        self.pending: tuple[int, int, int, int] | None = None  # requested region
        self.full = False  # a non-incremental request: send the region whatever changed

    def recv(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise _ProtocolEnd
            data += chunk
        return data

    def handshake(self, title: str) -> None:
        self.sock.sendall(b"RFB 003.003\n")
        version = self.recv(12)
        if not version.startswith(b"RFB 003."):
            raise _ProtocolEnd
        self.sock.sendall(struct.pack(">I", 1))  # 3.3: the server picks security None
        self.recv(1)  # ClientInit (shared flag)
        name = title.encode("utf-8")
        self.sock.sendall(struct.pack(">HH", WIDTH, HEIGHT) + NATIVE_FORMAT + struct.pack(">I", len(name)) + name)

    def handle_message(self) -> None:
        kind = self.recv(1)[0]
        if kind == 0:  # SetPixelFormat
            self.pf = _PixelFormat(self.recv(19)[3:])
            if not self.pf.true_colour or self.pf.bpp not in (8, 16, 32):
                raise _ProtocolEnd
            self.screen.dirty_rows = set(range(ROWS))
        elif kind == 2:  # SetEncodings: Raw is always allowed, nothing to choose
            count = struct.unpack(">xH", self.recv(3))[0]
            self.recv(4 * count)
        elif kind == 3:  # FramebufferUpdateRequest
            incremental, x, y, w, h = struct.unpack(">BHHHH", self.recv(9))
            self.pending = (x, y, w, h)
            self.full = self.full or not incremental
        elif kind == 4:  # KeyEvent
            down, keysym = struct.unpack(">BxxI", self.recv(7))
            self.screen.key_event(bool(down), keysym)
        elif kind == 5:  # PointerEvent
            self.recv(5)
        elif kind == 6:  # ClientCutText
            length = struct.unpack(">xxxI", self.recv(7))[0]
            while length:
                length -= len(self.recv(min(length, 65536)))
        elif kind == 255:  # QEMU client message: extended key event
            subtype = self.recv(1)[0]
            if subtype != 0:
                raise _ProtocolEnd
            down, keysym, _keycode = struct.unpack(">HII", self.recv(10))
            self.screen.key_event(bool(down), keysym)
        else:
            raise _ProtocolEnd

    def send_update(self) -> None:
        """Answer the pending request if there is something to send (Raw, one rectangle)."""
        if self.pending is None:
            return
        band = self.screen.render()
        x, y, w, h = self.pending
        x, y = min(x, WIDTH), min(y, HEIGHT)
        w, h = min(w, WIDTH - x), min(h, HEIGHT - y)
        if not self.full:
            if band is None:
                return
            top, bottom = max(y, band[0]), min(y + h, band[1])
            if top >= bottom:
                return
            y, h = top, bottom - top
        self.pending, self.full = None, False
        pixels = self.pf.encode(self.screen.rgb[y:y + h, x:x + w])
        self.sock.sendall(struct.pack(">BxHHHHHi", 0, 1, x, y, w, h, 0) + pixels)


def serve(sock: socket.socket, title: str, guest: str = "linux", edition: str = "") -> None:
    """Serve one RFB 3.3 client the screen of a ``guest`` ("linux" or "windows") named ``title``, on a
    connected socket, until it disconnects or misbehaves.

    Blocking; does not close ``sock`` (the caller owns it)."""
    session = _Session(sock, screen_for(guest, title, edition))
    try:
        session.handshake(title)
        while True:
            session.handle_message()
            session.send_update()
    except (_ProtocolEnd, OSError, struct.error):
        return
