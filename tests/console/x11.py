"""Just enough of the X11 protocol (over the display's Unix socket) to draw on an Xvnc/Xvfb screen and ring
its bell, so the tests and the benchmark control exactly what the VNC server has to send."""

from __future__ import annotations

import socket
import struct

import numpy as np

_CREATE_GC, _CHANGE_GC, _GET_INPUT_FOCUS, _POLY_FILL_RECTANGLE, _PUT_IMAGE, _BELL = 55, 56, 43, 70, 72, 104
_GC_FOREGROUND = 0x4


class X11:
    def __init__(self, display: int):
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.settimeout(10)
        self.sock.connect(f"/tmp/.X11-unix/X{display}")
        self.sock.sendall(struct.pack("<BxHHHHxx", ord("l"), 11, 0, 0, 0))
        head = self._recv(8)
        data = self._recv(struct.unpack_from("<H", head, 6)[0] * 4)
        if head[0] != 1:
            raise ConnectionError(f"X server refused us: {data[:head[1]]!r}")
        id_base = struct.unpack_from("<I", data, 4)[0]
        vendor_len, self.max_request = struct.unpack_from("<HH", data, 16)
        formats = data[21]
        screen = 32 + (vendor_len + 3) // 4 * 4 + 8 * formats
        self.root = struct.unpack_from("<I", data, screen)[0]
        self.width, self.height = struct.unpack_from("<HH", data, screen + 20)
        self.depth = data[screen + 38]
        self.gc = id_base + 1
        self._send(struct.pack("<BxHIIII", _CREATE_GC, 5, self.gc, self.root, _GC_FOREGROUND, 0))

    def _recv(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise ConnectionError("X server closed the connection")
            out += chunk
        return out

    def _send(self, request: bytes) -> None:
        self.sock.sendall(request)

    def fill(self, x: int, y: int, w: int, h: int, rgb: int) -> None:
        self._send(struct.pack("<BxHIII", _CHANGE_GC, 4, self.gc, _GC_FOREGROUND, rgb))
        self._send(struct.pack("<BxHIIhhHH", _POLY_FILL_RECTANGLE, 5, self.root, self.gc, x, y, w, h))

    def put_image(self, x: int, y: int, img: np.ndarray) -> None:
        """Draw an (h, w) uint32 0x00RRGGBB picture (depth 24, 32 bits per pixel), split into requests that
        fit the server's maximum request length."""
        h, w = img.shape
        rows = max(1, (self.max_request * 4 - 24) // (w * 4))
        for top in range(0, h, rows):
            band = np.ascontiguousarray(img[top:top + rows], "<u4").tobytes()
            length = 6 + len(band) // 4
            self._send(struct.pack("<BBHIIHHhhBBxx", _PUT_IMAGE, 2, length, self.root, self.gc, w,
                                   min(rows, h - top), x, y + top, 0, self.depth) + band)

    def bell(self) -> None:
        self._send(struct.pack("<BbH", _BELL, 0, 1))

    def sync(self) -> None:
        """Round trip: every request sent so far has been processed."""
        self._send(struct.pack("<BxH", _GET_INPUT_FOCUS, 1))
        while True:
            packet = self._recv(32)
            if packet[0] == 0:
                raise RuntimeError(f"X error {packet[1]} for request {packet[10]}")
            if packet[0] == 1:
                return

    def close(self) -> None:
        self.sock.close()


def draw_scene(display: int, seed: int = 0) -> np.ndarray:
    """Paint the whole screen (flat areas, text-like stripes, noise) and return what it should look like."""
    x = X11(display)
    rng = np.random.default_rng(seed)
    scene = np.zeros((x.height, x.width), np.uint32)
    scene[:] = 0x203040
    scene[100:300, 50:900] = 0xFFFFFF
    scene[120:280:4, 60:880] = 0x000080
    scene[400:700, 100:500] = rng.integers(0, 1 << 24, (300, 400), dtype=np.uint32)
    scene[450:650, 600:1000] = np.repeat(rng.integers(0, 1 << 24, (200, 40), dtype=np.uint32), 10, axis=1)
    x.put_image(0, 0, scene)
    x.sync()
    x.close()
    return scene
