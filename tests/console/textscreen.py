"""Reading the simulator's text console back as text, from a screenshot."""

from __future__ import annotations

import numpy as np

from xencenter.sim import textgrid


def screen_text(rgba: np.ndarray) -> list[str]:
    """Read the console back as text by matching every character cell against the font's glyphs (ink is
    whatever differs from the background, the top-left pixel's colour)."""
    ch, cw = textgrid.CELL_H, textgrid.CELL_W
    rows, cols = rgba.shape[0] // ch, rgba.shape[1] // cw
    pixels = rgba[:rows * ch, :cols * cw, :3]
    ink = (pixels != pixels[0, 0]).any(axis=2)
    cells = ink.reshape(rows, ch, cols, cw).transpose(0, 2, 1, 3)
    glyphs = {mask.tobytes(): c for c, mask in textgrid._MASKS.items()}
    return ["".join(glyphs.get(cells[r, c].tobytes(), " ") for c in range(cols)).rstrip() for r in range(rows)]
