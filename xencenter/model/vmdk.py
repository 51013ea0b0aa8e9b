"""VMDK disks (what VMware's OVAs hold) read as raw bytes for ``/import_raw_vdi?format=raw``, as XenCenter's
import converts them: hosted sparse extents, ``monolithicSparse`` and ``streamOptimized`` (deflate-compressed
grains, the grain directory possibly at the end, in the footer).

The sparse header (512 bytes, little-endian, ``KDMV``) gives the capacity and grain size (sectors), the grain
directory's place; each grain table entry is the sector of a grain (0: never written). The image is read at random
(package files are seekable) and given out in order, one 1 MiB piece at a time, zeros where nothing was written.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import Any

from xencenter.model.words import translate
from xencenter.model.xva import CHUNK, BadFile

SECTOR = 512
MAGIC = 0x564D444B  # "KDMV"
GD_AT_END = 0xFFFFFFFFFFFFFFFF
COMPRESSED = 1 << 16
MARKERS = 1 << 17
_HEADER = struct.Struct("<IIIQQQQIQQQB4sH433x")


def _header(data: bytes, name: str) -> tuple[Any, ...]:
    if len(data) < SECTOR or struct.unpack_from("<I", data)[0] != MAGIC:
        raise BadFile(translate("ImportFiles", "'{name}' is not a sparse VMDK disk (only monolithicSparse and streamOptimized are "
                                        "read).").format(name=name))
    return _HEADER.unpack(data[:SECTOR])


def vmdk_raw_chunks(package: Any, name: str, capacity: int, digest: Any) -> tuple[int, Iterator[bytes]]:
    """(``capacity``, the disk's raw bytes) of the VMDK file ``name`` of ``package``; ``digest`` gets the file's
    bytes as they are read (for the manifest), which is all of them."""
    f, size = package.open(name)
    base = f.tell()

    def read_at(offset: int, length: int) -> bytes:
        f.seek(base + offset)
        return f.read(length)

    fields = _header(read_at(0, SECTOR), name)
    _, _, flags, sectors, grain, _, _, per_table, _, gd_offset, _, _, _, algorithm = fields
    if gd_offset == GD_AT_END:  # streamOptimized: the footer (a header copy) sits before the end-of-stream marker
        fields = _header(read_at(size - 2 * SECTOR, SECTOR), name)
        gd_offset = fields[9]
    grain_bytes = grain * SECTOR
    if grain_bytes <= 0 or per_table <= 0 or sectors * SECTOR > capacity or gd_offset * SECTOR >= size:
        raise BadFile(translate("ImportFiles", "'{name}' has a VMDK header that makes no sense (grain size, tables or "
                                        "capacity).").format(name=name))
    grains = (sectors + grain - 1) // grain
    tables = (grains + per_table - 1) // per_table
    directory = struct.unpack(f"<{tables}I", read_at(gd_offset * SECTOR, tables * 4))
    entries: list[int] = []
    for table in directory:
        entries += struct.unpack(f"<{per_table}I", read_at(table * SECTOR, per_table * 4)) if table else \
            [0] * per_table

    def grain_data(index: int) -> bytes:
        sector = entries[index] if index < len(entries) else 0
        if sector <= 1:
            return bytes(grain_bytes)
        if flags & COMPRESSED and algorithm == 1:
            _, length = struct.unpack("<QI", read_at(sector * SECTOR, 12))
            try:
                data = zlib.decompress(read_at(sector * SECTOR + 12, length))
            except zlib.error:
                raise BadFile(translate("ImportFiles", "A grain of '{name}' cannot be decompressed: the disk is damaged.").format(
                    name=name)) from None
        else:
            data = read_at(sector * SECTOR, grain_bytes)
        return data.ljust(grain_bytes, b"\0")[:grain_bytes]

    def chunks() -> Iterator[bytes]:
        try:
            f.seek(base)
            left = size
            while left > 0:  # the manifest's digest covers the file as stored
                piece = f.read(min(CHUNK, left))
                if not piece:
                    raise BadFile(translate("ImportFiles", "'{name}' ends early: the package is incomplete.").format(name=name))
                digest.update(piece)
                left -= len(piece)
            pending = bytearray()
            produced = 0
            for index in range(grains):
                pending += grain_data(index)
                while len(pending) >= CHUNK:
                    yield bytes(pending[:CHUNK])
                    del pending[:CHUNK]
                    produced += CHUNK
            tail = bytes(pending[: max(0, capacity - produced)])
            produced += len(tail)
            yield tail + bytes(capacity - produced)
        finally:
            f.close()

    return capacity, chunks()
