"""A threaded RFB 3.8 server on a real loopback socket that serves a fixed picture and records every client
message, for tests of what the widget sends (pointer, wheel, keys) and of reconnection."""

from __future__ import annotations

import socket
import struct
import threading
import time

import numpy as np

from . import encoders
from .scripted import rect_header, server_init, update


class RecordingServer:
    def __init__(self, width: int = 200, height: int = 100, extended_keys: bool = False, cursor: bool = False,
                 cut_text: str = ""):
        self.width, self.height = width, height
        self.picture = (np.arange(width * height, dtype=np.uint32).reshape(height, width) * 2654435761) & 0xFFFFFF
        self.extended_keys, self.cursor, self.cut_text = extended_keys, cursor, cut_text
        self.messages: list[tuple] = []
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._conn: socket.socket | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _first_update(self) -> bytes:
        rects = [rect_header(0, 0, self.width, self.height, 0) + encoders.raw(self.picture)]
        if self.extended_keys:
            rects.append(rect_header(0, 0, 0, 0, -258))
        if self.cursor:
            shape = np.full((8, 6), 0xFF0000, np.uint32)
            rects.append(rect_header(2, 3, 6, 8, -239) + encoders.cursor(shape, np.ones((8, 6), int)))
        cut = self.cut_text.encode("latin-1")
        return update(*rects) + (struct.pack(">BxxxI", 3, len(cut)) + cut if cut else b"")

    def _serve(self) -> None:
        while not self._stopping:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self._conn = conn
            self.connections += 1
            try:
                self._session(conn)
            except (OSError, ConnectionError, struct.error):
                pass
            finally:
                conn.close()

    def _recv(self, conn: socket.socket, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError("client left")
            data += chunk
        return data

    def _session(self, conn: socket.socket) -> None:
        conn.sendall(b"RFB 003.008\n")
        self._recv(conn, 12)
        conn.sendall(b"\x01\x01")
        self._recv(conn, 1)
        conn.sendall(b"\0\0\0\0")
        self._recv(conn, 1)
        conn.sendall(server_init(self.width, self.height, b"recorder"))
        sent_first = False
        while True:
            kind = self._recv(conn, 1)[0]
            if kind == 0:
                self._recv(conn, 19)
            elif kind == 2:
                count = struct.unpack(">xH", self._recv(conn, 3))[0]
                self._recv(conn, 4 * count)
            elif kind == 3:
                self._recv(conn, 9)
                if not sent_first:
                    conn.sendall(self._first_update())
                    sent_first = True
            elif kind == 4:
                self.messages.append(("key",) + struct.unpack(">BxxI", self._recv(conn, 7)))
            elif kind == 5:
                self.messages.append(("pointer",) + struct.unpack(">BHH", self._recv(conn, 5)))
            elif kind == 6:
                length = struct.unpack(">xxxI", self._recv(conn, 7))[0]
                self.messages.append(("cut", self._recv(conn, length).decode("latin-1")))
            elif kind == 255:
                self.messages.append(("qemu_key",) + struct.unpack(">xHII", self._recv(conn, 11)))
            else:
                raise ConnectionError(f"unexpected message {kind}")

    def of(self, kind: str) -> list[tuple]:
        return [m[1:] for m in list(self.messages) if m[0] == kind]

    def wait(self, predicate, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"never happened; recorded {self.messages}")
            time.sleep(0.02)

    def drop_connection(self) -> None:
        """Hang up on the current client (the listener stays: the client may come back)."""
        if self._conn is not None:
            self._conn.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stopping = True
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        except OSError:
            pass
        self._listener.close()
        if self._conn is not None:
            self._conn.close()
        self._thread.join(5)
