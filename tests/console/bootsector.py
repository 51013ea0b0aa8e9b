"""A 512-byte x86 boot sector written for the console tests (hand-assembled real-mode code).

It prints 'R' on COM1 when it runs, then forever: waits for a key (BIOS int 16h), writes the scan code and
the ASCII byte to COM1, switches to VGA mode 13h (320x200 graphics) on F1, else echoes the character on
screen (int 10h teletype). The test reads COM1 from a file to see exactly what the guest received."""

from __future__ import annotations

from pathlib import Path

F1_SCANCODE = 0x3B


def assemble(program: list) -> bytes:
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
    return _sector(assemble(PROGRAM))


def _sector(code: bytes) -> bytes:
    assert len(code) <= 510
    return code.ljust(510, b"\0") + b"\x55\xAA"


# Switches to VESA mode 0x118 (1024x768, 24 bits per pixel in SeaBIOS) and fills the screen through the 64 KiB
# bank window, a third each: sparse stripes (like text), a smooth gradient, pseudo-random noise (like photos).
# COM1 gets the VBE status (0x4F 0x00 when the mode was set), then 'D' when the picture is complete. After that
# the first pixel changes 100 times a second, so QEMU keeps refreshing at its fastest rate (a static screen makes
# it back off to a few updates per second) while the rest of the picture stays put.
PATTERN = [
    b"\xFA\x31\xC0\x8E\xD8\x8E\xD0\xBC\x00\x7C\xFB",  # cli; ds = ss = 0; sp = 0x7c00; sti
    b"\xB8\x02\x4F",          # mov ax, 0x4f02  ; VBE set mode
    b"\xBB\x18\x01",          # mov bx, 0x0118  ; 1024x768, windowed (no linear framebuffer)
    b"\xCD\x10",              # int 10h
    b"\xBA\xF8\x03",          # mov dx, 0x3f8
    b"\xEE",                  # out dx, al      ; 0x4f: supported
    b"\x88\xE0",              # mov al, ah
    b"\xEE",                  # out dx, al      ; 0x00: success
    b"\x31\xED",              # xor bp, bp      ; bank
    b"\xBE\x34\x12",          # mov si, 0x1234  ; noise state
    "bank",
    b"\xB8\x05\x4F",          # mov ax, 0x4f05  ; VBE window control
    b"\x31\xDB",              # xor bx, bx      ; window A, set
    b"\x89\xEA",              # mov dx, bp
    b"\xCD\x10",              # int 10h
    b"\xB8\x00\xA0",          # mov ax, 0xa000
    b"\x8E\xC0",              # mov es, ax
    b"\x31\xFF",              # xor di, di
    b"\xB9\x00\x80",          # mov cx, 0x8000  ; 32 K words = the whole window
    "fill",
    b"\x83\xFD\x18",          # cmp bp, 24
    ("rel8", 0x73, "noise"),  # jae noise
    b"\x83\xFD\x0C",          # cmp bp, 12
    ("rel8", 0x73, "smooth"),  # jae smooth
    b"\x89\xF8",              # mov ax, di
    b"\x25\x04\x44",          # and ax, 0x4404  ; sparse stripes
    ("rel8", 0xEB, "store"),  # jmp store
    "smooth",
    b"\x89\xF8",              # mov ax, di
    b"\xC1\xE8\x06",          # shr ax, 6
    b"\x31\xE8",              # xor ax, bp
    ("rel8", 0xEB, "store"),  # jmp store
    "noise",
    b"\x69\xF6\x55\x62",      # imul si, si, 25173
    b"\x81\xC6\x19\x36",      # add si, 13849
    b"\x89\xF0",              # mov ax, si
    "store",
    b"\xAB",                  # stosw
    ("rel8", 0xE2, "fill"),   # loop fill
    b"\x45",                  # inc bp
    b"\x83\xFD\x24",          # cmp bp, 36      ; 2.25 MiB: 1024x768 at 24 bits per pixel
    ("rel8", 0x72, "bank"),   # jb bank
    b"\xBA\xF8\x03\xB0D\xEE",  # mov dx, 0x3f8; mov al, 'D'; out dx, al
    b"\xB8\x05\x4F\x31\xDB\x31\xD2\xCD\x10",  # mov ax, 0x4f05; xor bx, bx; xor dx, dx; int 10h ; bank 0
    b"\xB0\x36\xE6\x43",      # mov al, 0x36; out 0x43, al   ; PIT channel 0, rate generator
    b"\xB8\x9C\x2E",          # mov ax, 11932                 ; 1193182 Hz / 11932 = 100 Hz
    b"\xE6\x40\x88\xE0\xE6\x40",  # out 0x40, al; mov al, ah; out 0x40, al
    "tick",
    b"\xF4",                  # hlt                           ; until the next timer interrupt
    b"\x26\xFF\x06\x00\x00",  # inc word [es:0]
    ("rel8", 0xEB, "tick"),   # jmp tick
]


def write_disk(path: Path, program: list = PROGRAM) -> Path:
    """A 1.44 MB floppy image whose first sector runs ``program``."""
    path.write_bytes(_sector(assemble(program)).ljust(1474560, b"\0"))
    return path
