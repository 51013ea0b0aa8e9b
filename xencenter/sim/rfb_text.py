"""The simulator's console backend: a blocking RFB 3.3 server (security None, Raw encoding) that shows a VM's
text console -- a short boot log and a ``<title> login:`` prompt that echoes what is typed -- so the console
demo works anywhere. The glyphs are a built-in 5x7 bitmap font drawn with numpy (no Qt, no font files)."""

from __future__ import annotations

import socket
import struct

import numpy as np

COLUMNS, ROWS = 80, 25
SCALE = 2
CELL_W, CELL_H = 6 * SCALE, 10 * SCALE
WIDTH, HEIGHT = COLUMNS * CELL_W, ROWS * CELL_H
GREY, GREEN, WHITE, BLACK = (0xC0, 0xC0, 0xC0), (0x4E, 0xD0, 0x4E), (0xFF, 0xFF, 0xFF), (0, 0, 0)

# 5x7 glyphs, rows top to bottom, '#' = ink; descenders (g p q y) start at the x-height and hang below the
# baseline. Unknown characters are drawn as '?'.
_GLYPHS = {
    " ": "..... ..... ..... ..... ..... ..... .....", "!": "..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
    '"': ".#.#. .#.#. .#.#. ..... ..... ..... .....", "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
    "$": "..#.. .#### #.#.. .###. ..#.# ####. ..#..", "%": "##... ##..# ...#. ..#.. .#... #..## ...##",
    "&": ".##.. #..#. #.#.. .#... #.#.# #..#. .##.#", "'": ".##.. ..#.. .#... ..... ..... ..... .....",
    "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.", ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
    "*": "..... ..#.. #.#.# .###. #.#.# ..#.. .....", "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
    ",": "..... ..... ..... ..... .##.. ..#.. .#...", "-": "..... ..... ..... ##### ..... ..... .....",
    ".": "..... ..... ..... ..... ..... .##.. .##..", "/": "..... ....# ...#. ..#.. .#... #.... .....",
    "0": ".###. #...# #..## #.#.# ##..# #...# .###.", "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
    "2": ".###. #...# ....# ...#. ..#.. .#... #####", "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
    "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.", "5": "##### #.... ####. ....# ....# #...# .###.",
    "6": "..##. .#... #.... ####. #...# #...# .###.", "7": "##### ....# ...#. ..#.. .#... .#... .#...",
    "8": ".###. #...# #...# .###. #...# #...# .###.", "9": ".###. #...# #...# .#### ....# ...#. .##..",
    ":": "..... .##.. .##.. ..... .##.. .##.. .....", ";": "..... .##.. .##.. ..... .##.. ..#.. .#...",
    "<": "...#. ..#.. .#... #.... .#... ..#.. ...#.", "=": "..... ..... ##### ..... ##### ..... .....",
    ">": ".#... ..#.. ...#. ....# ...#. ..#.. .#...", "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
    "@": ".###. #...# ....# .##.# #.#.# #.#.# .###.", "A": ".###. #...# #...# ##### #...# #...# #...#",
    "B": "####. #...# #...# ####. #...# #...# ####.", "C": ".###. #...# #.... #.... #.... #...# .###.",
    "D": "###.. #..#. #...# #...# #...# #..#. ###..", "E": "##### #.... #.... ####. #.... #.... #####",
    "F": "##### #.... #.... ####. #.... #.... #....", "G": ".###. #...# #.... #.### #...# #...# .####",
    "H": "#...# #...# #...# ##### #...# #...# #...#", "I": ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
    "J": "..### ...#. ...#. ...#. ...#. #..#. .##..", "K": "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
    "L": "#.... #.... #.... #.... #.... #.... #####", "M": "#...# ##.## #.#.# #.#.# #...# #...# #...#",
    "N": "#...# #...# ##..# #.#.# #..## #...# #...#", "O": ".###. #...# #...# #...# #...# #...# .###.",
    "P": "####. #...# #...# ####. #.... #.... #....", "Q": ".###. #...# #...# #...# #.#.# #..#. .##.#",
    "R": "####. #...# #...# ####. #.#.. #..#. #...#", "S": ".#### #.... #.... .###. ....# ....# ####.",
    "T": "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..", "U": "#...# #...# #...# #...# #...# #...# .###.",
    "V": "#...# #...# #...# #...# #...# .#.#. ..#..", "W": "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
    "X": "#...# #...# .#.#. ..#.. .#.#. #...# #...#", "Y": "#...# #...# #...# .#.#. ..#.. ..#.. ..#..",
    "Z": "##### ....# ...#. ..#.. .#... #.... #####", "[": ".###. .#... .#... .#... .#... .#... .###.",
    "\\": "..... #.... .#... ..#.. ...#. ....# .....", "]": ".###. ...#. ...#. ...#. ...#. ...#. .###.",
    "^": "..#.. .#.#. #...# ..... ..... ..... .....", "_": "..... ..... ..... ..... ..... ..... #####",
    "`": ".#... ..#.. ...#. ..... ..... ..... .....", "a": "..... ..... .###. ....# .#### #...# .####",
    "b": "#.... #.... #.##. ##..# #...# #...# ####.", "c": "..... ..... .###. #.... #.... #...# .###.",
    "d": "....# ....# .##.# #..## #...# #...# .####", "e": "..... ..... .###. #...# ##### #.... .###.",
    "f": "..##. .#..# .#... ###.. .#... .#... .#...", "g": ".#### #...# #...# #...# .#### ....# .###.",
    "h": "#.... #.... #.##. ##..# #...# #...# #...#", "i": "..#.. ..... .##.. ..#.. ..#.. ..#.. .###.",
    "j": "...#. ..... ..##. ...#. ...#. #..#. .##..", "k": "#.... #.... #..#. #.#.. ##... #.#.. #..#.",
    "l": ".##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.", "m": "..... ..... ##.#. #.#.# #.#.# #...# #...#",
    "n": "..... ..... #.##. ##..# #...# #...# #...#", "o": "..... ..... .###. #...# #...# #...# .###.",
    "p": "####. #...# #...# #...# ####. #.... #....", "q": ".#### #...# #...# #...# .#### ....# ....#",
    "r": "..... ..... #.##. ##..# #.... #.... #....", "s": "..... ..... .###. #.... .###. ....# ####.",
    "t": ".#... .#... ###.. .#... .#... .#..# ..##.", "u": "..... ..... #...# #...# #...# #..## .##.#",
    "v": "..... ..... #...# #...# #...# .#.#. ..#..", "w": "..... ..... #...# #...# #.#.# #.#.# .#.#.",
    "x": "..... ..... #...# .#.#. ..#.. .#.#. #...#", "y": "#...# #...# #...# #...# .#### ....# .###.",
    "z": "..... ..... ##### ...#. ..#.. .#... #####", "{": "...#. ..#.. ..#.. .#... ..#.. ..#.. ...#.",
    "|": "..#.. ..#.. ..#.. ..#.. ..#.. ..#.. ..#..", "}": ".#... ..#.. ..#.. ...#. ..#.. ..#.. .#...",
    "~": "..... ..... .#... #.#.# ...#. ..... .....",
}


