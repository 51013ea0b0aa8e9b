"""A minimal PNG writer for RGBA numpy arrays, so screenshots need neither Qt nor Pillow."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def encode_png(rgba: np.ndarray) -> bytes:
    """PNG bytes of an (h, w, 4) uint8 RGBA array (8-bit truecolour with alpha, no filtering)."""
    height, width, channels = rgba.shape
    if channels != 4:
        raise ValueError("expected an (h, w, 4) RGBA array")
    rows = np.empty((height, width * 4 + 1), np.uint8)
    rows[:, 0] = 0
    rows[:, 1:] = rgba.reshape(height, width * 4)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)) + _chunk(b"IEND", b""))


def write_png(path: str | Path, rgba: np.ndarray) -> None:
    Path(path).write_bytes(encode_png(rgba))
