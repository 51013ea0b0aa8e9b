"""A 512-byte x86 boot sector written for the console tests (hand-assembled real-mode code).

It prints 'R' on COM1 when it runs, then forever: waits for a key (BIOS int 16h), writes the scan code and
the ASCII byte to COM1, switches to VGA mode 13h (320x200 graphics) on F1, else echoes the character on
screen (int 10h teletype). The test reads COM1 from a file to see exactly what the guest received."""

from __future__ import annotations

from pathlib import Path

F1_SCANCODE = 0x3B


def _assemble(program: list) -> bytes:
    """Items: bytes, a label name (str), or ("rel8", opcode, label) for short jumps."""
    sizes = [len(i) if isinstance(i, bytes) else 0 if isinstance(i, str) else 2 for i in program]
    labels, pos = {}, 0
    for item, size in zip(program, sizes):
        if isinstance(item, str):
            labels[item] = pos
        pos += size
    out, pos = bytearray(), 0
    for item, size in zip(program, sizes):
        if isinstance(item, bytes):
            out += item
        elif isinstance(item, tuple):
            _, opcode, label = item
            out += bytes([opcode, (labels[label] - (pos + 2)) & 0xFF])
        pos += size
    return bytes(out)


PROGRAM = [
    b"\xFA",                  # cli
    b"\x31\xC0",              # xor ax, ax
    b"\x8E\xD8",              # mov ds, ax
    b"\x8E\xD0",              # mov ss, ax
    b"\xBC\x00\x7C",          # mov sp, 0x7c00
    b"\xFB",                  # sti
    b"\xBA\xF8\x03",          # mov dx, 0x3f8
    b"\xB0R",                 # mov al, 'R'
    b"\xEE",                  # out dx, al
    "loop",
    b"\xB4\x00",              # mov ah, 0
    b"\xCD\x16",              # int 16h        ; ah = scan code, al = ASCII
    b"\x89\xC3",              # mov bx, ax
    b"\xBA\xF8\x03",          # mov dx, 0x3f8
    b"\x88\xF8",              # mov al, bh
    b"\xEE",                  # out dx, al
    b"\x88\xD8",              # mov al, bl
    b"\xEE",                  # out dx, al
    b"\x80\xFF" + bytes([F1_SCANCODE]),  # cmp bh, F1
    ("rel8", 0x75, "echo"),   # jne echo
    b"\xB8\x13\x00",          # mov ax, 0x0013 ; VGA 320x200x256
    b"\xCD\x10",              # int 10h
    ("rel8", 0xEB, "loop"),   # jmp loop
    "echo",
    b"\xB4\x0E",              # mov ah, 0x0e   ; teletype (al still holds the character)
    b"\xBB\x07\x00",          # mov bx, 0x0007
    b"\xCD\x10",              # int 10h
    ("rel8", 0xEB, "loop"),   # jmp loop
]


def boot_sector() -> bytes:
    code = _assemble(PROGRAM)
    return code.ljust(510, b"\0") + b"\x55\xAA"


def write_disk(path: Path) -> Path:
    """A 1.44 MB floppy image whose first sector is the boot sector."""
    path.write_bytes(boot_sector().ljust(1474560, b"\0"))
    return path
