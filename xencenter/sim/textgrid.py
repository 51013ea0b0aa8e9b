"""A character screen for the simulator's consoles: an 80x25 grid of coloured characters on a background,
drawn to an RGB framebuffer with a built-in 5x7 bitmap font (numpy; no Qt, no font files), dirty rows tracked
so the RFB server sends only what changed."""

from __future__ import annotations

import numpy as np

COLUMNS, ROWS = 80, 25
SCALE = 2
CELL_W, CELL_H = 6 * SCALE, 10 * SCALE
WIDTH, HEIGHT = COLUMNS * CELL_W, ROWS * CELL_H
Colour = tuple[int, int, int]
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



KEYSYM_RETURN = {0xFF0D, 0xFF8D}
KEYSYM_BACKSPACE = 0xFF08


def char_for_keysym(keysym: int) -> str | None:
    """The character a key types ("\\n" for Return), None for keys that type nothing."""
    if keysym in KEYSYM_RETURN:
        return "\n"
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000000 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return None


class TextGrid:
    """The grid, a write position (with a cursor drawn there when ``cursor``), and the framebuffer."""

    def __init__(self, background: Colour = BLACK, cursor: bool = True) -> None:
        self.background = background
        self.cursor = cursor
        self.chars = [[" "] * COLUMNS for _ in range(ROWS)]
        self.colours = [[GREY] * COLUMNS for _ in range(ROWS)]
        self.row, self.col = 0, 0
        self.rgb = np.zeros((HEIGHT, WIDTH, 3), np.uint8)
        self.dirty_rows: set[int] = set(range(ROWS))

    def write(self, text: str, colour: Colour = GREY) -> None:
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

    def put(self, row: int, text: str, colour: Colour = WHITE, col: int | None = None) -> None:
        """Replace one row with ``text`` (centred unless ``col`` is given)."""
        text = text[:COLUMNS]
        start = (COLUMNS - len(text)) // 2 if col is None else col
        self.chars[row] = [" "] * COLUMNS
        for i, ch in enumerate(text):
            self.chars[row][start + i] = ch
            self.colours[row][start + i] = colour
        self.dirty_rows.add(row)

    def erase_back(self) -> None:
        """Rub out the character before the write position."""
        if self.col > 0:
            self.col -= 1
            self.chars[self.row][self.col] = " "
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

    def key_event(self, down: bool, keysym: int) -> None:
        """An RFB key event; the guest screens decide what it does."""

    def render(self) -> tuple[int, int] | None:
        """Redraw dirty rows; returns the dirty pixel band (top, bottom) or None."""
        if not self.dirty_rows:
            return None
        top, bottom = min(self.dirty_rows), max(self.dirty_rows) + 1
        for r in sorted(self.dirty_rows):
            band = self.rgb[r * CELL_H:(r + 1) * CELL_H]
            band[:] = self.background
            for c in range(COLUMNS):
                ch = self.chars[r][c]
                if ch != " ":
                    band[:, c * CELL_W:(c + 1) * CELL_W][_MASKS.get(ch, _MASKS["?"])] = self.colours[r][c]
            if self.cursor and r == self.row and self.col < COLUMNS:
                band[:, self.col * CELL_W:(self.col + 1) * CELL_W][_CURSOR] = GREY
        self.dirty_rows.clear()
        return top * CELL_H, bottom * CELL_H