_DESCENDERS = set("gpqy")


def _glyph_masks() -> dict[str, np.ndarray]:
    """Each glyph as a CELL_H x CELL_W boolean mask (scaled, with a one-pixel-column margin)."""
    masks = {}
    for ch, rows in _GLYPHS.items():
        bits = np.array([[c == "#" for c in row] for row in rows.split()], bool)
        top = 3 if ch in _DESCENDERS else 1
        cell = np.zeros((10, 6), bool)
        cell[top:top + 7, 0:5] = bits
        masks[ch] = cell.repeat(SCALE, axis=0).repeat(SCALE, axis=1)
    return masks


_MASKS = _glyph_masks()
_CURSOR = np.zeros((CELL_H, CELL_W), bool)
_CURSOR[8 * SCALE:9 * SCALE, :5 * SCALE] = True


def boot_log(title: str) -> list[tuple[str, tuple[int, int, int]]]:
    """What the console shows before the prompt (deterministic: tests compare pictures)."""
    ok = "[  OK  ] "
    return [
        ("[    0.000000] Linux version 5.10.0-xen (builder@xcp-ng) #1 SMP", GREY),
        ("[    0.000000] Command line: root=/dev/xvda1 ro console=hvc0 quiet", GREY),
        ("[    0.204711] xen:events: Using FIFO-based ABI", GREY),
        ("[    0.631580] blkfront: xvda: flush diskcache: enabled; persistent grants: on", GREY),
        ("[    1.090021] EXT4-fs (xvda1): mounted filesystem with ordered data mode", GREY),
        (ok + "Started Journal Service.", GREEN),
        (ok + "Reached target Network.", GREEN),
        (ok + "Started OpenSSH server daemon.", GREEN),
        (ok + "Started Xen guest agent.", GREEN),
        ("", GREY),
        (f"Welcome to {title or 'the console'}", WHITE),
        ("", GREY),
    ]


