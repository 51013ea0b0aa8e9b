"""VHD images as xapi's ``vhd-tool`` streams them for ``/export_raw_vdi?format=vhd`` and reads them for
``/import_raw_vdi?format=vhd``: the Microsoft Virtual Hard Disk format, big-endian throughout.

A dynamic VHD is: a copy of the footer (512 bytes), the dynamic header (1024: ``cxsparse``, the block table's
offset, its entry count, the 2 MiB block size), the block allocation table (one 32-bit sector offset per block,
``0xFFFFFFFF`` for a block never written, padded to a sector), then each allocated block as its sector bitmap
(512 bytes, all ones) and its 2 MiB of data, then the footer (``conectix``, sizes, geometry, type 3, a one's
complement checksum). A fixed VHD is the raw bytes followed by the footer (type 2).
"""

from __future__ import annotations

import os
import struct
import time
import uuid as uuidlib
from collections.abc import Callable, Iterator

from .disks import CHUNK, data_chunks
from .errors import XapiError

SECTOR = 512
BLOCK = 2 * 1024 * 1024
UNUSED = 0xFFFFFFFF
FIXED, DYNAMIC = 2, 3
_EPOCH_2000 = 946684800
_FOOTER = struct.Struct(">8sIIQI4sI4sQQIII16sB427x")
_HEADER = struct.Struct(">8sQQIIII16sII512s192s256x")
Read = Callable[[int], bytes]


def _checksum(data: bytes) -> int:
    return (~sum(data)) & 0xFFFFFFFF


