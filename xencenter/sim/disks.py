"""What the simulator's virtual disks hold, so that an export and an import carry real, checkable bytes.

Each VDI's content is a sparse file named by its UUID in a directory private to the simulator process (gone when
it exits). A VDI first read before anything was written to it gets a small, deterministic content of its own (a
few KiB at its start, middle and end, from its UUID): enough for a round trip to prove that the bytes travelled,
without making multi-GiB disks expensive. ``data_chunks`` finds the 1 MiB chunks that may hold data through the
file system's holes (``SEEK_DATA``), as xapi asks the storage for its allocated blocks.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
import threading
import weakref
from collections.abc import Iterator
from typing import Any

CHUNK = 1024 * 1024
SEED_BYTES = 4096
_disks: weakref.WeakKeyDictionary[Any, Disks] = weakref.WeakKeyDictionary()
_disks_lock = threading.Lock()


class Disks:
    """The content of every VDI of one simulated pool."""

    def __init__(self) -> None:
        self.root = tempfile.mkdtemp(prefix="xcsim-disks-")
        self._lock = threading.Lock()
        weakref.finalize(self, shutil.rmtree, self.root, True)

    def path(self, uuid: str, size: int) -> str:
        """The VDI's file, made (seeded) on first use; grown to ``size`` when the VDI grew."""
        path = os.path.join(self.root, uuid)
        with self._lock:
            if not os.path.exists(path):
                with open(path, "wb") as f:
                    f.truncate(size)
                    _seed(f, uuid, size)
            elif os.path.getsize(path) < size:
                os.truncate(path, size)
        return path

    def blank(self, uuid: str, size: int) -> str:
        """A new, all-zero content for the VDI (what an import writes into)."""
        path = os.path.join(self.root, uuid)
        with self._lock, open(path, "wb") as f:
            f.truncate(size)
        return path

    def copy(self, source: str, target: str, size: int) -> None:
        """The target VDI holds the source's bytes (its data regions copied, its holes kept): a moved or
        copied disk keeps its content, as the storage's own copy does."""
        with open(self.path(source, size), "rb") as src, open(self.blank(target, size), "r+b") as dst:
            for start, end in _extents(src.fileno(), size):
                for offset in range(start, end, CHUNK):
                    dst.seek(offset)
                    dst.write(os.pread(src.fileno(), min(CHUNK, end - offset), offset))

    def drop(self, uuid: str) -> None:
        with self._lock, contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(self.root, uuid))


def disks_of(api: Any) -> Disks:
    """The disk contents of one simulated pool (one ``Api``)."""
    with _disks_lock:
        disks = _disks.get(api)
        if disks is None:
            disks = _disks[api] = Disks()
        return disks


def _seed(f: Any, uuid: str, size: int) -> None:
    rng = random.Random(uuid)
    for offset in sorted({0, (size // 2) & ~(SEED_BYTES - 1), max(0, size - SEED_BYTES)}):
        length = min(SEED_BYTES, size - offset)
        if length > 0:
            f.seek(offset)
            f.write(rng.randbytes(length))


def data_chunks(fd: int, size: int) -> Iterator[int]:
    """The numbers of the chunks that may hold data, in order; the first and last always (as xapi writes
    them whatever they hold)."""
    last = max(0, (size - 1) // CHUNK)
    yield 0
    seen = 0
    for start, end in _extents(fd, size):
        top = min(last, (end - 1) // CHUNK)
        yield from range(max(seen + 1, start // CHUNK), top + 1)
        seen = max(seen, top)
    if last > seen:
        yield last


def _extents(fd: int, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the file's data regions; the whole file where holes cannot be found."""
    if not hasattr(os, "SEEK_DATA"):
        yield 0, size
        return
    offset = 0
    while offset < size:
        try:
            start = os.lseek(fd, offset, os.SEEK_DATA)
        except OSError:  # ENXIO: no data after offset
            return
        end = min(size, os.lseek(fd, start, os.SEEK_HOLE))
        if start >= size:
            return
        yield start, end
        offset = end
