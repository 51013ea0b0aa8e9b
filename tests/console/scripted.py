"""A scripted RFB server on a real loopback socket: each test writes the exact bytes a server would send and
checks the exact bytes our client sends back."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager

from xencenter.console.protocol import CLIENT_PIXEL_FORMAT, PixelFormat

Script = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]

SERVER_PF = PixelFormat(32, 24, False, True, 255, 255, 255, 16, 8, 0)


def server_init(width: int = 64, height: int = 48, name: bytes = b"scripted") -> bytes:
    return struct.pack(">HH", width, height) + SERVER_PF.pack() + struct.pack(">I", len(name)) + name


def rect_header(x: int, y: int, w: int, h: int, encoding: int) -> bytes:
    return struct.pack(">HHHHi", x, y, w, h, encoding)


def update(*rects: bytes) -> bytes:
    return struct.pack(">BxH", 0, len(rects)) + b"".join(rects)


async def accept_none_38(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, width: int = 64,
                         height: int = 48) -> None:
    """RFB 3.8 with security None, up to ServerInit; then consumes SetPixelFormat, SetEncodings and the
    first FramebufferUpdateRequest, checking their framing."""
    writer.write(b"RFB 003.008\n")
    assert await reader.readexactly(12) == b"RFB 003.008\n"
    writer.write(b"\x01\x01")
    assert await reader.readexactly(1) == b"\x01"
    writer.write(b"\0\0\0\0")
    assert await reader.readexactly(1) == b"\x01"  # shared
    writer.write(server_init(width, height))
    await read_client_setup(reader)


async def read_client_setup(reader: asyncio.StreamReader) -> list[int]:
    """SetPixelFormat + SetEncodings + the first (non-incremental) FramebufferUpdateRequest."""
    msg = await reader.readexactly(20)
    assert msg[:4] == b"\0\0\0\0" and msg[4:] == CLIENT_PIXEL_FORMAT.pack()
    head = await reader.readexactly(4)
    assert head[0] == 2
    count = struct.unpack(">H", head[2:])[0]
    encodings = list(struct.unpack(f">{count}i", await reader.readexactly(4 * count)))
    request = await reader.readexactly(10)
    assert request[:2] == b"\x03\x00"
    return encodings


@asynccontextmanager
async def scripted_server(script: Script):
    """Serve one connection with ``script``; yields (port, done) where ``done`` resolves to the script's
    outcome (its exception, if it failed)."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future = loop.create_future()

    async def handle(reader, writer):
        try:
            await script(reader, writer)
        except asyncio.CancelledError:
            raise
        except BaseException as e:  # reported to the test through ``done``
            if not done.done():
                done.set_exception(e)
        else:
            if not done.done():
                done.set_result(None)
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1], done
    finally:
        server.close()
        await server.wait_closed()
