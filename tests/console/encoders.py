"""Straightforward RFB encoders written for the tests: they produce every sub-encoding the client's decoders
must handle (including ones real servers rarely pick), from a known picture, so a decode can be compared
pixel for pixel. Pictures are (h, w) uint32 0x00RRGGBB arrays."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import simplejpeg


def raw(img: np.ndarray) -> bytes:
    return img.astype("<u4").tobytes()


def _bgr(values) -> bytes:
    return b"".join(int(v).to_bytes(4, "little")[:3] for v in values)


def _rgb(values) -> bytes:
    return b"".join(int(v).to_bytes(4, "big")[1:] for v in values)


def _run_length(n: int) -> bytes:
    n -= 1
    return b"\xff" * (n // 255) + bytes([n % 255])


def _runs(flat: np.ndarray) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for v in flat.tolist():
        if out and out[-1][0] == v:
            out[-1] = (v, out[-1][1] + 1)
        else:
            out.append((v, 1))
    return out


def _pack_indices(index: np.ndarray, bits: int) -> bytes:
    h, w = index.shape
    per_byte = 8 // bits
    padded = np.zeros((h, -(-w // per_byte) * per_byte), np.uint8)
    padded[:, :w] = index
    groups = padded.reshape(h, -1, per_byte)
    shifts = np.arange(per_byte - 1, -1, -1) * bits
    return (groups.astype(np.uint16) << shifts).sum(axis=2).astype(np.uint8).tobytes()


def zrle_tile(tile: np.ndarray, mode: str) -> bytes:
    """One ZRLE tile in the given sub-encoding: raw, solid, packed, rle, palette_rle."""
    flat = tile.reshape(-1)
    colours = list(dict.fromkeys(flat.tolist()))
    if mode == "raw":
        return b"\x00" + _bgr(flat)
    if mode == "solid":
        return b"\x01" + _bgr(colours[:1])
    if mode == "packed":
        n = len(colours)
        bits = 1 if n == 2 else 2 if n <= 4 else 4
        index = np.vectorize({c: i for i, c in enumerate(colours)}.get)(tile).astype(np.uint8)
        return bytes([n]) + _bgr(colours) + _pack_indices(index, bits)
    if mode == "rle":
        return b"\x80" + b"".join(_bgr([v]) + _run_length(n) for v, n in _runs(flat))
    if mode == "palette_rle":
        lookup = {c: i for i, c in enumerate(colours)}
        body = b"".join(bytes([lookup[v] | 0x80]) + _run_length(n) if n > 1 else bytes([lookup[v]])
                        for v, n in _runs(flat))
        return bytes([128 + len(colours)]) + _bgr(colours) + body
    raise ValueError(mode)


def zrle(img: np.ndarray, compressor, modes=("raw", "solid", "packed", "rle", "palette_rle")) -> bytes:
    """A ZRLE rectangle payload; each tile uses the first mode in ``modes`` that fits it."""
    h, w = img.shape
    body = b""
    for ty in range(0, h, 64):
        for tx in range(0, w, 64):
            tile = img[ty:ty + 64, tx:tx + 64]
            n = len(np.unique(tile))
            for mode in modes:
                if (mode == "solid" and n != 1) or (mode == "packed" and not 2 <= n <= 16) or \
                        (mode == "palette_rle" and not 2 <= n <= 127):
                    continue
                body += zrle_tile(tile, mode)
                break
            else:
                body += zrle_tile(tile, "raw")
    data = compressor.compress(body) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return struct.pack(">I", len(data)) + data


def hextile(img: np.ndarray) -> bytes:
    """Hextile: raw tiles for busy tiles, background-only, and coloured / foreground subrectangles."""
    h, w = img.shape
    out = b""
    for ty in range(0, h, 16):
        for tx in range(0, w, 16):
            tile = img[ty:ty + 16, tx:tx + 16]
            colours, counts = np.unique(tile, return_counts=True)
            if len(colours) > 4:
                out += b"\x01" + raw(tile)
                continue
            bg = int(colours[np.argmax(counts)])
            others = [(int(c)) for c in colours if c != bg]
            subrects = [(c, x, y) for y, x in np.argwhere(tile != bg) for c in [int(tile[y, x])]]
            if not subrects:
                out += b"\x02" + struct.pack("<I", bg)
            elif len(others) == 1:
                out += b"\x0e" + struct.pack("<II", bg, others[0]) + bytes([len(subrects)])
                out += b"".join(bytes([x << 4 | y, 0]) for _c, x, y in subrects)
            else:
                out += b"\x1a" + struct.pack("<I", bg) + bytes([len(subrects)])
                out += b"".join(struct.pack("<I", c) + bytes([x << 4 | y, 0]) for c, x, y in subrects)
    return out


def _compact_length(n: int) -> bytes:
    out = bytes([n & 0x7F | (0x80 if n > 0x7F else 0)])
    if n > 0x7F:
        out += bytes([n >> 7 & 0x7F | (0x80 if n > 0x3FFF else 0)])
        if n > 0x3FFF:
            out += bytes([n >> 14 & 0xFF])
    return out


def _tight_payload(data: bytes, compressor) -> bytes:
    if len(data) < 12:
        return data
    packed = compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return _compact_length(len(packed)) + packed


def tight(img: np.ndarray, mode: str, compressors: list) -> bytes:
    """Tight: fill, copy (stream 0), palette (stream 1) or gradient (stream 2) basic compression."""
    h, w = img.shape
    flat = img.reshape(-1)
    if mode == "fill":
        return b"\x80" + _rgb(flat[:1])
    if mode == "copy":
        return b"\x00" + _tight_payload(_rgb(flat), compressors[0])
    if mode == "palette":
        colours = list(dict.fromkeys(flat.tolist()))
        index = np.vectorize({c: i for i, c in enumerate(colours)}.get)(img).astype(np.uint8)
        packed = _pack_indices(index, 1) if len(colours) == 2 else index.tobytes()
        return (b"\x50\x01" + bytes([len(colours) - 1]) + _rgb(colours)
                + _tight_payload(packed, compressors[1]))
    if mode == "gradient":
        rgb = np.frombuffer(_rgb(flat), np.uint8).reshape(h, w, 3).astype(int)
        padded = np.zeros((h + 1, w + 1, 3), int)
        padded[1:, 1:] = rgb
        predicted = np.clip(padded[1:, :-1] + padded[:-1, 1:] - padded[:-1, :-1], 0, 255)
        delta = ((rgb - predicted) & 0xFF).astype(np.uint8)
        return b"\x60\x02" + _tight_payload(delta.tobytes(), compressors[2])
    raise ValueError(mode)


def tight_jpeg(img: np.ndarray, quality: int = 95) -> bytes:
    """Tight JPEG (compression 9): the compact length, then a baseline JPEG of the picture."""
    rgb = np.frombuffer(_rgb(img.reshape(-1)), np.uint8).reshape(*img.shape, 3)
    data = simplejpeg.encode_jpeg(np.ascontiguousarray(rgb), quality=quality, colorspace="RGB")
    return b"\x90" + _compact_length(len(data)) + data


def cursor(img: np.ndarray, mask: np.ndarray) -> bytes:
    """Cursor pseudo-encoding payload: pixels then the 1-bit mask, rows padded to bytes."""
    return raw(img) + _pack_indices(mask.astype(np.uint8), 1)