class TextScreen:
    """An 80x25 character grid with per-cell colour, rendered to an RGB framebuffer; tracks dirty rows."""

    def __init__(self, title: str):
        self.title = title or "localhost"
        self.chars = [[" "] * COLUMNS for _ in range(ROWS)]
        self.colours = [[GREY] * COLUMNS for _ in range(ROWS)]
        self.row, self.col = 0, 0
        self.rgb = np.zeros((HEIGHT, WIDTH, 3), np.uint8)
        self.dirty_rows: set[int] = set(range(ROWS))
        self.line = ""
        self.stage = "login"
        for text, colour in boot_log(title):
            self.write(text + "\n", colour)
        self.prompt()

    def prompt(self) -> None:
        self.write(f"{self.title} login: ", WHITE)

    def write(self, text: str, colour: tuple[int, int, int] = GREY) -> None:
        for ch in text:
            if ch == "\n":
                self._newline()
                continue
            if self.col >= COLUMNS:
                self._newline()
            self.chars[self.row][self.col] = ch
            self.colours[self.row][self.col] = colour
            self.dirty_rows.add(self.row)
            self.col += 1
        self.dirty_rows.add(self.row)

    def _newline(self) -> None:
        self.dirty_rows.add(self.row)
        self.col = 0
        if self.row == ROWS - 1:
            self.chars = self.chars[1:] + [[" "] * COLUMNS]
            self.colours = self.colours[1:] + [[GREY] * COLUMNS]
            self.dirty_rows = set(range(ROWS))
        else:
            self.row += 1

    def backspace(self) -> None:
        if self.line and self.col > 0:
            self.line = self.line[:-1]
            if self.stage == "login":
                self.col -= 1
                self.chars[self.row][self.col] = " "
                self.dirty_rows.add(self.row)

    def key(self, ch: str) -> None:
        """A typed character: login names echo, passwords do not, Return moves the little state machine."""
        if ch == "\n":
            self.write("\n")
            if self.stage == "login":
                self.stage = "password"
                self.write("Password: ", WHITE)
            else:
                self.stage = "login"
                self.write("\nLogin incorrect\n", GREY)
                self.prompt()
            self.line = ""
            return
        self.line += ch
        if self.stage == "login":
            self.write(ch, WHITE)

    def render(self) -> tuple[int, int] | None:
        """Redraw dirty rows; returns the dirty pixel band (top, bottom) or None."""
        if not self.dirty_rows:
            return None
        top, bottom = min(self.dirty_rows), max(self.dirty_rows) + 1
        for r in sorted(self.dirty_rows):
            band = self.rgb[r * CELL_H:(r + 1) * CELL_H]
            band[:] = 0
            for c in range(COLUMNS):
                ch = self.chars[r][c]
                if ch != " ":
                    band[:, c * CELL_W:(c + 1) * CELL_W][_MASKS.get(ch, _MASKS["?"])] = self.colours[r][c]
            if r == self.row and self.col < COLUMNS:
                band[:, self.col * CELL_W:(self.col + 1) * CELL_W][_CURSOR] = GREY
        self.dirty_rows.clear()
        return top * CELL_H, bottom * CELL_H


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
_KEYSYM_RETURN = {0xFF0D, 0xFF8D}
_KEYSYM_BACKSPACE = 0xFF08


def _char_for_keysym(keysym: int) -> str | None:
    if keysym in _KEYSYM_RETURN:
        return "\n"
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000000 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return None


class _ProtocolEnd(Exception):
    pass


class _Session:
    def __init__(self, sock: socket.socket, title: str):
        self.sock = sock
        self.screen = TextScreen(title)
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
            self.key(down, keysym)
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
            self.key(down, keysym)
        else:
            raise _ProtocolEnd

    def key(self, down: int, keysym: int) -> None:
        if not down:
            return
        if keysym == _KEYSYM_BACKSPACE:
            self.screen.backspace()
            return
        ch = _char_for_keysym(keysym)
        if ch is not None:
            self.screen.key(ch)

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


def serve(sock: socket.socket, title: str) -> None:
    """Serve one RFB 3.3 client on a connected socket until it disconnects or misbehaves.

    Blocking; does not close ``sock`` (the caller owns it)."""
    session = _Session(sock, title)
    try:
        session.handshake(title)
        while True:
            session.handle_message()
            session.send_update()
    except (_ProtocolEnd, OSError, struct.error):
        return
