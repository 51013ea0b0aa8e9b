"""ZRLE's run-length tiles parsed with numpy instead of a Python loop per run.

A tile is a sequence of tokens -- plain RLE: a 3-byte pixel and a run length; palette RLE: an index byte,
followed by a run length only when its top bit is set. A run length is (length - 1) written as bytes of 255
and a final byte below 255. Photos and noise produce thousands of one-byte runs per tile, so tokens are found
in bulk assuming single-byte run lengths, and the rare longer ones are walked one at a time."""

from __future__ import annotations

import numpy as np

from .protocol import RFBError

_EMPTY = np.zeros(0, np.intp)


def rle_tokens(data: bytes, pos: int, count: int, palette: bool) -> tuple[np.ndarray, np.ndarray, int]:
    """Tokens covering exactly ``count`` pixels from ``data[pos]``: (start offsets, run lengths, end offset)."""
    arr = np.frombuffer(data, np.uint8)
    bulk = _bulk_palette if palette else _bulk_plain
    starts: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    filled = 0
    while filled < count:
        remaining = count - filled
        s, n, after = bulk(arr, pos, remaining)
        if len(s):
            total = np.cumsum(n)
            if total[-1] >= remaining:  # the tile ends inside this batch
                k = int(np.searchsorted(total, remaining)) + 1
                if total[k - 1] != remaining:
                    raise RFBError("ZRLE run overflows its tile")
                starts.append(s[:k])
                lengths.append(n[:k])
                end = int(s[k - 1]) + (4 if not palette else 2 if data[s[k - 1]] >= 0x80 else 1)
                return np.concatenate(starts), np.concatenate(lengths), end
            starts.append(s)
            lengths.append(n)
            filled += int(total[-1])
            pos = after
        start, length, pos = _walk_one(data, pos, palette)
        if filled + length > count:
            raise RFBError("ZRLE run overflows its tile")
        starts.append(np.array([start], np.intp))
        lengths.append(np.array([length], np.intp))
        filled += length
    return (np.concatenate(starts) if starts else _EMPTY), (np.concatenate(lengths) if lengths else _EMPTY), pos


def _bulk_plain(arr: np.ndarray, pos: int, remaining: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Consecutive 4-byte tokens (pixel + single-byte run) up to the first multi-byte run."""
    n = min(remaining, (len(arr) - pos) // 4)
    runs = arr[pos:pos + 4 * n].reshape(n, 4)[:, 3]
    multi = np.flatnonzero(runs == 255)
    k = int(multi[0]) if len(multi) else n
    return pos + 4 * np.arange(k, dtype=np.intp), runs[:k].astype(np.intp) + 1, pos + 4 * k


def _bulk_palette(arr: np.ndarray, pos: int, remaining: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Palette tokens up to the first multi-byte run. A byte starts a token unless the byte before it
    started a token with a run (top bit set): starts alternate through stretches of such bytes."""
    window = arr[pos:pos + min(len(arr) - pos, 2 * remaining)]
    m = len(window)
    if m == 0:
        return _EMPTY, _EMPTY, pos
    has_run = window >= 0x80
    index = np.arange(m)
    reset = np.empty(m, bool)
    reset[0] = True
    reset[1:] = ~has_run[:-1]
    last_reset = np.maximum.accumulate(np.where(reset, index, 0))
    is_start = (index - last_reset) % 2 == 0
    run_bytes = np.flatnonzero(~is_start)
    limit = m
    multi = run_bytes[window[run_bytes] == 255]
    if len(multi):
        limit = int(multi[0]) - 1  # the token owning that run byte is walked separately
    elif is_start[m - 1] and has_run[m - 1]:
        limit = m - 1  # its run byte lies beyond the window
    starts = np.flatnonzero(is_start[:limit])
    if not len(starts):
        return _EMPTY, _EMPTY, pos
    with_run = has_run[starts]
    lengths = np.ones(len(starts), np.intp)
    lengths[with_run] += window[starts[with_run] + 1]
    last = int(starts[-1])
    return pos + starts, lengths, pos + last + (2 if with_run[-1] else 1)


def _walk_one(data: bytes, pos: int, palette: bool) -> tuple[int, int, int]:
    """One token, any run length: (start, length, next position)."""
    try:
        start = pos
        if palette:
            has_run = data[pos] >= 0x80
            pos += 1
        else:
            data[pos + 2]  # noqa: B018 - bounds check of the 3-byte pixel
            pos += 3
            has_run = True
        length = 1
        if has_run:
            while True:
                b = data[pos]
                pos += 1
                length += b
                if b != 255:
                    break
    except IndexError:
        raise RFBError("ZRLE data is truncated") from None
    return start, length, pos