def _geometry(size: int) -> int:
    """The CHS geometry of the VHD specification's algorithm, packed as cylinders:16 heads:8 sectors:8."""
    sectors = min(size // SECTOR, 65535 * 16 * 255)
    if sectors >= 65535 * 16 * 63:
        per_track, heads = 255, 16
        cylinder_heads = sectors // per_track
    else:
        per_track = 17
        cylinder_heads = sectors // per_track
        heads = max(4, (cylinder_heads + 1023) // 1024)
        if cylinder_heads >= heads * 1024 or heads > 16:
            per_track, heads = 31, 16
            cylinder_heads = sectors // per_track
        if cylinder_heads >= heads * 1024:
            per_track, heads = 63, 16
            cylinder_heads = sectors // per_track
    return ((cylinder_heads // heads) << 16) | (heads << 8) | per_track


def footer(size: int, disk_type: int) -> bytes:
    offset = SECTOR if disk_type == DYNAMIC else 0xFFFFFFFFFFFFFFFF
    fields = [b"conectix", 2, 0x00010000, offset, int(time.time()) - _EPOCH_2000, b"xsim", 0x00010000, b"Lnux",
              size, size, _geometry(size), disk_type, 0, uuidlib.uuid4().bytes, 0]
    fields[12] = _checksum(_FOOTER.pack(*fields))
    return _FOOTER.pack(*fields)


def _dynamic_header(entries: int) -> bytes:
    fields = [b"cxsparse", 0xFFFFFFFFFFFFFFFF, 3 * SECTOR, 0x00010000, entries, BLOCK, 0, bytes(16), 0, 0,
              bytes(512), bytes(192)]
    fields[6] = _checksum(_HEADER.pack(*fields))
    return _HEADER.pack(*fields)


def used_blocks(fd: int, size: int) -> list[int]:
    """The 2 MiB blocks that hold anything but zeros."""
    blocks: set[int] = set()
    zeros = bytes(CHUNK)
    for number in data_chunks(fd, size):
        offset = number * CHUNK
        chunk = os.pread(fd, min(CHUNK, size - offset), offset)
        if chunk != zeros[: len(chunk)]:
            blocks.add(offset // BLOCK)
    return sorted(blocks)


def dynamic_vhd(fd: int, size: int) -> tuple[int, Iterator[bytes]]:
    """(length, pieces) of the disk as a dynamic VHD holding only its used blocks."""
    entries = (size + BLOCK - 1) // BLOCK
    blocks = used_blocks(fd, size)
    bat_bytes = (entries * 4 + SECTOR - 1) // SECTOR * SECTOR
    first = 3 * SECTOR + bat_bytes
    bitmap = b"\xff" * SECTOR
    table = [UNUSED] * entries
    for index, block in enumerate(blocks):
        table[block] = (first + index * (SECTOR + BLOCK)) // SECTOR
    tail = footer(size, DYNAMIC)
    length = first + len(blocks) * (SECTOR + BLOCK) + SECTOR

    def pieces() -> Iterator[bytes]:
        yield tail + _dynamic_header(entries)
        yield struct.pack(f">{entries}I", *table) + bytes(bat_bytes - entries * 4)
        for block in blocks:
            offset = block * BLOCK
            data = os.pread(fd, min(BLOCK, size - offset), offset)
            yield bitmap + data + bytes(BLOCK - len(data))
        yield tail

    return length, pieces()


def _bad(text: str) -> XapiError:
    return XapiError("VDI_IO_ERROR", f"not a valid VHD: {text}")


def receive_vhd(read: Read, length: int, size: int, write: Callable[[int, bytes], None],
                check: Callable[[], None]) -> None:
    """Write the VHD read from ``read`` (``length`` bytes) into a disk of ``size`` bytes by ``write(offset,
    data)``; ``check`` is called between blocks (task.cancel). Dynamic VHDs are read in one pass, their blocks in
    the order they are stored."""
    head = read_exactly(read, SECTOR)
    if head[:8] != b"conectix":  # a fixed VHD: the data first, the footer at the end
        _receive_fixed(head, read, length, size, write, check)
        return
    fields = _FOOTER.unpack(head)
    current, disk_type = fields[9], fields[11]
    if current > size:
        raise XapiError("VDI_IO_ERROR", f"the image ({current} bytes) is larger than the disk ({size} bytes)")
    if disk_type != DYNAMIC:
        raise _bad(f"disk type {disk_type} (differencing disks need their parent)")
    header = read_exactly(read, 2 * SECTOR)
    if header[:8] != b"cxsparse":
        raise _bad("no dynamic header")
    _, _, table_offset, _, entries, block_size, *_ = _HEADER.unpack(header)
    position = 3 * SECTOR
    if table_offset < position or block_size % SECTOR:
        raise _bad("an unexpected layout")
    read_exactly(read, table_offset - position)
    bat_bytes = (entries * 4 + SECTOR - 1) // SECTOR * SECTOR
    table = struct.unpack(f">{entries}I", read_exactly(read, bat_bytes)[: entries * 4])
    position = table_offset + bat_bytes
    bitmap = (block_size // SECTOR // 8 + SECTOR - 1) // SECTOR * SECTOR
    stored = sorted((sector * SECTOR, block) for block, sector in enumerate(table) if sector != UNUSED)
    for offset, block in stored:
        if offset < position:
            raise _bad("blocks overlap")
        read_exactly(read, offset - position + bitmap)
        data = read_exactly(read, block_size)
        start = block * block_size
        if start < current:
            write(start, data[: current - start])
        position = offset + bitmap + block_size
        check()


def _receive_fixed(head: bytes, read: Read, length: int, size: int, write: Callable[[int, bytes], None],
                   check: Callable[[], None]) -> None:
    """The data up to the last sector, which must be the footer."""
    data_length = length - SECTOR
    if data_length < 0 or data_length > size:
        raise XapiError("VDI_IO_ERROR", f"the image ({data_length} bytes) does not fit the disk ({size} bytes)")
    offset, pending = 0, head
    while offset + len(pending) < data_length:
        write(offset, pending)
        offset += len(pending)
        pending = read_exactly(read, min(CHUNK, data_length - offset))
        check()
    last = pending[: data_length - offset]
    if last:
        write(offset, last)
    tail = pending[data_length - offset:] + read_exactly(read, SECTOR - len(pending[data_length - offset:]))
    if tail[:8] != b"conectix" or _FOOTER.unpack(tail)[11] != FIXED:
        raise _bad("no footer")


def read_exactly(read: Read, n: int) -> bytes:
    parts = []
    while n > 0:
        data = read(min(n, CHUNK))
        if not data:
            raise XapiError("VDI_IO_ERROR", "the upload ended early")
        parts.append(data)
        n -= len(data)
    return b"".join(parts)
